"""The support graph on real Anthropic clients, in-process, with its state in a real Redis.

Both tiers are `langchain-anthropic` models (key from ``${ANTHROPIC_API_KEY}``) talking to a
loopback Messages API endpoint that enforces the provider's request rules. What is pinned:
the model's personal data is redacted before any stream, event or Redis value carries it;
the tool_use / tool_result round trip and the history of later turns are valid for
Anthropic; a refused key is an error turn after one request; cost is prices x reported usage.
"""

from __future__ import annotations

import itertools
import json
from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import yaml
from langchain_core.messages import HumanMessage

from railgraph.runner import run_turn
from railgraph.spec.loader import LoadedGraph, load_graph
from railgraph.state import AsyncRedisSaver
from tests.providers.conftest import ANTHROPIC_KEY
from tests.providers.endpoints import AnthropicEndpoint, Error, Recorded
from tests.providers.support import (
    CANARY_EMAIL,
    CANARY_PHONE,
    MODELS,
    PRICES,
    answers,
    order_agent,
    support_definition,
    support_project,
)
from tests.providers.support import redis_values as stored_values

pytest.importorskip("langchain_anthropic", reason="needs the 'providers' extra")

CANARIES = (CANARY_EMAIL, CANARY_EMAIL.split("@")[0], CANARY_PHONE, "555 0142", "5550142")
"""The model's personal data, and the parts of it that count as leaked on their own."""

TOOL_EMAIL = "jane.doe@example.com"
"""The customer's address in order 10042's record (nodes/support_tools.py)."""


def leaked(text: str, canaries: tuple[str, ...] = CANARIES) -> list[str]:
    """The canaries ``text`` carries."""
    return [canary for canary in canaries if canary in text]


@dataclass
class Support:
    """The support graph compiled on Anthropic models, with its Redis state."""

    graph: Any
    loaded: LoadedGraph
    project: Path
    endpoint: AnthropicEndpoint
    redis_url: str
    prefix: str

    def model_requests(self) -> list[Recorded]:
        return [r for r in self.endpoint.requests if r.path.split("?")[0] == "/v1/messages"]

    def template(self, name: str) -> str:
        data = yaml.safe_load((self.project / "policies" / "degradation.yaml").read_text())
        return str(data["templates"][name])

    def redis_values(self) -> dict[str, bytes]:
        """Every value under the prefix, raw, by key."""
        return stored_values(self.redis_url, self.prefix)

    def assert_redis_clean(self, canaries: tuple[str, ...] = CANARIES) -> None:
        values = self.redis_values()
        # Plain bytes (no encryption at rest here), so the search means something: the
        # redacted answer is found.
        assert any(b"<EMAIL_ADDRESS>" in raw for raw in values.values()), list(values)
        dirty = {key: leaked(raw.decode("utf-8", "replace"), canaries)
                 for key, raw in values.items()}
        dirty = {key: found for key, found in dirty.items() if found}
        assert not dirty, f"Redis values carry personal data: {dirty}"


@pytest.fixture
async def support(anthropic_endpoint: AnthropicEndpoint, tmp_path: Path,
                  monkeypatch: pytest.MonkeyPatch, redis_url: str,
                  redis_prefix: str) -> AsyncIterator[Support]:
    import railgraph

    monkeypatch.setenv("ANTHROPIC_API_KEY", ANTHROPIC_KEY)
    project = support_project(tmp_path, support_definition("anthropic", anthropic_endpoint.url,
                                                           "ANTHROPIC_API_KEY"))
    loaded = load_graph(project / "graphs" / "support.yaml")
    saver = AsyncRedisSaver.from_url(redis_url, prefix=redis_prefix)
    try:
        graph = railgraph.build(loaded, checkpointer=saver)
        yield Support(graph=graph, loaded=loaded, project=project, endpoint=anthropic_endpoint,
                      redis_url=redis_url, prefix=redis_prefix)
    finally:
        await saver.aclose()


def _config(thread_id: str) -> dict[str, Any]:
    return {"configurable": {"thread_id": thread_id}}


def _input(question: str) -> dict[str, Any]:
    return {"messages": [HumanMessage(content=question)]}


def assert_redacted(response: str | None) -> None:
    assert response is not None
    assert "10042 has shipped" in response
    assert "<EMAIL_ADDRESS>" in response and "<PHONE_NUMBER>" in response
    assert not leaked(response), response


