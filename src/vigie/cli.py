"""The ``vigie`` command: parses arguments, calls library functions, prints.

Every bad input is one line on standard error, ``vigie: <input>: <reason> [Exxx]``,
and the run goes on with the other inputs; an input that makes Vigie itself fail is
one such line too (E011, internal error; ``--debug`` adds its traceback). The exit
code is 1 when any input failed, 2 for a usage error, 0 otherwise, 130 on Ctrl-C.
Subcommands live in ``COMMANDS``: a new one is an entry there (its arguments and its
handler), nothing else.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import sys
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

import duckdb

from vigie import __version__
from vigie.analysis import Analysis
from vigie.config import DEFAULT_SETTINGS, Settings
from vigie.destination import is_stdout, text_output
from vigie.engines.local import default_workers
from vigie.errors import InputError, VigieError, internal_error, show_tracebacks
from vigie.evaluate import plover, timebank
from vigie.explain import format_actors, format_explanation
from vigie.export import EXPORT_FORMATS, EXPORTED, export
from vigie.lake import load_lake
from vigie.model import Article
from vigie.output import OUTPUT_FORMATS, RECORD_KINDS, open_writer, select
from vigie.pipeline import analyse
from vigie.query import QUERY_FORMATS, EventFilter, query_events, write_events
from vigie.readers import INPUT_FORMATS, read_inputs
from vigie.readers.fields import load_field_names
from vigie.store import ingest, stats, storage_error
from vigie.store.ingest import ENGINES
from vigie.timeline import PERIODS, format_timeline, html_page, timeline, write_csv

Handler = Callable[[argparse.Namespace], int]
# The option naming the column or key of each article field (vigie.readers.fields).
FIELD_OPTIONS = {"text": "--text-col", "id": "--id-col", "published": "--date-col",
                 "url": "--url-col", "title": "--title-col"}


@dataclass(frozen=True)
class Command:
    help: str
    add_arguments: Callable[[argparse.ArgumentParser], None]
    run: Handler


def _published(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a date (YYYY-MM-DD)") from None


def _kinds(value: str) -> tuple[str, ...]:
    kinds = tuple(k.strip() for k in value.split(",") if k.strip())
    unknown = sorted(set(kinds) - set(RECORD_KINDS))
    if unknown or not kinds:
        raise argparse.ArgumentTypeError(f"unknown record kind {', '.join(unknown) or value!r} "
                                         f"(choose from {','.join(RECORD_KINDS)})")
    return kinds


def _lang(value: str) -> str | None:
    """``auto`` means: identify each article's language."""
    return None if value == "auto" else value


def _reading_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--lang", choices=("auto", *DEFAULT_SETTINGS.languages), default="auto",
                        help="language of inputs that do not state one (default: identify "
                             "each article's language)")
    parser.add_argument("--published", type=_published, metavar="YYYY-MM-DD",
                        help="publication date of inputs that do not state one, to resolve "
                             "relative dates ('mardi')")
    parser.add_argument("--input-format", choices=INPUT_FORMATS, default="auto",
                        help="plain text, JSONL, CSV/TSV, HTML or WARC (default: by extension, "
                             "then by content)")
    for field, option in FIELD_OPTIONS.items():
        parser.add_argument(option, dest=f"{field}_column", metavar="NAME",
                            help=f"the CSV column or JSONL key holding the {field} (default: "
                                 f"found by its common names)")
    parser.add_argument("--fields", type=_field_names, metavar="FILE",
                        help="a JSON object naming the column or key of each field "
                             '({"text": "body", "published": "pub_date"}); the options above win')
    parser.add_argument("--debug", action="store_true",
                        help="print the traceback of each internal error (E011) too")


def _field_names(path: str) -> dict[str, str]:
    try:
        return load_field_names(path)
    except ValueError as error:
        raise argparse.ArgumentTypeError(str(error)) from None


def _input_fields(args: argparse.Namespace) -> dict[str, str]:
    """Where the fields of the inputs are, as the user named them (none for the commands that
    read no inputs of the user's, such as ``eval``)."""
    named = dict(getattr(args, "fields", None) or {})
    for field in FIELD_OPTIONS:
        column = getattr(args, f"{field}_column", None)
        if column:
            named[field] = column
    return named


def _report(error: InputError) -> None:
    print(f"vigie: {error}", file=sys.stderr)


