"""The HTTP API against its own OpenAPI document: schemathesis generates requests from the
document for every GET route and for ``POST /v1/extract``, requests the document allows and
requests it forbids, and checks each answer: no server error, a status and a content type the
document declares, a body that matches the declared schema, forbidden requests refused.

Bounded and repeatable: a fixed number of examples per route and kind, no deadline (the
machine may be loaded), Hypothesis derandomised, so the same requests every run.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import schemathesis
import served_store
from hypothesis import HealthCheck, given, settings
from schemathesis import GenerationMode
from schemathesis.schemas import BaseSchema
from schemathesis.specs.openapi.checks import positive_data_acceptance

from vigie.config import DEFAULT_SETTINGS
from vigie.errors import Reason
from vigie.server import Service

# Examples per route and generation mode: enough to reach each parameter's bounds and kinds of
# wrong values, few enough for the module to take about a minute.
EXAMPLES = 25
# What is generated: every route but the two that write to the store behind the token (the
# API and review tests cover them with articles and reviews written for them).
ROUTES = [("GET", "/v1/events"), ("GET", "/v1/events/{event_id}"),
          ("GET", "/v1/articles/{article_id}"), ("GET", "/v1/clusters"), ("GET", "/v1/stats"),
          ("GET", "/v1/timeline"), ("GET", "/v1/dyads"), ("GET", "/v1/countries"),
          ("GET", "/v1/jobs/{job_id}"), ("GET", "/v1/reviews"),
          ("POST", "/v1/extract")]
UNGENERATED = [("POST", "/v1/ingest"), ("POST", "/v1/reviews")]
# Routes whose every request is valid (a free-text id in the path, or no parameter at all):
# there is nothing to generate against their document.
ANY_REQUEST = {("GET", "/v1/events/{event_id}"), ("GET", "/v1/articles/{article_id}"),
               ("GET", "/v1/stats"), ("GET", "/v1/jobs/{job_id}")}
CASES = [(method, path, mode) for method, path in ROUTES
         for mode in (GenerationMode.POSITIVE, GenerationMode.NEGATIVE)
         if mode is GenerationMode.POSITIVE or (method, path) not in ANY_REQUEST]
# What may refuse a request the document allows: a filter naming a type, mode, code or actor
# that no table knows (the document cannot list every name in two languages), a cursor the API
# did not give, a text in a language without a model, an unknown id (a path's, or the article
# whose reviews are asked for). Any other refusal of allowed data is a failure.
REFUSALS = {400: {Reason.UNKNOWN_FILTER.code, Reason.UNKNOWN_ACTOR.code,
                  Reason.AMBIGUOUS_ACTOR.code},
            422: {Reason.BAD_FIELD.code, Reason.UNKNOWN_LANGUAGE.code,
                  Reason.UNKNOWN_RECORD.code}, 404: {None}}


@pytest.fixture(scope="module")
def api_schema(tmp_path_factory: pytest.TempPathFactory) -> Iterator[BaseSchema]:
    """The document of a server on loopback, whose requests go to that server: through real
    HTTP, the application starts once for the module (an ASGI test client would start and stop
    it, and close its store, around each request)."""
    store: Path = served_store.build(tmp_path_factory.mktemp("schema"))
    service = Service.open(store, DEFAULT_SETTINGS, "token", warm=False)
    with served_store.serving(service) as url:
        yield schemathesis.openapi.from_url(f"{url}/openapi.json")


def test_every_route_of_the_document_is_generated_or_said_not_to_be(
        api_schema: BaseSchema) -> None:
    documented = {(method.upper(), path) for path, methods in api_schema.raw_schema["paths"].items()
                  for method in methods}
    assert documented == set(ROUTES) | set(UNGENERATED)


@pytest.mark.parametrize(("method", "path", "mode"), CASES)
def test_route_answers_as_its_openapi_document_says(api_schema: BaseSchema, method: str,
                                                    path: str, mode: GenerationMode) -> None:
    operation = api_schema[path][method]

    @given(case=operation.as_strategy(generation_mode=mode))
    @settings(max_examples=EXAMPLES, deadline=None, derandomize=True, database=None,
              suppress_health_check=list(HealthCheck))
    def check(case: schemathesis.Case) -> None:
        response = case.call_and_validate(excluded_checks=[positive_data_acceptance])
        if mode is GenerationMode.POSITIVE and response.status_code >= 400:
            refusal = response.json()
            assert refusal.get("code") in REFUSALS.get(response.status_code, ()), refusal

    check()
