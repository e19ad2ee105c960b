"""The merge stage: the same event reported twice in an article is one event with two
mentions; different ones stay apart."""

from __future__ import annotations

from dataclasses import replace

from stages import analysed

from vigie.events.coder.merge import merge_mentions

TWICE = ("Le président français a rencontré le chancelier allemand à Berlin. "
         "Le président français a rencontré le chancelier allemand.")


def test_an_event_reported_twice_is_one_event_with_two_mentions() -> None:
    analysis = analysed(TWICE, "fr")
    (met,) = analysis.events
    assert (met.event, met.mentions) == ("CONSULT", 2)


def test_events_that_differ_in_modality_are_not_merged() -> None:
    analysis = analysed(TWICE, "fr")
    (met,) = analysis.events
    single = replace(met, mentions=1)
    hypothetical = replace(single, hypothetical=True, start=met.start + 1)
    merged = merge_mentions(analysis, [single, hypothetical])
    assert [e.hypothetical for e in merged] == [False, True]
    assert [e.mentions for e in merge_mentions(analysis, [single, single])] == [2]
