"""Zstandard-compressed inputs (``.zst``) are read like ``.gz`` ones: as the file they hold, in
a folder as well, with damaged or cut data reported on one line after the whole lines before."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import zstandard

from vigie.cli import main
from vigie.config import Settings
from vigie.errors import InputError
from vigie.model import Article
from vigie.readers import read_inputs

KYIV = "Des drones russes ont frappé Kyiv dans la nuit de lundi, a annoncé l'armée de l'air."
DAKAR = "Police in Dakar fired tear gas at opposition supporters on Friday."


def read(paths: list[Path], **kwargs: object) -> list[Article | InputError]:
    return list(read_inputs([str(p) for p in paths], **kwargs))  # type: ignore[arg-type]


def jsonl(*texts: str) -> bytes:
    return b"".join(json.dumps({"id": f"n{n}", "text": text}).encode() + b"\n"
                    for n, text in enumerate(texts, 1))


def test_zst_files_are_read_as_the_files_they_hold(tmp_path: Path) -> None:
    compress = zstandard.ZstdCompressor().compress
    (tmp_path / "feed.jsonl.zst").write_bytes(compress(jsonl(KYIV, DAKAR)))
    (tmp_path / "2024-05-13_dakar.txt.zst").write_bytes(compress(DAKAR.encode()))
    items = read([tmp_path])
    assert [(i.id, i.text) for i in items if isinstance(i, Article)] == [
        ("2024-05-13_dakar.txt.zst", DAKAR), ("n1", KYIV), ("n2", DAKAR)]
    assert items[0].published is not None  # the date in the inner file name


def test_several_frames_are_one_file(tmp_path: Path) -> None:
    # What zstd -c a b > c.zst and streaming writers produce: frames one after another.
    path = tmp_path / "frames.jsonl.zst"
    compress = zstandard.ZstdCompressor().compress
    path.write_bytes(compress(jsonl(KYIV)) + compress(jsonl(DAKAR).replace(b"n1", b"n2")))
    assert [i.id for i in read([path])] == ["n1", "n2"]  # type: ignore[union-attr]


def test_cut_zst_data_keeps_the_whole_lines_before_the_cut(tmp_path: Path) -> None:
    # Articles long and varied enough that the cut falls after the first one's bytes.
    texts = [" ".join(f"{KYIV} ({n}.{k})" for k in range(400)) for n in range(1, 4)]
    data = zstandard.ZstdCompressor().compress(jsonl(*texts))
    cut = tmp_path / "cut.jsonl.zst"
    cut.write_bytes(data[: len(data) * 3 // 4])
    items = read([cut])
    error = items[-1]
    assert isinstance(error, InputError)
    assert str(error) == f"{cut}: cannot be read: truncated zst data [E009]"
    assert [i.id for i in items[:-1]] == ["n1", "n2"][: len(items) - 1]  # type: ignore


def test_damaged_zst_data_is_one_error_line(tmp_path: Path,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    garbage = tmp_path / "garbage.txt.zst"
    garbage.write_bytes(b"\x28\xb5\x2f\xfd this is not a zstd frame at all")
    good = tmp_path / "good.txt"
    good.write_text(DAKAR, encoding="utf-8")
    (error,) = read([garbage])
    assert isinstance(error, InputError) and error.reason.code == "E009"
    assert str(error).startswith(f"{garbage}: cannot be read: damaged zst data (")
    # The command reports it on one line and goes on with the next input.
    assert main(["extract", str(garbage), str(good), "--format", "jsonl"]) == 1
    out, err = capsys.readouterr()
    assert err.splitlines() == [f"vigie: {error}"]
    assert [json.loads(line)["doc_id"] for line in out.splitlines()][:1] == ["good.txt"]


def test_a_zst_text_over_the_size_limit_is_refused_as_it_grows(tmp_path: Path) -> None:
    path = tmp_path / "long.txt.zst"
    path.write_bytes(zstandard.ZstdCompressor().compress(b"mot " * 100_000))
    (error,) = read([path], settings=Settings(max_bytes=1000))
    assert str(error) == f"{path}: larger than the size limit (1000 bytes) [E004]"
