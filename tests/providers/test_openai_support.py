"""The support graph against an OpenAI-compatible endpoint, through the real langchain-openai
client: only guarded text leaves, nothing raw at rest, malformed tool calls keep the thread
valid, failures are honest, retries come from one layer, costs are exact."""

from __future__ import annotations

import json
import os
import re
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest
import yaml
from langchain_core.messages import HumanMessage

import railgraph
from railgraph.cli import main
from railgraph.nodes import llm as llm_node
from railgraph.observe import metrics
from railgraph.reliability import ResponseCache
from railgraph.reliability.store import ReliabilityStore
from railgraph.runner import run_turn
from railgraph.spec.loader import LoadedGraph, load_graph
from railgraph.state import AsyncRedisSaver
from tests.providers.conftest import OPENAI_KEY
from tests.providers.endpoints import Error, OpenAIEndpoint, Reply, Stall, ToolCall
from tests.providers.support import (
    ANSWER_WITH_PII,
    CANARY_EMAIL,
    answers,
    order_agent,
    redis_values,
    support_definition,
    support_project,
)

CANARY_DIGITS = re.compile(r"555\D{0,3}0142")
QUESTION = "Can I pay for my order by invoice?"


def leaks(text: str) -> bool:
    return CANARY_EMAIL in text or bool(CANARY_DIGITS.search(text))


def redis_dump(url: str, prefix: str) -> str:
    """Every value stored under ``prefix``, as one text."""
    return "\n".join(f"{k} {v!r}" for k, v in redis_values(url, prefix).items())


