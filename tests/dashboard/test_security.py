"""The dashboard exposes nothing: loopback by default, token off loopback, read-only,
no path traversal, no SQL injection, no oversized requests."""

import http.client
import json
import urllib.parse

import pytest

from learnscope.store import open_store

from .conftest import Server

INJECTIONS = ["' OR 1=1 --", "1; DROP TABLE runs; --", "\"; DELETE FROM chunks; --",
              "alpha' UNION SELECT id, config FROM runs --", "%' OR '1'='1", "1) OR (1=1", "demo/alpha'--"]
PARAMS = {"api/runs": ["project"], "api/verdicts": ["runs"], "api/run": ["run"], "api/run/read": ["run"],
          "api/run/data": ["run", "series", "lo", "hi", "buckets", "time", "level"],
          "api/run/chart": ["run", "x", "smoothing", "log", "buckets", "from", "to"]}


def raw(server, method, target, headers=None, body=None):
    """Send a request exactly as written (no client-side path cleaning); (status, headers, text)."""
    host, port = urllib.parse.urlsplit(server.base).netloc.rsplit(":", 1)
    conn = http.client.HTTPConnection(host, int(port), timeout=30)
    try:
        conn.putrequest(method, target, skip_host=True, skip_accept_encoding=True)
        all_headers = {"Host": f"127.0.0.1:{port}", **(headers or {})}
        if body is not None:
            all_headers["Content-Length"] = str(len(body))
        for k, v in all_headers.items():
            conn.putheader(k, v)
        conn.endheaders(body)
        resp = conn.getresponse()
        return resp.status, dict(resp.getheaders()), resp.read().decode("utf-8", "replace")
    except (ConnectionError, http.client.RemoteDisconnected):
        return None, {}, ""
    finally:
        conn.close()


def test_binds_loopback_by_default(server):
    port = int(urllib.parse.urlsplit(server.base).port)
    assert server.base.startswith("http://127.0.0.1:") and server.token is None
    listening = []
    for line in open("/proc/net/tcp").read().splitlines()[1:]:
        local, state = line.split()[1], line.split()[3]
        if state == "0A" and int(local.split(":")[1], 16) == port:
            listening.append(local.split(":")[0])
    assert listening == ["0100007F"]  # 127.0.0.1, and nothing else


@pytest.mark.parametrize("method", ["POST", "PUT", "DELETE", "PATCH", "OPTIONS"])
@pytest.mark.parametrize("path", ["/", "/api/runs", "/api/run?run=demo/alpha", "/static/app.js"])
def test_the_api_is_read_only(server, method, path):
    status, headers, _ = raw(server, method, path, body=b"{}" if method in ("POST", "PUT", "PATCH") else None)
    assert status == 405 and headers.get("allow") == "GET, HEAD"


@pytest.mark.parametrize("target", [
    "/static/../../../../etc/passwd", "/static/..%2f..%2f..%2f..%2fetc%2fpasswd",
    "/static/%2e%2e/%2e%2e/dashboard/app.py", "/static/..%5c..%5capp.py", "/static/....//....//etc/passwd",
    "/static//etc/passwd", "/static/%2fetc%2fpasswd", "/../../etc/passwd", "/static/app.py",
    "/static/points.py", "/static/uPlot.iife.min.js%00.py", "/static/~root", "/static/.", "/static/..",
])
def test_path_traversal_is_refused(server, target):
    status, _, text = raw(server, "GET", target)
    assert status in (400, 404)
    assert "root:" not in text and "def " not in text and "import " not in text


def test_only_package_files_are_served(server):
    for name in ("app.js", "run.js", "style.css", "uPlot.iife.min.js", "uPlot.min.css"):
        status, headers, text = raw(server, "GET", f"/static/{name}")
        assert status == 200 and len(text) > 100
        assert headers["x-content-type-options"] == "nosniff"
    status, headers, text = raw(server, "GET", "/")
    assert status == 200 and "<title>learnscope</title>" in text
    assert "script-src 'self'" in headers["content-security-policy"]


