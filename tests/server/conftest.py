"""One `railgraph serve` for the HTTP tests of tests/server/ (starting one takes a few seconds)."""

from __future__ import annotations

import uuid
from collections.abc import Iterator

import pytest

from railgraph.server.keys import hash_key
from tests.serve_support import running_server


@pytest.fixture(scope="package")
def server(redis_url: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[object]:
    pytest.importorskip("langgraph_api", reason="needs the 'server' extra")
    from tests.server.support import ACME_KEY, GLOBEX_KEY, SLOW_KEY, Server

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