def _rendered(doc_id: str, render: Callable[[], None]) -> bool:
    """Run ``render`` (which renders a document whole, then prints it); when rendering fails,
    report the document's internal error and say so. Failures to write (a closed pipe, a full
    disk) are no document's fault and go up."""
    try:
        render()
    except OSError:
        raise
    except Exception as error:
        _report(internal_error(doc_id, error))
        return False
    return True


def _lexicon_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--imported-lexicon", action="store_true",
                        help="also code with the verbs imported from the CAMEO dictionary "
                             "(off by default: on unseen news they invent more events than "
                             "they find)")


def _settings(args: argparse.Namespace) -> Settings:
    return replace(DEFAULT_SETTINGS, imported_lexicon=args.imported_lexicon,
                   input_fields=_input_fields(args))


def _analyses(args: argparse.Namespace, paths: Iterable[str]) -> Iterable[Analysis | InputError]:
    settings = _settings(args)
    items = read_inputs(paths, args.input_format, lang=_lang(args.lang),
                        published=args.published, settings=settings)
    return analyse(items, settings)


def _extract_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("paths", nargs="*", metavar="PATH",
                        help="files, directories, or - for standard input (the default)")
    _reading_arguments(parser)
    _lexicon_argument(parser)
    parser.add_argument("--format", choices=OUTPUT_FORMATS, default="jsonl",
                        help="output format (default: jsonl)")
    parser.add_argument("--kinds", type=_kinds, default=RECORD_KINDS, metavar="KIND,...",
                        help=f"record kinds to output (default: {','.join(RECORD_KINDS)})")


def run_extract(args: argparse.Namespace) -> int:
    failed = False
    writer = open_writer(args.format, sys.stdout)
    try:
        for result in _analyses(args, args.paths or ["-"]):
            if isinstance(result, InputError):
                _report(result)
                failed = True
            elif not _rendered(result.doc_id, lambda result=result: writer.write(
                    result.doc_id, select(result.records(), args.kinds))):
                failed = True
    finally:
        # Close the output even on Ctrl-C, so that what was written stays well-formed.
        writer.close()
    return 1 if failed else 0


def _explain_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("paths", nargs="+", metavar="PATH", help="files, directories, or -")
    _reading_arguments(parser)
    _lexicon_argument(parser)


def run_explain(args: argparse.Namespace) -> int:
    failed = False
    first = True
    for result in _analyses(args, args.paths):
        if isinstance(result, InputError):
            _report(result)
            failed = True
            continue
        separator = "" if first else "\n"
        if _rendered(result.doc_id, lambda result=result, separator=separator: print(
                separator + format_explanation(result), end="")):
            first = False
        else:
            failed = True
    return 1 if failed else 0


def _store_argument(parser: argparse.ArgumentParser) -> None:
    """Where the articles and records are: a DuckDB file or a Parquet lake folder."""
    where = parser.add_mutually_exclusive_group(required=True)
    where.add_argument("--db", metavar="FILE", help="DuckDB database file")
    where.add_argument("--lake", metavar="DIR",
                       help="Parquet lake folder (one dataset per table, by publication month)")


def _store(args: argparse.Namespace) -> str:
    return str(args.db if args.db is not None else args.lake)


def _ingest_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("paths", nargs="+", metavar="PATH", help="files, directories, or -")
    _store_argument(parser)
    _reading_arguments(parser)
    parser.add_argument("--workers", type=_positive, default=default_workers(), metavar="N",
                        help="analysis processes or Ray actors (default: one per core, here "
                             f"{default_workers()})")
    parser.add_argument("--engine", choices=ENGINES, default="local",
                        help="local: a process pool on this machine; ray: Ray actors, here or "
                             "on a cluster (pip install 'vigie[ray]') (default: local)")
    parser.add_argument("--address", metavar="auto|ray://HOST:PORT",
                        help="with --engine ray, the cluster to join (default: start Ray on "
                             "this machine with --workers CPUs)")
    parser.add_argument("--batch-size", type=_positive, default=DEFAULT_SETTINGS.batch_size,
                        metavar="N", help="articles per batch: per transaction and per task "
                                          f"sent to a worker (default: "
                                          f"{DEFAULT_SETTINGS.batch_size})")