@pytest.mark.parametrize("path, param", [(p, q) for p, qs in PARAMS.items() for q in qs])
def test_sql_injection_in_every_parameter(server, dash_store, path, param):
    store, ids = dash_store
    for attack in INJECTIONS:
        others = {"run": ids["alpha"]} if param != "run" and path.startswith("api/run") and "verdicts" not in path else {}
        query = urllib.parse.urlencode({**others, param: attack})
        status, _, text = raw(server, "GET", f"/{path}?{query}")
        assert status in (200, 400, 404), (path, param, attack, status, text)
        body = json.loads(text)
        if status == 200:  # a filter that matches nothing, never more than it should
            assert body.get("runs", []) == [] and body.get("verdicts", {}) == {}
        else:
            assert body["error"] and "Traceback" not in text
    assert len(open_store(store, create=False).list_runs()) == 4  # nothing dropped or deleted


def test_oversized_requests_are_refused(server):
    assert raw(server, "GET", "/api/runs?project=" + "x" * 5000)[0] == 414
    assert raw(server, "GET", "/static/" + "a" * 2000)[0] == 414
    assert raw(server, "GET", "/api/runs", headers={"X-Big": "y" * 20_000})[0] == 431
    status, _, _ = raw(server, "GET", "/api/runs", headers={"X-Big": "y" * 2_000_000})
    assert status in (None, 400, 413, 431)  # the server drops or refuses it, never serves it
    assert raw(server, "GET", "/api/runs", body=b"x" * 100)[0] == 413
    too_many = ",".join(f"{i:012x}" for i in range(201))
    assert raw(server, "GET", f"/api/verdicts?runs={too_many}")[0] == 400
    assert raw(server, "GET", "/api/runs")[0] == 200  # and it still serves


def test_foreign_host_header_is_refused_on_loopback(server):
    """A page elsewhere reaching 127.0.0.1 by DNS rebinding sends its own host name."""
    status, _, text = raw(server, "GET", "/api/runs", headers={"Host": "evil.example:80"})
    assert status == 403 and "host" in text
    assert raw(server, "GET", "/api/runs", headers={"Host": "localhost"})[0] == 200


def test_websockets_are_not_served(server):
    status, _, _ = raw(server, "GET", "/", headers={"Upgrade": "websocket", "Connection": "Upgrade",
                                                    "Sec-WebSocket-Key": "dGhlIHNhbXBsZSBub25jZQ==",
                                                    "Sec-WebSocket-Version": "13"})
    assert status != 101


@pytest.fixture(scope="module")
def open_server(dash_store):
    s = Server(dash_store[0], "--host", "0.0.0.0")
    yield s
    s.stop()


def test_token_required_off_loopback(open_server):
    s = open_server
    assert s.token and len(s.token) >= 24
    port = urllib.parse.urlsplit(s.base).port
    local = type("S", (), {"base": f"http://127.0.0.1:{port}/"})
    assert raw(local, "GET", "/api/runs")[0] == 401
    assert raw(local, "GET", "/")[0] == 401
    assert raw(local, "GET", "/static/app.js")[0] == 401
    assert raw(local, "GET", "/api/runs", headers={"X-Learnscope-Token": "wrong"})[0] == 401
    assert raw(local, "GET", "/api/runs?token=" + s.token[:-1])[0] == 401
    assert raw(local, "GET", "/api/runs", headers={"Cookie": "learnscope_token=nope"})[0] == 401
    assert raw(local, "GET", "/api/runs", headers={"X-Learnscope-Token": s.token})[0] == 200
    assert raw(local, "GET", "/api/runs", headers={"Authorization": f"Bearer {s.token}"})[0] == 200
    status, headers, _ = raw(local, "GET", f"/?token={s.token}")
    assert status == 200 and f"learnscope_token={s.token}" in headers["set-cookie"]
    assert "HttpOnly" in headers["set-cookie"] and "SameSite=Strict" in headers["set-cookie"]
    assert raw(local, "GET", "/api/runs", headers={"Cookie": f"learnscope_token={s.token}"})[0] == 200
    assert raw(local, "POST", f"/api/runs?token={s.token}", body=b"")[0] == 405  # still read-only


def test_port_in_use_is_a_one_line_error(server, dash_store):
    from tests.conftest import cli

    port = urllib.parse.urlsplit(server.base).port
    proc = cli("ui", "--store", dash_store[0], "--port", port)
    assert proc.returncode == 2
    assert proc.stderr.startswith("learnscope: error: cannot listen") and proc.stderr.count("\n") == 1


def test_missing_store_is_a_one_line_error(tmp_path):
    from tests.conftest import cli

    proc = cli("ui", "--store", tmp_path / "none", "--port", 0)
    assert proc.returncode == 2 and "no store at" in proc.stderr and "Traceback" not in proc.stderr
    assert not (tmp_path / "none").exists()
