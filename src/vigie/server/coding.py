"""Extraction requests coded together: the articles of the requests waiting for the models go
through one ``analyse`` call, and each request gets back its own results.

spaCy's models cost less per article in a batch than one article at a time (120 articles of
the benchmark corpus: 41–49 against 57 ms of CPU per article): a server coding each request
alone spent a third more than ``vigie extract``, which codes its input 32 articles at a time.
One thread codes for every request: once it has the analysis lock (shared with the ingest jobs
and the reviews that add events), it takes the requests waiting, oldest first, up to
``Settings.batch_size`` articles (a request with more is taken whole, alone), and codes them
together. An article's records do not depend on the articles coded with it, so each
request's answer has the bytes it has when coded alone.
"""

from __future__ import annotations

import asyncio
import threading
from collections import deque
from concurrent.futures import Future
from dataclasses import dataclass, field

from vigie.analysis import Analysis
from vigie.config import Settings
from vigie.errors import InputError
from vigie.model import Article
from vigie.pipeline import analyse

Item = Article | InputError
Result = Analysis | InputError


@dataclass
class _Request:
    items: list[Item]
    future: Future[list[Result]] = field(default_factory=Future)


class Coder:
    """Codes the items of submitted requests on a thread of its own, several requests at a
    time, each request's results in its items' order."""

    def __init__(self, settings: Settings, lock: threading.Lock) -> None:
        self.settings = settings
        self._lock = lock
        self._waiting: deque[_Request] = deque()
        self._ready = threading.Condition()
        self._closed = False
        self._thread = threading.Thread(target=self._run, name="vigie-extract", daemon=True)
        self._thread.start()

    def submit(self, items: list[Item]) -> Future[list[Result]]:
        """The future results of ``items``: one per item, in order."""
        request = _Request(items)
        with self._ready:
            if self._closed:
                raise RuntimeError("the coder is closed")
            self._waiting.append(request)
            self._ready.notify()
        return request.future

    async def code(self, items: list[Item]) -> list[Result]:
        return await asyncio.wrap_future(self.submit(items))

    def close(self) -> None:
        """Code the requests already submitted, then stop."""
        with self._ready:
            self._closed = True
            self._ready.notify()
        self._thread.join()

    def _wait(self) -> bool:
        """Wait for a request; False once closed and none waits."""
        with self._ready:
            while not self._waiting and not self._closed:
                self._ready.wait()
            return bool(self._waiting)

    def _take(self) -> list[_Request]:
        """The oldest waiting requests, up to a batch of articles (at least one request unless
        all were cancelled): a request whose client has gone (its future cancelled) is dropped,
        and those taken can no longer be cancelled."""
        taken: list[_Request] = []
        size = 0
        with self._ready:
            while self._waiting and (not taken or size + len(self._waiting[0].items)
                                     <= self.settings.batch_size):
                request = self._waiting.popleft()
                if request.future.set_running_or_notify_cancel():
                    taken.append(request)
                    size += len(request.items)
        return taken

    def _run(self) -> None:
        while self._wait():
            # Taken once the models are free: the requests that came while an ingest job or
            # the previous batch had them are coded together.
            with self._lock:
                taken = self._take()
                items = [item for request in taken for item in request.items]
                try:
                    results = list(analyse(items, self.settings))
                except Exception as error:  # analyse reports an article's own failure in its place
                    for request in taken:
                        request.future.set_exception(error)
                    continue
            start = 0
            for request in taken:
                end = start + len(request.items)
                request.future.set_result(results[start:end])
                start = end
