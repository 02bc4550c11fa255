"""The word tests the mention linker takes as evidence: what looks like a personal name,
what the text calls a place, the words of a name without its particles."""

from __future__ import annotations

from spacy.tokens import Span

from entity_cli.kb.names import fold, folded_words
from entity_cli.kb.words import POSSESSIVE_CLITICS, WordClasses

ORG_FILLER = frozenset({"the", "of", "for", "and"})


# Labels the model gives a holiday's name by mistake ("Eid al-Adha" GPE, "Thanksgiving Day"
# EVENT, "Easter Sunday" FAC, "Ramadan" PERSON).
_NOT_DATES = frozenset({"PERSON", "ORG", "NORP", "GPE", "LOC", "FAC", "EVENT"})


def calendar_names(ents: list[Span]) -> list[Span]:
    """An Islamic month or feast ("Ramadan", "Muharram", "Eid al-Adha"), Nowruz, a Jewish
    festival ("Yom Kippur") or a Gregorian holiday ("Thanksgiving Day", "Easter Sunday") is
    a DATE, even where the model or a KB surname says otherwise; so is a feast whose first
    word the model left out ("Eid" + "al-Fitr"). A full name that ends in the word ("Taha
    Yassin Ramadan") keeps its bare mentions a person."""
    surnames = {fold(e[-1].text) for e in ents if e.label_ == "PERSON" and len(e) > 1}
    out = []
    for e in ents:
        if e.label_ in _NOT_DATES and len(e) <= 6:
            date = _as_calendar_name(e)
            if date is not None and not (len(e) == 1 and fold(e.text) in surnames):
                e = date
        out.append(e)
    return out


def _as_calendar_name(e: Span) -> Span | None:
    """``e`` as a DATE span when it names a feast or holiday, alone or with the word before
    it (a word in no entity); else None."""
    from entity_cli.dates.holidays import is_holiday_name
    from entity_cli.dates.islamic import is_calendar_name

    if is_calendar_name(e.text) or is_holiday_name(e.text):
        return Span(e.doc, e.start, e.end, label="DATE")
    if e.start > 0 and not e.doc[e.start - 1].ent_type_ and e.doc[e.start - 1].is_alpha:
        wider = e.doc[e.start - 1:e.end]
        if is_calendar_name(wider.text):
            return Span(e.doc, wider.start, wider.end, label="DATE")
    return None


def called_a_place(words, ent: Span, classes: WordClasses) -> bool:
    """Whether the words around ``ent`` say it is a place: "<place noun> of X", "<place
    noun>, A and X", "X <place noun>" ("X refugee camp", "X district"), "near X" or
    "X-based"."""
    folded, texts = words.folded, words.texts
    if (ent.end + 1 < len(texts) and texts[ent.end] == "-" and not words.spaces[ent.end - 1]
            and folded[ent.end + 1] in classes.place_compounds):
        return True  # "Aberdeen-based", "Baghdad-born"
    for follower in classes.place_followers:
        size = len(follower)
        after = [k for k in range(ent.end, min(len(texts), ent.end + size + 1)) if folded[k]]
        if (len(after) >= size and tuple(folded[k] for k in after[:size]) == follower
                and texts[after[0]].islower()):
            return True
    k = ent.start - 1
    if (k >= 0 and folded[k] in classes.place_prepositions
            and not (ent.end < len(texts) and texts[ent.end] in POSSESSIVE_CLITICS)):
        return True  # "near Kefraya" (but "near Smith's home")
    if k >= 1 and folded[k] in ("and", "or"):
        # the last of a list: walk back over its capitalised names and commas
        k -= 1
        while k >= 0 and (texts[k][:1].isupper() or texts[k] == "," or folded[k] in classes.name_particles):
            k -= 1
        return k >= 0 and folded[k] in classes.place_nouns and texts[k].islower()
    if k >= 1 and folded[k] == "of":
        return folded[k - 1] in classes.place_nouns and texts[k - 1].islower()
    return False


def looks_like_a_name(ent: Span, words: WordClasses) -> bool:
    """Capitalised words, particles aside; no article first ("The Adam Smith Lecture"), no
    word that never belongs to a personal name ("My First Sony"), and no organisation or
    facility head word last ("Sarona Market")."""
    if ent[0].lower_ == "the" or fold(ent[-1].text) in words.heads:
        return False
    if any(t.lower_ in words.never_names for t in ent):
        return False
    return all(t.text[:1].isupper() or t.lower_ in words.name_particles or not t.is_alpha for t in ent)


def name_words(text: str, particles: frozenset[str]) -> list[str]:
    """Folded words of a name without particles: "Al Kadhimi" -> ["kadhimi"]."""
    return [w for w in folded_words(text) if w and w not in particles]


def org_words(text: str) -> list[str]:
    return [w for w in folded_words(text) if w and w not in ORG_FILLER]
