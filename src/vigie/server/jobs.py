"""Ingest jobs: articles posted to the server, written to its store one job at a time.

The server is the store's only writer, so jobs run in turn on one thread; each is the
library's ``ingest`` on the posted bytes, with its progress (inputs done so far) and, at the
end, its report. Jobs are numbered from 1 in the order they were posted, and kept for the
life of the process.
"""

from __future__ import annotations

import itertools
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass, field
from io import BytesIO
from typing import Any

from vigie.store import IngestReport

IngestBytes = Callable[[BytesIO, Callable[[IngestReport], None]], IngestReport]


@dataclass
class Job:
    id: str
    status: str = "queued"  # queued, running, done, failed
    report: IngestReport = field(default_factory=IngestReport)
    error: str | None = None

    def to_dict(self) -> dict[str, Any]:
        report = self.report
        done = (report.added + report.duplicates + report.already_stored + report.skipped
                + report.failed)
        return {"id": self.id, "status": self.status, "inputs_done": done,
                "report": asdict(report),
                "summary": report.summary() if self.status == "done" else None,
                "error": self.error}


class Jobs:
    """Runs ``ingest_bytes`` on posted bodies, one after the other."""

    def __init__(self, ingest_bytes: IngestBytes) -> None:
        self._ingest = ingest_bytes
        self._jobs: dict[str, Job] = {}
        self._numbers = itertools.count(1)
        self._lock = threading.Lock()
        self._runner = ThreadPoolExecutor(max_workers=1, thread_name_prefix="vigie-ingest")

    def submit(self, body: bytes) -> Job:
        with self._lock:
            job = Job(id=str(next(self._numbers)))
            self._jobs[job.id] = job
        self._runner.submit(self._run, job, body)
        return job

    def get(self, job_id: str) -> Job | None:
        return self._jobs.get(job_id)

    def _run(self, job: Job, body: bytes) -> None:
        job.status = "running"

        def progress(report: IngestReport) -> None:
            job.report = report

        try:
            job.report = self._ingest(BytesIO(body), progress)
        except Exception as error:  # the job fails, the server goes on
            job.status, job.error = "failed", f"{type(error).__name__}: {error}"
            return
        job.status = "done"

    def close(self) -> None:
        """Finish the jobs already posted, then stop."""
        self._runner.shutdown(wait=True)
