"""Compressed inputs: ``.gz``, ``.bz2`` and ``.xz`` files, and ``.zip`` archives of inputs.

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

# The file class of each compression suffix.
DECOMPRESSORS: dict[str, type[gzip.GzipFile | bz2.BZ2File | lzma.LZMAFile]] = {
    ".gz": gzip.GzipFile, ".bz2": bz2.BZ2File, ".xz": lzma.LZMAFile,
}
ZIP_SUFFIX = ".zip"
_CHUNK = 1 << 20
# What each library raises on damaged data.
_DAMAGE = (OSError, EOFError, zlib.error, lzma.LZMAError, ValueError)


def compression_of(name: str) -> str | None:
    """The compression suffix of a file name (``.gz``, ``.bz2``, ``.xz``), or None."""
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
    """The content of a ``.gz``, ``.bz2`` or ``.xz`` file, up to ``limit`` bytes."""
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
