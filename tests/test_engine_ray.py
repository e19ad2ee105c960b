"""The Ray engine: the lake it writes holds the rows the local engine stores, and a worker node
lost mid-run costs time, not results. Kept small (two CPUs, a dozen articles): the machine
running the tests is shared."""

from __future__ import annotations

import json
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
import ray
from lake_checks import lake_files, lake_rows, store_rows, write_corpus
from ray.cluster_utils import Cluster

from vigie.config import DEFAULT_SETTINGS
from vigie.lake import MANIFEST
from vigie.store import ingest

SETTINGS = replace(DEFAULT_SETTINGS, batch_size=2)
VIGIE = str(Path(sys.executable).parent / "vigie")


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory, samples_path: Path) -> Path:
    return write_corpus(tmp_path_factory, samples_path, 10)


@pytest.fixture(scope="module")
def local_ray() -> Iterator[None]:
    # address="local": a Ray of its own, even where another runs on this host (without it,
    # ray.init joins that one and refuses num_cpus).
    ray.init(address="local", num_cpus=2, include_dashboard=False, log_to_driver=False)
    yield
    ray.shutdown()


@pytest.fixture(scope="module")
def ray_lake(tmp_path_factory: pytest.TempPathFactory, corpus: Path,
             local_ray: None) -> Path:
    folder = tmp_path_factory.mktemp("ray") / "lake"
    report = ingest([str(corpus)], folder, SETTINGS, workers=2, lake=True, engine="ray")
    assert (report.added, report.duplicates, report.failed) == (10, 1, 1)
    return folder


def test_the_ray_lake_holds_the_rows_the_local_engine_stores(
        tmp_path: Path, corpus: Path, ray_lake: Path) -> None:
    db = tmp_path / "local.duckdb"
    ingest([str(corpus)], db, SETTINGS, workers=1)
    expected = store_rows(db)
    assert lake_rows(ray_lake) == expected
    # The copy kept is the first in input order, as in the store.
    kept = {row[1] for row in expected["articles"]}
    assert "gen-0000" in kept and "copy-0000" not in kept


def test_inputs_without_articles_give_the_local_engine_report(
        tmp_path: Path, local_ray: None) -> None:
    # An empty feed and a record without text: nothing to analyse, two errors in input order.
    feeds = tmp_path / "feeds"
    feeds.mkdir()
    (feeds / "a-empty.jsonl").write_text("", encoding="utf-8")
    (feeds / "b-broken.jsonl").write_text('{"id": "x1", "titre": "Sans texte"}\n',
                                          encoding="utf-8")
    on_ray = ingest([str(feeds)], tmp_path / "lake", SETTINGS, workers=2, lake=True,
                    engine="ray")
    local = ingest([str(feeds)], tmp_path / "local.duckdb", SETTINGS, workers=1)
    assert (on_ray.added, on_ray.failed) == (local.added, local.failed) == (0, 2)
    assert on_ray.errors == local.errors
    assert "a-empty.jsonl" in on_ray.errors[0] and "b-broken.jsonl:1" in on_ray.errors[1]
    assert lake_rows(tmp_path / "lake") == store_rows(tmp_path / "local.duckdb")


def test_a_worker_node_lost_mid_run_leaves_the_same_lake(
        tmp_path: Path, corpus: Path, ray_lake: Path) -> None:
    expected = lake_files(ray_lake)
    ray.shutdown()
    cluster = Cluster(initialize_head=True, head_node_args={"num_cpus": 0})
    nodes = [cluster.add_node(num_cpus=2) for _ in range(2)]
    cluster.wait_for_nodes()
    ray.init(address=cluster.address, log_to_driver=False)
    folder = tmp_path / "lake"
    removed: list[int] = []

    def remove_a_node_after_the_first_shard() -> None:
        manifest = folder / MANIFEST
        deadline = time.monotonic() + 600
        while time.monotonic() < deadline:
            if manifest.exists() and manifest.read_text(encoding="utf-8").strip():
                removed.append(len(manifest.read_text(encoding="utf-8").splitlines()))
                cluster.remove_node(nodes[1])
                return
            time.sleep(0.05)

    remover = threading.Thread(target=remove_a_node_after_the_first_shard)
    remover.start()
    try:
        ingest([str(corpus)], folder, SETTINGS, workers=2, lake=True, engine="ray")
    finally:
        remover.join()
        ray.shutdown()
        cluster.shutdown()
    shards = len((ray_lake / MANIFEST).read_text(encoding="utf-8").splitlines())
    # The node went while shards were still to come.
    assert removed and removed[0] < shards
    assert lake_rows(folder) == lake_rows(ray_lake)
    assert lake_files(folder) == expected



# Fragments of what Ray printed on every run before Vigie kept it off the user's stderr: Ray
# Data's deprecation of 'fn', the note on actors' constructor arguments in the object store,
# the token-authentication notice, and the line about its backend log level.
RAY_NOTICES = ("instead of 'fn'", "object store", "Token authentication", "RAY_BACKEND_LOG_LEVEL")


def test_a_ray_ingest_prints_vigies_lines_and_none_of_rays(tmp_path: Path) -> None:
    # The command starts a Ray of its own, two actors (one batch each), and logs the one
    # broken record: that line is Vigie's; Ray's notices, warnings and log lines are not.
    feed = tmp_path / "feed.jsonl"
    records = [
        {"id": "r1", "published": "2025-04-02", "text": "The mayor of Lyon met the "
         "Italian consul on Tuesday to discuss the reopening of the Alpine tunnel."},
        {"id": "r2", "published": "2025-04-03", "text": "Dockworkers in Antwerp went on "
         "strike on Wednesday against the new port schedules."},
        {"id": "r3", "titre": "No text at all"},
    ]
    feed.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    done = subprocess.run(
        [VIGIE, "ingest", str(feed), "--engine", "ray", "--workers", "2", "--batch-size", "1",
         "--lake", str(tmp_path / "lake")],
        capture_output=True, text=True, timeout=900, check=False)
    assert done.stdout.startswith("2 articles added"), done.stderr
    vigie_lines = [line for line in done.stderr.splitlines() if line.startswith("vigie: ")]
    assert len(vigie_lines) == 1 and "feed.jsonl:3" in vigie_lines[0], done.stderr
    # The notices Ray prints on every run stay off; on a starved host Ray may still report
    # its own slowness, which this does not pin.
    assert not any(notice in done.stderr for notice in RAY_NOTICES), done.stderr
