"""Near copies found by a group-by on LSH band keys (the Ray engine's way) give the decisions of
the local deduplicator's index: the same texts linked, to the same first copy."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

import pytest
import ray

from vigie.dedup import (
    Deduplicator,
    Match,
    band_keys,
    signature,
    signature_bytes,
    text_hash,
)
from vigie.engines.ray_dedup import Candidates, near_candidates

# A story of 60 distinct words, and versions of it with more and more words changed: each close
# to the one before, the third far enough from the first that a copy of a copy is not one.
STORY = ("Le ministre des affaires étrangères a reçu mardi son homologue venu de la capitale "
         "voisine pour parler du barrage sur le fleuve qui sépare les deux pays depuis le "
         "traité signé il y a trente ans et qui fixe le partage des eaux entre les villages "
         "de la vallée ainsi que les droits de pêche des familles installées sur les rives "
         "sud et nord où la sécheresse de cet été a tari plusieurs puits anciens")


def edited(text: str, *positions: int) -> str:
    """``text`` with the words at ``positions`` replaced."""
    words = text.split()
    for position in positions:
        words[position] = f"mot{position}"
    return " ".join(words)


NEAR = edited(STORY, 20)
FARTHER = edited(NEAR, 40, 50)
OTHER = " ".join(f"ailleurs{i} autre{i}" for i in range(40))
# In input order: an original, its exact copy (other case), a near copy, a near copy of that
# near copy, a story of its own, a brief, and the brief again.
TEXTS = [STORY, STORY.upper(), NEAR, FARTHER, OTHER, "Pluie à Paris.", "pluie à paris."]


def holding(dedup: Deduplicator, stored: Sequence[str]) -> Deduplicator:
    """``dedup`` knowing the ``stored`` originals, as a store loads them."""
    dedup.load([(text_hash(t), text_hash(t)) for t in stored],
               [(text_hash(t), signature_bytes(signature(t))) for t in stored])
    return dedup


def local_decisions(texts: list[str], stored: Sequence[str] = ()) -> list[Match]:
    dedup = holding(Deduplicator(), stored)
    return [dedup.match(text) for text in texts]


def grouped_decisions(texts: list[str], candidates: Candidates,
                      stored: Sequence[str] = ()) -> list[Match]:
    """The decisions in input order from candidates found elsewhere, as the Ray engine makes
    them."""
    dedup = holding(Deduplicator(lsh=False), stored)
    return [dedup.decide(text_hash(text), signature(text), candidates.get(text_hash(text), ()))
            for text in texts]


def band_pairs(texts: list[str]) -> Candidates:
    """The candidates by a plain group-by on band keys, in this process: every text paired with
    the earlier ones sharing a band."""
    bands: dict[bytes, list[str]] = {}
    for text in texts:
        minhash = signature(text)
        for band in band_keys(minhash) if minhash is not None else ():
            bands.setdefault(band, []).append(text)
    found: dict[str, set[tuple[float, str]]] = {}
    for members in bands.values():
        for i, later in enumerate(members):
            for earlier in members[:i]:
                score = signature(later).jaccard(signature(earlier))
                if text_hash(later) != text_hash(earlier):
                    found.setdefault(text_hash(later), set()).add((score, text_hash(earlier)))
    return {key: sorted(close) for key, close in found.items()}


def test_the_texts_are_what_the_cases_need() -> None:
    similarity = signature(STORY).jaccard
    assert similarity(signature(NEAR)) >= 0.8
    assert signature(NEAR).jaccard(signature(FARTHER)) >= 0.8
    assert similarity(signature(FARTHER)) < 0.8
    assert signature("Pluie à Paris.") is None


def test_band_keys_give_the_local_index_decisions() -> None:
    local = local_decisions(TEXTS)
    assert [m.kind for m in local] == ["original", "exact", "near", "original", "original",
                                       "original", "exact"]
    assert local[2].content_hash == text_hash(STORY)
    assert grouped_decisions(TEXTS, band_pairs(TEXTS)) == local


def test_a_near_copy_of_a_near_copy_is_not_linked_through_it() -> None:
    # FARTHER shares bands with NEAR, close enough, but NEAR is itself a copy: only originals
    # are copied from.
    candidates = band_pairs(TEXTS)
    assert text_hash(NEAR) in {key for _score, key in candidates[text_hash(FARTHER)]}
    assert grouped_decisions(TEXTS, candidates)[3].kind == "original"


@pytest.fixture(scope="module")
def local_ray() -> Iterator[None]:
    # address="local": a Ray of its own, even where another runs on this host.
    ray.init(address="local", num_cpus=2, include_dashboard=False, log_to_driver=False)
    ray.data.DataContext.get_current().enable_progress_bars = False
    yield
    ray.shutdown()


def signed_dataset(texts: list[str]) -> ray.data.Dataset:
    rows = []
    for position, text in enumerate(texts):
        minhash = signature(text)
        rows.append({"position": position, "text_hash": text_hash(text),
                     "signature": b"" if minhash is None else signature_bytes(minhash)})
    return ray.data.from_items(rows, override_num_blocks=3)


def test_the_distributed_group_by_finds_the_close_pairs(local_ray: None) -> None:
    candidates = near_candidates(signed_dataset(TEXTS), [])
    close = {key: [(score, earlier) for score, earlier in pairs if score >= 0.8]
             for key, pairs in band_pairs(TEXTS).items()}
    assert candidates == {key: pairs for key, pairs in close.items() if pairs}
    assert grouped_decisions(TEXTS, candidates) == local_decisions(TEXTS)


def test_stored_texts_come_before_every_input(local_ray: None) -> None:
    # The lake holds STORY already: its near copy in the input links to it, and so does the
    # input's own copy of STORY, which is exact.
    inputs = [NEAR, STORY, OTHER]
    stored = [(text_hash(STORY), signature_bytes(signature(STORY)))]
    candidates = near_candidates(signed_dataset(inputs), stored)
    decided = grouped_decisions(inputs, candidates, stored=[STORY])
    assert decided == local_decisions(inputs, stored=[STORY])
    assert [(m.kind, m.content_hash) for m in decided[:2]] == [
        ("near", text_hash(STORY)), ("exact", text_hash(STORY))]
