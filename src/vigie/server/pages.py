"""Finished answers of the read routes, kept until the store changes.

The server is its store's only writer, so it knows when an answer may go stale: every write
(an ingest job, a review) runs inside ``Pages.writing()``, which moves the store's generation
on when the write starts and again when it ends. An answer is kept only when no write ran
while it was computed: the generation was the same, with no write running, when the
computation began and when it ended. A kept answer is then what the store held at that
generation whatever the order of reads and commits, and a later write makes it unreachable
(its generation is no longer the current one). While a write runs, answers are computed and
not kept.

Answers are keyed by the generation and the canonical form of the query (the route and its
parsed parameters, as a tuple whose ``repr`` is stable), and held as bytes in an LRU bounded
by a number of entries and a number of bytes. Requests for an answer already being computed
wait for that computation rather than starting their own: fifty clients asking for the same
page cost one query. An answer's ETag is the server's epoch (drawn when the cache is made, so
that the generations of two server runs never meet), the generation and a digest of the key.
"""

from __future__ import annotations

import asyncio
import hashlib
import secrets
import threading
from collections import OrderedDict
from collections.abc import Awaitable, Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass

# What the cache holds at most; one answer over MAX_SHARE of the bytes is never kept (a page
# of 1,000 events with their sentences is about 1 MB).
MAX_ENTRIES = 2_048
MAX_BYTES = 64 * 1024 * 1024
MAX_SHARE = 16

# How an answer was had, as the X-Cache header says: kept from an earlier request, shared
# with a request computing it at the same time, or computed for this one.
HIT, SHARED, MISS = "hit", "shared", "miss"


@dataclass(frozen=True)
class Answer:
    body: bytes
    # None when a write ran while it was computed: nothing identifies that answer.
    etag: str | None
    source: str = MISS


Slot = tuple[int, str]


class Pages:
    """The store's generation and the answers computed at it."""

    def __init__(self, max_entries: int = MAX_ENTRIES, max_bytes: int = MAX_BYTES) -> None:
        self.max_entries = max_entries
        self.max_bytes = max_bytes
        self.epoch = secrets.token_hex(4)
        # Moved by the threads that write; read by the event loop.
        self._lock = threading.Lock()
        self._generation = 0
        self._writes = 0
        # Touched on the event loop only.
        self._answers: OrderedDict[Slot, Answer] = OrderedDict()
        self._bytes = 0
        self._kept_at = 0
        self._computing: dict[Slot, asyncio.Task[Answer]] = {}

    @contextmanager
    def writing(self) -> Iterator[None]:
        """Around every write to the store: the answers computed before or during it are
        never given again."""
        with self._lock:
            self._generation += 1
            self._writes += 1
        try:
            yield
        finally:
            with self._lock:
                self._generation += 1
                self._writes -= 1

    def generation(self) -> int | None:
        """The store's generation, or None while a write runs."""
        with self._lock:
            return None if self._writes else self._generation

    def etag(self, generation: int, key: tuple[object, ...]) -> str:
        return f'"{self.epoch}-{generation}-{_digest(key)}"'

    def current_etag(self, key: tuple[object, ...]) -> str | None:
        """The ETag the answer to ``key`` has now (None while a write runs), known without
        computing it: what a client's ``If-None-Match`` is compared with."""
        generation = self.generation()
        return None if generation is None else self.etag(generation, key)

    async def answer(self, key: tuple[object, ...],
                     compute: Callable[[], Awaitable[bytes]]) -> Answer:
        """The answer to ``key``: kept, being computed, or computed now by ``compute``."""
        generation = self.generation()
        if generation is None:
            return Answer(await compute(), None)
        if generation != self._kept_at:
            # Nothing kept before can be asked for again.
            self._answers.clear()
            self._bytes, self._kept_at = 0, generation
        slot = (generation, _digest(key))
        kept = self._answers.get(slot)
        if kept is not None:
            self._answers.move_to_end(slot)
            return Answer(kept.body, kept.etag, HIT)
        running = self._computing.get(slot)
        if running is not None:
            shared = await asyncio.shield(running)
            return Answer(shared.body, shared.etag, SHARED)
        # A task of its own, shielded: a client that goes away does not cancel the others'.
        task = asyncio.ensure_future(self._compute(slot, self.etag(generation, key), compute))
        self._computing[slot] = task
        return await asyncio.shield(task)

    async def _compute(self, slot: Slot, etag: str,
                       compute: Callable[[], Awaitable[bytes]]) -> Answer:
        try:
            body = await compute()
        finally:
            del self._computing[slot]
        if self.generation() != slot[0]:
            return Answer(body, None)
        answer = Answer(body, etag)
        self._keep(slot, answer)
        return answer

    def _keep(self, slot: Slot, answer: Answer) -> None:
        size = len(answer.body)
        if size > self.max_bytes // MAX_SHARE or slot[0] != self._kept_at:
            return
        self._answers[slot] = answer
        self._bytes += size
        while len(self._answers) > self.max_entries or self._bytes > self.max_bytes:
            _slot, dropped = self._answers.popitem(last=False)
            self._bytes -= len(dropped.body)

def _digest(key: tuple[object, ...]) -> str:
    return hashlib.sha256(repr(key).encode("utf-8")).hexdigest()[:16]


def matches(if_none_match: str | None, etag: str | None) -> bool:
    """Whether an ``If-None-Match`` header names ``etag`` (weakly compared, RFC 9110)."""
    if not if_none_match or etag is None:
        return False
    given = {tag.strip().removeprefix("W/") for tag in if_none_match.split(",")}
    return "*" in given or etag in given
