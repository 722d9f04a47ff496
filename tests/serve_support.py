"""A real `railgraph serve` for tests: start it on a free loopback port, wait until it answers,
stop it and delete its Redis keys afterwards."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path

import httpx
import pytest
import redis

ROOT = Path(__file__).resolve().parent.parent


def free_port() -> int:
    """A loopback port nothing listens on (at the time of asking)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextmanager
def running_server(redis_url: str, prefix: str, log: Path,
                   env: Mapping[str, str] | None = None, root: Path = ROOT) -> Iterator[str]:
    """Run `railgraph serve` on the project at ``root`` (default: this repository) with its
    state under ``prefix``; yields its URL. ``root`` needs a ``langgraph.json``."""
    port = free_port()
    environ = {**os.environ, "REDIS_URL": redis_url, "RAILGRAPH_REDIS_PREFIX": prefix,
               "RAILGRAPH_ROOT": str(root), **(env or {})}
    with log.open("wb") as out:
        process = subprocess.Popen(
            [sys.executable, "-m", "railgraph", "serve", "--port", str(port)],
            cwd=root, env=environ, stdout=out, stderr=subprocess.STDOUT,
        )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 90
        while True:
            if process.poll() is not None:
                pytest.fail(f"railgraph serve exited with {process.returncode}:\n"
                            + log.read_text(errors="replace")[-3000:])
            try:
                if httpx.get(f"{url}/ok", timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if time.monotonic() > deadline:
                pytest.fail("railgraph serve did not become ready:\n"
                            + log.read_text(errors="replace")[-3000:])
            time.sleep(0.3)
        yield url
    finally:
        process.send_signal(signal.SIGINT)
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        client = redis.Redis.from_url(redis_url)
        keys = list(client.scan_iter(match=f"{prefix}:*", count=1000))
        for start in range(0, len(keys), 500):
            client.delete(*keys[start : start + 500])
        client.close()
