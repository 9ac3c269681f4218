"""The dashboard's ASGI app and the server behind ``learnscope ui``.

Static files are the package's own (``dashboard/static`` and the vendored uPlot),
listed once at start: a request names a file from that list or gets 404, so no
request path ever reaches the filesystem.

>>> app = create_app("./learnscope")                           # doctest: +SKIP
>>> serve("./learnscope", host="127.0.0.1", port=8765)         # doctest: +SKIP
"""

from __future__ import annotations

import ipaddress
import secrets
import socket
from pathlib import Path

from ..errors import LearnscopeError

PACKAGE = Path(__file__).resolve().parent.parent
STATIC_DIRS = (PACKAGE / "dashboard" / "static", PACKAGE / "assets" / "uplot", PACKAGE / "assets" / "chart")
_TYPES = {".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8",
          ".css": "text/css; charset=utf-8", ".svg": "image/svg+xml", ".png": "image/png"}


def static_files() -> dict[str, tuple[bytes, str]]:
    """``name -> (content, media type)`` of every file the dashboard serves."""
    files = {}
    for folder in STATIC_DIRS:
        for path in sorted(folder.iterdir()):
            if path.is_file() and path.suffix in _TYPES:
                files[path.name] = (path.read_bytes(), _TYPES[path.suffix])
    files["verdicts.css"] = (verdict_css().encode(), _TYPES[".css"])
    return files


def verdict_css() -> str:
    """A verdict's colours come from its code's severity in the read's rule registry."""
    from ..read import registry

    lines = []
    for code in registry.codes():
        back, fore = registry.colours(code)
        lines.append(f".verdict.v-{code} {{ background: {back}; color: {fore}; }}")
    return "\n".join(lines) + "\n"


def create_app(store, *, token: str | None = None):
    """The dashboard as an ASGI app over ``store`` (a path, URL or Store); ``token``, when
    given, is required on every request (see :mod:`learnscope.dashboard.security`)."""
    from starlette.applications import Starlette
    from starlette.responses import JSONResponse, Response
    from starlette.routing import Route

    from ..store import open_store
    from . import api, runs_api
    from .security import Guard

    files = static_files()

    def page(request):
        content, media = files["index.html"]
        return Response(content, media_type=media, headers={"Cache-Control": "no-store"})

    def static(request):
        hit = files.get(request.path_params["name"])
        if hit is None:
            return JSONResponse({"error": "no such file"}, status_code=404)
        return Response(hit[0], media_type=hit[1], headers={"Cache-Control": "no-cache"})

    routes = [Route("/", page), Route("/static/{name}", static),
              Route("/api/runs", runs_api.runs_list), Route("/api/runs/ids", runs_api.runs_ids),
              Route("/api/verdicts", runs_api.verdicts),
              Route("/api/run", api.run_detail), Route("/api/run/read", api.run_read),
              Route("/api/run/data", api.run_data), Route("/api/run/chart", api.run_chart),
              Route("/api/chart", api.chart)]
    app = Starlette(routes=routes)
    app.state.store = open_store(store, create=False)
    return Guard(app, token=token)


def is_loopback(host: str) -> bool:
    """Whether ``host`` only accepts connections from this machine."""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def listen(host: str, port: int) -> socket.socket:
    """A listening socket, or a one-line error saying why there is none."""
    try:
        family = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)[0][0]
        sock = socket.socket(family, socket.SOCK_STREAM)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((host.strip("[]"), port))
        sock.listen(128)
    except OSError as exc:
        raise LearnscopeError(f"cannot listen on {host}:{port}: {exc.strerror or exc} "
                              f"(pick another --port or --host)") from None
    return sock


def address(sock: socket.socket, host: str, token: str | None) -> str:
    port = sock.getsockname()[1]
    shown = f"[{host}]" if ":" in host and not host.startswith("[") else host
    return f"http://{shown}:{port}/" + (f"?token={token}" if token else "")


def serve(store, *, host: str = "127.0.0.1", port: int = 8765, echo=print) -> None:
    """Run the dashboard until interrupted; off loopback, a fresh token guards it."""
    import uvicorn

    token = None if is_loopback(host) else secrets.token_urlsafe(24)
    app = create_app(store, token=token)
    sock = listen(host, port)
    echo(f"learnscope dashboard: {address(sock, host, token)}  (store {app.app.state.store.location}; Ctrl-C stops)")
    if token:
        echo("off loopback: every request needs this token (the link above sets it as a cookie)")
    config = uvicorn.Config(app, log_level="warning", access_log=False, h11_max_incomplete_event_size=16 * 1024,
                            limit_concurrency=64, timeout_keep_alive=5, lifespan="off")
    uvicorn.Server(config).run(sockets=[sock])