def _positive(value: str) -> int:
    if not value.isdigit() or int(value) < 1:
        raise argparse.ArgumentTypeError(f"{value!r} is not a positive whole number")
    return int(value)


class _Failed(Exception):
    """A command failed and said why on standard error: exit code 1, no traceback."""


@contextmanager
def _store_errors(db: str) -> Iterator[None]:
    """Report a missing or unreadable database on one line, naming it, and fail the command."""
    try:
        yield
    except InputError as error:
        _report(error)
        raise _Failed from error
    except (duckdb.Error, OSError) as error:
        _report(storage_error(db, error))
        raise _Failed from error


def run_ingest(args: argparse.Namespace) -> int:
    if args.engine == "ray" and importlib.util.find_spec("ray") is None:
        print("vigie: --engine ray: Ray is not installed (pip install 'vigie[ray]')",
              file=sys.stderr)
        return 2
    with _store_errors(_store(args)):
        settings = replace(DEFAULT_SETTINGS, batch_size=args.batch_size,
                           input_fields=_input_fields(args))
        report = ingest(args.paths, _store(args), settings, input_format=args.input_format,
                        lang=_lang(args.lang), published=args.published, workers=args.workers,
                        lake=args.lake is not None, engine=args.engine, address=args.address)
    for message in report.errors:
        print(f"vigie: {message}", file=sys.stderr)
    print(report.summary())
    return 1 if report.failed or report.skipped else 0


def _stats_arguments(parser: argparse.ArgumentParser) -> None:
    _store_argument(parser)


def run_stats(args: argparse.Namespace) -> int:
    with _store_errors(_store(args)):
        print(stats(_store(args)), end="")
    return 0


def _eval_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("gold", metavar="GOLD",
                        help="a PLOVER gold-record JSON file, or a folder of TimeML files")
    parser.add_argument("--format", choices=("plover", "timeml"), default="plover",
                        help="plover: event types and (type, source, target) triples; "
                             "timeml: temporal expressions against TIMEX3 (default: plover)")
    parser.add_argument("--lang", choices=("auto", *DEFAULT_SETTINGS.languages), default="auto",
                        help="language of the gold sentences when the file does not say")
    parser.add_argument("--details", action="store_true",
                        help="also list every sentence with an error")
    _lexicon_argument(parser)


def run_eval(args: argparse.Namespace) -> int:
    try:
        if args.format == "timeml":
            print(timebank.format_score(timebank.score_timebank(Path(args.gold))))
        else:
            score = plover.run_eval(args.gold, lang=_lang(args.lang), settings=_settings(args))
            print(plover.format_score(score, details=args.details), end="")
            for error in score.failed:
                _report(error)
            return 1 if score.failed else 0
    except (OSError, VigieError) as error:
        print(f"vigie: {args.gold}: {error}", file=sys.stderr)
        return 1
    return 0


def _actors_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("inputs", nargs="+", metavar="TEXT|PATH",
                        help="a sentence to read, or files, directories, or -")
    _reading_arguments(parser)


def run_actors(args: argparse.Namespace) -> int:
    """Each actor mention with its resolution, one per line, for checking by eye."""
    paths = [i for i in args.inputs if i == "-" or Path(i).exists()]
    texts = [Article(id=f"text:{n}", text=i, lang=_lang(args.lang), published=args.published)
             for n, i in enumerate(args.inputs, 1) if i not in paths]
    settings = replace(DEFAULT_SETTINGS, input_fields=_input_fields(args))
    items = [*texts, *read_inputs(paths, args.input_format, _lang(args.lang), args.published,
                                  settings=settings)] if paths else texts
    failed = False
    for result in analyse(items):
        if isinstance(result, InputError):
            _report(result)
            failed = True
        elif not _rendered(result.doc_id, lambda result=result: print(format_actors(result),
                                                                         end="")):
            failed = True
    return 1 if failed else 0


