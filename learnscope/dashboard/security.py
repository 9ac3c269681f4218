"""The dashboard's gate: read-only, small requests, loopback names or a token.

Every request passes here before any route: methods other than GET/HEAD get 405,
bodies 413, long paths or query strings 414, large headers 431. Served on loopback without a token,
the Host header must name loopback too (a page on another site cannot reach the
API by DNS rebinding). With a token, each request must carry it: the
``X-Learnscope-Token`` header, ``Authorization: Bearer``, ``?token=`` (which sets
a cookie, so the page needs it only once) or that cookie.

>>> app = Guard(starlette_app, token="s3cret")     # doctest: +SKIP
"""

from __future__ import annotations

import hmac
import json
from http.cookies import SimpleCookie
from urllib.parse import parse_qsl

MAX_PATH = 1024
MAX_QUERY = 4096
MAX_HEADERS = 16 * 1024  # all header names and values together
COOKIE = "learnscope_token"
_LOOPBACK_NAMES = ("127.0.0.1", "localhost", "[::1]", "::1")
SECURITY_HEADERS = [
    (b"x-content-type-options", b"nosniff"),
    (b"x-frame-options", b"DENY"),
    (b"referrer-policy", b"no-referrer"),
    (b"content-security-policy",
     b"default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
     b"connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'"),
]


class Guard:
    """ASGI middleware refusing whatever a read-only local dashboard never needs."""

    def __init__(self, app, *, token: str | None = None):
        self.app, self.token = app, token

    async def __call__(self, scope, receive, send):
        if scope["type"] == "lifespan":
            return await self.app(scope, receive, send)
        if scope["type"] != "http":  # websockets: not served
            return await send({"type": "websocket.close", "code": 1008})
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope["headers"]}
        refusal = self._refuse(scope, headers)
        if refusal:
            return await _reply(send, *refusal)
        set_cookie = self.token is not None and _query_token(scope) == self.token
        await self.app(scope, receive, _with_headers(send, set_cookie and self.token))

    def _refuse(self, scope, headers) -> tuple | None:
        if scope["method"] not in ("GET", "HEAD"):
            return 405, "the dashboard is read-only: only GET and HEAD are allowed", [(b"allow", b"GET, HEAD")]
        if len(scope.get("raw_path") or scope["path"].encode()) > MAX_PATH:
            return 414, f"path longer than {MAX_PATH} bytes", []
        if len(scope.get("query_string", b"")) > MAX_QUERY:
            return 414, f"query string longer than {MAX_QUERY} bytes", []
        if sum(len(k) + len(v) for k, v in scope["headers"]) > MAX_HEADERS:
            return 431, f"request headers larger than {MAX_HEADERS} bytes", []
        if headers.get("content-length", "0") not in ("", "0") or "transfer-encoding" in headers:
            return 413, "requests to the dashboard carry no body", []
        if self.token is None:
            host = headers.get("host", "")
            name = host.rsplit(":", 1)[0] if not host.endswith("]") else host
            if name not in _LOOPBACK_NAMES:
                return 403, "host not allowed: open the dashboard as http://127.0.0.1:PORT/", []
            return None
        if not any(_same(t, self.token) for t in _offered_tokens(scope, headers)):
            return 401, "a token is required: open the address `learnscope ui` printed (with ?token=)", []
        return None


def _same(offered: str | None, token: str) -> bool:
    return offered is not None and hmac.compare_digest(offered.encode(), token.encode())


def _query_token(scope) -> str | None:
    pairs = parse_qsl(scope.get("query_string", b"").decode("latin-1"), keep_blank_values=True)
    return next((v for k, v in pairs if k == "token"), None)


def _offered_tokens(scope, headers) -> list:
    auth = headers.get("authorization", "")
    cookie = SimpleCookie()
    try:
        cookie.load(headers.get("cookie", ""))
    except Exception:  # a malformed cookie header offers nothing
        pass
    return [headers.get("x-learnscope-token"), auth[7:] if auth.lower().startswith("bearer ") else None,
            _query_token(scope), cookie[COOKIE].value if COOKIE in cookie else None]


def _with_headers(send, cookie_token):
    async def wrapped(message):
        if message["type"] == "http.response.start":
            extra = list(SECURITY_HEADERS)
            if cookie_token:
                extra.append((b"set-cookie", f"{COOKIE}={cookie_token}; Path=/; HttpOnly; SameSite=Strict"
                              .encode("latin-1")))
            message = {**message, "headers": list(message.get("headers", [])) + extra}
        await send(message)
    return wrapped


async def _reply(send, status: int, message: str, headers: list) -> None:
    body = json.dumps({"error": message}).encode()
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode()),
                            *headers, *SECURITY_HEADERS]})
    await send({"type": "http.response.body", "body": body})