async def stream_all(support: Support, thread_id: str, question: str,
                     canaries: tuple[str, ...] = CANARIES) -> dict[str, Any]:
    """astream in four modes; no chunk carries a canary. Returns the last values and the
    messages streamed."""
    modes: set[str] = set()
    final: dict[str, Any] = {}
    streamed: list[Any] = []
    async for mode, chunk in support.graph.astream(
            _input(question), _config(thread_id),
            stream_mode=["updates", "values", "messages", "debug"]):
        modes.add(mode)
        found = leaked(repr(chunk), canaries)
        assert not found, f"{mode} chunk carries {found}: {repr(chunk)[:600]}"
        if mode == "values":
            final = chunk
        elif mode == "messages":
            streamed.append(chunk[0])
    assert {"updates", "values", "debug"} <= modes, modes
    return {"final": final, "messages": streamed}


async def test_a_pii_answer_is_redacted_in_streams_events_and_redis(support: Support) -> None:
    for model in MODELS.values():
        support.endpoint.respond_with(model, answers())

    seen = await stream_all(support, "pii-stream", "Has my parcel left the warehouse yet?")
    assert [r.status for r in support.model_requests()] == [200]
    assert_redacted(seen["final"]["response"])
    # A client streaming messages gets the guarded reply, never the raw tokens.
    texts = [str(m.content) for m in seen["messages"]]
    assert any("<EMAIL_ADDRESS>" in t for t in texts), texts

    events = 0
    async for event in support.graph.astream_events(
            _input("Did my package go out already?"), _config("pii-events"), version="v2"):
        events += 1
        found = leaked(repr(event))
        assert not found, (f"event {event['event']} of {event.get('name')} carries {found}: "
                           f"{repr(event)[:600]}")
    assert events > 10
    assert len(support.model_requests()) == 2

    result = await run_turn(support.graph, support.loaded, thread_id="pii-turn",
                            message="Is my order on its way to me?")
    assert len(support.model_requests()) == 3
    assert result.status == "completed"
    assert_redacted(result.response)
    assert result.response == seen["final"]["response"]

    for thread in ("pii-stream", "pii-events", "pii-turn"):
        state = await support.graph.aget_state(_config(thread))
        assert not leaked(repr(state.values))
        history = [s async for s in support.graph.aget_state_history(_config(thread))]
        assert len(history) > 3 and not leaked(repr(history))
    support.assert_redis_clean()


async def test_the_tool_round_trip_is_valid_for_anthropic(support: Support) -> None:
    for model in MODELS.values():
        support.endpoint.respond_with(model, order_agent(anthropic=True))

    seen = await stream_all(support, "tool-stream", "Where is my order 10042?")
    assert_redacted(seen["final"]["response"])
    result = await run_turn(support.graph, support.loaded, thread_id="tool-turn",
                            message="Where's order 10042 right now?")
    assert result.status == "completed", result
    assert_redacted(result.response)
    assert result.path.count("agent") == 2 and "tools" in result.path

    requests = support.model_requests()
    # Two turns of (tool_use, then the answer): every request accepted, none a 400.
    assert [r.status for r in requests] == [200, 200, 200, 200]
    for asked, answered in ((requests[0], requests[1]), (requests[2], requests[3])):
        assert asked.body.get("tools"), "the tools were not offered"
        uses = [b for m in answered.body["messages"] if m["role"] == "assistant"
                and isinstance(m["content"], list) for b in m["content"] if b["type"] == "tool_use"]
        results = [b for b in answered.body["messages"][-1]["content"]
                   if b["type"] == "tool_result"]
        assert [u["input"] for u in uses] == [{"order_id": "10042"}]
        assert [r["tool_use_id"] for r in results] == [u["id"] for u in uses]
        # The model is given the record after the tool guard: the customer's address redacted.
        shown = json.dumps(results)
        assert "10042" in shown and TOOL_EMAIL not in shown and "<EMAIL_ADDRESS>" in shown
    support.assert_redis_clean()


async def test_a_refused_key_is_an_error_turn_after_one_request(support: Support) -> None:
    for model in MODELS.values():
        support.endpoint.script(model, Error(401))

    result = await run_turn(support.graph, support.loaded, thread_id="refused",
                            message="Do you sell gift cards for birthdays?")
    assert result.status == "error"
    assert result.outcome == "auth_failed"
    # No SDK retries, no graph retries, no fallback to the other tier.
    assert [r.status for r in support.model_requests()] == [401]
    assert result.response == support.template("service_unavailable")
    assert result.cost_usd == 0.0
    assert ANTHROPIC_KEY not in json.dumps(result.to_json())
    assert ANTHROPIC_KEY.encode() not in b"".join(support.redis_values().values())


