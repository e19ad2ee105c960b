"""``vigie serve`` as a user runs it: a process of its own, the store's only writer; a ``vigie
ingest`` on the same file is told in one line where to send the articles instead."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
import served_store

from vigie.cli import main
from vigie.store.holder import note_path

TOKEN = "serve-command-token"
ARTICLE = {"id": "served-1", "lang": "fr", "published": "2024-06-04",
           "text": "Le Brésil a rappelé lundi son ambassadeur en Israël."}


def _free_port() -> int:
    with socket.create_server(("127.0.0.1", 0)) as probe:
        return int(probe.getsockname()[1])


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, str, int]]:
    """A running ``vigie serve`` on an empty store: its file, its address, its process id."""
    db = tmp_path_factory.mktemp("serve") / "served.duckdb"
    port = _free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "vigie", "serve", "--db", str(db), "--port", str(port)],
        env={**os.environ, "VIGIE_TOKEN": TOKEN}, stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT, text=True)
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 300
    while time.monotonic() < deadline and process.poll() is None:
        try:
            if note_path(db).exists() and httpx.get(f"{url}/v1/stats").status_code == 200:
                break
        except httpx.TransportError:
            pass
        time.sleep(0.5)
    else:
        process.kill()
        pytest.fail(f"vigie serve did not start: {process.communicate()[0]}")
    yield db, url, process.pid
    process.send_signal(signal.SIGINT)
    output = process.communicate(timeout=60)[0]
    assert process.returncode == 0, output
    assert f"vigie: serving {db} at {url}" in output
    assert output.endswith("vigie: server stopped\n")
    # Stopped, the server no longer claims the store.
    assert not note_path(db).exists()


def test_ingest_on_a_served_store_says_where_to_send_the_articles(
        server: tuple[Path, str, int], tmp_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    db, url, pid = server
    articles = tmp_path / "one.jsonl"
    articles.write_bytes(served_store.jsonl([ARTICLE]))
    assert main(["ingest", str(articles), "--db", str(db), "--workers", "1"]) == 1
    assert capsys.readouterr().err == (
        f"vigie: {db}: held by vigie serve at {url} (process {pid}): go through it instead "
        f"(POST {url}/v1/ingest with the server's token to add articles; GET {url}/v1/events "
        f"or {url}/v1/reviews?format=gold to read), or stop it and run the command again "
        "[E030]\n")
    # Sent there, they are written.
    posted = httpx.post(f"{url}/v1/ingest", content=articles.read_bytes(),
                        headers={"Authorization": f"Bearer {TOKEN}"})
    assert posted.status_code == 202
    for _ in range(600):
        job = httpx.get(url + posted.headers["location"]).json()
        if job["status"] != "running" and job["status"] != "queued":
            break
        time.sleep(0.1)
    assert (job["status"], job["report"]["added"]) == ("done", 1)
    events = httpx.get(f"{url}/v1/events", params={"actor": "BRA"}).json()["events"]
    assert [e["doc_id"] for e in events] == ["served-1"]


def test_a_port_in_use_is_one_line(server: tuple[Path, str, int], tmp_path: Path,
                                   capsys: pytest.CaptureFixture[str]) -> None:
    _db, url, _pid = server
    port = url.rsplit(":", 1)[1]
    assert main(["serve", "--db", str(tmp_path / "other.duckdb"), "--port", port]) == 1
    error = capsys.readouterr().err
    assert error.startswith(f"vigie: 127.0.0.1:{port}: cannot listen there: ")
    assert error.endswith("[E031]\n") and error.count("\n") == 1
