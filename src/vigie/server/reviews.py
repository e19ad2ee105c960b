"""The review routes under ``/v1``: analysts confirm, reject or correct coded events and add
missed ones (``POST /v1/reviews``, with the bearer token), and read the reviews back
(``GET /v1/reviews``). The store keeps them beside the events (``vigie.reviews``).
"""

from __future__ import annotations

from contextlib import nullcontext
from functools import partial
from io import StringIO
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Header, Query, Request
from pydantic import BaseModel, ConfigDict, Field, ValidationError
from starlette.concurrency import run_in_threadpool
from starlette.responses import Response

from vigie.errors import InputError, Reason
from vigie.export.gold import write_gold
from vigie.reviews import REQUEST_NAME, Judgement, list_reviews, save_review, standing_reviews
from vigie.server.api import JSONResponse, Served, read_body
from vigie.server.problems import problem_responses
from vigie.store import Store, opened

router = APIRouter(prefix="/v1")

MAX_REVIEW_BYTES = 64_000


class ReviewBody(BaseModel):
    """One judgement. ``confirmed`` and ``wrong`` name an event; ``corrected`` names an event
    and gives its type, its sides, or both; ``added`` gives the article, the span of the
    missed event (character offsets into the article's text) and its type and sides."""

    model_config = ConfigDict(extra="forbid")

    verdict: Literal["confirmed", "wrong", "corrected", "added"]
    reviewer: str = Field(min_length=1, max_length=200, description="who reviews")
    event_id: str | None = Field(None, max_length=200, description="the reviewed event")
    article: str | None = Field(None, max_length=1000,
                                description="an added event's article (id or content hash)")
    event: str | None = Field(None, description="PLOVER type of a correction or an added event")
    actor: list[str] | None = Field(None, max_length=20, description="doer codes (RUSGOV)")
    recipient: list[str] | None = Field(None, max_length=20,
                                        description="target codes (UKRGOV)")
    start: int | None = Field(None, ge=0, description="an added event's first character")
    end: int | None = Field(None, ge=1, description="the character after its last one")
    note: str | None = Field(None, max_length=2000, description="the reviewer's words")


def _judgement(body: bytes) -> Judgement:
    """The judgement of a request body, or the CLI's reason for refusing it, naming the
    field."""
    try:
        parsed = ReviewBody.model_validate_json(body)
    except ValidationError as error:
        first = error.errors()[0]
        if first["type"] == "json_invalid":
            raise InputError(REQUEST_NAME, Reason.BAD_JSON, detail=first["msg"]) from None
        field = ".".join(str(part) for part in first["loc"]) or "body"
        raise InputError(REQUEST_NAME, Reason.BAD_FIELD, field=field,
                         detail=first["msg"].lower()) from None
    return Judgement(
        verdict=parsed.verdict, reviewer=parsed.reviewer, event_id=parsed.event_id,
        article=parsed.article, event=parsed.event,
        actor=None if parsed.actor is None else tuple(parsed.actor),
        recipient=None if parsed.recipient is None else tuple(parsed.recipient),
        start=parsed.start, end=parsed.end, note=parsed.note)


@router.post("/reviews", status_code=201, responses=problem_responses(400, 401, 403, 413, 422),
             summary="Confirm, reject or correct an event, or add a missed one (needs the "
                     "bearer token)",
             openapi_extra={"requestBody": {"required": True, "content": {
                 "application/json": {"schema": ReviewBody.model_json_schema()}}}})
async def post_review(
    request: Request,
    served: Served,
    authorization: Annotated[str | None, Header()] = None,
) -> Response:
    """The answer is the review as stored: the gold answer it stands for (``event``: the
    type, or ``NONE`` when nothing happened; ``source`` and ``target`` codes) and the sentence
    ``vigie eval`` reruns Vigie on. The coded event is never changed."""
    served.check_token(authorization)
    judgement = _judgement(await read_body(request, MAX_REVIEW_BYTES, REQUEST_NAME))

    def save() -> dict[str, object]:
        # An added event's sentence comes from the tokenizer the analyses share; the other
        # reviews need no model, and do not wait for an ingest job to finish. The models are
        # had before the turn (``Service.turn``).
        models = served.analysis_lock if judgement.verdict == "added" else nullcontext()
        with models, served.turn(), served.pages.writing(), \
                Store.sharing(served.store) as store:
            return save_review(store, judgement, served.settings)

    return JSONResponse(await run_in_threadpool(save), status_code=201)


@router.get("/reviews", responses=problem_responses(422),
            summary="The reviews, in the order they were made, or as a gold file")
async def get_reviews(
    served: Served,
    article: Annotated[str | None, Query(description="only those of this article (an id it "
                                                     "was ingested under, or its content "
                                                     "hash)")] = None,
    format: Annotated[str, Query(
        pattern="^(json|gold)$",
        description="json: the reviews; gold: the standing reviews of the whole store as the "
                    "PLOVER gold file vigie export --format gold writes")] = "json",
) -> Response:
    """``writable`` says whether this server takes reviews (it was started with
    ``VIGIE_TOKEN``). The gold file can be had while the server holds the store, which
    ``vigie export`` cannot open until it stops."""
    if format == "gold":
        return Response(await served.read(partial(_gold, served.store)),
                        media_type="application/json",
                        headers={"Content-Disposition": 'attachment; filename="gold.json"'})
    reviews = await served.read(partial(_reviews, served.store, article))
    return JSONResponse({"reviews": reviews, "writable": served.token is not None})


def _gold(source: Store) -> str:
    with opened(source) as store:
        gold = StringIO()
        write_gold(gold, standing_reviews(store))
        return gold.getvalue()


def _reviews(source: Store, article: str | None) -> list[dict[str, Any]]:
    with opened(source) as store:
        return list_reviews(store, article)
