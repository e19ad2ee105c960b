"""Deduplication: exact copies by normalised text, near copies by MinHash LSH, deterministic."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from vigie.dedup import (
    Deduplicator,
    normalise,
    signature,
    signature_bytes,
    signature_from_bytes,
    text_hash,
)
from vigie.store import Store, ingest


@pytest.fixture(scope="module")
def texts(samples_path: Path) -> list[str]:
    with samples_path.open(encoding="utf-8") as lines:
        return [json.loads(line)["text"] for line in lines]


def reprint(text: str, site: int = 0) -> str:
    """A wire story as another site runs it: its own byline, a word changed, the last
    sentence cut."""
    body = text.rsplit(". ", 1)[0] + "."
    return (f"Par le bureau numéro {site} de la rédaction, avec agences.\n\n"
            + body.replace("lundi", "ce lundi", 1))


def test_normalisation_folds_case_space_and_typography() -> None:
    assert normalise("  L’ONU\u00a0a  « condamné »\n\nLE TIR ") == "l'onu a \" condamné \" le tir"
    assert text_hash("Pékin  proteste.") == text_hash("pékin proteste.\n")
    assert text_hash("Pékin proteste.") != text_hash("Pékin protestait.")


def test_exact_and_near_copies_link_to_the_first_text(texts: list[str]) -> None:
    dedup = Deduplicator()
    first = dedup.match(texts[0])
    assert (first.kind, first.content_hash, first.signature is not None) == (
        "original", text_hash(texts[0]), True)
    # match normalises the text once for both keys: the same keys as the public functions.
    assert first.signature.jaccard(signature(texts[0])) == 1.0  # type: ignore[union-attr,arg-type]
    exact = dedup.match(texts[0].upper())
    assert (exact.kind, exact.content_hash) == ("exact", first.content_hash)
    near = dedup.match(reprint(texts[0]))
    assert near.kind == "near" and near.content_hash == first.content_hash
    assert 0.8 <= near.similarity < 1.0
    # The reprint's own exact copy links to the same original, without a new MinHash search.
    again = dedup.match(reprint(texts[0]))
    assert (again.kind, again.content_hash) == ("exact", first.content_hash)
    # Different stories of the samples are all originals.
    assert [dedup.match(text).kind for text in texts[1:]] == ["original"] * (len(texts) - 1)


def test_short_texts_are_never_near_duplicates() -> None:
    dedup = Deduplicator()
    dedup.match("La Chine a condamné mardi le tir d'un missile nord-coréen.")
    other = dedup.match("La Russie a condamné mardi le tir d'un missile nord-coréen.")
    assert other.kind == "original"
    assert signature("Trop court pour une signature.") is None


def test_signatures_survive_the_store_and_decisions_are_deterministic(texts: list[str]) -> None:
    minhash = signature(texts[1])
    assert minhash is not None
    restored = signature_from_bytes(signature_bytes(minhash))
    assert restored.jaccard(minhash) == 1.0
    # A fresh deduplicator loaded with what a store holds decides as the one that saw it all.
    seen = Deduplicator()
    original = seen.match(texts[1])
    reloaded = Deduplicator()
    reloaded.load([(original.text_hash, original.content_hash)],
                  [(original.content_hash, signature_bytes(original.signature))])  # type: ignore[arg-type]
    assert reloaded.match(reprint(texts[1])) == seen.match(reprint(texts[1]))


def test_ingest_analyses_a_wire_story_once_for_all_its_sources(tmp_path: Path,
                                                               texts: list[str]) -> None:
    story = texts[0]
    feed = tmp_path / "wire.jsonl"
    versions = [story, *(reprint(story, n) for n in range(1, 20))]
    versions[10] = story.upper()
    records = [{"id": f"site-{n}", "text": versions[n], "lang": "fr",
                "source": f"Site {n}", "url": f"https://site{n}.example/a"} for n in range(20)]
    feed.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records),
                    encoding="utf-8")
    db = tmp_path / "wire.duckdb"
    report = ingest([str(feed)], db)
    assert (report.added, report.duplicates) == (1, 19)
    with Store(db, read_only=True) as store:
        assert store.count("articles") == 1
        rows = store.connection.execute(
            "SELECT match, count(*), count(DISTINCT content_hash) FROM article_sources "
            "GROUP BY match ORDER BY match").fetchall()
        assert rows == [("exact", 1, 1), ("near", 18, 1), ("original", 1, 1)]
        (doc_ids, sources) = store.connection.execute(
            "SELECT doc_ids, sources FROM event_clusters LIMIT 1").fetchone()
        assert len(doc_ids) == 20 and len(sources) == 20
