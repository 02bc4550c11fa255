"""Write models/common_english.txt: the most frequent English words, from wordfreq.

The knowledge base must not turn a common word into an actor ("Said", "Hope", "Rice"):
generated name variants that are common words only resolve spans the statistical model
already calls PERSON, and `entity-cli actors check` reports explicit aliases among them.
Regenerate with: pip install wordfreq && python scripts/build_common_words.py
"""

from __future__ import annotations

from pathlib import Path

from wordfreq import top_n_list

TOP_N = 12_000
OUT = Path(__file__).resolve().parent.parent / "models" / "common_english.txt"


def main() -> None:
    words = [w for w in top_n_list("en", TOP_N) if w.isalpha() and w.isascii()]
    header = f"# The {TOP_N} most frequent English words per wordfreq (alphabetic only).\n"
    OUT.write_text(header + "\n".join(sorted(set(words))) + "\n", encoding="utf-8")
    print(f"wrote {len(set(words))} words to {OUT}")


if __name__ == "__main__":
    main()
