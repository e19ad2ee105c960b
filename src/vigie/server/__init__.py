"""``vigie serve``: the HTTP API and the dashboard over one store (FastAPI on uvicorn)."""

from vigie.server.app import create_app, serve
from vigie.server.service import Service

__all__ = ["Service", "create_app", "serve"]
