"""The HTTP API under ``/v1``: the library's extraction, queries and summaries over the
server's store. Each route parses its request and calls a library function; errors are
problem details (``vigie.server.problems``) carrying the CLI's codes.
"""

from __future__ import annotations

import base64
import binascii
import json
import re
from collections.abc import AsyncIterator, Callable, Iterator
from dataclasses import replace
from datetime import date
from functools import partial
from io import BytesIO
from itertools import islice
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Header, Path, Query, Request
from pydantic import BeforeValidator
from starlette.responses import Response, StreamingResponse

from vigie.errors import FilterError, InputError, Reason
from vigie.evidence import article_evidence, event_evidence
from vigie.model import Article
from vigie.output import dumps
from vigie.query import SORT_KEY, EventFilter, build_query, event_lines, iter_events
from vigie.readers import STDIN_NAME, read_inputs
from vigie.server.pages import matches
from vigie.server.problems import Problem, input_problem, problem_responses
from vigie.server.service import Service
from vigie.summaries import DYAD_LEVELS, clusters, countries, dyads, overview
from vigie.timeline import PERIODS, timeline

# Every route checks its parameters (422); the others say what else they may answer.
router = APIRouter(prefix="/v1", responses=problem_responses(422))
# Filters name types, modes, codes and actors that the document cannot list: a name nobody
# knows is a 400 that lists the valid ones.
FILTERED = problem_responses(400)
# The answers that depend on the store alone are kept until it changes (``vigie.server.pages``)
# and carry an ETag, which a client sends back in If-None-Match to revalidate.
KEPT = {304: {"description": "not modified: the If-None-Match ETag is still the answer's"}}

# What a request to /v1/extract is called in its errors (the CLI names files).
REQUEST_NAME = "request"
# A posted batch of articles for /v1/ingest; one article stays under Settings.max_bytes.
MAX_INGEST_BYTES = 100_000_000
MAX_PAGE = 1_000
STREAM_TYPES = {"jsonl": "application/x-ndjson", "csv": "text/csv; charset=utf-8"}
EVENT_FORMATS = ("json", *STREAM_TYPES)
# Lines of a streamed download read in one turn and sent in one piece (about 0.5 MB of CSV).
STREAM_LINES = 1_000


class JSONResponse(Response):
    """JSON as every Vigie output writes it (``vigie.output.dumps``): same data, same bytes."""

    media_type = "application/json"

    def render(self, content: Any) -> bytes:
        return dumps(content).encode("utf-8")


async def kept(request: Request, served: Service, key: tuple[object, ...],
               content: Callable[[], Any]) -> Response:
    """The JSON of ``content()``, read from the store in its turn, for the query whose
    canonical form is ``key``: kept until the store changes, shared by the requests that ask
    for it at once, and a 304 when the request's If-None-Match names its current ETag.
    ``X-Cache`` says whether the answer was kept, shared or computed."""
    headers = {"Cache-Control": "no-cache"}
    etag = served.pages.current_etag(key)
    if etag is not None and matches(request.headers.get("if-none-match"), etag):
        return Response(status_code=304, headers={**headers, "ETag": etag})

    async def compute() -> bytes:
        return await served.read(lambda: dumps(content()).encode("utf-8"))

    answer = await served.pages.answer(key, compute)
    if answer.etag is not None:
        headers["ETag"] = answer.etag
    headers["X-Cache"] = answer.source
    return Response(answer.body, media_type=JSONResponse.media_type, headers=headers)


def service(request: Request) -> Service:
    return request.app.state.service  # type: ignore[no-any-return]


Served = Annotated[Service, Depends(service)]


def _day(value: object) -> object:
    """A query's day as the document says it, YYYY-MM-DD: the validator alone would also take
    a number of seconds since 1970 ("0.0") for a day."""
    if isinstance(value, str) and not _ISO_DAY.fullmatch(value):
        raise ValueError("expected a day, YYYY-MM-DD")
    return value


_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
Day = Annotated[date, BeforeValidator(_day)]


