"""Near-duplicate candidates on Ray: the LSH index of ``vigie.dedup`` as a distributed group-by.

The local deduplicator keeps every original's signature in one process's LSH index and asks
it, text after text, which earlier texts share a band. Here the same question is answered
for all texts at once, by one group-by over the materialised inputs (a sort shuffle across
the cluster) on the LSH band keys (``vigie.dedup.band_keys``, the bands the local index
files). Within a band, only the first copy of each text (in input order) stays, since the
copies of a text have the same signature and so the same bands; each text left is paired
with every earlier one, and a pair is kept when the similarity of their signatures reaches
the threshold.

What comes back to the driver is the short list of close pairs, not the signatures; the
driver then decides in input order with ``Deduplicator.decide``, the decision the local
engine makes, so that the same copy is kept (the first) and the same texts are linked.
Texts the lake already holds take part as the earliest of all.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import numpy as np
import ray.data

from vigie.dedup import THRESHOLD, band_keys, signature_from_bytes

# Where a text the store already holds stands in input order: before every input.
_STORED = -1

Candidates = dict[str, list[tuple[float, str]]]


def near_candidates(inputs: ray.data.Dataset, stored: Iterable[tuple[str, bytes]],
                    threshold: float = THRESHOLD) -> Candidates:
    """For each text (by exact key) that has one, the ``(similarity, key)`` of the earlier
    texts sharing an LSH band with it at or above ``threshold``, sorted.

    ``inputs`` has ``position``, ``text_hash`` and ``signature`` columns (an empty signature
    for a text too short to have one); ``stored``: the (key, signature) of the texts already
    analysed."""
    if inputs.count() == 0:
        return {}
    banded = inputs.select_columns(["position", "text_hash", "signature"]).flat_map(_banded)
    prior = [{"position": _STORED, "text_hash": key, "signature": raw} for key, raw in stored]
    if prior:
        banded = banded.union(ray.data.from_items(prior).flat_map(_banded))
    banded = banded.materialize()
    if banded.count() == 0:
        return {}
    pairs = banded.groupby("band").map_groups(_close_pairs, batch_format="numpy",
                                              fn_args=(threshold,))
    found: dict[str, set[tuple[float, str]]] = {}
    for row in pairs.iter_rows():
        found.setdefault(row["text_hash"], set()).add((float(row["similarity"]),
                                                       row["earlier"]))
    return {key: sorted(close) for key, close in found.items()}


def _banded(row: dict[str, Any]) -> list[dict[str, Any]]:
    """One row per LSH band of a text's signature; none for a text without one."""
    if len(row["signature"]) == 0:
        return []
    minhash = signature_from_bytes(bytes(row["signature"]))
    return [{"band": band, "position": row["position"], "text_hash": row["text_hash"],
             "signature": row["signature"]} for band in band_keys(minhash)]


def _close_pairs(group: dict[str, np.ndarray], threshold: float) -> dict[str, np.ndarray]:
    """The texts of one band, each by its first copy, paired with each earlier one, where
    close enough: the candidates the local index would have given."""
    order = np.argsort(group["position"], kind="stable")
    _keys, firsts = np.unique(group["text_hash"][order], return_index=True)
    order = order[np.sort(firsts)]
    positions = group["position"][order]
    keys = group["text_hash"][order]
    minhashes = [signature_from_bytes(bytes(raw)) for raw in group["signature"][order]]
    later, earlier, similarity = [], [], []
    for i in range(len(order)):
        if positions[i] == _STORED:
            continue
        for j in range(i):
            score = minhashes[i].jaccard(minhashes[j])
            if score >= threshold:
                later.append(keys[i])
                earlier.append(keys[j])
                similarity.append(score)
    return {"text_hash": np.array(later, dtype=object), "earlier": np.array(earlier, dtype=object),
            "similarity": np.array(similarity, dtype=np.float64)}
