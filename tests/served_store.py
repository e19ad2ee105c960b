"""The store the server tests serve: the samples, and the same two events reported by one
French and one English article written here (one cluster each, across languages); and a
server on loopback over it, for the tests that need real HTTP."""

from __future__ import annotations

import json
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import uvicorn
from conftest import SAMPLES_PATH
from fastapi.testclient import TestClient

from vigie.server import Service, create_app
from vigie.store import ingest

PUBLISHED = "2024-03-13"
PAIRED = [
    {"id": "pair-fr", "lang": "fr", "published": PUBLISHED, "source": "Le Quotidien",
     "text": "La Russie a condamné lundi les frappes ukrainiennes sur Belgorod.\n\n"
             "Le Japon a promis mardi une aide humanitaire à la Turquie."},
    {"id": "pair-en", "lang": "en", "published": PUBLISHED, "source": "The Daily",
     "text": "Russia condemned the Ukrainian strikes on Belgorod on Monday.\n\n"
             "Japan pledged humanitarian aid to Turkey on Tuesday."},
]


def jsonl(articles: list[dict[str, str]]) -> bytes:
    return "".join(json.dumps(a, ensure_ascii=False) + "\n" for a in articles).encode("utf-8")


def finished_job(client: TestClient, location: str) -> dict[str, Any]:
    """The ingest job at ``location`` once it is done or has failed (a minute at most)."""
    for _ in range(1200):
        job: dict[str, Any] = client.get(location).json()
        if job["status"] in ("done", "failed"):
            return job
        time.sleep(0.05)
    raise AssertionError(f"{location} did not finish")


def build(folder: Path) -> Path:
    """Ingest the samples and the paired articles into a new store in ``folder``."""
    (folder / "paired.jsonl").write_bytes(jsonl(PAIRED))
    db = folder / "served.duckdb"
    ingest([str(SAMPLES_PATH), str(folder / "paired.jsonl")], db, workers=1, progress=False)
    return db


@contextmanager
def serving(service: Service) -> Iterator[str]:
    """The address of a server over ``service``, running in a thread of this process until
    the block ends (the application's life, and the service's, span the whole block)."""
    listener = socket.create_server(("127.0.0.1", 0))
    server = uvicorn.Server(uvicorn.Config(create_app(service), log_level="warning"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [listener]}, daemon=True)
    thread.start()
    while not server.started:
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{listener.getsockname()[1]}"
    finally:
        server.should_exit = True
        thread.join(timeout=30)
        listener.close()
