"""The seed article end to end: the events a careful human coder finds in it, and no others."""

from __future__ import annotations

import pytest

from vigie.model import Event, Record


def events(records: list[Record]) -> list[Event]:
    return [r for r in records if isinstance(r, Event)]


def countries(actors) -> set[str]:
    return {a.country for a in actors}


def find(records: list[Record], event: str, actor: set[str], **fields) -> list[Event]:
    """Events of type ``event`` whose actors' countries are exactly ``actor``."""
    return [e for e in events(records) if e.event == event and countries(e.actor) == actor
            and all(getattr(e, k) == v for k, v in fields.items())]


def test_accuse_by_usa_and_albania_against_dprk(seed_records):
    (accuse,) = find(seed_records, "ACCUSE", {"USA", "ALB"})
    assert countries(accuse.recipient) == {"PRK"}
    assert "human_rights" in accuse.context
    assert accuse.attribution is not None and accuse.attribution.source == "note"
    assert countries(accuse.attribution.speaker) == {"USA", "ALB"}


def test_consult_next_friday(seed_records):
    (consult,) = find(seed_records, "CONSULT", {"USA", "ALB"})
    assert consult.date == "2023-03-17"
    assert consult.date_precision == "day"
    assert consult.tense == "future"


def test_china_and_russia_oppose(seed_records):
    rejects = find(seed_records, "REJECT", {"CHN", "RUS"}, cameo="120")
    assert len(rejects) == 2  # raising the issue; any new Council action
    assert {frozenset(countries(r.recipient)) for r in rejects} == {frozenset(), frozenset({"UNO"})}


def test_veto_last_may(seed_records):
    (veto,) = find(seed_records, "REJECT", {"CHN", "RUS"}, cameo="129")
    assert veto.mode == "veto"
    assert countries(veto.recipient) == {"USA"}
    assert (veto.date_value, veto.date_precision, veto.tense) == ("2022-05", "month", "past")
    assert (veto.date, veto.date_end) == ("2022-05-01", "2022-05-31")


def test_dprk_rejects_accusations_and_blames_sanctions(seed_records):
    assert find(seed_records, "REJECT", {"PRK"})
    assert find(seed_records, "ACCUSE", {"PRK"})


def test_un_sanctions_since_2006(seed_records):
    (sanction,) = find(seed_records, "SANCTION", {"UNO"})
    assert sanction.cameo == "163"
    assert countries(sanction.recipient) == {"PRK"}
    assert (sanction.date_value, sanction.date, sanction.historical) == ("2006", "2006-01-01", True)


def test_repression_attributed_to_the_note_authors(seed_records):
    (coerce,) = find(seed_records, "COERCE", {"PRK"})
    assert coerce.actor[0].sector == "GOV"
    assert countries(coerce.attribution.speaker) == {"USA", "ALB"}


def test_kim_yo_jong_threatens(seed_records):
    (threat,) = find(seed_records, "THREATEN", {"PRK"})
    assert threat.actor[0].name == "Kim Yo Jong"
    assert threat.actor[0].code == "PRKGOV"
    assert threat.mentions == 2  # the firing range, and the declaration of war


def test_missile_launches(seed_records):
    (mobilize,) = find(seed_records, "MOBILIZE", {"PRK"})
    assert mobilize.mode == "weapons"
    assert mobilize.date_text == "au cours de l'année écoulée"


def test_no_factual_event_for_the_non_answer(seed_records):
    text_of_sentence = "n'a pas immédiatement répondu"
    for event in events(seed_records):
        if text_of_sentence in event.sentence:
            assert event.negated


def test_nothing_else(seed_records):
    found = sorted((e.event, e.cameo) for e in events(seed_records))
    assert found == sorted([
        ("ACCUSE", "1122"), ("CONSULT", "040"), ("REJECT", "120"), ("REJECT", "120"),
        ("ACCUSE", "112"), ("SANCTION", "163"), ("COERCE", "170"), ("THREATEN", "130"),
        ("MOBILIZE", "150"), ("REJECT", "120"), ("REJECT", "129"),
    ])


@pytest.mark.parametrize("field", ["code", "country", "sector"])
def test_every_event_actor_is_coded(seed_records, field):
    for event in events(seed_records):
        for actor in (*event.actor, *event.recipient):
            assert getattr(actor, field), (event.event, actor)


def test_every_event_points_at_its_words(seed_records, seed_text):
    for event in events(seed_records):
        assert seed_text[event.start:event.end] == event.event_text
        assert event.rule.startswith("fr:")
