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


class NearNames:
    """Names one edit away from a given one, found through their one-letter deletions (two names
    one edit apart share a deletion, or one is a deletion of the other), so that a lookup costs a
    few dictionary probes, not a comparison with every name."""

    def __init__(self, names: dict[str, str]) -> None:
        self.names = names  # name -> what it names
        self.index: dict[str, list[str]] = {}
        for name in sorted(names):
            for variant in _deletions(name):
                self.index.setdefault(variant, []).append(name)

    def near(self, name: str) -> list[str]:
        """The names at most one edit from ``name``, in sorted order."""
        found = {other for variant in _deletions(name) for other in self.index.get(variant, ())}
        return sorted(n for n in found if edit_distance(name, n, 1) <= 1)


def _deletions(name: str) -> set[str]:
    return {name, *(name[:i] + name[i + 1:] for i in range(len(name)))}