def _filter_arguments(parser: argparse.ArgumentParser) -> None:
    """The event filters ``query`` and ``timeline`` share (``vigie.query.EventFilter``)."""
    _store_argument(parser)
    parser.add_argument("--actor", metavar="CODE|NAME",
                        help="actor code, code prefix or country (PRK matches PRKGOV), or a "
                             "name ('North Korea', 'Corée du Nord', 'Kim Yo Jong')")
    parser.add_argument("--recipient", metavar="CODE|NAME",
                        help="recipient code, prefix, country or name")
    parser.add_argument("--type", dest="event_type", metavar="EVENT",
                        help="PLOVER event type (THREATEN, ACCUSE, ...)")
    parser.add_argument("--mode", metavar="MODE", help="event mode (veto, aerial, arrest, ...)")
    parser.add_argument("--cameo", metavar="CODE",
                        help="CAMEO code or prefix (11 for all disapproval, 112 accusations)")
    parser.add_argument("--facts", action="store_true",
                        help="only events reported as having happened: neither negated nor "
                             "hypothetical")
    parser.add_argument("--since", type=_published, metavar="YYYY-MM-DD",
                        help="events whose date may fall on or after this day")
    parser.add_argument("--until", type=_published, metavar="YYYY-MM-DD",
                        help="events whose date may fall on or before this day")
    parser.add_argument("--text", metavar="WORD", help="words in the event's sentence")


def _event_filter(args: argparse.Namespace, limit: int | None = None) -> EventFilter:
    return EventFilter(actor=args.actor, recipient=args.recipient, event_type=args.event_type,
                       mode=args.mode, cameo=args.cameo, since=args.since, until=args.until,
                       text=args.text, facts=args.facts, limit=limit)


def _query_arguments(parser: argparse.ArgumentParser) -> None:
    _filter_arguments(parser)
    parser.add_argument("--limit", type=_positive, metavar="N", help="at most N events")
    parser.add_argument("--format", choices=QUERY_FORMATS, default="table",
                        help="output format (default: table)")


def run_query(args: argparse.Namespace) -> int:
    with _store_errors(_store(args)):
        events = query_events(_store(args), _event_filter(args, args.limit))
    write_events(events, args.format, sys.stdout)
    return 0


def _timeline_arguments(parser: argparse.ArgumentParser) -> None:
    _filter_arguments(parser)
    parser.add_argument("--by", choices=PERIODS, default="month",
                        help="count by day, ISO week or month (default: month)")
    parser.add_argument("--csv", metavar="FILE", help="also write the counts as CSV (- for "
                                                      "standard output)")
    parser.add_argument("--html", metavar="FILE",
                        help="also write one self-contained HTML page with the chart")


def run_timeline(args: argparse.Namespace) -> int:
    with _store_errors(_store(args)):
        periods = timeline(_store(args), args.by, _event_filter(args))
    # The outputs are written after the store is closed, so that a failure names the output.
    outputs = [(out, write) for out, write in (
        (args.csv, lambda stream: write_csv(periods, stream)),
        (args.html, lambda stream: stream.write(html_page(periods, args.by,
                                                          f"Events by {args.by}"))),
    ) if out]
    for out, write in outputs:
        try:
            with text_output(out) as stream:
                write(stream)
        except InputError as error:
            _report(error)
            return 1
        except OSError as error:
            _report(storage_error(out, error))
            return 1
    # With a chart or counts on standard output, the table goes to standard error.
    table = sys.stderr if any(is_stdout(out) for out, _ in outputs) else sys.stdout
    print(format_timeline(periods, args.by), end="", file=table)
    return 0


def _export_arguments(parser: argparse.ArgumentParser) -> None:
    _store_argument(parser)
    parser.add_argument("--format", choices=EXPORT_FORMATS, required=True,
                        help="plover-jsonl, polecat-tsv, gdelt-csv, gold (the reviews as "
                             "a PLOVER gold file for vigie eval), or parquet (a folder "
                             "partitioned by event year-month)")
    parser.add_argument("--out", required=True, metavar="PATH",
                        help="output file, - for standard output, or for parquet a new, "
                             "empty or earlier exported folder")


def run_export(args: argparse.Namespace) -> int:
    try:
        count = export(_store(args), args.format, args.out)
    except InputError as error:
        _report(error)
        return 1
    except (OSError, duckdb.IOException) as error:
        # The store opened (or that would be an InputError above): writing the output failed.
        _report(storage_error(args.out, error))
        return 1
    except duckdb.Error as error:
        _report(storage_error(_store(args), error, writing=False))
        return 1
    # With the events on standard output, the count goes to standard error.
    summary = sys.stderr if is_stdout(args.out) else sys.stdout
    print(f"{count} {EXPORTED.get(args.format, 'events')} exported to {args.out} "
          f"({args.format})", file=summary)
    return 0


