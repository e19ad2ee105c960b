"""Load benchmark of ``vigie serve`` on loopback: many clients at once on ``/v1/events`` pages
and on ``/v1/extract``, with latency percentiles and error counts, and ``/v1/extract``'s
throughput against ``vigie extract`` on the same texts.

The store: ``--ingest`` articles of the benchmark corpus (``bench/run.py``'s recombined
samples) go through ``vigie ingest``; their rows are then copied in SQL under new article
ids and content hashes (``~1``, ``~2`` ...) until the store holds ``--store-articles``
articles, since ingesting 10,000 articles on a small shared machine takes longer than the
benchmark itself. The copies keep their dates, codes and texts: the store has the size and
the filter selectivity of the ingested corpus, not its variety.

The clients: ``--clients`` coroutines for ``--seconds`` per phase, each request timed from
send to last byte. The extract phase's share one ``httpx.AsyncClient``; the events phase's
each hold one keep-alive connection and speak the little HTTP/1.1 its GETs need
(``LeanConnection``), since httpx spends some 6 ms of CPU a request, more than a kept page
costs the server, and on two cores the clients' CPU delays the answers as much as the
server's (``--httpx``: the events phase on httpx too). The events phase cycles through filter
sets (type, actor, recipient, date range, words, quad class, language, newest first), and
follows ``next_cursor`` for up to two more pages. The server keeps finished answers until its
store changes (``vigie.server.pages``), so after the first seconds most pages are answered
from memory: the phase counts how each was had (its ``X-Cache`` header: kept, shared with a
request computing it, computed) and gives the latencies of the computed ones apart.
``--distinct`` gives each query a page size of its own, drawn at random between 26 and 75 rows
(50 on average), so that pages are seldom asked twice and the cost of computing them shows.
An error is a status of 400 or more, or a
request that failed or timed out. The extract phase posts the corpus's texts one per request;
its throughput is then compared with ``vigie extract`` on the texts the server coded, net of
the command's start-up (the same command on one article per language), in articles per second
and, since a host shared with other work changes those, in CPU per article (the server's
process from ``/proc``, the command's from its resource usage).
"""

from __future__ import annotations

import argparse
import asyncio
import itertools
import json
import os
import random
import resource
import socket
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

import duckdb
import httpx
from run import OUT, VIGIE, build_corpus, machine, write_startup_corpus

# Tables whose rows hang off an article's content hash, and the columns a copy renames.
COPIED = {"articles": ("content_hash", "doc_id"),
          "article_sources": ("text_hash", "content_hash", "doc_id"),
          "texts": ("content_hash",), "signatures": ("content_hash",),
          "events": ("content_hash", "doc_id"), "event_actors": ("content_hash",),
          "quotes": ("content_hash", "doc_id"), "claims": ("content_hash", "doc_id"),
          "times": ("content_hash", "doc_id")}

# What analysts ask the events table for; each client starts at another place in the cycle.
EVENT_QUERIES: tuple[dict[str, str], ...] = (
    {},
    {"type": "ACCUSE"},
    {"actor": "USA"},
    {"actor": "Russia", "sort": "-date"},
    {"recipient": "UKR", "facts": "true"},
    {"since": "2023-01-01", "until": "2023-12-31"},
    {"q": "sanctions"},
    {"quad": "4", "lang": "fr"},
    {"type": "ASSAULT", "since": "2022-01-01", "sort": "-date"},
    {"actor": "FRA", "q": "ministre"},
    {"cameo": "19", "limit": "100"},
    {"lang": "en", "sort": "-date", "limit": "20"},
)
# A client reads at most this many pages of one query (the first and the cursor's next ones).
PAGES = 3
# With --distinct, a query's page size is drawn from this range (the default is 50).
DISTINCT_LIMITS = (26, 75)


