"""Placeholder: being written."""

from vigie.analysis import Analysis


def find_quotes(analysis: Analysis) -> None:
    return None
