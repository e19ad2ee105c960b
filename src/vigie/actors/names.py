"""Comparing names: how far apart two spellings of a name are."""

from __future__ import annotations


def edit_distance(a: str, b: str, limit: int = 2) -> int:
    """Levenshtein distance between ``a`` and ``b`` (insertions, deletions, substitutions), or
    ``limit + 1`` as soon as it is known to exceed ``limit``: names are compared by the
    thousand, and only near misses matter."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    previous = list(range(len(b) + 1))
    for i, char in enumerate(a, 1):
        current = [i]
        for j, other in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1,
                               previous[j - 1] + (char != other)))
        if min(current) > limit:
            return limit + 1
        previous = current
    return min(previous[-1], limit + 1)
