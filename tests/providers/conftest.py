"""Fixtures: an OpenAI- and an Anthropic-compatible endpoint on loopback, one per test."""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest

from tests.providers.endpoints import AnthropicEndpoint, OpenAIEndpoint

OPENAI_KEY = "sk-test"
"""The only key `openai_endpoint` accepts."""
ANTHROPIC_KEY = "sk-ant-test"
"""The only key `anthropic_endpoint` accepts."""


def _bypass_proxies(monkeypatch: pytest.MonkeyPatch) -> None:
    """httpx honours ``HTTP(S)_PROXY``; a CI machine's proxy must not carry loopback traffic."""
    existing = os.environ.get("NO_PROXY") or os.environ.get("no_proxy") or ""
    value = ",".join(filter(None, [existing, "127.0.0.1", "localhost"]))
    monkeypatch.setenv("NO_PROXY", value)
    monkeypatch.setenv("no_proxy", value)


@pytest.fixture
def openai_endpoint(monkeypatch: pytest.MonkeyPatch) -> Iterator[OpenAIEndpoint]:
    """OpenAI Chat Completions at ``.url`` accepting only `OPENAI_KEY`; fails the test if the
    endpoint itself faulted (a responder raised, a step could not be rendered)."""
    _bypass_proxies(monkeypatch)
    with OpenAIEndpoint(api_key=OPENAI_KEY) as endpoint:
        yield endpoint
    assert endpoint.faults == [], "\n".join(endpoint.faults)


@pytest.fixture
def anthropic_endpoint(monkeypatch: pytest.MonkeyPatch) -> Iterator[AnthropicEndpoint]:
    """Anthropic Messages at ``.url`` accepting only `ANTHROPIC_KEY`; fails the test if the
    endpoint itself faulted."""
    _bypass_proxies(monkeypatch)
    with AnthropicEndpoint(api_key=ANTHROPIC_KEY) as endpoint:
        yield endpoint
    assert endpoint.faults == [], "\n".join(endpoint.faults)