def event_filter(
    type: Annotated[str | None, Query(description="PLOVER event type (THREATEN, ACCUSE, ...)")]
    = None,
    mode: Annotated[str | None, Query(description="event mode (veto, aerial, arrest, ...)")]
    = None,
    actor: Annotated[str | None, Query(
        description="actor code, code prefix or country (PRK matches PRKGOV), or a name "
                    "('North Korea', 'Corée du Nord', 'Kim Yo Jong')")] = None,
    recipient: Annotated[str | None, Query(description="recipient code, country or name")]
    = None,
    cameo: Annotated[str | None, Query(description="CAMEO code or prefix (11, 112)")] = None,
    quad: Annotated[int | None, Query(ge=1, le=4,
                                      description="quad class: 1 verbal cooperation, 2 "
                                                  "material cooperation, 3 verbal conflict, 4 "
                                                  "material conflict")] = None,
    since: Annotated[Day | None, Query(description="events whose date may fall on or after "
                                                    "this day")] = None,
    until: Annotated[Day | None, Query(description="events whose date may fall on or before "
                                                    "this day")] = None,
    lang: Annotated[str | None, Query(description="language of the article (fr, en)")] = None,
    facts: Annotated[bool, Query(description="only events reported as having happened: "
                                             "neither negated nor hypothetical")] = False,
    q: Annotated[str | None, Query(description="words in the event's sentence")] = None,
) -> EventFilter:
    where = EventFilter(actor=actor, recipient=recipient, event_type=type, mode=mode,
                        cameo=cameo, quad_class=quad, since=since, until=until, language=lang,
                        facts=facts, text=q)
    checked(where)
    return where


Filtered = Annotated[EventFilter, Depends(event_filter)]


def checked(where: EventFilter) -> None:
    """Check the filters before anything is read (a streamed answer cannot turn into an
    error half-way), naming the query parameter as the CLI names its option."""
    try:
        build_query(where)
    except FilterError as error:
        raise FilterError(error.source.removeprefix("--"), error.reason,
                          **error.details) from None


def _cursor(key: tuple[Any, ...], descending: bool) -> str:
    text = dumps({"after": list(key), "descending": descending})
    return base64.urlsafe_b64encode(text.encode("utf-8")).decode("ascii").rstrip("=")


def _after(cursor: str, descending: bool) -> tuple[Any, ...]:
    try:
        decoded = json.loads(base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)))
        key, cursor_descending = tuple(decoded["after"]), bool(decoded["descending"])
    except (binascii.Error, ValueError, KeyError, TypeError):
        raise InputError("cursor", Reason.BAD_FIELD, field="cursor",
                         detail="not a cursor this API gave") from None
    if len(key) != len(SORT_KEY) or cursor_descending != descending:
        raise InputError("cursor", Reason.BAD_FIELD, field="cursor",
                         detail="given for another sort order")
    return key


def _event_format(format: str | None, accept: str | None) -> str:
    if format:
        return format
    for name, media_type in STREAM_TYPES.items():
        if accept and media_type.split(";")[0] in accept:
            return name
    return "json"


@router.get("/events", responses={
    **FILTERED, **KEPT,
    200: {"description": "a page of JSON, or the whole filtered set as JSONL or CSV",
          "content": {media.split(";")[0]: {} for media in STREAM_TYPES.values()}}},
            summary="Events of the store, filtered, a page at a time or all at once")
async def list_events(
    request: Request,
    served: Served,
    where: Filtered,
    sort: Annotated[str, Query(pattern="^-?date$", description="date (oldest first) or -date "
                                                              "(newest first)")] = "date",
    limit: Annotated[int, Query(ge=1, le=MAX_PAGE, description="events per page (json)")] = 50,
    cursor: Annotated[str | None, Query(description="the next_cursor of the previous page")]
    = None,
    format: Annotated[str | None, Query(
        pattern="^(json|jsonl|csv)$",
        description="json: a page with next_cursor; jsonl, csv: the whole filtered set, "
                    "streamed (also chosen by the Accept header)")] = None,
    accept: Annotated[str | None, Header()] = None,
) -> Response:
    descending = sort.startswith("-")
    chosen = _event_format(format, accept)
    where = replace(where, descending=descending)
    if chosen in STREAM_TYPES:
        lines = event_lines((event for event, _key in iter_events(served.store, where)), chosen)
        return StreamingResponse(
            _streamed(served, lines), media_type=STREAM_TYPES[chosen],
            headers={"Content-Disposition": f'attachment; filename="events.{chosen}"'})
    if cursor:
        where = replace(where, after=_after(cursor, descending))
    return await kept(request, served, ("events", where, limit),
                      partial(_page, served, where, limit))


