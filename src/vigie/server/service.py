"""What a running server holds for its whole life: the store it writes (the file's only
writer), the settings its analysers run with, the token that guards writes, the ingest jobs,
the lock that keeps one analysis at a time on the models it loaded once, the thread that
codes extraction requests together, the turns its reads and writes of the store take, and the
answers kept until the store changes.
"""

from __future__ import annotations

import hmac
import os
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from io import BytesIO
from pathlib import Path
from typing import TypeVar

from anyio import CapacityLimiter, from_thread, to_thread
from anyio.lowlevel import EventLoopToken

from vigie.config import Settings
from vigie.engines.local import load_models
from vigie.server.coding import Coder
from vigie.server.jobs import Jobs
from vigie.server.pages import Pages
from vigie.server.problems import Problem
from vigie.store import IngestReport, Store, ingest

T = TypeVar("T")


@dataclass
class Service:
    db_path: Path
    store: Store
    settings: Settings
    token: str | None = None
    # spaCy pipelines are not made for two threads at once: extraction requests and ingest
    # jobs take turns on the models.
    analysis_lock: threading.Lock = field(default_factory=threading.Lock)
    # Reads of the store take turns, as many at once as there are cores, in the order they
    # came: given a thread each, fifty waiting reads run all at once on two cores and finish
    # late together, the unlucky ones several times later than the median.
    reads: CapacityLimiter = field(
        default_factory=lambda: CapacityLimiter(os.cpu_count() or 1))
    # Every write to the store goes through ``pages.writing()``: its answers stay current.
    pages: Pages = field(default_factory=Pages)
    # The event loop that hands out the turns, set when the application starts: the writes run
    # in threads of their own and ask it for theirs (``turn``).
    loop: EventLoopToken | None = None
    jobs: Jobs = field(init=False)
    coder: Coder = field(init=False)

    def __post_init__(self) -> None:
        self.jobs = Jobs(self._ingest_bytes)
        self.coder = Coder(self.settings, self.analysis_lock)

    @classmethod
    def open(cls, db_path: str | Path, settings: Settings, token: str | None = None, *,
             warm: bool = True) -> Service:
        """Open (or create) the store for writing and, when ``warm``, load the models now
        rather than on the first request. Raises the store's ``InputError`` when it cannot be
        opened (held by another process, not a store)."""
        store = Store(db_path)
        if warm:
            load_models(settings)
        return cls(db_path=Path(db_path), store=store, settings=settings, token=token or None)

    async def read(self, function: Callable[[], T]) -> T:
        """``function``'s value, computed in a worker thread once this read's turn comes."""
        return await to_thread.run_sync(function, limiter=self.reads)

    @contextmanager
    def turn(self) -> Iterator[Turn]:
        """A turn of the reads' limiter for work in a thread of its own (a write), had in order
        with the reads. Take it inside the analysis lock, never the other way round: a write
        holding a turn while it waits for the models would keep them from the ingest job that
        holds the models and waits for a turn. Before the application starts nothing reads,
        and the turn is had at once."""
        turn = Turn(self.reads, self.loop)
        turn.take()
        try:
            yield turn
        finally:
            turn.give()

    def close(self) -> None:
        self.coder.close()
        self.jobs.close()
        self.store.close()

    def check_token(self, authorization: str | None) -> None:
        """Refuse a write without the server's bearer token (or to a server that has none)."""
        if self.token is None:
            raise Problem(403, "writes_disabled",
                          "writes are disabled: this server was started without VIGIE_TOKEN")
        scheme, _, given = (authorization or "").partition(" ")
        if scheme.lower() != "bearer" or not hmac.compare_digest(given.strip().encode(),
                                                                 self.token.encode()):
            raise Problem(401, "unauthorized",
                          "this request needs the header Authorization: Bearer <VIGIE_TOKEN>")

    def _ingest_bytes(self, body: BytesIO,
                      on_batch: Callable[[IngestReport], None]) -> IngestReport:
        with self.analysis_lock, self.turn() as turn, self.pages.writing():

            def committed(report: IngestReport) -> None:
                on_batch(report)
                # The reads that came during the batch go before the next one.
                turn.pass_on()

            return ingest(["-"], self.store, self.settings, stdin=body, workers=1,
                          progress=False, on_batch=committed)


@dataclass(eq=False)
class Turn:
    """A token of ``limiter`` held by a thread that is not the event loop's, asked of the loop
    ``loop`` (none: there is no loop to ask, and the token is not needed)."""

    limiter: CapacityLimiter
    loop: EventLoopToken | None

    def take(self) -> None:
        if self.loop is not None:
            from_thread.run(self.limiter.acquire_on_behalf_of, self, token=self.loop)

    def give(self) -> None:
        if self.loop is not None:
            from_thread.run_sync(self.limiter.release_on_behalf_of, self, token=self.loop)

    def pass_on(self) -> None:
        """Give the token to whoever waits for one, and wait for it again."""
        self.give()
        self.take()
