"""The web application: the API under ``/v1``, its OpenAPI document (``/openapi.json``, a docs
page at ``/docs``) and the dashboard at ``/``, over one ``Service``; and ``serve``, which runs
it on uvicorn as the store's only writer.
"""

from __future__ import annotations

import os
import socket
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

from anyio import to_thread
from anyio.lowlevel import current_token
from fastapi import FastAPI

from vigie import __version__
from vigie.config import Settings
from vigie.errors import InputError, Reason
from vigie.server import dashboard, problems, reviews
from vigie.server.api import router
from vigie.server.service import Service
from vigie.store.holder import Holder, remove_note, write_note

TOKEN_VARIABLE = "VIGIE_TOKEN"


def create_app(service: Service) -> FastAPI:
    """The application over ``service``; closing the application closes the service."""

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        service.loop = current_token()
        try:
            yield
        finally:
            # In a thread: the ingest jobs it waits for ask this loop for their turns.
            await to_thread.run_sync(service.close)

    app = FastAPI(title="Vigie", version=__version__, lifespan=lifespan,
                  description="French and English news as PLOVER/CAMEO event records, every "
                              "value traced to character offsets in its article.")
    app.state.service = service
    problems.install(app)
    app.include_router(router)
    app.include_router(reviews.router)
    app.include_router(dashboard.router)
    return app


def serve(db_path: str | Path, settings: Settings, host: str = "127.0.0.1",
          port: int = 8000) -> None:
    """Run the server on ``host:port`` until interrupted, holding the store ``db_path`` (a
    note beside it tells ``vigie ingest`` where to send articles instead). Raises the store's
    ``InputError`` when it cannot be opened or the port cannot be listened on."""
    import uvicorn

    # Bind first: a port in use is reported before the models take their seconds to load.
    try:
        listener = socket.create_server((host, port))
    except OSError as error:
        raise InputError(f"{host}:{port}", Reason.CANNOT_LISTEN,
                         detail=(error.strerror or str(error)).lower()) from error
    with listener:
        service = Service.open(db_path, settings, os.environ.get(TOKEN_VARIABLE))
        url = f"http://{host}:{listener.getsockname()[1]}"
        write_note(db_path, Holder(url=url, pid=os.getpid()))
        try:
            writes = ("need the bearer token" if service.token
                      else f"disabled (no {TOKEN_VARIABLE} set)")
            print(f"vigie: serving {db_path} at {url} (dashboard {url}/, API docs "
                  f"{url}/docs); writes {writes}", flush=True)
            config = uvicorn.Config(create_app(service), log_level="warning")
            uvicorn.Server(config).run(sockets=[listener])
        finally:
            remove_note(db_path)