async def _streamed(served: Service, lines: Iterator[str]) -> AsyncIterator[bytes]:
    """``lines`` sent STREAM_LINES at a time, each piece read in its turn with the pages: a
    download of the whole store waits between pieces rather than take a core from them."""
    while piece := await served.read(partial(_piece, lines)):
        yield piece


def _piece(lines: Iterator[str]) -> bytes:
    return "".join(islice(lines, STREAM_LINES)).encode("utf-8")


def _page(served: Service, where: EventFilter, limit: int) -> dict[str, Any]:
    """A page of ``limit`` events and the cursor of the next one, read in one piece (one row
    more than the page says whether there is a next one)."""
    page = list(iter_events(served.store, replace(where, limit=limit + 1), chunk=limit + 1))
    next_cursor = _cursor(page[limit - 1][1], where.descending) if len(page) > limit else None
    return {"events": [event for event, _key in page[:limit]], "next_cursor": next_cursor}


def _found(what: str, name: str, found: dict[str, Any] | None) -> dict[str, Any]:
    if found is None:
        raise Problem(404, "not_found", f"no {what} {name!r} in the store")
    return found


@router.get("/events/{event_id}", responses={**problem_responses(404), **KEPT},
            summary="One event with its evidence")
async def get_event(request: Request, served: Served,
                    event_id: Annotated[str, Path()]) -> Response:
    return await kept(request, served, ("event", event_id), lambda: _found(
        "event", event_id, event_evidence(served.store, event_id)))


@router.get("/articles/{article_id}", responses={**problem_responses(404), **KEPT},
            summary="An article's text with every record's offsets into it")
async def get_article(request: Request, served: Served,
                      article_id: Annotated[str, Path()]) -> Response:
    return await kept(request, served, ("article", article_id), lambda: _found(
        "article", article_id, article_evidence(served.store, article_id)))


@router.get("/clusters", responses={**FILTERED, **KEPT},
            summary="Events reported by several articles, across languages")
async def get_clusters(request: Request, served: Served, where: Filtered,
                       min_articles: Annotated[int, Query(ge=1)] = 2,
                       limit: Annotated[int, Query(ge=1, le=MAX_PAGE)] = 50) -> Response:
    return await kept(request, served, ("clusters", where, min_articles, limit), lambda: {
        "clusters": clusters(served.store, where, min_articles, limit)})


@router.get("/stats", responses=KEPT, summary="Counts of articles and events")
async def get_stats(request: Request, served: Served) -> Response:
    return await kept(request, served, ("stats",), partial(overview, served.store))


@router.get("/timeline", responses={**FILTERED, **KEPT},
            summary="Distinct events by day, week or month and quad class")
async def get_timeline(request: Request, served: Served, where: Filtered,
                       by: Annotated[str, Query(pattern=f"^({'|'.join(PERIODS)})$")] = "month",
                       ) -> Response:
    def periods() -> dict[str, Any]:
        return {"by": by, "periods": [
            {"period": p.label, "start": p.start, "total": p.total,
             "quad_classes": {str(n): count for n, count in enumerate(p.counts, 1)}}
            for p in timeline(served.store, by, where)]}

    return await kept(request, served, ("timeline", where, by), periods)


@router.get("/dyads", responses={**FILTERED, **KEPT},
            summary="Who acts on whom: distinct events by actor and recipient")
async def get_dyads(request: Request, served: Served, where: Filtered,
                    level: Annotated[str, Query(pattern=f"^({'|'.join(DYAD_LEVELS)})$")]
                    = "country",
                    limit: Annotated[int, Query(ge=1, le=MAX_PAGE)] = 100) -> Response:
    return await kept(request, served, ("dyads", where, level, limit), lambda: {
        "level": level, "dyads": dyads(served.store, where, level, limit)})


@router.get("/countries", responses={**FILTERED, **KEPT},
            summary="Distinct events by country, as doer and as target (the world map)")
async def get_countries(request: Request, served: Served, where: Filtered) -> Response:
    return await kept(request, served, ("countries", where), lambda: {
        "countries": countries(served.store, where)})


async def read_body(request: Request, limit: int, name: str) -> bytes:
    """A request's body, refused as ``name`` when it is over ``limit`` bytes (declared or
    read): the extract, ingest and review routes share it."""
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limit:
        raise InputError(name, Reason.TOO_LARGE, limit=limit)
    body = await request.body()
    if len(body) > limit:
        raise InputError(name, Reason.TOO_LARGE, limit=limit)
    return body


