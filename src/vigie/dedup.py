"""Article deduplication: the same story reprinted by twenty sites is analysed once.

Two levels. Exact: the hash of the normalised text (Unicode NFKC, case folded, runs of
white space made one space, typographic apostrophes and quotes made plain), so that
a reprint differing only in layout or capitals is the same text. Near: MinHash
signatures over word shingles, indexed by locality-sensitive hashing (datasketch),
so that a reprint with a changed byline, a dropped paragraph or a corrected word
is recognised too; a candidate counts only when its estimated Jaccard similarity
reaches the threshold.

Decisions are made in input order by one process, with a fixed MinHash seed, and
ties go to the smallest content hash (the candidates for near copies may be found by
others: ``Deduplicator.decide``): the same inputs give the same links on any
machine, in any number of runs, interrupted or not.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

import numpy as np
from datasketch import MinHash, MinHashLSH

NUM_PERM = 128
SEED = 20240501
# Named, not left to datasketch's default, so that signatures stored by one version still
# compare with those computed by the next.
SCHEME = "affine32"
THRESHOLD = 0.8
SHINGLE_WORDS = 3
# Below this many shingles two texts are briefs, not reprints: only exact matches count.
MIN_SHINGLES = 20

_SPACES = re.compile(r"\s+")
_TYPOGRAPHY = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "“": '"', "”": '"', "«": '"',
                             "»": '"', "–": "-", "—": "-"})
_WORD = re.compile(r"\w+")


def normalise(text: str) -> str:
    """The text as compared for exact duplicates."""
    text = unicodedata.normalize("NFKC", text).translate(_TYPOGRAPHY).casefold()
    return _SPACES.sub(" ", text).strip()


def text_hash(text: str) -> str:
    """The exact-duplicate key of a text: SHA-256 of its normalised form."""
    return _normal_hash(normalise(text))


def _normal_hash(normal: str) -> str:
    return hashlib.sha256(normal.encode("utf-8")).hexdigest()


def shingles(text: str) -> list[bytes]:
    """Overlapping runs of ``SHINGLE_WORDS`` words (punctuation left out), as hashed by MinHash."""
    return _normal_shingles(normalise(text))


def _normal_shingles(normal: str) -> list[bytes]:
    words = _WORD.findall(normal)
    return [" ".join(words[i:i + SHINGLE_WORDS]).encode("utf-8")
            for i in range(len(words) - SHINGLE_WORDS + 1)]


def signature(text: str) -> MinHash | None:
    """The MinHash of a text, or None when it is too short to call anything its near twin."""
    return _normal_signature(normalise(text))


def _normal_signature(normal: str) -> MinHash | None:
    pieces = _normal_shingles(normal)
    if len(set(pieces)) < MIN_SHINGLES:
        return None
    minhash = MinHash(num_perm=NUM_PERM, seed=SEED, scheme=SCHEME, permutations=_permutations())
    minhash.update_batch(pieces)
    return minhash


def signature_bytes(minhash: MinHash) -> bytes:
    return bytes(minhash.hashvalues.astype("<u4").tobytes())


def signature_from_bytes(raw: bytes) -> MinHash:
    values = np.frombuffer(raw, dtype="<u4").astype(np.uint32)
    return MinHash(num_perm=NUM_PERM, seed=SEED, hashvalues=values, scheme=SCHEME,
                   permutations=_permutations())


@cache
def _permutations() -> object:
    """The permutations of the fixed seed, drawn once: datasketch draws them again for every
    MinHash it makes unless given them."""
    return MinHash(num_perm=NUM_PERM, seed=SEED, scheme=SCHEME).permutations


@dataclass(frozen=True, slots=True)
class Match:
    """What the deduplicator decided for one text.

    ``content_hash`` is the key of the text that is (or will be) analysed for it: its own
    ``text_hash`` when ``kind`` is ``original``, an earlier text's otherwise (``exact`` or
    ``near``, with the estimated ``similarity``). ``signature`` is set for a new original
    long enough to be indexed, so that the store keeps it for later runs.
    """

    content_hash: str
    text_hash: str
    kind: str  # original | exact | near
    similarity: float
    signature: MinHash | None = None

    @property
    def is_new(self) -> bool:
        return self.kind == "original"


class Deduplicator:
    """The texts seen so far (stored and in this run), and the decision for the next one.

    Candidates for a near copy are the earlier originals sharing an LSH band with a text.
    ``lsh``: find them here, in an index of every original's signature (``match``); without
    it, they are found elsewhere (``vigie.engines.ray_dedup``: a distributed group-by on the
    band keys) and handed to ``decide``, which makes the same decision from them.
    """

    def __init__(self, threshold: float = THRESHOLD, *, lsh: bool = True) -> None:
        self.threshold = threshold
        # Exact key of every text seen -> the content hash of the text analysed for it.
        self.canonical: dict[str, str] = {}
        # The originals a later text may be a near copy of.
        self.originals: set[str] = set()
        self.signatures: dict[str, MinHash] = {}
        self.index = MinHashLSH(threshold=threshold, num_perm=NUM_PERM) if lsh else None

    def load(self, links: Iterable[tuple[str, str]],
             signatures: Iterable[tuple[str, bytes]]) -> None:
        """Know what a store already holds: (text hash, content hash) links and the
        signatures of its analysed texts."""
        self.canonical.update(links)
        for key, raw in signatures:
            self._index(key, signature_from_bytes(raw))

    def _index(self, key: str, minhash: MinHash) -> None:
        if key in self.originals:
            return
        self.originals.add(key)
        if self.index is not None:
            self.signatures[key] = minhash
            self.index.insert(key, minhash)

    def match(self, text: str) -> Match:
        """The decision for ``text``, remembered so that later copies link to it."""
        # Normalised once for both keys: the normalisation is a fifth of the work here.
        normal = normalise(text)
        own = _normal_hash(normal)
        if own in self.canonical:
            return self.decide(own, None, ())
        minhash = _normal_signature(normal)
        candidates = ()
        if minhash is not None and self.index is not None:
            candidates = ((minhash.jaccard(self.signatures[key]), key)
                          for key in self.index.query(minhash))
        return self.decide(own, minhash, candidates)

    def decide(self, own: str, minhash: MinHash | None,
               candidates: Iterable[tuple[float, str]]) -> Match:
        """The decision for the text whose ``text_hash`` is ``own`` and signature ``minhash``,
        given ``(similarity, key)`` of the earlier texts sharing a band with it; remembered
        so that later copies link to it. The closest original at or above the threshold is
        the one it copies, the smallest key among equally close ones."""
        known = self.canonical.get(own)
        if known is not None:
            return Match(known, own, "exact", 1.0)
        if minhash is not None:
            best = max(((similarity, key) for similarity, key in candidates
                        if similarity >= self.threshold and key in self.originals),
                       key=lambda s: (s[0], _reverse(s[1])), default=None)
            if best is not None:
                self.canonical[own] = best[1]
                return Match(best[1], own, "near", round(best[0], 4))
            self._index(own, minhash)
        self.canonical[own] = own
        return Match(own, own, "original", 1.0, minhash)


def band_keys(minhash: MinHash) -> list[bytes]:
    """The LSH band keys of a signature, as the index of ``Deduplicator`` files it: texts
    sharing one are candidates for near copies. Each key starts with its band's number."""
    return [band.to_bytes(2, "big") + minhash.hashvalues[start:end].astype("<u4").tobytes()
            for band, (start, end) in enumerate(_bands())]


@cache
def _bands() -> list[tuple[int, int]]:
    """The (start, end) ranges of the signature's bands that datasketch picks for
    ``THRESHOLD`` and ``NUM_PERM``."""
    return list(MinHashLSH(threshold=THRESHOLD, num_perm=NUM_PERM).hashranges)


def _reverse(key: str) -> tuple[int, ...]:
    """A sort key under which the smallest hash is the largest, so that max() picks it on ties."""
    return tuple(-ord(ch) for ch in key)