@pytest.mark.parametrize(("question", "tier", "usage"), [
    ("Can I change the delivery address of my order?", "fast", (1200, 340)),
    ("Please compare your return and exchange options? Explain why one is better? "
     "Step by step? And for several orders?", "smart", (2600, 410)),
])
async def test_cost_is_the_tier_prices_times_the_reported_usage(
        support: Support, question: str, tier: str, usage: tuple[int, int]) -> None:
    prices = yaml.safe_load((support.project / "policies" / "prices.yaml").read_text())["models"]
    model = MODELS[tier]
    assert (prices[tier]["input"], prices[tier]["output"]) == PRICES[model]
    for name in MODELS.values():
        support.endpoint.respond_with(name, answers("You can change it in your account settings.",
                                                    usage=usage))

    result = await run_turn(support.graph, support.loaded, thread_id=f"cost-{tier}",
                            message=question)
    assert result.status == "completed", result
    # The router chose the tier, and only that model was called, once.
    assert [r.model for r in support.model_requests()] == [model]
    price_in, price_out = PRICES[model]
    expected = (usage[0] * price_in + usage[1] * price_out) / 1_000_000
    assert result.cost_usd == pytest.approx(expected, rel=1e-9, abs=1e-12)


async def test_a_second_turn_after_a_tool_turn_sends_a_valid_history(support: Support) -> None:
    for model in MODELS.values():
        support.endpoint.respond_with(model, order_agent(anthropic=True))
    first = await run_turn(support.graph, support.loaded, thread_id="two-turns",
                           message="Where is my order 10042?")
    assert first.status == "completed", first

    for model in MODELS.values():
        support.endpoint.respond_with(model, answers("Glad to help. It should arrive on time."))
    second = await run_turn(support.graph, support.loaded, thread_id="two-turns",
                            message="Thanks! Will it arrive before the weekend?")
    assert second.status == "completed", second
    assert second.response == "Glad to help. It should arrive on time."

    requests = support.model_requests()
    assert [r.status for r in requests] == [200, 200, 200]
    history = requests[2].body["messages"]
    # The earlier turn is replayed: its question, the tool_use with its tool_result, its
    # (redacted) answer, then the new question, alternating as Anthropic requires.
    kinds = [b["type"] for m in history if isinstance(m["content"], list) for b in m["content"]]
    assert "tool_use" in kinds and "tool_result" in kinds
    assert history[-1]["role"] == "user" and "weekend" in json.dumps(history[-1])
    assert "<EMAIL_ADDRESS>" in json.dumps(history) and not leaked(json.dumps(history))
    roles = [m["role"] for m in history]
    assert all(a != b for a, b in itertools.pairwise(roles)), roles


async def test_the_tool_records_personal_data_stays_out_of_streams_and_checkpoints(
        support: Support) -> None:
    """graphs/support.yaml's tool_guard: "Customer data stays out of the conversation (and so
    out of checkpoints and streams)". The record of order 10042 holds the customer's address;
    the model answers without personal data of its own."""
    for model in MODELS.values():
        support.endpoint.respond_with(model, order_agent(
            "Your order 10042 has shipped with DHL; we will e-mail the address on file.",
            anthropic=True))
    carried: list[str] = []
    final: dict[str, Any] = {}
    async for mode, chunk in support.graph.astream(
            _input("Where is my order 10042?"), _config("tool-data"),
            stream_mode=["updates", "values", "messages", "debug"]):
        final = chunk if mode == "values" else final
        if TOOL_EMAIL in repr(chunk):
            node = chunk[1].get("langgraph_node") if mode == "messages" else \
                (next(iter(chunk)) if mode == "updates" else chunk.get("type", "values"))
            carried.append(f"{mode}:{node}")
    assert "10042 has shipped" in final["response"]
    assert TOOL_EMAIL not in repr(final)  # the tool guard did redact the state in the end
    history = [s async for s in support.graph.aget_state_history(_config("tool-data"))]
    checkpoints = [s.metadata.get("step") for s in history if TOOL_EMAIL in repr(s.values)]
    keys = [key for key, raw in support.redis_values().items() if TOOL_EMAIL.encode() in raw]
    assert not (carried or checkpoints or keys), (
        f"the tool record's address is in stream chunks {carried}, in the checkpoints of "
        f"steps {checkpoints} and in Redis values {keys}")


async def test_a_second_turn_reports_only_its_own_guard_verdicts(support: Support) -> None:
    """``verdicts`` is a per-turn field (railgraph.agent_state): a turn's ``guards`` are its own."""
    for model in MODELS.values():
        support.endpoint.respond_with(model, answers("Yes, we do."))
    first = await run_turn(support.graph, support.loaded, thread_id="verdicts",
                           message="Do you sell gift cards?")
    second = await run_turn(support.graph, support.loaded, thread_id="verdicts",
                            message="And do you sell vouchers?")
    assert first.status == second.status == "completed"
    size_checks = [g for g in second.guards if g["node"] == "input_guard" and g["check"] == "size"]
    assert len(size_checks) == 1, f"turn 2 reports {len(second.guards)} verdicts, turn 1's too: " \
                                  f"{[g['reason'] for g in size_checks]}"
    assert len(second.guards) == len(first.guards)
