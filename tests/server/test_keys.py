"""API keys: parsed from the environment and the keys file, kept as digests, never echoed."""

from __future__ import annotations

from pathlib import Path

import pytest

from railgraph.errors import DefinitionError, RailgraphError
from railgraph.server.keys import hash_key, load_keyring, parse_env_keys

pytest.importorskip("langgraph_api", reason="needs the 'server' extra")



ROOT = Path(__file__).resolve().parents[2]


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


def test_shipped_keys_file_holds_no_keys_in_clear(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("RAILGRAPH_API_KEYS_FILE", raising=False)
    monkeypatch.delenv("RAILGRAPH_API_KEYS", raising=False)
    ring = load_keyring(ROOT)
    assert all(len(digest) == 64 for digest in ring.keys)
