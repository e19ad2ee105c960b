"""Placeholder: being written."""

from vigie.analysis import Analysis


def code_events(analysis: Analysis) -> None:
    return None