@dataclass
class Phase:
    """What one phase measured: latencies in seconds, errors by kind, documents coded."""

    name: str
    latencies: list[float] = field(default_factory=list)
    errors: dict[str, int] = field(default_factory=dict)
    documents: int = 0
    seconds: float = 0.0
    # CPU seconds the server process spent in the phase (Linux), what latency becomes on a
    # host that other work keeps busy.
    server_cpu: float | None = None
    # CPU seconds of this process (the clients) in the phase: on a shared host the clients
    # queue for the cores as the server does.
    client_cpu: float = 0.0
    # Latencies by the X-Cache header of the answer: hit (kept), shared (computed for a
    # request at the same time), miss (computed for this request).
    by_source: dict[str, list[float]] = field(default_factory=dict)

    def error(self, kind: str) -> None:
        self.errors[kind] = self.errors.get(kind, 0) + 1

    def report(self) -> str:
        errors = sum(self.errors.values())
        kinds = f" ({', '.join(f'{k}: {n}' for k, n in sorted(self.errors.items()))})" \
            if errors else ""
        lines = [f"{self.name}: {len(self.latencies)} requests in {self.seconds:.1f} s "
                 f"({len(self.latencies) / self.seconds:.1f}/s), {percentiles(self.latencies)}"
                 f", errors {errors}{kinds}"
                 + ("" if self.server_cpu is None else
                    f"; server CPU {self.server_cpu * 1000 / max(len(self.latencies), 1):.1f} "
                    "ms per request")
                 + f", client CPU {self.client_cpu * 1000 / max(len(self.latencies), 1):.1f} ms"]
        answered = sum(len(latencies) for latencies in self.by_source.values())
        for source in ("hit", "shared", "miss"):
            if source in self.by_source:
                latencies = self.by_source[source]
                lines.append(f"  {source}: {len(latencies)} ({len(latencies) / answered:.1%}), "
                             f"{percentiles(latencies)}")
        return "\n".join(lines)


def percentile(latencies: list[float], share: float) -> float:
    ordered = sorted(latencies)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))] if ordered else 0.0


def percentiles(latencies: list[float]) -> str:
    return ", ".join(f"{name} {percentile(latencies, share) * 1000:.0f} ms" for name, share in
                     (("p50", 0.50), ("p95", 0.95), ("p99", 0.99), ("max", 1.0)))


