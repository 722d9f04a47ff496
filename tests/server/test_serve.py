"""`railgraph serve`: the support graph on a real LangGraph server, driven by langgraph-sdk
(runs, streams, an escalation resumed over HTTP), and the refusals before it starts."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
import redis

pytest.importorskip("langgraph_api", reason="needs the 'server' extra")
from tests.server.support import ACME_KEY, ORDER_QUESTION, Server

pytestmark = pytest.mark.slow


ROOT = Path(__file__).resolve().parents[2]


def test_run_stream_escalate_and_resume_over_http(server: Server) -> None:
    client = server.client(ACME_KEY)
    thread = client.threads.create()
    tid = thread["thread_id"]
    assert thread["metadata"]["tenant_id"] == "acme"

    # A claimed identity in the body is replaced by the key's.
    spoofed = {"user_id": "mallory", "tenant_id": "globex", "roles": ["admin"]}
    result = client.runs.wait(tid, "support", input={
        "messages": [{"role": "user", "content": ORDER_QUESTION}], "context": spoofed})
    assert isinstance(result, dict)
    assert "10042" in result["response"] and "<EMAIL_ADDRESS>" in result["response"]
    assert "jane.doe@example.com" not in result["response"]
    assert result["context"]["user_id"] == "alice"
    assert result["context"]["tenant_id"] == "acme"
    assert result["context"]["roles"] == ["agent", "supervisor"]

    # Streaming: node updates arrive as they happen; asking for a person interrupts.
    nodes = []
    for part in client.runs.stream(tid, "support", stream_mode="updates", input={
            "messages": [{"role": "user", "content": "I want to speak to a human"}]}):
        if part.event == "updates":
            nodes.extend(part.data)
    assert nodes[:3] == ["input_guard", "policy_rails", "router"]
    assert nodes[-1] == "__interrupt__"
    state = client.threads.get_state(tid)
    assert state["next"] == ["escalate"]
    request = state["tasks"][0]["interrupts"][0]["value"]
    assert request["reason"] == "user_requested"
    assert "jane.doe@example.com" not in request["summary"]

    # A human answers; the run resumes from the Redis checkpoint.
    done = client.runs.wait(tid, "support", command={"resume": "Hi, Sam here. I refunded the fee."})
    assert isinstance(done, dict)
    assert done["response"] == "Hi, Sam here. I refunded the fee."
    assert client.threads.get_state(tid)["next"] == []
    store = redis.Redis.from_url(server.redis_url)
    try:
        assert any(tid in key.decode() for key in store.scan_iter(match=f"{server.prefix}:*"))
    finally:
        store.close()
    # The server's log carries requests, never what the customer wrote.
    log = server.log.read_text(errors="replace")
    assert tid in log and "jane.doe@example.com" not in log and "Where is my order" not in log


def test_async_job_example_submits_and_polls(server: Server) -> None:
    done = subprocess.run(
        [sys.executable, str(ROOT / "examples" / "async_jobs.py"), "I want to speak to a human",
         "--url", server.url],
        env={**os.environ, "RAILGRAPH_API_KEY": ACME_KEY}, capture_output=True, text=True,
        timeout=120, check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    lines = done.stdout.splitlines()
    assert lines[0].startswith("submitted run ") and lines[0].endswith(": pending")
    assert lines[-1].startswith("success, waiting for a human: {") and "user_requested" in lines[-1]


def test_serve_refuses_a_broken_keys_file_before_starting(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    from railgraph.cli import main

    path = tmp_path / "api_keys.yaml"
    path.write_text("rate_limit: often\n", encoding="utf-8")
    monkeypatch.setenv("RAILGRAPH_API_KEYS_FILE", str(path))
    monkeypatch.chdir(ROOT)
    assert main(["serve", "--port", "1"]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"{path}:1:") and "invalid rate limit" in err and "Traceback" not in err


def test_serve_outside_a_project_says_what_is_missing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    from railgraph.cli import main

    monkeypatch.chdir(tmp_path)
    assert main(["serve", "--port", "1"]) == 1
    err = capsys.readouterr().err
    assert "langgraph.json not found" in err and "--write-config" in err and "Traceback" not in err
