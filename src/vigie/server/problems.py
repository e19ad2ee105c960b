"""Errors as RFC 9457 problem details: the CLI's one-line reasons and codes, with an HTTP status.

A problem is ``application/problem+json``: ``type`` (``urn:vigie:error:E005``), ``title``
(the reason's name), ``status``, ``detail`` (the same line ``vigie`` prints, naming the input),
``code`` (E005) and ``instance`` (the path asked for).
"""

from __future__ import annotations

from http import HTTPStatus
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from starlette.exceptions import HTTPException
from starlette.responses import Response

from vigie.errors import InputError, Reason
from vigie.output import dumps

MEDIA_TYPE = "application/problem+json"

# Status by reason; a reason not listed is a 422 (the request was understood, its content not).
STATUS: dict[Reason, int] = {
    Reason.BAD_JSON: 400,
    Reason.UNKNOWN_FILTER: 400,
    Reason.UNKNOWN_ACTOR: 400,
    Reason.AMBIGUOUS_ACTOR: 400,
    Reason.NOT_FOUND: 404,
    Reason.TOO_LARGE: 413,
    Reason.INTERNAL: 500,
    Reason.LOCKED: 503,
    Reason.NOT_A_STORE: 503,
    Reason.OLD_STORE: 503,
    Reason.UNWRITABLE: 503,
    Reason.NO_SPACE: 507,
}


# Problem details as the OpenAPI document describes them.
PROBLEM_SCHEMA: dict[str, Any] = {
    "type": "object",
    "required": ["type", "title", "status", "detail", "instance"],
    "properties": {
        "type": {"type": "string", "description": "urn:vigie:error:CODE, or about:blank"},
        "title": {"type": "string", "description": "the reason, as a name"},
        "status": {"type": "integer"},
        "detail": {"type": "string", "description": "the one line vigie prints"},
        "instance": {"type": "string", "description": "the path asked for"},
        "code": {"type": "string", "description": "the error code (E005)"},
    },
}


def problem_responses(*statuses: int) -> dict[int | str, dict[str, Any]]:
    """The ``responses`` of a route that may answer ``statuses`` with problem details, for
    its OpenAPI document."""
    return {status: {"description": HTTPStatus(status).phrase,
                     "content": {MEDIA_TYPE: {"schema": PROBLEM_SCHEMA}}}
            for status in statuses}


class Problem(Exception):
    """A problem the API reports that is not about an input (a missing token, an unknown id)."""

    def __init__(self, status: int, title: str, detail: str, **extra: Any) -> None:
        super().__init__(detail)
        self.status = status
        self.title = title
        self.detail = detail
        self.extra = extra


def problem_response(status: int, title: str, detail: str, instance: str,
                     code: str | None = None, headers: dict[str, str] | None = None,
                     **extra: Any) -> Response:
    body: dict[str, Any] = {
        "type": f"urn:vigie:error:{code}" if code else "about:blank",
        "title": title, "status": status, "detail": detail, "instance": instance}
    if code:
        body["code"] = code
    body.update(extra)
    return Response(dumps(body), status_code=status, media_type=MEDIA_TYPE, headers=headers)


def input_problem(error: InputError, instance: str) -> Response:
    return problem_response(STATUS.get(error.reason, 422), error.reason.name.lower(), str(error),
                            instance, code=error.reason.code)


def install(app: FastAPI) -> None:
    """Report every error of ``app`` as problem details."""

    @app.exception_handler(InputError)
    async def _input(request: Request, error: InputError) -> Response:
        return input_problem(error, request.url.path)

    @app.exception_handler(Problem)
    async def _problem(request: Request, error: Problem) -> Response:
        headers = {"WWW-Authenticate": "Bearer"} if error.status == 401 else None
        return problem_response(error.status, error.title, error.detail, request.url.path,
                                headers=headers, **error.extra)

    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, error: RequestValidationError) -> Response:
        # One line naming each parameter and what is wrong with it, as the CLI's usage errors.
        reasons = "; ".join(
            f"{'.'.join(str(part) for part in item['loc'][1:]) or item['loc'][0]}: "
            f"{item['msg']}" for item in error.errors())
        return problem_response(422, "invalid_request", reasons, request.url.path)

    @app.exception_handler(HTTPException)
    async def _http(request: Request, error: HTTPException) -> Response:
        return problem_response(error.status_code, "http_error", str(error.detail),
                                request.url.path)
