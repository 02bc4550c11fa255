"""Context-kind places (generated towns) in the index: their keys never take another
actor's name, a name two towns share links neither, and risky names are guarded."""

from __future__ import annotations

from entity_cli.kb.index import ActorIndex
from entity_cli.kb.names import fold, load_transliteration
from entity_cli.kb.records import ActorRecord


def _town(rid: str, name: str, country: str = "IQ") -> ActorRecord:
    return ActorRecord(id=f"place/{rid}", canonical=name, label="GPE", kind="town",
                       country=country)


def _index(*records: ActorRecord, common: frozenset[str] = frozenset()) -> ActorIndex:
    return ActorIndex.build(list(records), load_transliteration(), common)


PERSON = ActorRecord(id="person/tariq-zubaydi", canonical="Tariq al-Zubaydi", label="PERSON",
                     country="IQ")


def test_a_town_key_is_contextual_never_strong():
    index = _index(_town("zarqin-iq", "Zarqin"))
    assert "zarqin" in index.contextual and "zarqin" not in index.strong
    assert index.get_contextual("zarqin").record.id == "place/zarqin-iq"
    assert index.get_strong("zarqin", "Zarqin") is None
    assert [m.strength for m in index.lookup("Zarqin")] == ["contextual"]


def test_a_town_named_like_a_person_leaves_the_name_to_the_person():
    index = _index(PERSON, _town("zubaydi-iq", "Zubaydi"))
    assert "zubaydi" not in index.contextual  # the surname stays the person's
    assert all(m.record.label == "PERSON" for m in index.lookup("Zubaydi"))


def test_a_name_two_towns_share_links_neither():
    index = _index(_town("qasr-1", "Qasr Hamad"), _town("qasr-2", "Qasr Hamad", "SY"))
    assert "qasrhamad" not in index.contextual
    assert index.lookup("Qasr Hamad") == []


def test_town_spellings_are_generated():
    index = _index(_town("tell-zirr-sy", "Tell Zirr"), _town("deir-ez-zuhur-sy", "Deir ez-Zuhur"),
                   _town("mahmudiyah-iq", "Mahmudiyah"))
    for spelling in ("Tal Zirr", "Tall Zirr", "Tel Zirr", "Dayr az-Zuhur", "Dair al-Zuhur",
                     "Deir Ezzuhur", "Mahmudiya", "Mahmudiyeh"):
        assert index.get_contextual(fold(spelling)), spelling


def test_guarded_names_are_common_words_name_words_and_short_keys():
    index = _index(PERSON, _town("tariq-town", "Tariqa"), _town("hope-iq", "Bridgewell"),
                   _town("ruz-iq", "Ruz"), _town("kafr-zaytun-sy", "Kafr Zaytun"),
                   _town("tariq-2", "Tariq", "SY"),
                   common=frozenset({"bridgewell"}))
    assert "bridgewell" in index.guarded  # a common word
    assert "ruz" in index.guarded  # four letters or fewer
    assert "kafrzaytun" not in index.guarded
    assert "tariqa" not in index.guarded
    # "Tariq" is a word of a KB person's name: taken only with a preposition and country.
    assert "tariq" in index.guarded
    index = _index(_town("old-city-ps", "Old City", "PS"), common=frozenset({"old", "city"}))
    assert "oldcity" in index.guarded  # nothing but common words
