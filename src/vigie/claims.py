"""Placeholder: being written."""

from vigie.analysis import Analysis


def find_claims(analysis: Analysis) -> None:
    return None
