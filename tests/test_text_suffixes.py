"""A folder of notes as analysts keep them: Markdown and other text suffixes are read as
text when a folder is walked, not skipped without a word."""

from __future__ import annotations

from pathlib import Path

from vigie.model import Article
from vigie.readers import read_inputs


def test_markdown_and_text_suffixes_are_walked(tmp_path: Path) -> None:
    folder = tmp_path / "notes"
    folder.mkdir()
    (folder / "briefing.md").write_text(
        "# Briefing\n\nLa Chine a condamné mardi les essais de missiles de la Corée du Nord.\n",
        encoding="utf-8")
    (folder / "wire.markdown").write_text("Russian forces shelled Kharkiv on Wednesday.\n",
                                          encoding="utf-8")
    (folder / "memo.text").write_text("The United States condemned North Korea.\n",
                                      encoding="utf-8")
    (folder / "photo.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    read = [item for item in read_inputs([str(folder)]) if isinstance(item, Article)]
    assert sorted(Path(a.id).name for a in read) == ["briefing.md", "memo.text", "wire.markdown"]
    briefing = next(a for a in read if a.id.endswith("briefing.md"))
    assert "La Chine a condamné mardi" in briefing.text