def _request_articles(body: bytes, content_type: str, doc_id: str, lang: str | None,
                      published: date | None) -> list[Article | InputError]:
    """The articles of an extraction request: one JSON object per line, or one text."""
    if content_type.startswith(("application/json", "application/x-ndjson")):
        renamed: list[Article | InputError] = []
        for item in read_inputs(["-"], "jsonl", lang, published, BytesIO(body)):
            if isinstance(item, InputError):
                item = InputError(item.source.replace(STDIN_NAME, REQUEST_NAME, 1),
                                  item.reason, **item.details)
            renamed.append(item)
        return renamed
    if b"\0" in body:
        return [InputError(doc_id, Reason.BINARY)]
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError as error:
        return [InputError(doc_id, Reason.ENCODING, offset=error.start)]
    return [Article(id=doc_id, text=text, lang=lang, published=published)]


# What /v1/extract reads, for its OpenAPI document (the route reads the raw body: a text is not
# JSON, and JSON lines are not one document). A text needs a character that is not a space.
ARTICLE_TEXT = {"type": "string", "pattern": r"\S"}
EXTRACT_BODY = {"required": True, "content": {
    "text/plain": {"schema": ARTICLE_TEXT},
    "application/json": {"schema": {
        "type": "object", "required": ["text"],
        "properties": {"text": ARTICLE_TEXT, "id": {"type": "string", "pattern": r"\S"},
                       "lang": {"enum": ["fr", "en"]},
                       # As in vigie extract, a publication date that names no single day
                       # is not used, with warning W010: the article is still coded.
                       "published": {"description": "publication date, YYYY-MM-DD; another "
                                                    "value is not used (warning W010)"},
                       "url": {"type": "string"}, "source": {"type": "string"},
                       "title": {"type": "string"}}}}}}


@router.post("/extract", responses=problem_responses(400, 413),
             openapi_extra={"requestBody": EXTRACT_BODY},
             summary="Code articles into records, as vigie extract")
async def extract(
    request: Request,
    served: Served,
    lang: Annotated[str | None, Query(description="language, when the text does not say "
                                                  "(default: identified)")] = None,
    published: Annotated[Day | None, Query(description="publication date, to resolve "
                                                        "relative dates")] = None,
    id: Annotated[str, Query(description="the document id of a plain-text body")]
    = REQUEST_NAME,
) -> Response:
    """The body is plain text (one article), or JSON: one object per line with ``text`` and
    optionally ``id``, ``lang``, ``published``, ``url``, ``source``, ``title``. The answer
    lists each document's records; a single document that cannot be read is a problem."""
    body = await read_body(request, served.settings.max_bytes, id)
    items = _request_articles(body, request.headers.get("content-type", ""), id, lang,
                              published)

    results = await served.coder.code(items)
    if len(results) == 1 and isinstance(results[0], InputError):
        return input_problem(results[0], request.url.path)
    return JSONResponse({
        "documents": [{"doc_id": r.doc_id, "records": [x.to_dict() for x in r.records()]}
                      for r in results if not isinstance(r, InputError)],
        "errors": [{"code": r.reason.code, "detail": str(r)} for r in results
                   if isinstance(r, InputError)]})


@router.post("/ingest", status_code=202, responses=problem_responses(401, 403, 413),
             summary="Add articles to the store in the background (needs the bearer token)")
async def post_ingest(
    request: Request,
    served: Served,
    authorization: Annotated[str | None, Header()] = None,
) -> Response:
    """The body is what ``vigie ingest`` reads from a file, recognised by its content: JSONL
    articles, a text, HTML, a WARC archive. The answer is the job; ``GET /v1/jobs/{id}``
    follows it."""
    served.check_token(authorization)
    body = await read_body(request, MAX_INGEST_BYTES, "request")
    job = served.jobs.submit(body)
    return JSONResponse(job.to_dict(), status_code=202,
                        headers={"Location": f"/v1/jobs/{job.id}"})


@router.get("/jobs/{job_id}", responses=problem_responses(404),
            summary="An ingest job's progress and report")
def get_job(served: Served, job_id: Annotated[str, Path()]) -> Response:
    job = served.jobs.get(job_id)
    if job is None:
        raise Problem(404, "not_found", f"no job {job_id!r} on this server")
    return JSONResponse(job.to_dict())
