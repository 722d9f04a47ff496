"""Suite-wide rules: no test reaches past loopback."""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Iterator
from typing import Any

import pytest


def _is_local(address: Any) -> bool:
    if isinstance(address, (str, bytes)):  # AF_UNIX path
        return True
    host = address[0]
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


@pytest.fixture(autouse=True)
def no_network(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[Any]]:
    """Fail on any connection or DNS lookup beyond loopback, even one a library swallows."""
    attempts: list[Any] = []
    real_connect = socket.socket.connect
    real_connect_ex = socket.socket.connect_ex
    real_getaddrinfo = socket.getaddrinfo

    def connect(self: socket.socket, address: Any) -> None:
        if self.family != getattr(socket, "AF_UNIX", None) and not _is_local(address):
            attempts.append(address)
            raise OSError(f"test forbids network access to {address!r}")
        real_connect(self, address)

    def connect_ex(self: socket.socket, address: Any) -> int:
        if self.family != getattr(socket, "AF_UNIX", None) and not _is_local(address):
            attempts.append(address)
            raise OSError(f"test forbids network access to {address!r}")
        return real_connect_ex(self, address)

    def getaddrinfo(host: Any, *args: Any, **kwargs: Any) -> Any:
        if host is not None and not _is_local((host.decode() if isinstance(host, bytes)
                                               else host, 0)):
            attempts.append(host)
            raise socket.gaierror(f"test forbids DNS lookups of {host!r}")
        return real_getaddrinfo(host, *args, **kwargs)

    monkeypatch.setattr(socket.socket, "connect", connect)
    monkeypatch.setattr(socket.socket, "connect_ex", connect_ex)
    monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)
    yield attempts
    assert attempts == [], f"network access attempted: {attempts}"


@pytest.fixture(scope="session")
def redis_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A real Redis: ``$REDIS_URL`` when set (CI: the machine's server), else embedded."""
    import os

    url = os.environ.get("REDIS_URL")
    if url:
        yield url
        return
    from railgraph.state.embedded import EmbeddedServer

    server = EmbeddedServer(tmp_path_factory.mktemp("redis"))
    try:
        yield server.start()
    finally:
        server.stop()


@pytest.fixture
def redis_prefix(redis_url: str) -> Iterator[str]:
    """A key prefix unique to one test; its keys are deleted afterwards."""
    import uuid

    import redis

    prefix = f"rgtest:{uuid.uuid4().hex[:10]}"
    yield prefix
    client = redis.Redis.from_url(redis_url)
    try:
        keys = list(client.scan_iter(match=f"{prefix}:*", count=1000))
        for start in range(0, len(keys), 500):
            client.delete(*keys[start : start + 500])
    finally:
        client.close()


@pytest.fixture
def cli_state(tmp_path: Any, monkeypatch: pytest.MonkeyPatch, redis_url: str,
              redis_prefix: str) -> None:
    """What a ``railgraph`` command run in-process sees: the suite's Redis under this test's
    own key prefix, and its own state folder (the embedded path has tests of its own)."""
    monkeypatch.setenv("RAILGRAPH_HOME", str(tmp_path / "state"))
    monkeypatch.setenv("REDIS_URL", redis_url)
    monkeypatch.setenv("RAILGRAPH_REDIS_PREFIX", redis_prefix)
