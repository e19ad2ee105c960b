"""Placeholder: being written."""

from vigie.analysis import Analysis


def resolve_actors(analysis: Analysis) -> None:
    return None
