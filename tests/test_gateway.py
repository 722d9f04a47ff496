"""The API gateway's nginx configuration (deploy/k8s/gateway.yaml) run by a real nginx.

The shipped configuration is used as it is, except for what only exists in a cluster:
the DNS resolver and the agents' headless Service become two local backends, the listen
port a free one, and files go to a temp directory. Every replaced line must be found, so
the test breaks when the shipped configuration changes shape.
"""

from __future__ import annotations

import http.client
import os
import shutil
import subprocess
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
import yaml

from tests.serve_support import free_port

ROOT = Path(__file__).resolve().parent.parent
GATEWAY = ROOT / "deploy" / "k8s" / "gateway.yaml"
# .ci/run unpacks Debian's nginx here when the machine has none on PATH.
UNPACKED = ROOT / ".ci" / "tools" / "nginx" / "usr" / "sbin" / "nginx"


def _nginx() -> str:
    found = shutil.which("nginx") or (str(UNPACKED) if UNPACKED.exists() else None)
    if found:
        return found
    if os.environ.get("CI"):
        pytest.fail("nginx is missing under CI: .ci/run unpacks Debian's nginx package")
    pytest.skip("nginx is not installed (Debian package nginx); CI unpacks it")


def _shipped_config() -> str:
    for doc in yaml.safe_load_all(GATEWAY.read_text(encoding="utf-8")):
        if doc and doc["kind"] == "ConfigMap":
            return str(doc["data"]["nginx.conf"])
    raise AssertionError("gateway.yaml has no ConfigMap with nginx.conf")


def _replace(text: str, old: str, new: str) -> str:
    assert old in text, f"the shipped nginx.conf no longer contains {old!r}"
    return text.replace(old, new)


def _local_config(tmp: Path, port: int, backends: list[int]) -> str:
    conf = _shipped_config()
    conf = _replace(conf, "resolver kube-dns.kube-system.svc.cluster.local valid=10s;", "")
    conf = _replace(conf, "server agent-api-pods.agent-prod.svc.cluster.local:2024 resolve;",
                    " ".join(f"server 127.0.0.1:{p};" for p in backends))
    conf = _replace(conf, "listen 8080;", f"listen 127.0.0.1:{port};")
    temp = "".join(f"{kind}_temp_path {tmp / kind};"
                   for kind in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi"))
    conf = _replace(conf, "http {", f"http {{ access_log off; {temp}")
    return f"pid {tmp / 'nginx.pid'}; error_log {tmp / 'error.log'} warn;\n{conf}"


def _backend(name: str) -> ThreadingHTTPServer:
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            body = name.encode()
            self.send_response(200)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


@pytest.fixture
def gateway(tmp_path: Path) -> Iterator[int]:
    binary = _nginx()
    backends = [_backend("agent-a"), _backend("agent-b")]
    port = free_port()
    conf = tmp_path / "nginx.conf"
    conf.write_text(_local_config(tmp_path, port, [b.server_address[1] for b in backends]),
                    encoding="utf-8")
    check = subprocess.run([binary, "-t", "-p", str(tmp_path), "-e", str(tmp_path / "error.log"),
                            "-c", str(conf)], capture_output=True, text=True)
    assert check.returncode == 0, check.stderr
    proc = subprocess.Popen([binary, "-p", str(tmp_path), "-e", str(tmp_path / "error.log"),
                             "-c", str(conf), "-g", "daemon off; master_process off;"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            try:
                if _get(port, "/healthz")[0] == 200:
                    break
            except OSError:
                time.sleep(0.05)
        else:
            raise AssertionError(f"nginx did not start: {(tmp_path / 'error.log').read_text()}")
        yield port
    finally:
        proc.terminate()
        proc.wait(timeout=10)
        for b in backends:
            b.shutdown()
            b.server_close()


def _get(port: int, path: str, headers: dict[str, str] | None = None) -> tuple[int, str]:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
    try:
        conn.request("GET", path, headers=headers or {})
        response = conn.getresponse()
        return response.status, response.read().decode()
    finally:
        conn.close()


def test_health_check_answers_without_a_backend(gateway: int) -> None:
    assert _get(gateway, "/healthz") == (200, "ok\n")


def test_a_key_sticks_to_one_agent_however_it_is_sent(gateway: int) -> None:
    seen: dict[str, set[str]] = {}
    for i in range(12):
        key = f"rg_key_{i}"
        for headers in ({"X-API-Key": key}, {"Authorization": f"Bearer {key}"}):
            status, body = _get(gateway, "/threads", headers)
            assert status == 200
            seen.setdefault(key, set()).add(body)
        time.sleep(0.25)  # stay under the per-key rate
    assert all(len(agents) == 1 for agents in seen.values()), seen
    # Consistent hashing spreads different keys over both agents.
    assert {agent for agents in seen.values() for agent in agents} == {"agent-a", "agent-b"}


def test_one_key_over_its_rate_gets_429_while_another_key_is_served(gateway: int) -> None:
    statuses = [_get(gateway, "/runs", {"X-API-Key": "greedy"})[0] for _ in range(30)]
    # 5 requests/s with a burst of 10: about 11 of a quick burst of 30 get through.
    assert statuses.count(200) <= 14 and statuses.count(429) >= 16, statuses
    assert set(statuses) == {200, 429}
    assert _get(gateway, "/runs", {"X-API-Key": "patient"})[0] == 200
