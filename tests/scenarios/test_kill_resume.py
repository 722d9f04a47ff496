"""A process killed in the middle of a run, and the run finished by a new process.

``railgraph run`` runs in a real subprocess against the suite's Redis; while its (slowed) order
tool runs, the process gets SIGKILL. ``railgraph resume --thread`` without an answer then
continues the run from its last checkpoint in a new process, and must end exactly like an
uninterrupted run of the same message.
"""

from __future__ import annotations

import asyncio
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
import yaml

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]
MESSAGE = "Hi, where is my order 10042? My e-mail is jane.doe@example.com"


@pytest.fixture
def graph(tmp_path: Path) -> str:
    """graphs/support.yaml with the order tool slowed down by tests.slow_tools."""
    definition = yaml.safe_load((ROOT / "graphs" / "support.yaml").read_text())
    definition["root"] = str(ROOT)
    definition["tools"]["lookup_order"] = "tests.slow_tools:lookup_order"
    path = tmp_path / "support.yaml"
    path.write_text(yaml.safe_dump(definition, sort_keys=False))
    return str(path)


def _env(redis_url: str, prefix: str, tmp_path: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("SLOW_TOOL_")}
    return {**env, "REDIS_URL": redis_url, "RAILGRAPH_REDIS_PREFIX": prefix,
            "RAILGRAPH_HOME": str(tmp_path / "state"), "PYTHONPATH": str(ROOT), **extra}


def _railgraph(args: list[str], env: dict[str, str]) -> dict[str, Any]:
    done = subprocess.run([sys.executable, "-m", "railgraph", *args, "--json"], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=300, check=False)
    assert done.returncode == 0, done.stderr
    result: dict[str, Any] = json.loads(done.stdout)
    return result


async def _pending(redis_url: str, prefix: str, graph: str, thread: str) -> tuple[str, ...]:
    from railgraph.compile import compile_graph
    from railgraph.spec.loader import load_graph
    from railgraph.state import AsyncRedisSaver

    saver = AsyncRedisSaver.from_url(redis_url, prefix=prefix)
    try:
        compiled = compile_graph(load_graph(graph), checkpointer=saver)
        return tuple((await compiled.aget_state({"configurable": {"thread_id": thread}})).next)
    finally:
        await saver.aclose()


def test_killed_run_resumes_from_its_last_checkpoint(
    graph: str, redis_url: str, redis_prefix: str, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
) -> None:
    marker = tmp_path / "in-tool"
    slow = _env(redis_url, redis_prefix, tmp_path, SLOW_TOOL_SECONDS="120",
                SLOW_TOOL_MARKER=str(marker))
    process = subprocess.Popen(
        [sys.executable, "-m", "railgraph", "run", graph, "-m", MESSAGE, "--thread", "crash",
         "--user", "u1", "--json"],
        cwd=ROOT, env=slow, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 240
        while not marker.exists():
            assert process.poll() is None, process.communicate()[1].decode()
            if time.monotonic() > deadline:  # a bound on the wait, not a speed check
                pytest.fail("the run never reached the tool step")
            time.sleep(0.05)
        os.kill(process.pid, signal.SIGKILL)
        assert process.wait(timeout=30) == -signal.SIGKILL
    finally:
        if process.poll() is None:
            process.kill()
        process.communicate()
    # The last checkpoint is the one before the tool step: that step is still to run.
    assert asyncio.run(_pending(redis_url, redis_prefix, graph, "crash")) == ("tools",)

    fast = _env(redis_url, redis_prefix, tmp_path, SLOW_TOOL_SECONDS="0")
    resumed = _railgraph(["resume", graph, "--thread", "crash"], fast)
    reference = _railgraph(["run", graph, "-m", MESSAGE, "--thread", "clean", "--user", "u1"], fast)

    assert resumed["status"] == reference["status"] == "completed"
    assert resumed["response"] == reference["response"]
    assert "shipped" in resumed["response"] and "<EMAIL_ADDRESS>" in resumed["response"]
    # The new process ran only what was left, from the tool step on.
    assert resumed["path"] == reference["path"][reference["path"].index("tools"):]
    assert resumed["cost_usd"] == reference["cost_usd"]
    assert asyncio.run(_pending(redis_url, redis_prefix, graph, "crash")) == ()
    # Nothing is left to continue.
    from railgraph.cli import main

    for name in ("REDIS_URL", "RAILGRAPH_REDIS_PREFIX", "RAILGRAPH_HOME"):
        monkeypatch.setenv(name, fast[name])
    assert main(["resume", graph, "--thread", "crash"]) == 1
    assert "has no unfinished run to continue" in capsys.readouterr().err
