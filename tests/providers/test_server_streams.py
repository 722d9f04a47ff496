"""The support graph served by a real `railgraph serve`, its models real OpenAI clients.

The server's graph talks to a loopback OpenAI-compatible endpoint through `langchain-openai`
(the key comes from ``${OPENAI_API_KEY}`` in the child's environment), and the test drives it
with `langgraph-sdk`. The model answers with personal data; the output guard must redact it
before anything a client or the state store can see carries it: every stream mode of the
server, the run's output, the thread's state and history, and every value in Redis.

One server for the module (starting one takes seconds, each run over HTTP about one).
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import yaml

from railgraph.server.config import CONFIG_FILE, render_config
from tests.providers.conftest import OPENAI_KEY
from tests.providers.endpoints import Error, OpenAIEndpoint
from tests.providers.support import (
    ANSWER_WITH_PII,
    CANARY_EMAIL,
    CANARY_PHONE,
    MODELS,
    answers,
    order_agent,
    support_definition,
    support_project,
)
from tests.providers.support import redis_values as stored_values
from tests.serve_support import running_server

pytest.importorskip("langgraph_api", reason="needs the 'server' extra")
pytest.importorskip("langchain_openai", reason="needs the 'providers' extra")
from langgraph_sdk import get_sync_client
from langgraph_sdk.client import SyncLangGraphClient

API_KEY = f"streams-{uuid.uuid4().hex}"
"""The server's API key (tenant acme) the SDK client sends."""

CANARIES = (CANARY_EMAIL, CANARY_EMAIL.split("@")[0], CANARY_PHONE, "555 0142", "5550142")
"""The model's personal data, and the parts of it that count as leaked on their own."""

STREAM_MODES = ["messages-tuple", "updates", "values", "events", "debug"]


def leaked(text: str) -> list[str]:
    """The canaries ``text`` carries."""
    return [canary for canary in CANARIES if canary in text]


def dumped(value: Any) -> str:
    return json.dumps(value, default=str, ensure_ascii=False)


@dataclass
class Served:
    """The running server and the endpoint behind its models."""

    url: str
    prefix: str
    redis_url: str
    log: Path
    project: Path
    endpoint: OpenAIEndpoint

    def client(self) -> SyncLangGraphClient:
        return get_sync_client(url=self.url, headers={"Authorization": f"Bearer {API_KEY}"})

    def model_requests(self) -> list[Any]:
        return [r for r in self.endpoint.requests if r.path.startswith("/v1/chat/completions")]


@pytest.fixture(scope="module")
def served(redis_url: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Served]:
    tmp = tmp_path_factory.mktemp("streams")
    prefix = f"rgtest:{uuid.uuid4().hex[:10]}"
    log = tmp / "server.log"
    # The endpoint lives as long as the server, so it is this module's own (the `openai_endpoint`
    # fixture is per test); proxies are bypassed for loopback here and in the server's process.
    with pytest.MonkeyPatch.context() as patch, OpenAIEndpoint(api_key=OPENAI_KEY) as endpoint:
        no_proxy = "127.0.0.1,localhost"
        patch.setenv("NO_PROXY", no_proxy)
        patch.setenv("no_proxy", no_proxy)
        project = support_project(tmp, support_definition("openai", endpoint.url,
                                                          "OPENAI_API_KEY"))
        (project / CONFIG_FILE).write_text(render_config(project), encoding="utf-8")
        env = {
            "OPENAI_API_KEY": OPENAI_KEY,
            "NO_PROXY": no_proxy,
            "no_proxy": no_proxy,
            "RAILGRAPH_API_KEYS": f"{API_KEY}=acme:alice:agent:600/minute",
            "RAILGRAPH_LOG_LEVEL": "info",
        }
        with running_server(redis_url, prefix, log, env, root=project) as url:
            yield Served(url=url, prefix=prefix, redis_url=redis_url, log=log, project=project,
                         endpoint=endpoint)
        assert endpoint.faults == [], "\n".join(endpoint.faults)


def redis_values(served: Served) -> dict[str, bytes]:
    """Every value under the server's prefix, raw, by key."""
    return stored_values(served.redis_url, served.prefix)


def assert_redis_clean(served: Served, *, redacted: bool = True) -> None:
    values = redis_values(served)
    assert values, "the server wrote nothing under its prefix"
    if redacted:
        # The store is readable as plain bytes (no encryption at rest here), so the search
        # means something: the redacted answer is in it.
        assert any(b"<EMAIL_ADDRESS>" in raw for raw in values.values())
    dirty = {key: leaked(raw.decode("utf-8", "replace")) for key, raw in values.items()}
    dirty = {key: found for key, found in dirty.items() if found}
    assert not dirty, f"Redis values carry the model's personal data: {dirty}"


def stream(served: Served, thread_id: str, question: str) -> list[Any]:
    payload: Any = {"messages": [{"role": "user", "content": question}]}
    modes: Any = STREAM_MODES
    parts = list(served.client().runs.stream(thread_id, "support", input=payload,
                                             stream_mode=modes))
    errors = [p.data for p in parts if p.event == "error"]
    assert not errors, errors
    return parts


