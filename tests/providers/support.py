"""The reference support graph pointed at a loopback provider endpoint, and a responder that
behaves like a model answering it (tool calls for order questions, text otherwise)."""

from __future__ import annotations

import copy
import json
import shutil
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

import yaml

from tests.providers.endpoints import Reply, Step, ToolCall

ROOT = Path(__file__).resolve().parents[2]
SUPPORT = ROOT / "graphs" / "support.yaml"

CANARY_EMAIL = "leak.canary@example.org"
CANARY_PHONE = "+1 415 555 0142"
ANSWER_WITH_PII = (f"Your order 10042 has shipped with DHL. Questions? Write to {CANARY_EMAIL} "
                   f"or call {CANARY_PHONE}.")
"""What the model answers: personal data the output guard must redact before anyone sees it."""

MODELS = {"fast": "gpt-fast", "smart": "gpt-smart"}
"""Provider model names behind the support graph's two tiers."""

PRICES = {"gpt-fast": (0.15, 0.60), "gpt-smart": (3.00, 15.00)}
"""USD per million input/output tokens of each tier, as policies/prices.yaml has them."""


def model_refs(provider: str, url: str, key_env: str, **params: Any) -> dict[str, Any]:
    """The graph's ``models:`` section: both tiers at ``url``, the key from ``key_env``."""
    return {tier: {"provider": provider, "model": name,
                   "params": {"base_url": url, "api_key": f"${{{key_env}}}", **params}}
            for tier, name in MODELS.items()}


def support_definition(provider: str, url: str, key_env: str, *,
                       models: Mapping[str, Any] | None = None, **params: Any) -> dict[str, Any]:
    """graphs/support.yaml as data, its models replaced by real provider models."""
    data = yaml.safe_load(SUPPORT.read_text())
    data = copy.deepcopy(data)
    data["models"] = dict(models) if models is not None else model_refs(provider, url, key_env,
                                                                          **params)
    return data


def support_project(tmp: Path, definition: Mapping[str, Any]) -> Path:
    """A project folder with the support graph as ``definition`` says, beside copies of the
    deployment's policies, rails and tools: what a user's own project would look like."""
    root = tmp / "project"
    (root / "graphs").mkdir(parents=True)
    for folder in ("policies", "rails", "nodes"):
        shutil.copytree(ROOT / folder, root / folder,
                        ignore=shutil.ignore_patterns("__pycache__"))
    (root / "graphs" / "support.yaml").write_text(yaml.safe_dump(dict(definition),
                                                                 sort_keys=False))
    return root


def last_role(body: Mapping[str, Any]) -> str:
    """Role of the last message of an OpenAI request body ("user", "tool", ...)."""
    messages = body.get("messages") or []
    return str(messages[-1].get("role")) if messages else ""


def anthropic_last_is_tool_result(body: Mapping[str, Any]) -> bool:
    """Whether an Anthropic request ends with tool results (the model asked for data)."""
    messages = body.get("messages") or []
    content = messages[-1].get("content") if messages else None
    return isinstance(content, list) and any(
        isinstance(b, dict) and b.get("type") == "tool_result" for b in content)


def order_agent(answer: str = ANSWER_WITH_PII, *, usage: tuple[int, int] | None = (120, 30),
                anthropic: bool = False) -> Callable[[dict[str, Any]], Step]:
    """A model that looks an order up with the tool, then answers ``answer``."""

    def respond(body: dict[str, Any]) -> Step:
        after_tool = anthropic_last_is_tool_result(body) if anthropic \
            else last_role(body) == "tool"
        if after_tool or not body.get("tools"):
            return Reply(answer, usage=usage)
        return Reply("", tool_calls=[ToolCall("lookup_order", json.dumps({"order_id": "10042"}))],
                     usage=usage)

    return respond


def answers(text: str = ANSWER_WITH_PII, *,
            usage: tuple[int, int] | None = (120, 30)) -> Callable[[dict[str, Any]], Step]:
    """A model that answers ``text`` to anything, without tools."""
    return lambda body: Reply(text, usage=usage)


def redis_values(url: str, prefix: str) -> dict[str, bytes]:
    """Every value stored under ``prefix`` (checkpoints, cache, snapshots, audit, owners),
    raw, by key; each Redis type read its own way."""
    import redis

    client: Any = redis.Redis.from_url(url)
    found: dict[str, bytes] = {}
    try:
        for key in client.scan_iter(match=f"{prefix}:*", count=1000):
            kind = client.type(key).decode()
            parts: list[bytes] = []
            if kind == "string":
                parts = [client.get(key) or b""]
            elif kind == "hash":
                parts = [b for pair in client.hgetall(key).items() for b in pair]
            elif kind == "stream":
                parts = [b for _, fields in client.xrange(key) for pair in fields.items()
                         for b in pair]
            elif kind == "list":
                parts = client.lrange(key, 0, -1)
            elif kind == "set":
                parts = sorted(client.smembers(key))
            elif kind == "zset":
                parts = client.zrange(key, 0, -1)
            found[f"{key.decode()} ({kind})"] = b"\n".join(parts)
    finally:
        client.close()
    return found
