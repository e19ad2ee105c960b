"""Where an ingest's CPU goes: CPU seconds by process kind over a ``vigie ingest``'s process tree.

Runs ``vigie ingest`` on the corpus of ``bench/run.py`` into a fresh Parquet lake with one
engine and worker count, and samples ``/proc`` every ``--interval`` seconds: every process
descended from the command (the driver, Ray's daemons and workers, the local engine's pool),
its CPU seconds (user + system) and what it is doing. The CPU a process used between two
samples goes to the kind it had at the later one; a Ray worker changes kind as it runs
reading tasks, the analysis actor or nothing (``ray::IDLE``): its process title says which.
CPU seconds, unlike wall time, mean the same on a host shared with other jobs; what a
process used after its last sample is missed (at most ``--interval`` of it). The driver's
CPU is also given by thread (Ray's threads are named; Python's show the program's name).

``.venv/bin/python bench/cpu.py --engine ray --workers 2 [--articles 1000]``
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import time

from run import OUT, VIGIE, prepare

_TICKS = os.sysconf("SC_CLK_TCK")


def _stat(pid: int) -> tuple[int, float, str] | None:
    """Parent pid, CPU seconds (user + system) and command line of a live process."""
    try:
        with open(f"/proc/{pid}/stat", "rb") as file:
            stat = file.read().decode()
        with open(f"/proc/{pid}/cmdline", "rb") as file:
            command = file.read().replace(b"\0", b" ").decode(errors="replace").strip()
    except OSError:
        return None
    # The command name (field 2) may hold spaces and parentheses: the fields after it count
    # from its last closing parenthesis.
    fields = stat[stat.rindex(")") + 2:].split()
    return int(fields[1]), (int(fields[11]) + int(fields[12])) / _TICKS, command


def _threads(pid: int, threads: dict[int, tuple[str, float]]) -> None:
    """Updates ``threads`` (thread id -> name, CPU seconds) with a process's live threads:
    Ray's own threads name themselves, Python's do not."""
    try:
        tasks = os.listdir(f"/proc/{pid}/task")
    except OSError:
        return
    for task in tasks:
        try:
            with open(f"/proc/{pid}/task/{task}/stat", "rb") as file:
                stat = file.read().decode()
        except OSError:
            continue
        name = stat[stat.index("(") + 1:stat.rindex(")")]
        fields = stat[stat.rindex(")") + 2:].split()
        threads[int(task)] = name, (int(fields[11]) + int(fields[12])) / _TICKS


def kind(pid: int, root: int, command: str) -> str:
    """What a process of the tree is, from its command line (a Ray worker's is its title)."""
    if pid == root:
        return "driver (vigie ingest)"
    if command.startswith("ray::"):
        # "ray::IDLE", "ray::_MapWorker.submit", "ray::ReadFiles->MapBatches(...)"...
        return "ray worker: " + command[5:].split()[0].split(".")[0]
    for name in ("gcs_server", "raylet", "dashboard/agent.py", "dashboard/dashboard.py",
                 "runtime_env/agent", "log_monitor.py", "monitor.py", "dashboard"):
        if name in command:
            return name
    if "multiprocessing" in command or "vigie" in command:
        return "local worker"
    return command.split()[0] if command else "?"


def account(command: list[str], interval: float
            ) -> tuple[dict[str, float], dict[str, float]]:
    """CPU seconds by kind of process over the command's tree, and of the driver's threads
    by name (as last sampled)."""
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL)
    threads: dict[int, tuple[str, float]] = {}
    seen: dict[int, float] = {}
    tree = {process.pid}
    by_kind: dict[str, float] = {}
    while process.poll() is None:
        parents: dict[int, tuple[int, float, str]] = {}
        for entry in os.listdir("/proc"):
            if entry.isdigit() and (stat := _stat(int(entry))) is not None:
                parents[int(entry)] = stat
        # Descendants of the command: parents first, whatever order /proc lists them in.
        grew = True
        while grew:
            grew = False
            for pid, (parent, _cpu, _command) in parents.items():
                if pid not in tree and parent in tree:
                    tree.add(pid)
                    grew = True
        for pid in tree & parents.keys():
            _parent, cpu, line = parents[pid]
            name = kind(pid, process.pid, line)
            by_kind[name] = by_kind.get(name, 0.0) + cpu - seen.get(pid, 0.0)
            seen[pid] = cpu
        _threads(process.pid, threads)
        time.sleep(interval)
    driver: dict[str, float] = {}
    for name, cpu in threads.values():
        driver[name] = driver.get(name, 0.0) + cpu
    return by_kind, driver


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--engine", choices=("local", "ray"), default="ray")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--articles", type=int, default=1_000, help="corpus size")
    parser.add_argument("--interval", type=float, default=0.1, help="seconds between samples")
    args = parser.parse_args()
    _records, _words, corpus, _tiny = prepare(args.articles)
    lake = OUT / f"cpu-{args.engine}-{args.workers}.lake"
    shutil.rmtree(lake, ignore_errors=True)
    load = os.getloadavg()
    start = time.perf_counter()
    by_kind, driver = account(
        [VIGIE, "ingest", str(corpus), "--lake", str(lake), "--engine", args.engine,
         "--workers", str(args.workers), "--batch-size", "64"], args.interval)
    seconds = time.perf_counter() - start
    print(f"{args.engine}, {args.workers} worker(s): {seconds:.1f} s wall, load average "
          f"{load[0]:.1f} before, {os.getloadavg()[0]:.1f} after")
    print(f"{'process kind':45} {'CPU s':>8}")
    for name, cpu in sorted(by_kind.items(), key=lambda item: -item[1]):
        print(f"{name:45} {cpu:>8.1f}")
    print(f"{'all processes':45} {sum(by_kind.values()):>8.1f}")
    print(f"\n{'driver thread':45} {'CPU s':>8}")
    for name, cpu in sorted(driver.items(), key=lambda item: -item[1]):
        if cpu >= 0.05:
            print(f"{name:45} {cpu:>8.1f}")


if __name__ == "__main__":
    main()