@pytest.fixture
def project(tmp_path: Path, openai_endpoint: OpenAIEndpoint,
            monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("OPENAI_API_KEY", OPENAI_KEY)
    return support_project(tmp_path, support_definition("openai", openai_endpoint.url,
                                                        "OPENAI_API_KEY"))


@pytest.fixture
def loaded(project: Path) -> LoadedGraph:
    return load_graph(project / "graphs" / "support.yaml")


@pytest.fixture
async def saver(redis_url: str, redis_prefix: str) -> AsyncIterator[AsyncRedisSaver]:
    saver = AsyncRedisSaver.from_url(redis_url, prefix=redis_prefix)
    try:
        yield saver
    finally:
        await saver.aclose()


def both(endpoint: OpenAIEndpoint, responder: Any) -> None:
    for model in ("gpt-fast", "gpt-smart"):
        endpoint.respond_with(model, responder)


# ---- only guarded text is streamed, returned or stored ----------------------------------


async def test_no_stream_mode_carries_the_raw_answer(
        openai_endpoint: OpenAIEndpoint, loaded: LoadedGraph, saver: AsyncRedisSaver,
        redis_url: str, redis_prefix: str) -> None:
    both(openai_endpoint, order_agent())
    graph = railgraph.build(loaded, checkpointer=saver)
    config = {"configurable": {"thread_id": "s1"}}
    chunks: list[str] = []
    async for mode, chunk in graph.astream(
            {"messages": [HumanMessage(content="Where is my order 10042?")]}, config,
            stream_mode=["updates", "values", "messages", "debug", "checkpoints", "tasks"]):
        chunks.append(f"{mode} {chunk!r}")
    events = [repr(e) async for e in graph.astream_events(
        {"messages": [HumanMessage(content=QUESTION)]}, {"configurable": {"thread_id": "s2"}},
        version="v2")]
    assert len(openai_endpoint.requests) >= 3
    assert {r.status for r in openai_endpoint.requests} == {200}
    # The model really said it: the endpoint answered the canaries.
    assert any(r.step == Reply(ANSWER_WITH_PII, usage=(120, 30)) for r in openai_endpoint.requests)
    assert chunks and events
    assert not [c for c in chunks if leaks(c)]
    assert not [e for e in events if leaks(e)]
    state = (await graph.aget_state(config)).values
    assert "<EMAIL_ADDRESS>" in state["response"] and "<PHONE_NUMBER>" in state["response"]
    history = [repr(s) async for s in graph.aget_state_history(config)]
    assert history and not [h for h in history if leaks(h)]
    assert not leaks(redis_dump(redis_url, redis_prefix))


async def test_the_cache_keeps_only_guarded_answers_and_guards_old_entries(
        openai_endpoint: OpenAIEndpoint, project: Path, saver: AsyncRedisSaver,
        redis_url: str, redis_prefix: str) -> None:
    policy = project / "policies" / "response_cache.yaml"
    data = yaml.safe_load(policy.read_text())
    policy.write_text(yaml.safe_dump({**data, "serve": "fallback"}))
    loaded = load_graph(project / "graphs" / "support.yaml")
    graph = railgraph.build(loaded, checkpointer=saver)
    both(openai_endpoint, answers())
    first = await run_turn(graph, loaded, message=QUESTION, thread_id="c1")
    assert first.status == "completed" and "<EMAIL_ADDRESS>" in (first.response or "")
    assert not leaks(redis_dump(redis_url, redis_prefix))
    cache = ResponseCache(loaded.policies["response_cache"], ReliabilityStore(saver.client,
                                                                              redis_prefix))
    assert "<EMAIL_ADDRESS>" in (await cache.get(QUESTION, None, count=False) or "")

    # An entry written before the guard existed (or by an older version) holds raw text;
    # when the provider then refuses the key, the degraded answer is guarded all the same.
    await cache.put(QUESTION, None, ANSWER_WITH_PII)
    openai_endpoint.reset()
    both(openai_endpoint, lambda body: Error(401))
    second = await run_turn(graph, loaded, message=QUESTION, thread_id="c2")
    assert second.path[-1] == "unavailable"
    assert (second.status, second.outcome) == ("error", "auth_failed")
    assert second.response is not None and not leaks(second.response)
    assert "<EMAIL_ADDRESS>" in second.response  # the cached answer, redacted


async def test_an_answer_the_reviewer_hands_to_a_human_is_never_cached(
        tmp_path: Path, openai_endpoint: OpenAIEndpoint, monkeypatch: pytest.MonkeyPatch,
        saver: AsyncRedisSaver) -> None:
    monkeypatch.setenv("OPENAI_API_KEY", OPENAI_KEY)
    definition = support_definition("openai", openai_endpoint.url, "OPENAI_API_KEY",
                                    logprobs=True)
    loaded = load_graph(support_project(tmp_path, definition) / "graphs" / "support.yaml")
    graph = railgraph.build(loaded, checkpointer=saver)
    both(openai_endpoint, lambda body: Reply("Probably yes?", logprobs=[-2.0] * 4,
                                             usage=(30, 8)))
    unsure = await run_turn(graph, loaded, message=QUESTION, thread_id="rv1")
    assert unsure.status == "interrupted"
    openai_endpoint.reset()
    both(openai_endpoint, lambda body: Reply("Yes, invoices are accepted.",
                                             logprobs=[-0.01] * 6, usage=(30, 8)))
    again = await run_turn(graph, loaded, message=QUESTION, thread_id="rv2")
    assert again.response == "Yes, invoices are accepted."  # asked the model, not the cache
    assert len(openai_endpoint.requests) == 1
    third = await run_turn(graph, loaded, message=QUESTION, thread_id="rv3")
    assert third.response == "Yes, invoices are accepted."
    assert len(openai_endpoint.requests) == 1  # the approved answer was cached


# ---- malformed tool calls ---------------------------------------------------------------


async def test_malformed_tool_arguments_do_not_break_the_thread(
        openai_endpoint: OpenAIEndpoint, loaded: LoadedGraph, saver: AsyncRedisSaver) -> None:
    broken = Reply("", tool_calls=[ToolCall("lookup_order", '{"order_id": 10042,,}')],
                   usage=(50, 10))
    valid = order_agent("Order 10042 has shipped.")

    def model(body: dict[str, Any]) -> Any:
        tool_errors = [m for m in body["messages"] if m.get("role") == "tool"
                       and "not valid JSON" in str(m.get("content"))]
        asked = sum(1 for m in body["messages"] if m.get("role") == "user")
        if asked == 1 and not tool_errors and body["messages"][-1].get("role") == "user":
            return broken
        return valid(body)

    both(openai_endpoint, model)
    graph = railgraph.build(loaded, checkpointer=saver)
    first = await run_turn(graph, loaded, message="Where is my order 10042?", thread_id="m1")
    assert first.status == "completed" and "shipped" in (first.response or "")
    second = await run_turn(graph, loaded, message="And can I return it?", thread_id="m1")
    assert second.status == "completed"
    assert second.outcome == "completed"
    # Every request the provider saw was a valid conversation (it rejects what OpenAI does).
    assert [r.status for r in openai_endpoint.requests] == [200] * len(openai_endpoint.requests)
    repaired = openai_endpoint.requests[1].body["messages"]
    call_ids = [c["id"] for m in repaired if m.get("tool_calls") for c in m["tool_calls"]]
    answered = [m["tool_call_id"] for m in repaired if m.get("role") == "tool"]
    assert call_ids and call_ids == answered


async def test_replies_that_stay_malformed_degrade_with_a_valid_history(
        openai_endpoint: OpenAIEndpoint, loaded: LoadedGraph, saver: AsyncRedisSaver) -> None:
    both(openai_endpoint, lambda body: Reply(
        "", tool_calls=[ToolCall("lookup_order", "{not json")], usage=(40, 5))
        if body["messages"][-1].get("role") != "assistant" else Reply("?"))
    graph = railgraph.build(loaded, checkpointer=saver)
    result = await run_turn(graph, loaded, message="Where is my order 10042?", thread_id="m2")
    assert result.path[-1] == "unavailable" and result.outcome == "degraded"
    state = (await graph.aget_state({"configurable": {"thread_id": "m2"}})).values
    assert state["degraded"]["reason"] == "invalid_tool_calls"
    openai_endpoint.reset()
    both(openai_endpoint, answers("Happy to help."))
    after = await run_turn(graph, loaded, message="Hello again", thread_id="m2")
    assert after.status == "completed" and after.response == "Happy to help."
    assert openai_endpoint.requests[-1].status == 200


# ---- honest failures --------------------------------------------------------------------


def cli(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.usefixtures("cli_state")
def test_a_missing_key_fails_the_run_before_any_call(
        openai_endpoint: OpenAIEndpoint, project: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    graph = str(project / "graphs" / "support.yaml")
    monkeypatch.delenv("OPENAI_API_KEY")
    code, out, err = cli(capsys, "run", graph, "-m", QUESTION, "--json")
    assert code == 1 and out == ""
    assert "OPENAI_API_KEY" in err and "not set" in err
    # Without the reference, the client's own complaint is the reason given.
    data = yaml.safe_load(Path(graph).read_text())
    for ref in data["models"].values():
        del ref["params"]["api_key"]
    Path(graph).write_text(yaml.safe_dump(data, sort_keys=False))
    code, out, err = cli(capsys, "run", graph, "-m", QUESTION, "--json")
    assert code == 1 and "Missing credentials" in err and "OPENAI_API_KEY" in err
    assert openai_endpoint.requests == []


@pytest.mark.usefixtures("cli_state")
def test_a_refused_key_is_an_error_the_user_sees_safely_and_the_operator_in_full(
        openai_endpoint: OpenAIEndpoint, project: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    both(openai_endpoint, lambda body: Error(401, "Incorrect API key provided: sk-te****"))
    code, out, err = cli(capsys, "run", str(project / "graphs" / "support.yaml"), "-m",
                         QUESTION, "--json")
    result = json.loads(out)
    assert code == 1
    assert (result["status"], result["outcome"]) == ("error", "auth_failed")
    assert result["error"] == "OpenAIAuthenticationError (status 401)"
    assert "temporarily unavailable" in result["response"]
    assert "Incorrect API key" not in out
    assert "Incorrect API key provided" in err  # the operator's log line has the real reason
    assert len(openai_endpoint.requests) == 1  # no retry, no fallback: the key is wrong
    assert OPENAI_KEY not in err + out


def test_validate_names_a_missing_provider_package_and_a_missing_price(
        tmp_path: Path, openai_endpoint: OpenAIEndpoint,
        capsys: pytest.CaptureFixture[str]) -> None:
    definition = support_definition("openai", openai_endpoint.url, "OPENAI_API_KEY")
    definition["models"]["smart"] = {"provider": "mistralai", "model": "mistral-large"}
    definition["models"]["spare"] = {"provider": "openai", "model": "gpt-spare",
                                     "params": {"base_url": openai_endpoint.url,
                                                "api_key": "${OPENAI_API_KEY}"}}
    agent = next(n for n in definition["nodes"] if n["id"] == "agent")
    agent["params"]["fallbacks"] = ["fast", "spare"]
    path = support_project(tmp_path, definition) / "graphs" / "support.yaml"
    code, _, err = cli(capsys, "validate", str(path))
    assert code == 2
    lines = err.strip().splitlines()
    assert any(re.match(rf"{re.escape(str(path))}:\d+:\d+: model 'smart': provider 'mistralai' "
                        r"needs the package 'langchain-mistralai'.*pip install langchain-mistralai",
                        line) for line in lines), err
    assert any("no price for model 'spare'" in line and re.match(r".*:\d+:\d+: ", line)
               for line in lines), err


def test_a_key_written_in_the_file_is_refused(
        tmp_path: Path, openai_endpoint: OpenAIEndpoint,
        capsys: pytest.CaptureFixture[str]) -> None:
    definition = support_definition("openai", openai_endpoint.url, "OPENAI_API_KEY")
    definition["models"]["fast"]["params"]["api_key"] = "sk-live-0123456789abcdef"
    path = support_project(tmp_path, definition) / "graphs" / "support.yaml"
    code, _, err = cli(capsys, "validate", str(path))
    assert code == 2
    assert "'api_key' is written in the file" in err and "${OPENAI_API_KEY}" in err
    assert "sk-live-0123456789abcdef" not in err


# ---- secrets stay out; a rotated key reaches old threads --------------------------------


@pytest.mark.usefixtures("cli_state")
def test_the_key_never_lands_anywhere_and_a_rotated_key_reaches_existing_threads(
        openai_endpoint: OpenAIEndpoint, project: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str], redis_url: str, redis_prefix: str) -> None:
    first_key, rotated = "sk-proj-FIRSTkey0123456789abcdef", "sk-proj-ROTATEDkey9876543210fedcba"
    monkeypatch.setenv("OPENAI_API_KEY", first_key)
    openai_endpoint.api_key = first_key
    both(openai_endpoint, answers("We accept invoices for business orders."))
    graph = str(project / "graphs" / "support.yaml")
    code, out, err = cli(capsys, "run", graph, "-m", QUESTION, "--thread", "k1", "--json")
    assert code == 0, err
    assert json.loads(out)["status"] == "completed"
    assert openai_endpoint.requests[-1].headers["authorization"] == f"Bearer {first_key}"

    openai_endpoint.api_key = rotated  # the provider revokes the old key
    monkeypatch.setenv("OPENAI_API_KEY", rotated)
    code, out2, err2 = cli(capsys, "run", graph, "-m", "And by card?", "--thread", "k1", "--json")
    assert code == 0, err2
    assert json.loads(out2)["status"] == "completed"
    assert openai_endpoint.requests[-1].headers["authorization"] == f"Bearer {rotated}"
    stored = redis_dump(redis_url, redis_prefix)
    assert "${OPENAI_API_KEY}" in stored  # the pinned snapshot holds the reference only
    for key in (first_key, rotated):
        assert key not in stored and key not in out + out2 + err + err2


# ---- one retry layer, Retry-After, request counts per status ----------------------------


def retry_graph(url: str, *, timeout: float = 20, call_timeout: float | None = None,
                attempts: int = 3) -> dict[str, Any]:
    def model(name: str) -> dict[str, Any]:
        return {"provider": "openai", "model": name,
                "params": {"base_url": url, "api_key": "${OPENAI_API_KEY}"}}

    agent: dict[str, Any] = {
        "id": "agent", "kind": "llm",
        "params": {"model": "primary", "fallbacks": ["backup"], "prices": "prices",
                   **({"call_timeout": call_timeout} if call_timeout else {})},
        "retry": {"max_attempts": attempts, "initial_interval": 0.05, "backoff_factor": 1.0,
                  "jitter": False, "retry_on": "transient"},
        "timeout": timeout, "on_error": "sorry"}
    return {
        "railgraph": 1, "name": "retries", "version": "1.0.0",
        "models": {"primary": model("primary"), "backup": model("backup")},
        "policies": {"prices": "policies/prices.yaml",
                     "degradation": "policies/degradation.yaml"},
        "entry": "agent",
        "nodes": [agent, {"id": "answer", "kind": "respond"},
                  {"id": "sorry", "kind": "respond", "params": {"template": "service_unavailable",
                                                                "policy": "degradation"}}],
        "edges": [{"from": "agent", "to": "answer"}, {"from": "answer", "to": "END"},
                  {"from": "sorry", "to": "END"}],
    }


def retries_project(tmp_path: Path, definition: dict[str, Any]) -> LoadedGraph:
    """``definition`` in a project of its own, with prices for its two models."""
    root = support_project(tmp_path, support_definition("openai", "http://127.0.0.1:9/v1", "K"))
    prices = root / "policies" / "prices.yaml"
    data = yaml.safe_load(prices.read_text())
    data["models"] = {"primary": {"input": 1.0, "output": 2.0},
                      "backup": {"input": 0.5, "output": 1.0}}
    prices.write_text(yaml.safe_dump(data))
    path = root / "graphs" / "retries.yaml"
    path.write_text(yaml.safe_dump(definition, sort_keys=False))
    return load_graph(path)


@pytest.mark.parametrize(("status", "primary", "backup", "answered"), [
    (503, 3, 1, True),    # transient: every attempt, then the fallback
    (500, 3, 1, True),
    (400, 1, 0, False),   # permanent: once, no retry, no fallback
    (401, 1, 0, False),
    (404, 1, 0, False),
])
async def test_each_status_makes_exactly_the_requests_it_should(
        tmp_path: Path, openai_endpoint: OpenAIEndpoint, monkeypatch: pytest.MonkeyPatch,
        status: int, primary: int, backup: int, answered: bool) -> None:
    monkeypatch.setenv("OPENAI_API_KEY", OPENAI_KEY)
    loaded = retries_project(tmp_path, retry_graph(openai_endpoint.url))
    openai_endpoint.respond_with("primary", lambda body: Error(status))
    openai_endpoint.respond_with("backup", lambda body: Reply("from the backup", usage=(10, 5)))
    result = await run_turn(railgraph.build(loaded), loaded, message="hi")
    assert len(openai_endpoint.requests_for("primary")) == primary
    assert len(openai_endpoint.requests_for("backup")) == backup
    assert (result.response == "from the backup") is answered
    assert result.status == ("error" if status == 401 else "completed")


async def test_retry_after_is_waited_out_when_it_fits_the_node_timeout(
        tmp_path: Path, openai_endpoint: OpenAIEndpoint,
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OPENAI_API_KEY", OPENAI_KEY)
    loaded = retries_project(tmp_path, retry_graph(openai_endpoint.url, timeout=10))
    openai_endpoint.script("primary", Error(429, headers={"Retry-After": "3"}),
                           Reply("after the wait", usage=(10, 5)))
    waits: list[float] = []

    async def wait_out(seconds: float) -> None:  # records the wait instead of sleeping
        waits.append(seconds)

    monkeypatch.setattr(llm_node, "wait_out", wait_out)
    result = await run_turn(railgraph.build(loaded), loaded, message="hi")
    assert result.response == "after the wait"
    assert waits == [3.0]  # exactly what the provider asked, before the retry
    assert len(openai_endpoint.requests_for("primary")) == 2
    assert openai_endpoint.requests_for("backup") == []


async def test_a_retry_after_longer_than_the_node_allows_goes_to_the_fallback_at_once(
        tmp_path: Path, openai_endpoint: OpenAIEndpoint,
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OPENAI_API_KEY", OPENAI_KEY)
    loaded = retries_project(tmp_path, retry_graph(openai_endpoint.url, timeout=5))
    openai_endpoint.respond_with("primary", lambda body: Error(429, headers={"Retry-After": "30"}))
    openai_endpoint.respond_with("backup", lambda body: Reply("from the backup", usage=(10, 5)))
    result = await run_turn(railgraph.build(loaded), loaded, message="hi")
    assert result.response == "from the backup"
    assert len(openai_endpoint.requests_for("primary")) == 1
    assert len(openai_endpoint.requests_for("backup")) == 1


async def test_a_stalled_provider_is_cut_by_call_timeout_then_the_fallback_answers(
        tmp_path: Path, openai_endpoint: OpenAIEndpoint,
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OPENAI_API_KEY", OPENAI_KEY)
    loaded = retries_project(tmp_path, retry_graph(openai_endpoint.url, call_timeout=0.5,
                                                   attempts=2))
    openai_endpoint.respond_with("primary", lambda body: Stall())
    openai_endpoint.respond_with("backup", lambda body: Reply("from the backup", usage=(10, 5)))
    result = await run_turn(railgraph.build(loaded), loaded, message="hi")
    assert result.response == "from the backup"
    assert len(openai_endpoint.requests_for("primary")) == 2


# ---- exact costs ------------------------------------------------------------------------


@pytest.mark.parametrize("streaming", [False, True])
async def test_cost_is_reported_usage_times_the_price_table(
        tmp_path: Path, openai_endpoint: OpenAIEndpoint, monkeypatch: pytest.MonkeyPatch,
        streaming: bool) -> None:
    monkeypatch.setenv("OPENAI_API_KEY", OPENAI_KEY)
    definition = retry_graph(openai_endpoint.url)
    if streaming:
        for ref in definition["models"].values():
            ref["params"]["streaming"] = True
    loaded = retries_project(tmp_path, definition)
    openai_endpoint.respond_with("primary", lambda body: Reply("priced", usage=(1234, 567)))
    result = await run_turn(railgraph.build(loaded), loaded, message="hi")
    assert result.response == "priced"
    assert result.cost_usd == pytest.approx((1234 * 1.0 + 567 * 2.0) / 1_000_000)
    body = openai_endpoint.requests_for("primary")[0].body
    assert body.get("stream", False) is streaming
    if streaming:
        assert body["stream_options"] == {"include_usage": True}


async def test_a_reply_without_usage_is_flagged_not_silently_free(
        tmp_path: Path, openai_endpoint: OpenAIEndpoint, monkeypatch: pytest.MonkeyPatch,
        capfd: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("OPENAI_API_KEY", OPENAI_KEY)
    loaded = retries_project(tmp_path, retry_graph(openai_endpoint.url))
    openai_endpoint.respond_with("primary", lambda body: Reply("unmetered", usage=None))
    before = metrics.LLM_USAGE_MISSING.labels("primary")._value.get()
    result = await run_turn(railgraph.build(loaded), loaded, message="hi")
    assert result.response == "unmetered"
    assert metrics.LLM_USAGE_MISSING.labels("primary")._value.get() == before + 1
    lines = [json.loads(line) for line in capfd.readouterr().err.splitlines()
             if line.startswith("{")]
    assert any(line.get("event") == "llm_usage_missing" and line.get("model") == "primary"
               for line in lines)


# ---- confidence from a real model -------------------------------------------------------


async def test_low_token_probabilities_escalate_to_a_human(
        tmp_path: Path, openai_endpoint: OpenAIEndpoint, monkeypatch: pytest.MonkeyPatch,
        saver: AsyncRedisSaver) -> None:
    monkeypatch.setenv("OPENAI_API_KEY", OPENAI_KEY)
    definition = support_definition("openai", openai_endpoint.url, "OPENAI_API_KEY",
                                    logprobs=True)
    loaded = load_graph(support_project(tmp_path, definition) / "graphs" / "support.yaml")
    both(openai_endpoint, lambda body: Reply("Perhaps it is fine, I am not sure.",
                                             logprobs=[-1.6] * 8, usage=(30, 8)))
    graph = railgraph.build(loaded, checkpointer=saver)
    result = await run_turn(graph, loaded, message=QUESTION, thread_id="lc1")
    assert openai_endpoint.requests[0].body["logprobs"] is True
    assert result.status == "interrupted"
    assert result.interrupt is not None and result.interrupt["reason"] == "low_confidence"

    openai_endpoint.reset()
    both(openai_endpoint, lambda body: Reply("Yes, invoices are accepted.",
                                             logprobs=[-0.01] * 6, usage=(30, 8)))
    sure = await run_turn(graph, loaded, message="Do you accept invoices?", thread_id="lc2")
    assert sure.status == "completed" and sure.response == "Yes, invoices are accepted."


async def test_a_self_reported_confidence_is_read_and_taken_off_the_answer(
        tmp_path: Path, openai_endpoint: OpenAIEndpoint, monkeypatch: pytest.MonkeyPatch,
        saver: AsyncRedisSaver) -> None:
    monkeypatch.setenv("OPENAI_API_KEY", OPENAI_KEY)
    definition = support_definition("openai", openai_endpoint.url, "OPENAI_API_KEY")
    agent = next(n for n in definition["nodes"] if n["id"] == "agent")
    agent["params"]["confidence"] = "self_report"
    loaded = load_graph(support_project(tmp_path, definition) / "graphs" / "support.yaml")
    both(openai_endpoint, lambda body: Reply("Invoices are accepted.\nConfidence: 0.9",
                                             usage=(30, 8)))
    graph = railgraph.build(loaded, checkpointer=saver)
    result = await run_turn(graph, loaded, message=QUESTION, thread_id="sr1")
    system = openai_endpoint.requests[0].body["messages"][0]
    assert system["role"] == "system" and "Confidence: " in system["content"]
    assert (result.status, result.response) == ("completed", "Invoices are accepted.")
    openai_endpoint.reset()
    both(openai_endpoint, lambda body: Reply("Maybe.\nConfidence: 0.15", usage=(30, 8)))
    unsure = await run_turn(graph, loaded, message="Do you accept invoices?", thread_id="sr2")
    assert unsure.status == "interrupted"
    assert unsure.interrupt is not None and unsure.interrupt["reason"] == "low_confidence"


def test_environment_is_not_leaked_into_the_definition(project: Path) -> None:
    # The definition on disk and as loaded holds the reference, never the value.
    loaded = load_graph(project / "graphs" / "support.yaml")
    dumped = json.dumps(loaded.definition.model_dump(mode="json"))
    assert "${OPENAI_API_KEY}" in dumped and os.environ["OPENAI_API_KEY"] not in dumped
