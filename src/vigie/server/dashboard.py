"""The dashboard: one page at ``/`` and its script and style, served by the same process as the
API it reads, working offline. Its charts are drawn by plotly.js from the plotly wheel
(``plotly/package_data/plotly.min.js``), its world map is the SVG of the pygal_maps_world
package (one shape per country, classed by ISO alpha-2 code): nothing is fetched from a CDN,
nothing copied here.
"""

from __future__ import annotations

from functools import cache
from importlib import resources
from pathlib import Path

from fastapi import APIRouter
from starlette.responses import FileResponse, Response

from vigie.server.problems import Problem

router = APIRouter(include_in_schema=False)

STATIC = Path(__file__).parent / "static"
ASSETS = {"dashboard.js": "text/javascript", "dashboard.css": "text/css"}


@cache
def plotly_script() -> Path:
    """The plotly.js bundle of the installed plotly wheel."""
    return Path(str(resources.files("plotly") / "package_data" / "plotly.min.js"))


@cache
def world_map() -> Path:
    """The world map of the installed pygal_maps_world package."""
    return Path(str(resources.files("pygal_maps_world") / "worldmap.svg"))


@router.get("/")
def page() -> Response:
    return FileResponse(STATIC / "index.html", media_type="text/html; charset=utf-8")


@router.get("/assets/plotly.min.js")
def plotly() -> Response:
    return FileResponse(plotly_script(), media_type="text/javascript")


@router.get("/assets/worldmap.svg")
def world() -> Response:
    return FileResponse(world_map(), media_type="image/svg+xml")


@router.get("/assets/{name}")
def asset(name: str) -> Response:
    if name not in ASSETS:
        raise Problem(404, "not_found", f"no asset {name!r}")
    return FileResponse(STATIC / name, media_type=ASSETS[name])
