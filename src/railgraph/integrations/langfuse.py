"""Langfuse tracing through its LangChain ``CallbackHandler`` (Langfuse SDK 5, OpenTelemetry).

Switched on by the usual variables: ``LANGFUSE_PUBLIC_KEY`` and ``LANGFUSE_SECRET_KEY``
(plus ``LANGFUSE_BASE_URL`` or ``LANGFUSE_HOST`` for a self-hosted server), and off again
with ``LANGFUSE_TRACING_ENABLED=false``. Each turn is one Langfuse trace named after the
graph; its session id is the thread id, so a conversation is one session across
interrupts, resumes and processes; the user id, and the graph's name, version and hash,
are trace metadata.

Nothing personal leaves the process: the client masks inputs, outputs and metadata with
the guard detectors (``mask``) and scrubs every string attribute of every exported span once
more (``mask_otel_spans``), which also covers error messages. The client gets its own
OpenTelemetry tracer provider, so Langfuse and an application's own tracing neither
capture nor re-parent each other's spans.
"""

from __future__ import annotations

import json
import os
from collections.abc import Mapping
from typing import Any
from uuid import UUID

from railgraph.observe.redact import scrub, scrub_text

__all__ = ["configure_langfuse", "langfuse_enabled", "langfuse_handler", "mask", "mask_spans"]

_clients: dict[str, Any] = {}


def langfuse_enabled() -> bool:
    """True when the environment holds Langfuse keys and tracing is not switched off."""
    env = os.environ
    return bool(env.get("LANGFUSE_PUBLIC_KEY") and env.get("LANGFUSE_SECRET_KEY")) and \
        env.get("LANGFUSE_TRACING_ENABLED", "true").lower() != "false"


def mask(*, data: Any, **_: Any) -> Any:
    """Langfuse ``mask`` hook: inputs, outputs and metadata with personal data replaced."""
    from langfuse._utils.serializer import EventSerializer

    # Serialise first (messages, pydantic models, Commands) exactly as Langfuse would,
    # then scrub the plain JSON.
    try:
        plain = json.loads(json.dumps(data, cls=EventSerializer))
    except (TypeError, ValueError):
        plain = str(data)
    return scrub(plain)


_MASKED_ALREADY = ("langfuse.observation.input", "langfuse.observation.output",
                   "langfuse.observation.metadata", "langfuse.trace.input",
                   "langfuse.trace.output", "langfuse.trace.metadata")
"""Attributes the SDK writes from data that went through :func:`mask` when it was set."""


def mask_spans(*, params: Any) -> Any:
    """Langfuse ``mask_otel_spans`` hook: every other string attribute of every span scrubbed
    (status messages, names, attributes of other instrumentations)."""
    from langfuse.types import MaskOtelSpansResult, OtelSpanPatch

    patches = {}
    for identifier, span in params.spans.items():
        changed: dict[str, Any] = {}
        for key, value in span.attributes.items():
            if key.startswith(_MASKED_ALREADY):
                continue
            if isinstance(value, str):
                clean = scrub_text(value)
                if clean != value:
                    changed[key] = clean
            elif isinstance(value, tuple | list) and value and isinstance(value[0], str):
                cleaned = [scrub_text(v) for v in value]
                if cleaned != list(value):
                    changed[key] = cleaned
        if changed:
            patches[identifier] = OtelSpanPatch(set_attributes=changed)
    return MaskOtelSpansResult(span_patches=patches)


def configure_langfuse(**options: Any) -> Any:
    """The Langfuse client railgraph's handlers use, created with ``options`` on top of the
    environment (e.g. ``span_exporter=`` in tests, ``base_url=``), masking always on."""
    from langfuse import Langfuse
    from opentelemetry.sdk.trace import TracerProvider

    options.setdefault("tracer_provider", TracerProvider())
    client = Langfuse(mask=mask, mask_otel_spans=mask_spans, **options)
    key = options.get("public_key") or os.environ.get("LANGFUSE_PUBLIC_KEY") or ""
    _clients[key] = client
    return client


def _client(public_key: str) -> Any:
    return _clients.get(public_key) or configure_langfuse(public_key=public_key)


def langfuse_handler(identity: Mapping[str, str], context: Mapping[str, Any] | None = None,
                     *, public_key: str | None = None) -> Any | None:
    """A Langfuse ``CallbackHandler`` for one graph, or None when Langfuse is not configured.

    ``identity`` is the graph's name, version and hash; ``context`` may give ``user_id``
    when the run's own metadata does not.
    """
    key = public_key or os.environ.get("LANGFUSE_PUBLIC_KEY")
    if not key or (public_key is None and not langfuse_enabled()):
        return None
    _client(key)
    from langfuse.langchain import CallbackHandler

    class ThreadSessionHandler(CallbackHandler):
        """Fills in the trace attributes from the run: session = thread, graph as metadata."""

        def on_chain_start(self, serialized: dict[str, Any] | None, inputs: Any, *,
                           run_id: UUID, parent_run_id: UUID | None = None,
                           tags: list[str] | None = None,
                           metadata: dict[str, Any] | None = None, **kwargs: Any) -> Any:
            if parent_run_id is None:
                metadata = _trace_metadata(identity, context or {}, metadata or {})
            return super().on_chain_start(serialized, inputs, run_id=run_id,
                                          parent_run_id=parent_run_id, tags=tags,
                                          metadata=metadata, **kwargs)

    return ThreadSessionHandler(public_key=key)


def _trace_metadata(identity: Mapping[str, str], context: Mapping[str, Any],
                    metadata: Mapping[str, Any]) -> dict[str, Any]:
    out = dict(metadata)
    thread = metadata.get("thread_id")
    if thread and "langfuse_session_id" not in out:
        out["langfuse_session_id"] = str(thread)
    user = metadata.get("user_id") or context.get("user_id")
    if user and "langfuse_user_id" not in out:
        out["langfuse_user_id"] = scrub_text(str(user))
    out.setdefault("langfuse_trace_name", identity.get("name", "railgraph"))
    out.setdefault("langfuse_tags", [f"graph:{identity.get('name')}",
                                     f"version:{identity.get('version')}"])
    out["graph_name"] = identity.get("name")
    out["graph_version"] = identity.get("version")
    out["graph_hash"] = identity.get("hash")
    return out
