"""Scrub personal data and credentials from anything about to leave the process.

Logs, spans, Langfuse payloads and audit entries all pass through :func:`scrub` before
they are written. It reuses the guard detectors (:mod:`railgraph.guards.pii` and
:mod:`railgraph.guards.secrets`) rather than a second set of patterns, so what a guard
would redact in a message is exactly what observability never writes.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import lru_cache
from typing import Any

from railgraph.guards.base import Span, redact
from railgraph.guards.pii import PIIDetector
from railgraph.guards.secrets import SecretsDetector

__all__ = ["scrub", "scrub_text"]

_MAX_DEPTH = 12
"""Nesting beyond this is replaced, not walked: telemetry payloads are never that deep."""


@lru_cache(maxsize=1)
def _detectors() -> tuple[PIIDetector, SecretsDetector]:
    return PIIDetector(), SecretsDetector()


_CACHED_CHARS = 8192
"""Strings up to this length are remembered: a turn's messages recur in every node's input,
and the phone-number matcher is the costly part of a scan."""


def scrub_text(text: str) -> str:
    """``text`` with personal data and secrets replaced by typed markers (``<EMAIL_ADDRESS>``)."""
    if len(text) < 6:  # shorter than any e-mail address, card number or key
        return text
    if len(text) <= _CACHED_CHARS:
        return _scrub_cached(text)
    return _scrub(text)


@lru_cache(maxsize=4096)
def _scrub_cached(text: str) -> str:
    return _scrub(text)


def _scrub(text: str) -> str:
    pii, secrets = _detectors()
    spans: list[Span] = list(pii.find(text))
    spans.extend(span for _, span in secrets.find(text))
    return redact(text, spans) if spans else text


def scrub(value: Any, _depth: int = 0) -> Any:
    """A copy of ``value`` with every string scrubbed (mappings, sequences and messages walked).

    Numbers, booleans and None pass unchanged; other objects are represented by their
    ``str`` after scrubbing, since a telemetry sink would stringify them anyway.
    """
    if value is None or isinstance(value, bool | int | float):
        return value
    if isinstance(value, str):
        return scrub_text(value)
    if _depth >= _MAX_DEPTH:
        return "<truncated>"
    if isinstance(value, Mapping):
        return {str(k): scrub(v, _depth + 1) for k, v in value.items()}
    if isinstance(value, list | tuple | set | frozenset):
        return [scrub(v, _depth + 1) for v in value]
    if isinstance(value, bytes):
        return f"<{len(value)} bytes>"
    dump = getattr(value, "model_dump", None)  # pydantic models, LangChain messages
    if callable(dump):
        try:
            return scrub(dump(), _depth + 1)
        except Exception:  # a model that cannot dump itself is shown as text
            pass
    return scrub_text(str(value))
