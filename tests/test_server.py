"""The support graph on a real LangGraph server (`railgraph serve`), driven by langgraph-sdk.

One server per module (starting one takes a few seconds and each run over HTTP about one: the
in-memory runtime polls its queue every half second), so the HTTP tests are few and each covers
a whole flow.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest
import redis

from railgraph.errors import DefinitionError, RailgraphError
from railgraph.server.config import langgraph_config
from railgraph.server.keys import hash_key, load_keyring, parse_env_keys
from tests.serve_support import running_server

pytest.importorskip("langgraph_api", reason="needs the 'server' extra")
from langgraph_sdk import get_sync_client
from langgraph_sdk.client import SyncLangGraphClient

ROOT = Path(__file__).resolve().parent.parent
ACME_KEY = f"acme-{uuid.uuid4().hex}"
GLOBEX_KEY = f"globex-{uuid.uuid4().hex}"
SLOW_KEY = f"slow-{uuid.uuid4().hex}"
ORDER_QUESTION = "Where is my order 10042? I'm jane.doe@example.com"


@dataclass
class Server:
    """A running `railgraph serve`."""

    url: str
    prefix: str
    redis_url: str
    log: Path

    def client(self, key: str | None, *, header: str = "bearer") -> SyncLangGraphClient:
        headers = {}
        if key is not None:
            headers = {"Authorization": f"Bearer {key}"} if header == "bearer" else {"X-Api-Key": key}
        return get_sync_client(url=self.url, headers=headers)


@pytest.fixture(scope="module")
def server(redis_url: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    tmp = tmp_path_factory.mktemp("server")
    # The globex key comes from a keys file, as in production: only its digest is written.
    keys_file = tmp / "api_keys.yaml"
    keys_file.write_text(
        "rate_limit: 600/minute\n"
        f"keys:\n  - sha256: {hash_key(GLOBEX_KEY)}\n    tenant: globex\n    user: bob\n"
        "    roles: [agent]\n",
        encoding="utf-8",
    )
    prefix = f"rgtest:{uuid.uuid4().hex[:10]}"
    env = {
        "RAILGRAPH_API_KEYS_FILE": str(keys_file),
        "RAILGRAPH_API_KEYS": f"{ACME_KEY}=acme:alice:agent+supervisor:600/minute,"
                              f"{SLOW_KEY}=acme:carol:agent:3/minute",
    }
    log = tmp / "server.log"
    with running_server(redis_url, prefix, log, env) as url:
        yield Server(url=url, prefix=prefix, redis_url=redis_url, log=log)


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


def test_requests_without_a_valid_key_get_401(server: Server) -> None:
    assert httpx.post(f"{server.url}/threads", json={}).status_code == 401
    assert httpx.post(f"{server.url}/threads", json={},
                      headers={"Authorization": "Bearer not-a-key"}).status_code == 401
    # The dev server's Studio sign-in is switched off: it is no way around the keys.
    assert httpx.post(f"{server.url}/threads", json={},
                      headers={"X-Auth-Scheme": "langsmith"}).status_code in (401, 403)
    ok = httpx.post(f"{server.url}/threads", json={}, headers={"X-Api-Key": ACME_KEY})
    assert ok.status_code == 200


def test_a_tenant_cannot_see_another_tenants_thread(server: Server) -> None:
    acme = server.client(ACME_KEY)
    globex = server.client(GLOBEX_KEY, header="x-api-key")  # its key is in the hashed keys file
    tid = acme.threads.create(metadata={"topic": "secret"})["thread_id"]
    for read in (lambda: globex.threads.get(tid), lambda: globex.threads.get_state(tid),
                 lambda: globex.runs.wait(tid, "support", input={"messages": []})):
        with pytest.raises(httpx.HTTPStatusError) as refused:
            read()
        assert refused.value.response.status_code == 404
    assert tid not in {t["thread_id"] for t in globex.threads.search(limit=100)}
    assert tid in {t["thread_id"] for t in acme.threads.search(limit=100)}
    assert globex.threads.create()["metadata"]["tenant_id"] == "globex"
    # The long-term store is partitioned the same way.
    acme.store.put_item(["acme", "notes"], "n1", {"text": "hello"})
    assert acme.store.get_item(["acme", "notes"], "n1")["value"] == {"text": "hello"}
    with pytest.raises(httpx.HTTPStatusError) as refused:
        globex.store.get_item(["acme", "notes"], "n1")
    assert refused.value.response.status_code == 403


def test_a_key_over_its_rate_limit_gets_429(server: Server) -> None:
    headers = {"Authorization": f"Bearer {SLOW_KEY}"}
    codes = [httpx.post(f"{server.url}/assistants/search", json={}, headers=headers).status_code
             for _ in range(4)]
    assert codes == [200, 200, 200, 429]
    refused = httpx.post(f"{server.url}/threads", json={}, headers=headers)
    assert refused.status_code == 429 and int(refused.headers["Retry-After"]) >= 1
    # Another key of the same tenant has its own budget.
    assert httpx.post(f"{server.url}/threads", json={},
                      headers={"Authorization": f"Bearer {ACME_KEY}"}).status_code == 200


def test_metrics_and_pinned_version(server: Server) -> None:
    client = server.client(ACME_KEY)
    tid = client.threads.create()["thread_id"]
    result = client.runs.wait(tid, "support@1.1.0", input={
        "messages": [{"role": "user", "content": "What is your refund policy?"}]},
        config={"configurable": {"graph_hash": "forged", "graph_version": "6.6.6"}})
    assert isinstance(result, dict) and "refund" in result["response"].lower()
    # The factory found the Redis saver inside the server's adapter: budgets, breakers and the
    # response cache are enforced, and the version snapshot is stored for other pods.
    assert "not enforced" not in server.log.read_text(errors="replace")
    latest = client.threads.get_history(tid, limit=1)[0]["metadata"]
    assert (latest["graph_name"], latest["graph_version"]) == ("support", "1.1.0")
    assert len(latest["graph_hash"]) == 64 and latest["graph_hash"] != "forged"
    store = redis.Redis.from_url(server.redis_url)
    try:
        assert store.exists(f"{server.prefix}:graph:{latest['graph_hash']}")
    finally:
        store.close()
    text = httpx.get(f"{server.url}/metrics").text  # scrapers need no key
    assert "lg_api_" in text  # the server's own
    try:
        import railgraph.observe.metrics  # noqa: F401
    except ImportError:
        return
    assert "# TYPE agent_requests_total counter" in text
    assert 'agent_requests_total{agent_id="support",status="completed"}' in text


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


# -- without HTTP ---------------------------------------------------------------------------


def test_langgraph_json_matches_graphs_dir() -> None:
    committed = json.loads((ROOT / "langgraph.json").read_text(encoding="utf-8"))
    assert committed == langgraph_config(ROOT), "run: railgraph serve --write-config"
    assert committed["graphs"]["support"] == "railgraph.server.graphs:support"


def test_env_keys_are_parsed_and_bad_ones_never_echoed() -> None:
    [key] = parse_env_keys("s3cret=acme:alice:agent+admin:5/minute")
    assert (key.tenant, key.user, key.roles, key.rate_limit) == ("acme", "alice", ("agent", "admin"),
                                                                 "5/minute")
    assert key.digest == hash_key("s3cret") and "s3cret" not in repr(key)
    for bad in ("s3cret-no-owner", "s3cret=acme", "s3cret=acme:alice:agent:often"):
        with pytest.raises(RailgraphError) as err:
            parse_env_keys(bad)
        assert "s3cret" not in str(err.value)


def test_bad_keys_file_is_reported_with_its_location(tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "api_keys.yaml"
    path.write_text("keys:\n  - sha256: abc\n    tenant: acme\n    user: alice\n", encoding="utf-8")
    monkeypatch.setenv("RAILGRAPH_API_KEYS_FILE", str(path))
    monkeypatch.delenv("RAILGRAPH_API_KEYS", raising=False)
    with pytest.raises(DefinitionError) as err:
        load_keyring()
    assert str(err.value.problems[0]).startswith(f"{path}:2:")


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


def test_shipped_keys_file_holds_no_keys_in_clear(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("RAILGRAPH_API_KEYS_FILE", raising=False)
    monkeypatch.delenv("RAILGRAPH_API_KEYS", raising=False)
    ring = load_keyring(ROOT)
    assert all(len(digest) == 64 for digest in ring.keys)


async def test_graph_factory_pins_versions_and_threads(redis_url: str, redis_prefix: str) -> None:
    from langchain_core.messages import HumanMessage

    from railgraph.server.graphs import CONFIG_KEY_CHECKPOINTER, GraphFactory
    from railgraph.spec.loader import load_graph, load_graph_data
    from railgraph.state import AsyncRedisSaver
    from railgraph.versions import VersionStore

    path = ROOT / "graphs" / "support.yaml"
    current = load_graph(path)
    older_data = {**current.snapshot()["definition"], "version": "0.9.0", "root": "."}
    older = load_graph_data(older_data, base_dir=current.root, policies=current.policy_data)
    saver = AsyncRedisSaver.from_url(redis_url, prefix=redis_prefix)
    try:
        await VersionStore(saver.client, redis_prefix).save(older)
        factory = GraphFactory("support", path)

        def version_of(graph: object) -> str:
            return str(graph.config["configurable"]["graph_version"])  # type: ignore[attr-defined]

        base = {CONFIG_KEY_CHECKPOINTER: saver}
        assert version_of(await factory({"configurable": base})) == current.definition.version
        pinned = await factory({"configurable": {**base, "graph_pin": "0.9.0"}})
        assert version_of(pinned) == "0.9.0"
        assert version_of(await GraphFactory("support", path, "0.9.0")({"configurable": base})) == "0.9.0"
        with pytest.raises(RailgraphError, match="neither the current file nor a stored snapshot"):
            await factory({"configurable": {**base, "graph_pin": "7.7.7"}})

        # A thread that started on 0.9.0 stays there, even when the run asks for no version.
        thread = {"configurable": {"thread_id": f"t-{uuid.uuid4().hex[:8]}"}}
        await pinned.copy(update={"checkpointer": saver}).ainvoke(
            {"messages": [HumanMessage("What is your refund policy?")]}, thread)
        again = await factory({"configurable": {**base, **thread["configurable"]}})
        assert version_of(again) == "0.9.0"
        upgraded = await factory({"configurable": {**base, **thread["configurable"], "upgrade": True}})
        assert version_of(upgraded) == current.definition.version
        with pytest.raises(RailgraphError, match="belongs to graph 'support'"):
            await GraphFactory("planner", path)({"configurable": {**base, **thread["configurable"]}})
    finally:
        await saver.aclose()


def test_serve_outside_a_project_says_what_is_missing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    from railgraph.cli import main

    monkeypatch.chdir(tmp_path)
    assert main(["serve", "--port", "1"]) == 1
    err = capsys.readouterr().err
    assert "langgraph.json not found" in err and "--write-config" in err and "Traceback" not in err
