"""Placeholder: being written."""

from vigie.analysis import Analysis


def find_times(analysis: Analysis) -> None:
    return None