def assert_chunks_clean(parts: list[Any]) -> dict[str, Any]:
    """No chunk of any mode carries a canary; returns the last ``values`` chunk."""
    modes = {p.event.split("|")[0] for p in parts}
    assert {"messages", "updates", "values", "events", "debug"} <= modes, modes
    for index, part in enumerate(parts):
        text = dumped(part.data)
        found = leaked(text)
        assert not found, f"stream chunk {index} ({part.event}) carries {found}: {text[:600]}"
    final = [p.data for p in parts if p.event == "values"][-1]
    assert isinstance(final, dict)
    return final


def assert_redacted(response: str | None) -> None:
    assert response is not None
    assert "10042 has shipped" in response
    assert "<EMAIL_ADDRESS>" in response and "<PHONE_NUMBER>" in response
    assert not leaked(response), response


def test_a_pii_answer_is_redacted_in_every_stream_mode_state_and_store(served: Served) -> None:
    endpoint = served.endpoint
    endpoint.reset()
    for model in MODELS.values():
        endpoint.respond_with(model, answers())
    client = served.client()
    tid = client.threads.create()["thread_id"]

    parts = stream(served, tid, "Has my parcel left the warehouse yet?")
    # The model really answered with the personal data: what is missing below was redacted.
    assert [r.status for r in served.model_requests()] == [200]
    assert endpoint.requests[0].step is not None
    final = assert_chunks_clean(parts)
    assert_redacted(final["response"])
    assert final["outcome"] == "completed"
    assert ANSWER_WITH_PII not in dumped(final)

    state: Any = client.threads.get_state(tid)
    assert state["values"]["response"] == final["response"]
    assert not leaked(dumped(state)), dumped(state)[:600]
    history = client.threads.get_history(tid, limit=100)
    assert len(history) > 3
    assert not leaked(dumped(history)), leaked(dumped(history))

    # The blocking call returns the same screened answer.
    other = client.threads.create()["thread_id"]
    payload: Any = {"messages": [{"role": "user", "content": "Did my package go out already?"}]}
    output = client.runs.wait(other, "support", input=payload)
    assert isinstance(output, dict)
    assert len(served.model_requests()) == 2
    assert output["response"] == final["response"]
    assert not leaked(dumped(output)), dumped(output)[:600]
    assert not leaked(dumped(client.threads.get_history(other, limit=100)))

    assert_redis_clean(served)


def test_an_order_answered_through_the_tool_streams_only_redacted_text(served: Served) -> None:
    endpoint = served.endpoint
    endpoint.reset()
    for model in MODELS.values():
        endpoint.respond_with(model, order_agent())
    client = served.client()
    tid = client.threads.create()["thread_id"]

    parts = stream(served, tid, "Where is my order 10042?")
    requests = served.model_requests()
    assert [r.status for r in requests] == [200, 200]
    # The tool ran and its result went back to the model, paired with the call.
    assert requests[1].body["messages"][-1]["role"] == "tool"
    final = assert_chunks_clean(parts)
    assert_redacted(final["response"])
    assert any(m.get("type") == "tool" for m in final["messages"])
    nodes = [name for p in parts if p.event == "updates" for name in p.data]
    assert nodes.count("agent") == 2 and "tools" in nodes and "tool_guard" in nodes

    assert not leaked(dumped(client.threads.get_state(tid)))
    assert not leaked(dumped(client.threads.get_history(tid, limit=100)))
    assert_redis_clean(served)


def test_a_refused_key_degrades_safely_and_the_log_holds_no_key(served: Served) -> None:
    endpoint = served.endpoint
    endpoint.reset()
    for model in MODELS.values():
        endpoint.script(model, Error(401))
    client = served.client()
    tid = client.threads.create()["thread_id"]

    parts = stream(served, tid, "Do you sell gift cards for birthdays?")
    final = [p.data for p in parts if p.event == "values"][-1]
    # One call: no SDK retries, no graph retries, no fallback to the other tier.
    assert [r.status for r in served.model_requests()] == [401]
    assert final["outcome"] == "auth_failed"
    templates = yaml.safe_load((served.project / "policies" / "degradation.yaml").read_text())
    assert final["response"] == templates["templates"]["service_unavailable"]
    assert final["messages"][-1]["content"] == final["response"]
    assert "401" not in final["response"] and "API key" not in final["response"]
    state: Any = client.threads.get_state(tid)
    assert state["values"]["outcome"] == "auth_failed"

    log = served.log.read_text(errors="replace")
    # The failure is in the log (so the check below looks at a log that saw it) ...
    assert "401" in log
    # ... but not the credential: neither the key nor the header carrying it.
    assert OPENAI_KEY not in log
    assert f"Bearer {OPENAI_KEY}" not in log
    assert API_KEY not in log
    assert_redis_clean(served, redacted=False)
    assert OPENAI_KEY.encode() not in b"".join(redis_values(served).values())
