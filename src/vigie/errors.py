"""Every error Vigie reports about its inputs and outputs, in one place, each with a code.

An ``InputError`` is about one input (a file, a JSONL line, an archive record; a line
is named ``file:line`` in ``source``, so reasons do not repeat the line number):
the CLI prints it on one line, naming the input and the reason, and goes on
with the other inputs. An ``OutputError`` names an output an export refused or could
not write.

Whatever else goes wrong while reading one input or analysing one article (a bug, or
input nobody foresaw) becomes that input's ``internal_error`` (E011): one line with the
exception's type and message, so that the other inputs go on. Its traceback goes to the
``vigie`` logger at debug level (``--debug`` shows it).

A reason whose code starts with ``W`` is a warning (``warn``): the input is read all the same,
without what the warning names (an unreadable publication date), and the run does not fail.
Warnings go to the ``vigie`` logger at warning level; the CLI prints each on one line.
"""

from __future__ import annotations

import logging
import sys
import traceback
from enum import Enum
from typing import Any

log = logging.getLogger("vigie")
_MAX_DETAIL = 200


class Reason(Enum):
    EMPTY = ("E001", "empty input")
    BINARY = ("E002", "binary data, not text")
    ENCODING = ("E003", "not valid UTF-8 text (bad byte at offset {offset})")
    TOO_LARGE = ("E004", "larger than the size limit ({limit} bytes)")
    UNKNOWN_LANGUAGE = ("E005", "language {lang!r} has no model (supported: {supported})")
    BAD_JSON = ("E006", "malformed JSON: {detail}")
    BAD_FIELD = ("E007", "bad field {field!r}: {detail}")
    NOT_FOUND = ("E008", "no such file or directory")
    UNREADABLE = ("E009", "cannot be read: {detail}")
    INTERNAL = ("E011", "internal error, input skipped ({kind}: {detail})")
    # About a store (a DuckDB file) or an output rather than an input.
    LOCKED = ("E012", "the store is open in another Vigie process (or another DuckDB "
                      "program): let it finish, or close it, and run the command again")
    NOT_A_STORE = ("E013", "not a Vigie store ({detail})")
    OLD_STORE = ("E014", "a store written by an older Vigie ({detail}): ingest into a new "
                         "store file")
    UNWRITABLE = ("E015", "cannot be written: {detail}")
    NO_SPACE = ("E016", "no space left on the device: free some and run the same command "
                        "again")
    # A CSV or TSV file whose header names no column for the article text.
    NO_TEXT_COLUMN = ("E017", "no text column among {columns}; name it with --text-col or "
                              "--fields")
    # A column or key the user named (--text-col, --fields) that the input does not have.
    MISSING_COLUMN = ("E018", "no column {column!r} for the {field} (columns: {columns})")
    # Every command that opens the store meets this: it names both ways through the server.
    HELD_BY_SERVER = ("E030", "held by vigie serve at {url} (process {pid}): go through it "
                              "instead (POST {url}/v1/ingest with the server's token to add "
                              "articles; GET {url}/v1/events or {url}/v1/reviews?format=gold "
                              "to read), or stop it and run the command again")
    CANNOT_LISTEN = ("E031", "cannot listen there: {detail}")
    # Outputs: an export refuses a target before writing anything to it.
    OUTPUT_IS_FOLDER = ("E020", "is a folder; this format writes a file (name a file, or - "
                                "for standard output)")
    OUTPUT_NOT_FOLDER = ("E021", "is a file; this format writes a folder")
    OUTPUT_FOREIGN_FOLDER = ("E022", "folder holds files Vigie did not write; name a new or "
                                     "empty folder")
    OUTPUT_NEEDS_FOLDER = ("E023", "this format writes a folder, not standard output")
    # Query filters.
    UNKNOWN_FILTER = ("E040", "unknown {what} {value!r}; valid: {valid}")
    UNKNOWN_ACTOR = ("E041", "unknown actor {value!r}: neither an actor code (PRK, PRKGOV, "
                             "IGOUNO) nor a name Vigie knows")
    AMBIGUOUS_ACTOR = ("E042", "{value!r} may mean several countries ({candidates}); give a "
                               "code")
    # Reviews of coded events (vigie.reviews) and the gold file written from them.
    UNKNOWN_RECORD = ("E050", "no {what} {value!r} in the store")
    NO_REVIEWS = ("E051", "holds no reviews: confirm, correct or add events in the "
                          "dashboard's article view (or POST /v1/reviews) first")
    # Warnings: the input is read without what they name.
    BAD_DATE = ("W010", "publication date {value!r} names no single day; not used")

    @property
    def code(self) -> str:
        return self.value[0]

    @property
    def template(self) -> str:
        return self.value[1]


def message(source: str, reason: Reason, **details: object) -> str:
    """The one line that reports ``reason`` about ``source``, ending with the code."""
    return f"{source}: {reason.template.format(**details)} [{reason.code}]"


def warn(source: str, reason: Reason, **details: object) -> None:
    """Report that ``source`` is read without something (a ``W`` reason): one line, no
    failure."""
    log.warning("%s", message(source, reason, **details))


class VigieError(Exception):
    """Base of Vigie's own errors."""


class InputError(VigieError):
    """One input cannot be processed; the others go on."""

    def __init__(self, source: str, reason: Reason, **details: object) -> None:
        self.source = source
        self.reason = reason
        self.details = details
        super().__init__(message(source, reason, **details))

    def __reduce__(self) -> tuple[Any, ...]:
        # Pickled by its arguments (the default passes only the message): inputs read on Ray
        # come to the planner with their errors.
        return (_rebuilt, (type(self), self.source, self.reason, self.details))


def _rebuilt(kind: type[InputError], source: str, reason: Reason,
             details: dict[str, object]) -> InputError:
    return kind(source, reason, **details)


class FilterError(InputError):
    """A query filter names nothing Vigie knows; reported naming the option."""


class OutputError(InputError):
    """An output cannot be written as asked; nothing of what was there is touched. Reported
    like an input error, naming the output."""


def internal_error(source: str, error: Exception) -> InputError:
    """The one-line error of an input whose reading or analysis raised ``error``."""
    log.debug("%s: internal error\n%s", source,
              "".join(traceback.format_exception(error)).rstrip())
    message = str(error).strip()
    # The message may quote the input: keep it one short line of encodable text.
    detail = message.splitlines()[0][:_MAX_DETAIL] if message else "no message"
    detail = detail.encode("utf-8", "backslashreplace").decode("utf-8")
    failure = InputError(source, Reason.INTERNAL, kind=type(error).__name__, detail=detail)
    failure.__cause__ = error
    return failure


class _StandardError(logging.StreamHandler):  # type: ignore[type-arg]
    """Writes to whatever ``sys.stderr`` is when a message comes (callers and tests swap it);
    warnings as the CLI writes its errors, ``vigie: <input>: <reason> [Wxxx]``."""

    def format(self, record: logging.LogRecord) -> str:
        text = super().format(record)
        return f"vigie: {text}" if record.levelno >= logging.WARNING else text

    @property  # type: ignore[override]
    def stream(self) -> Any:
        return sys.stderr

    @stream.setter
    def stream(self, value: Any) -> None:
        pass


def show_tracebacks(show: bool = True) -> None:
    """Print warnings on standard error, and with ``show`` the traceback of each internal error
    too (``--debug``)."""
    if not log.handlers:
        log.addHandler(_StandardError())
    log.setLevel(logging.DEBUG if show else logging.WARNING)


def showing_tracebacks() -> bool:
    return log.isEnabledFor(logging.DEBUG)
