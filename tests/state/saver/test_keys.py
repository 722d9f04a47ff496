"""Key names of the saver: every key of a thread carries the thread as its hash tag, exactly."""

from __future__ import annotations

import redis
from redis.crc import key_slot

from railgraph.state.saver.keys import SEP, channel_of, checkpoint_config, thread_base, thread_keys


def _hash_tag(key: str) -> str:
    """The part of ``key`` Redis Cluster hashes: between the first ``{`` and the next ``}``."""
    start = key.index("{")
    return key[start + 1:key.index("}", start + 1)]


def test_every_key_of_a_thread_shares_one_slot() -> None:
    keys = thread_keys("p", "thread-1", "sub:ns")
    assert set(keys) == {"ns", "cp", "blob", "w", "wi", "idx"}
    assert all(key.startswith("p:{thread-1}:") for key in keys.values())
    assert keys["idx"] == "p:{thread-1}:idx:sub:ns"
    assert len({key_slot(key.encode()) for key in keys.values()}) == 1
    # Records kept beside the checkpoints (owners, leases) land in the same slot.
    assert key_slot((thread_base("p", "thread-1") + "owner").encode()) == key_slot(keys["cp"].encode())


def test_braces_colons_and_percent_signs_in_a_thread_id_cannot_move_the_hash_tag() -> None:
    for hostile in ("a}b", "{x}", "a:b", "50%", "}{", "x}:{y"):
        base = thread_base("p", hostile)
        assert _hash_tag(base) not in ("", "x", "y")
        assert "{" not in _hash_tag(base) and "}" not in _hash_tag(base)
        assert base.startswith("p:{") and base.endswith("}:")
    # Different ids never share a base, even when their escaped forms could be confused.
    ids = ["a:b", "a%3Ab", "a}b", "a%7Db", "", " "]
    assert len({thread_base("p", tid) for tid in ids}) == len(ids)


def test_prefixes_keep_deployments_apart() -> None:
    assert thread_base("one", "t") != thread_base("two", "t")
    assert thread_keys("one", "t", "")["idx"] == "one:{t}:idx:"


def test_checkpoint_config_names_one_checkpoint() -> None:
    assert checkpoint_config("t", "ns", "c1") == {
        "configurable": {"thread_id": "t", "checkpoint_ns": "ns", "checkpoint_id": "c1"}}


def test_channel_of_a_blob_field() -> None:
    assert channel_of(f"ns{SEP}messages{SEP}00003".encode()) == "messages"
    assert channel_of(f"{SEP}x{SEP}1".encode()) == "x"


def test_a_thread_base_is_a_valid_redis_key(redis_url: str, redis_prefix: str) -> None:
    client = redis.Redis.from_url(redis_url)
    try:
        key = thread_base(redis_prefix, "a}b{c") + "probe"
        client.set(key, "1", ex=60)
        assert client.get(key) == b"1"
        client.delete(key)
    finally:
        client.close()
