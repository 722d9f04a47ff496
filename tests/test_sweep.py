"""Human-in-the-loop timeout: ``railgraph sweep`` answers handoffs nobody picked up in time.

The reference graph with its escalation policy's wait shortened to half a second (the
deployment waits hours), through the CLI against the suite's Redis.
"""

from __future__ import annotations

import asyncio
import json
import time
from pathlib import Path
from typing import Any

import pytest
import yaml

from railgraph.cli import main

ROOT = Path(__file__).resolve().parent.parent
REPLY = "Sorry, nobody from our team could answer in time."


pytestmark = pytest.mark.usefixtures("cli_state")


@pytest.fixture
def graph(tmp_path: Path) -> str:
    """graphs/support.yaml, its escalation policy waiting 0.5 s for high-priority handoffs
    (an hour for the others) instead of the deployment's 30 minutes and 4 hours."""
    policy = yaml.safe_load((ROOT / "policies" / "escalation.yaml").read_text())
    policy["timeout"] = {"after": 3600, "by_priority": {"high": 0.5}, "reply": REPLY}
    (tmp_path / "escalation.yaml").write_text(yaml.safe_dump(policy))
    definition = yaml.safe_load((ROOT / "graphs" / "support.yaml").read_text())
    definition["root"] = str(ROOT)
    definition["policies"]["escalation"] = str(tmp_path / "escalation.yaml")
    path = tmp_path / "support.yaml"
    path.write_text(yaml.safe_dump(definition, sort_keys=False))
    return str(path)


def cli(capsys: pytest.CaptureFixture[str], *argv: str, code: int = 0) -> dict[str, Any]:
    assert main([*argv, "--json"]) == code
    result: dict[str, Any] = json.loads(capsys.readouterr().out)
    return result


def _wait_past(deadline: float) -> None:
    # Waits for the deadline to pass; nothing here measures how long anything took.
    while time.time() <= deadline:
        time.sleep(0.05)


def test_sweep_answers_overdue_handoffs(graph: str, capsys: pytest.CaptureFixture[str]) -> None:
    waiting = cli(capsys, "run", graph, "-m", "This is the worst service ever, I am furious!!",
                  "--user", "u1")
    answered = cli(capsys, "run", graph, "-m", "Can I talk to a real person?", "--user", "u2")
    assert waiting["status"] == answered["status"] == "interrupted"
    assert waiting["interrupt"]["priority"] == "high"
    assert answered["interrupt"]["deadline"] > time.time() + 3000
    _wait_past(waiting["interrupt"]["deadline"])

    swept = cli(capsys, "sweep", "--graph", graph)
    assert swept["graph"] == "support"
    assert swept["resolved"] == [{"thread_id": waiting["thread_id"], "status": "completed",
                                  "outcome": "escalation_timeout", "response": REPLY}]
    # The other handoff is not due yet: left alone, and a human answers it in time.
    assert swept["pending"] == 1
    cli(capsys, "resume", graph, "--thread", answered["thread_id"], "--answer", "Hi, Sam here.")
    # The graph recorded the outcome: the thread is no longer waiting, the audit log says why.
    assert main(["resume", graph, "--thread", waiting["thread_id"], "--answer", "late"]) == 1
    assert "is not waiting for an answer" in capsys.readouterr().err
    # Nothing is left to do on the next run of the scheduler.
    assert cli(capsys, "sweep", "--graph", graph) == {"graph": "support", "resolved": [],
                                                       "skipped": [], "pending": 0}


def test_timeout_is_in_the_thread_and_its_audit_log(graph: str, redis_url: str, redis_prefix: str,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    from railgraph.compile import compile_graph
    from railgraph.spec.loader import load_graph
    from railgraph.state import AsyncRedisSaver

    first = cli(capsys, "run", graph, "-m", "This is the worst service ever, I am furious!!")
    assert first["interrupt"]["priority"] == "high"
    _wait_past(first["interrupt"]["deadline"])
    assert main(["sweep", "--graph", graph]) == 0
    assert "1 handoff(s) timed out and answered; 0 still waiting" in capsys.readouterr().out

    async def state() -> dict[str, Any]:
        saver = AsyncRedisSaver.from_url(redis_url, prefix=redis_prefix)
        try:
            compiled = compile_graph(load_graph(graph), checkpointer=saver)
            snapshot = await compiled.aget_state({"configurable": {"thread_id": first["thread_id"]}})
            return dict(snapshot.values)
        finally:
            await saver.aclose()

    values = asyncio.run(state())
    assert values["response"] == REPLY and values["outcome"] == "escalation_timeout"
    assert values["messages"][-1].content == REPLY
    note = [e for e in values["audit"] if e["kind"] == "escalation"][-1]
    assert (note["verdict"], note["reason"], note["waiting_for"]) == \
        ("timed_out", "negative_sentiment", "human")
    assert values["escalation"]["resolution"] == "timed_out"


def test_concurrent_sweepers_resolve_each_thread_once(graph: str, redis_url: str,
                                                      redis_prefix: str,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    from railgraph.spec.loader import load_graph
    from railgraph.state import AsyncRedisSaver
    from railgraph.sweep import sweep

    threads = {cli(capsys, "run", graph, "-m", "I hate this, worst shop ever!!")["thread_id"]
               for _ in range(3)}
    _wait_past(time.time() + 0.6)
    loaded = load_graph(graph)

    async def two_sweepers() -> list[Any]:
        savers = [AsyncRedisSaver.from_url(redis_url, prefix=redis_prefix) for _ in range(2)]
        try:
            return list(await asyncio.gather(*(sweep(loaded, s) for s in savers)))
        finally:
            for s in savers:
                await s.aclose()

    reports = asyncio.run(two_sweepers())
    resolved = [r["thread_id"] for report in reports for r in report.resolved]
    assert sorted(resolved) == sorted(threads)


def test_sweep_rejects_bad_input(graph: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["sweep", "--graph", graph, "--limit", "0"]) == 2
    assert "--limit must be at least 1" in capsys.readouterr().err
    assert main(["sweep", "--graph", str(Path(graph).with_name("missing.yaml"))]) == 2
    assert "missing.yaml" in capsys.readouterr().err


def test_unanswered_confirmation_times_out_without_a_handoff(
    graph: str, capsys: pytest.CaptureFixture[str]
) -> None:
    asked = cli(capsys, "run", graph, "-m", "Please cancel my order 10043")
    assert asked["interrupt"]["kind"] == "confirm" and asked["interrupt"]["priority"] == "high"
    _wait_past(asked["interrupt"]["deadline"])
    swept = cli(capsys, "sweep", "--graph", graph)
    assert [r["thread_id"] for r in swept["resolved"]] == [asked["thread_id"]]
    assert swept["resolved"][0]["response"].startswith("I didn't hear back from you")
    assert swept["pending"] == 0  # no handoff was opened