def build_store(db: Path, corpus: Path, target: int) -> int:
    """Ingest ``corpus`` into a new store ``db``, then copy its articles under new ids until
    it holds ``target`` articles; the number it holds."""
    for stale in (db, Path(f"{db}.wal")):
        stale.unlink(missing_ok=True)
    subprocess.run([VIGIE, "ingest", str(corpus), "--db", str(db)], check=True,
                   stdout=subprocess.DEVNULL)
    with duckdb.connect(str(db)) as connection:
        connection.execute("CREATE TEMP TABLE originals AS SELECT content_hash AS hash, "
                           "row_number() OVER (ORDER BY content_hash) - 1 AS n FROM articles")
        (ingested,) = connection.execute("SELECT count(*) FROM originals").fetchone() or (0,)
        copies = -(-target // ingested)
        for table, renamed in COPIED.items():
            replaced = ", ".join(f"t.{c} || '~' || r.k AS {c}" for c in renamed)
            connection.execute(
                f"INSERT INTO {table} SELECT t.* REPLACE ({replaced}) FROM {table} t "
                "JOIN originals o ON o.hash = t.content_hash, range(1, ?) r(k) "
                "WHERE r.k * ? + o.n < ?", [copies, ingested, target])
        (held,) = connection.execute("SELECT count(*) FROM articles").fetchone() or (0,)
        connection.execute("CHECKPOINT")
    return int(held)


def cpu_seconds(pid: int) -> float | None:
    """User and system CPU seconds of process ``pid`` and its threads so far, or None where
    /proc does not say."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return None
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def start_server(db: Path, port: int) -> subprocess.Popen[bytes]:
    """``vigie serve`` on ``db``, once it answers (its models are loaded before it listens)."""
    server = subprocess.Popen([VIGIE, "serve", "--db", str(db), "--port", str(port)],
                              stdout=subprocess.DEVNULL)
    deadline = time.monotonic() + 300
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise SystemExit(f"vigie serve exited with status {server.returncode}")
        try:
            if httpx.get(f"http://127.0.0.1:{port}/v1/stats", timeout=5).status_code == 200:
                return server
        except httpx.HTTPError:
            pass
        time.sleep(0.5)
    server.terminate()
    raise SystemExit("vigie serve did not answer within 300 s")


@dataclass
class LeanResponse:
    """What ``timed`` reads of an answer, as ``httpx.Response`` has it."""

    status_code: int
    headers: dict[str, str]
    content: bytes

    def json(self) -> Any:
        return json.loads(self.content)


class LeanConnection:
    """One keep-alive HTTP/1.1 connection to the server for GET requests whose answers say
    their length (the server's JSON answers do; a streamed one would be refused)."""

    def __init__(self, port: int) -> None:
        self.port = port
        self.streams: tuple[asyncio.StreamReader, asyncio.StreamWriter] | None = None

    async def get(self, path: str, params: dict[str, str]) -> LeanResponse:
        try:
            return await asyncio.wait_for(self._get(f"{path}?{urlencode(params)}"), 120)
        except BaseException:
            self.close()  # a connection left half-read cannot carry the next request
            raise

    async def _get(self, target: str) -> LeanResponse:
        if self.streams is None:
            self.streams = await asyncio.open_connection("127.0.0.1", self.port)
        reader, writer = self.streams
        writer.write(f"GET {target} HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n".encode("ascii"))
        head = (await reader.readuntil(b"\r\n\r\n")).decode("latin-1").split("\r\n")
        headers = {name.strip().lower(): value.strip()
                   for name, _, value in (line.partition(":") for line in head[1:] if line)}
        if "content-length" not in headers:
            raise OSError(f"an answer without Content-Length to {target}")
        body = await reader.readexactly(int(headers["content-length"]))
        return LeanResponse(int(head[0].split()[1]), headers, body)

    def close(self) -> None:
        if self.streams is not None:
            self.streams[1].close()
            self.streams = None


async def timed(phase: Phase, send: Any) -> Any:
    """The response ``send`` awaits (httpx's or a ``LeanResponse``), None for an error;
    counted in ``phase``."""
    start = time.perf_counter()
    try:
        response = await send
    except (httpx.HTTPError, OSError, asyncio.IncompleteReadError, TimeoutError) as error:
        phase.latencies.append(time.perf_counter() - start)
        phase.error(type(error).__name__)
        print(f"{phase.name}: {type(error).__name__} {error}", file=sys.stderr)
        return None
    latency = time.perf_counter() - start
    phase.latencies.append(latency)
    if response.status_code >= 400:
        phase.error(f"HTTP {response.status_code}")
        return None
    if "x-cache" in response.headers:
        phase.by_source.setdefault(response.headers["x-cache"], []).append(latency)
    return response


async def events_client(client: httpx.AsyncClient | LeanConnection, phase: Phase, first: int,
                        deadline: float, distinct: random.Random | None) -> None:
    for params in itertools.islice(itertools.cycle(EVENT_QUERIES), first, None):
        cursor = None
        if distinct is not None:
            params = {**params, "limit": str(distinct.randint(*DISTINCT_LIMITS))}
        for _page in range(PAGES):
            if time.monotonic() >= deadline:
                return
            sent = {**params, **({"cursor": cursor} if cursor else {})}
            response = await timed(phase, client.get("/v1/events", params=sent))
            cursor = response.json()["next_cursor"] if response is not None else None
            if not cursor:
                break


async def extract_client(client: httpx.AsyncClient, phase: Phase,
                         texts: itertools.cycle[dict[str, str]], deadline: float) -> None:
    while time.monotonic() < deadline:
        article = next(texts)
        response = await timed(phase, client.post(
            "/v1/extract", content=json.dumps(article, ensure_ascii=False).encode("utf-8"),
            headers={"content-type": "application/json"}))
        if response is not None:
            phase.documents += len(response.json()["documents"])


async def run_phase(name: str, server: subprocess.Popen[bytes], port: int, clients: int,
                    seconds: float, articles: list[dict[str, str]], distinct: bool = False,
                    lean: bool = True) -> Phase:
    phase = Phase(name)
    cpu_before = cpu_seconds(server.pid)
    client_before = time.process_time()
    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)
    texts = itertools.cycle(articles)
    async with httpx.AsyncClient(base_url=f"http://127.0.0.1:{port}", limits=limits,
                                 timeout=httpx.Timeout(120.0)) as client:
        start = time.monotonic()
        deadline = start + seconds
        connections = [LeanConnection(port) for _ in range(clients)]
        if name == "events":
            tasks = [events_client(connections[n] if lean else client, phase, n, deadline,
                                   random.Random(n) if distinct else None)
                     for n in range(clients)]
        else:
            tasks = [extract_client(client, phase, texts, deadline) for _ in range(clients)]
        await asyncio.gather(*tasks)
        phase.seconds = time.monotonic() - start
        for connection in connections:
            connection.close()
    cpu_after = cpu_seconds(server.pid)
    phase.client_cpu = time.process_time() - client_before
    if cpu_before is not None and cpu_after is not None:
        phase.server_cpu = cpu_after - cpu_before
    return phase


def cli_extract_seconds(path: Path) -> tuple[float, float]:
    """Seconds of ``vigie extract`` on the articles of ``path``, start-up included: wall-clock
    and the command's CPU (user and system)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run([VIGIE, "extract", str(path)], check=True, stdout=subprocess.DEVNULL)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--ingest", type=int, default=300,
                        help="corpus articles ingested through vigie ingest (default 300)")
    parser.add_argument("--store-articles", type=int, default=10_000,
                        help="articles in the store once copied (default 10,000)")
    parser.add_argument("--clients", type=int, default=50, help="concurrent clients")
    parser.add_argument("--seconds", type=float, default=30.0, help="seconds per phase")
    parser.add_argument("--reuse", action="store_true",
                        help="serve the store of the previous run as it is")
    parser.add_argument("--events-only", action="store_true",
                        help="run the /v1/events phase alone (what the store's layout and the "
                             "page query change)")
    parser.add_argument("--httpx", action="store_true",
                        help="the events phase's clients on httpx, as the extract phase's")
    parser.add_argument("--distinct", action="store_true",
                        help="a page size of its own for each query (26-75 rows), so that "
                             "pages are seldom asked twice: what computing them costs")
    args = parser.parse_args()

    corpus = OUT / f"serve-corpus-{args.ingest}.jsonl"
    records, _words = build_corpus(args.ingest, corpus)
    db = OUT / f"serve-{args.store_articles}.duckdb"
    print(f"machine: {machine()}")
    if not (args.reuse and db.exists()):
        start = time.perf_counter()
        held = build_store(db, corpus, args.store_articles)
        print(f"store: {held} articles ({args.ingest} ingested, the rest copies) in "
              f"{time.perf_counter() - start:.0f} s, {db.relative_to(OUT.parent.parent)}")
    with duckdb.connect(str(db), read_only=True) as connection:
        counts = {t: (connection.execute(f"SELECT count(*) FROM {t}").fetchone() or (0,))[0]
                  for t in ("articles", "events", "event_actors")}
    print("store holds " + ", ".join(f"{n} {t}" for t, n in counts.items()))

    port = free_port()
    server = start_server(db, port)
    try:
        events = asyncio.run(run_phase("events", server, port, args.clients, args.seconds,
                                       records, args.distinct, lean=not args.httpx))
        print(events.report())
        if args.events_only:
            sys.exit(1 if events.errors else 0)
        coded = asyncio.run(run_phase("extract", server, port, args.clients, args.seconds,
                                      records))
        print(coded.report())
    finally:
        server.terminate()
        server.wait(timeout=60)

    # The texts the server coded, in the order the clients took them from the cycle.
    done = list(itertools.islice(itertools.cycle(records), coded.documents))
    extracted = OUT / "serve-extracted.jsonl"
    extracted.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in done),
                         encoding="utf-8")
    tiny = OUT / "serve-startup.jsonl"
    write_startup_corpus(records, tiny)
    startup, startup_cpu = cli_extract_seconds(tiny)
    seconds, cpu = cli_extract_seconds(extracted)
    served_rate = coded.documents / coded.seconds
    cli_rate = len(done) / max(seconds - startup, 1e-9)
    print(f"/v1/extract: {coded.documents} articles in {coded.seconds:.1f} s = "
          f"{served_rate:.2f} articles/s; vigie extract on the same {len(done)}: "
          f"{seconds:.1f} s, {seconds - startup:.1f} s net of {startup:.1f} s start-up = "
          f"{cli_rate:.2f} articles/s; served / command = {served_rate / cli_rate:.2f}")
    # What the host's other work does not change: CPU per article on each side.
    if coded.server_cpu is not None and coded.documents:
        served_cpu = coded.server_cpu / coded.documents
        cli_cpu = (cpu - startup_cpu) / max(len(done), 1)
        print(f"CPU per article: server {served_cpu * 1000:.1f} ms, vigie extract "
              f"{cli_cpu * 1000:.1f} ms net of {startup_cpu:.1f} s start-up; command / served "
              f"= {cli_cpu / served_cpu:.2f}")
    sys.exit(1 if events.errors or coded.errors else 0)


if __name__ == "__main__":
    os.environ.setdefault("PYTHONHASHSEED", "0")
    main()