def _lake_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("action", choices=("load",),
                        help="load: copy the lake's tables into a DuckDB store")
    parser.add_argument("lake", metavar="DIR", help="Parquet lake folder")
    parser.add_argument("--db", required=True, metavar="FILE",
                        help="DuckDB database file (created if new)")


def run_lake(args: argparse.Namespace) -> int:
    with _store_errors(args.db):
        added = load_lake(args.lake, args.db)
    counts = ", ".join(f"{n} {table}" for table, n in added.items())
    print(f"loaded {args.lake} into {args.db}: {counts}")
    return 0


def _serve_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--db", required=True, metavar="FILE",
                        help="DuckDB database file (created when missing); the server is its "
                             "only writer while it runs")
    parser.add_argument("--host", default="127.0.0.1",
                        help="address to listen on (default: 127.0.0.1, this machine only)")
    parser.add_argument("--port", type=_positive, default=8000, help="port (default: 8000)")
    _lexicon_argument(parser)


def run_serve(args: argparse.Namespace) -> int:
    # Imported here: the web stack costs every other command its start-up time for nothing.
    from vigie.server import serve

    try:
        with _store_errors(args.db):
            serve(args.db, _settings(args), args.host, args.port)
    except KeyboardInterrupt:
        # Ctrl-C is how a server stops; uvicorn has finished its requests by now.
        pass
    # uvicorn re-raises the SIGINT it handled once it has shut down, but asyncio's runner may
    # take that signal for itself when its task is already done: the server then returns
    # without KeyboardInterrupt. Either way it has stopped.
    print("vigie: server stopped", file=sys.stderr)
    return 0


COMMANDS: dict[str, Command] = {
    "extract": Command("code articles into event, quote, claim and time records",
                       _extract_arguments, run_extract),
    "explain": Command("show, sentence by sentence, what was found and why",
                       _explain_arguments, run_explain),
    "ingest": Command("analyse articles into a DuckDB store (idempotent)",
                      _ingest_arguments, run_ingest),
    "stats": Command("summarise a DuckDB store", _stats_arguments, run_stats),
    "query": Command("list the events of a DuckDB store, filtered", _query_arguments,
                     run_query),
    "timeline": Command("count events by week or month and quad class (table, CSV, HTML "
                        "chart)", _timeline_arguments, run_timeline),
    "export": Command("export the events of a DuckDB store (PLOVER JSONL, POLECAT TSV, "
                      "GDELT CSV, Parquet) or its reviews (a gold file)", _export_arguments,
                      run_export),
    "lake": Command("copy a Parquet lake into a DuckDB store (vigie lake load DIR --db FILE)",
                    _lake_arguments, run_lake),
    "eval": Command("score extraction against gold records (PLOVER events, TimeML dates)",
                    _eval_arguments, run_eval),
    "actors": Command("list each actor mention with its resolution", _actors_arguments,
                      run_actors),
    "serve": Command("serve the HTTP API and the dashboard over a store", _serve_arguments,
                     run_serve),
}


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="vigie", description="French and English news to PLOVER/CAMEO event records.")
    parser.add_argument("--version", action="version", version=f"vigie {__version__}")
    subparsers = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for name, command in COMMANDS.items():
        sub = subparsers.add_parser(name, help=command.help, description=command.help)
        command.add_arguments(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Entry point of ``vigie``; returns the exit code (argparse errors give 2)."""
    try:
        args = build_parser().parse_args(argv)
        show_tracebacks(getattr(args, "debug", False))
        return COMMANDS[args.command].run(args)
    except SystemExit as exit_:
        return exit_.code if isinstance(exit_.code, int) else (0 if exit_.code is None else 2)
    except _Failed:
        return 1
    except KeyboardInterrupt:
        print("vigie: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # The reader went away (vigie extract | head): not an error of ours.
        _drop_stdout()
        return 0
    except OSError as error:
        # Standard output could not be written (a full disk): one line, not a traceback.
        print(f"vigie: {storage_error('standard output', error)}", file=sys.stderr)
        _drop_stdout()
        return 1


def _drop_stdout() -> None:
    """Point standard output at /dev/null, so that the interpreter's final flush of what could
    not be written does not complain over several lines."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
