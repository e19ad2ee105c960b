"""Every error Vigie reports about its inputs and outputs, in one place, each with a code.

An ``InputError`` is about one input (a file, a JSONL line, an archive record; a line
is named ``file:line`` in ``source``, so reasons do not repeat the line number):
the CLI prints it on one line, naming the input and the reason, and goes on
with the other inputs. An ``OutputError`` names an output an export refused or could
not write.
"""

from __future__ import annotations

from enum import Enum


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
    BAD_DATE = ("E010", "bad publication date {value!r} (expected YYYY-MM-DD)")
    # Outputs: an export refuses a target before writing anything to it.
    OUTPUT_IS_FOLDER = ("E020", "is a folder; this format writes a file (name a file, or - "
                                "for standard output)")
    OUTPUT_NOT_FOLDER = ("E021", "is a file; this format writes a folder")
    OUTPUT_FOREIGN_FOLDER = ("E022", "folder holds files Vigie did not write; name a new or "
                                     "empty folder")
    OUTPUT_NEEDS_FOLDER = ("E023", "this format writes a folder, not standard output")
    OUTPUT_FAILED = ("E024", "cannot be written: {detail}")
    # Query filters.
    UNKNOWN_FILTER = ("E040", "unknown {what} {value!r}; valid: {valid}")
    UNKNOWN_ACTOR = ("E041", "unknown actor {value!r}: neither an actor code (PRK, PRKGOV, "
                             "IGOUNO) nor a name Vigie knows")
    AMBIGUOUS_ACTOR = ("E042", "{value!r} may mean several countries ({candidates}); give a "
                               "code")
    # Stores.
    OLD_STORE = ("E030", "store written by an earlier version of Vigie ({detail}); ingest the "
                         "articles again into a new store")

    @property
    def code(self) -> str:
        return self.value[0]

    @property
    def template(self) -> str:
        return self.value[1]


class VigieError(Exception):
    """Base of Vigie's own errors."""


class InputError(VigieError):
    """One input cannot be processed; the others go on."""

    def __init__(self, source: str, reason: Reason, **details: object) -> None:
        self.source = source
        self.reason = reason
        self.details = details
        super().__init__(f"{source}: {reason.template.format(**details)} [{reason.code}]")


class FilterError(InputError):
    """A query filter names nothing Vigie knows; reported naming the option."""


class OutputError(InputError):
    """An output cannot be written as asked; nothing of what was there is touched. Reported
    like an input error, naming the output."""
