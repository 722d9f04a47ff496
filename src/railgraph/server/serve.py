"""``railgraph serve``: the LangGraph server (``langgraph dev``, in-memory runtime) on this project.

The server runs as a child process with the environment that keeps it offline (no usage
telemetry, no LangSmith tracing, no version check) and with ``REDIS_URL`` pointing at the state
store: the one named by ``$REDIS_URL``, or an embedded server that this command starts and
stops. Checkpoints, graph snapshots and rate limits all live there. The server's own records
(threads, runs) are pickled under ``$RAILGRAPH_HOME/server`` (default ``.railgraph/server``).

``langgraph dev`` is LangGraph's single-process server: runs, threads and assistants are kept in
memory (checkpoints are not: they are in Redis). Its queue polls every half second, so one run
over HTTP takes about a second however fast the graph is.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

from railgraph.errors import RailgraphError

__all__ = ["OFFLINE_ENV", "serve", "server_command", "server_env"]

OFFLINE_ENV = {
    "LANGSMITH_TRACING": "false",
    "LANGCHAIN_TRACING_V2": "false",
    "LANGGRAPH_CLI_NO_ANALYTICS": "1",
    "LANGGRAPH_NO_VERSION_CHECK": "true",
    "NEMO_GUARDRAILS_NO_USAGE_STATS": "1",
    "ORT_DISABLE_TELEMETRY": "1",
    "HF_HUB_OFFLINE": "1",
    "HF_HUB_DISABLE_TELEMETRY": "1",
    "TRANSFORMERS_OFFLINE": "1",
    "DO_NOT_TRACK": "1",
}
"""Always set for the server, whatever the caller's environment says: it must not phone home."""


def server_command(host: str, port: int, config: Path, *, jobs: int = 10) -> list[str]:
    """The ``langgraph dev`` command line."""
    return [
        sys.executable, "-m", "langgraph_cli", "dev", "--no-browser", "--no-reload",
        "--host", host, "--port", str(port), "--config", str(config),
        "--n-jobs-per-worker", str(jobs),
        # Guards, rails and the saver's pool do short synchronous work inside async nodes (NeMo,
        # regexes, file reads of policies); the dev server would otherwise refuse it.
        "--allow-blocking",
    ]


def server_env(root: Path, redis_url: str) -> dict[str, str]:
    """The child's environment: the caller's, the offline switches, the state store and root."""
    env = dict(os.environ)
    env.update(OFFLINE_ENV)
    env["REDIS_URL"] = redis_url
    env["RAILGRAPH_ROOT"] = str(root)
    # The project's own modules (nodes/, tools) import from the root, as with the CLI.
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(root), env.get("PYTHONPATH", "")) if p)
    return env


def serve(host: str = "127.0.0.1", port: int = 2024, *, root: Path | None = None, jobs: int = 10) -> int:
    """Run the server until interrupted; returns its exit code."""
    try:
        import langgraph_api  # noqa: F401
        import langgraph_cli  # noqa: F401
    except ImportError:
        raise RailgraphError("the server needs the 'server' extra: pip install 'railgraph[server]'"
                             ) from None
    root = (root or Path.cwd()).resolve()
    config = root / "langgraph.json"
    if not config.is_file():
        raise RailgraphError(f"{config} not found: run `railgraph serve --write-config` in the project root")
    from railgraph.server.keys import load_keyring

    # The server would read them too, but fail with a traceback in its log; say it here first.
    load_keyring(root)
    from railgraph.state.embedded import resolve_redis_url
    from railgraph.state.settings import state_home

    # The in-memory runtime pickles its threads and runs into ./.langgraph_api of its working
    # directory; run it in the state home so that never lands in the project's sources.
    workdir = root / state_home() / "server"
    workdir.mkdir(parents=True, exist_ok=True)
    url, store = resolve_redis_url()
    child = subprocess.Popen(server_command(host, port, config, jobs=jobs), cwd=workdir,
                             env=server_env(root, url))

    def forward(signum: int, _frame: object) -> None:
        child.send_signal(signum)

    # SIGTERM (from an orchestrator) and SIGINT (Ctrl-C, or a test harness) both reach the
    # server, which shuts down cleanly; this process waits for it, then stops the embedded store.
    previous = {sig: signal.signal(sig, forward) for sig in (signal.SIGTERM, signal.SIGINT)}
    try:
        return child.wait()
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
        if child.poll() is None:
            child.terminate()
            child.wait()
        if store is not None:
            store.stop()
