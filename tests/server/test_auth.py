"""API-key authentication and tenant isolation on a real LangGraph server: 401 without a
valid key, 403/404 across tenants, 429 over a key's rate."""

from __future__ import annotations

import httpx
import pytest

pytest.importorskip("langgraph_api", reason="needs the 'server' extra")
from tests.server.support import ACME_KEY, GLOBEX_KEY, SLOW_KEY, Server

pytestmark = pytest.mark.slow


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
