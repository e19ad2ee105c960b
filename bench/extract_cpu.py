"""CPU of ``/v1/extract`` in process, against the library on the same articles: where a served
article's CPU goes, without sockets or other clients.

``bench/serve.py`` gives the server process's CPU per request under load, which the host's
other work and the HTTP stack both change; this splits it. On ``--articles`` articles of the
benchmark corpus, each line the process's CPU per article (``time.process_time``, every
thread), for ``--rounds`` rounds after one warm-up article per language:

- ``batched``: ``vigie.pipeline.analyse`` over all of them, records turned into JSON, as
  ``vigie extract`` codes them (``Settings.batch_size`` articles at a time);
- ``alone``: the same, one ``analyse`` call per article, as the server coded each request;
- ``served``: the application (``httpx.ASGITransport``) posted one article per request by
  ``--clients`` clients at once, with the share of the thread that codes the requests
  (``vigie.server.coding``) and the sizes of the batches it coded.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import time
from collections.abc import Callable, Iterable
from pathlib import Path
from tempfile import TemporaryDirectory
from typing import Any

import httpx
from run import OUT, build_corpus, machine

from vigie.config import DEFAULT_SETTINGS, Settings
from vigie.errors import InputError
from vigie.model import Article
from vigie.output import dumps
from vigie.pipeline import analyse
from vigie.server import Service, coding, create_app


def coded(results: Iterable[Any]) -> None:
    for result in results:
        if not isinstance(result, InputError):
            dumps([record.to_dict() for record in result.records()])


def cpu_per_article(work: Callable[[], None], articles: int) -> float:
    start = time.process_time()
    work()
    return (time.process_time() - start) * 1000 / articles


class CoderShare:
    """The CPU the coding thread spends in ``analyse``, and the size of each batch it codes."""

    def __init__(self) -> None:
        self.seconds = 0.0
        self.batches: list[int] = []

    def __call__(self, items: Iterable[Article | InputError], settings: Settings) -> Any:
        start = time.thread_time()
        items = list(items)
        results = list(analyse(items, settings))
        self.seconds += time.thread_time() - start
        self.batches.append(len(items))
        return results


async def post_all(app: Any, records: list[dict[str, str]], clients: int) -> None:
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://bench") as client:
        waiting = iter(records)

        async def one_client() -> None:
            for record in waiting:
                answer = await client.post(
                    "/v1/extract", content=json.dumps(record, ensure_ascii=False).encode(),
                    headers={"content-type": "application/json"})
                answer.raise_for_status()

        await asyncio.gather(*(one_client() for _ in range(clients)))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=128)
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--rounds", type=int, default=2)
    args = parser.parse_args()
    records, _words = build_corpus(args.articles, OUT / f"extract-cpu-{args.articles}.jsonl")
    articles = [Article(id=r["id"], text=r["text"], lang=None, published=None) for r in records]
    print(f"machine: {machine()}; load average {os.getloadavg()[0]:.1f}")
    share = CoderShare()
    coding.analyse = share  # type: ignore[assignment]
    with TemporaryDirectory() as folder:
        service = Service.open(Path(folder) / "extract.duckdb", DEFAULT_SETTINGS)
        app = create_app(service)
        for round_ in range(1, args.rounds + 1):
            batched = cpu_per_article(lambda: coded(analyse(articles, DEFAULT_SETTINGS)),
                                      len(articles))
            alone = cpu_per_article(lambda: [coded(analyse([a], DEFAULT_SETTINGS))
                                             for a in articles], len(articles))
            share.seconds, share.batches = 0.0, []
            served = cpu_per_article(lambda: asyncio.run(post_all(app, records, args.clients)),
                                     len(articles))
            print(f"round {round_}: batched {batched:.1f} ms, alone {alone:.1f} ms, served "
                  f"{served:.1f} ms per article (coding thread "
                  f"{share.seconds * 1000 / len(articles):.1f} ms; batches {share.batches}); "
                  f"load average {os.getloadavg()[0]:.1f}", flush=True)
        service.close()


if __name__ == "__main__":
    main()
