"""Compressed inputs: ``.gz``, ``.bz2``, ``.xz`` and ``.zst`` files, and ``.zip`` archives of
inputs.

A compressed file is read as the file it holds, whose format its inner name tells
(``feed.jsonl.gz`` is JSONL); it keeps its own name in errors and as an article id. A zip
archive holds several inputs: each member Vigie reads in a folder is one input, named
``archive.zip/member`` as if the archive were a folder, in sorted order. Output is bounded: a
file that decompresses past its format's size limit is refused when it gets there, not after
filling the memory.

WARC.gz archives are not read here: they are streamed record by record
(``vigie.readers.warc``).
"""

from __future__ import annotations

import bz2
import gzip
import lzma
import zipfile
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType

import zstandard

ZIP_SUFFIX = ".zip"
_CHUNK = 1 << 20
# Compressed bytes fed to zstandard at a time: it has no bound on what one call gives back, and
# a zstd block of repeated bytes expands some 30,000 times, so an input step stays small for the
# size limits to hold.
_ZSTD_STEP = 1 << 13


class ZstdFile:
    """A ``.zst`` file read like ``gzip.GzipFile``: ``read1`` gives the next decompressed bytes,
    frame after frame, and raises EOFError where the data stops inside a frame (zstandard's own
    reader returns what it has and says nothing)."""

    def __init__(self, path: Path, mode: str = "rb") -> None:
        assert mode == "rb", mode
        self._raw = path.open("rb")
        self._decompressor = zstandard.ZstdDecompressor()
        self._frame = self._decompressor.decompressobj()
        self._in_frame = False
        self._tail = b""

    def __enter__(self) -> ZstdFile:
        return self

    def __exit__(self, kind: type[BaseException] | None, value: BaseException | None,
                 traceback: TracebackType | None) -> None:
        self._raw.close()

    def read1(self, _size: int = -1) -> bytes:
        while True:
            step = self._tail or self._raw.read(_ZSTD_STEP)
            self._tail = b""
            if not step:
                if self._in_frame:
                    raise EOFError("the data stops inside a zstd frame")
                return b""
            out = self._frame.decompress(step)
            self._in_frame = not self._frame.eof
            if self._frame.eof:  # the next frame, if any, starts in what is left
                self._tail = self._frame.unused_data
                self._frame = self._decompressor.decompressobj()
            if out:
                return out


# The file class of each compression suffix.
DECOMPRESSORS: dict[str, type[gzip.GzipFile | bz2.BZ2File | lzma.LZMAFile | ZstdFile]] = {
    ".gz": gzip.GzipFile, ".bz2": bz2.BZ2File, ".xz": lzma.LZMAFile, ".zst": ZstdFile,
}
# What each library raises on damaged data.
_DAMAGE = (OSError, EOFError, zlib.error, lzma.LZMAError, ValueError, zstandard.ZstdError)


def compression_of(name: str) -> str | None:
    """The compression suffix of a file name (``.gz``, ``.bz2``, ``.xz``, ``.zst``), or
    None."""
    suffix = Path(name).suffix.lower()
    return suffix if suffix in DECOMPRESSORS else None


def inner_name(name: str) -> str:
    """The name of the file a compressed file holds: ``feed.jsonl.gz`` holds ``feed.jsonl``."""
    return name[: -len(Path(name).suffix)] if compression_of(name) else name


@dataclass(frozen=True, slots=True)
class Decompressed:
    """What a compressed file gave: its bytes, and why it stopped early (damaged data, over
    the size limit) or None when it was read whole."""

    data: bytes
    damage: str | None = None
    over_limit: bool = False


def decompress(path: Path, limit: int | None = None) -> Decompressed:
    """The content of a ``.gz``, ``.bz2``, ``.xz`` or ``.zst`` file, up to ``limit`` bytes."""
    compression = compression_of(path.name)
    assert compression is not None, path
    chunks: list[bytes] = []
    size = 0
    try:
        with DECOMPRESSORS[compression](path, "rb") as stream:
            # read1: a read that meets damage loses what it decompressed before it; one step
            # of read1 loses nothing of the data before the damage.
            while chunk := stream.read1(_CHUNK):
                chunks.append(chunk)
                size += len(chunk)
                if limit is not None and size > limit:
                    return Decompressed(b"".join(chunks), over_limit=True)
    except _DAMAGE as error:
        return Decompressed(b"".join(chunks), damage=_damage(compression, error))
    return Decompressed(b"".join(chunks))


def _damage(compression: str, error: BaseException) -> str:
    if isinstance(error, EOFError):
        return f"truncated {compression[1:]} data"
    return f"damaged {compression[1:]} data ({error})"


@dataclass(frozen=True, slots=True)
class ZipMember:
    """One member of a zip archive: its name inside it, its size, and how to read it."""

    name: str
    size: int
    read: Callable[[], bytes]


def zip_members(path: Path, wanted: Callable[[str], bool]) -> Iterator[ZipMember]:
    """The members of a zip archive whose names ``wanted`` accepts, sorted by name.
    Raises ``zipfile.BadZipFile`` (or OSError) when the archive cannot be opened."""
    with zipfile.ZipFile(path) as archive:
        infos = sorted((i for i in archive.infolist()
                        if not i.is_dir() and not _hidden(i.filename) and wanted(i.filename)),
                       key=lambda i: i.filename)
        for info in infos:
            yield ZipMember(info.filename, info.file_size,
                            lambda info=info: archive.read(info))


def _hidden(member: str) -> bool:
    # Folders such as __MACOSX/ and .git/ hold no articles.
    return any(part.startswith((".", "__MACOSX")) for part in member.split("/"))
