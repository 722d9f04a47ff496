"""Observability: structured logs, Prometheus metrics, OpenTelemetry and Langfuse traces, audit.

One call attaches all of it to a run, through the RunnableConfig's callbacks, so node
code stays untouched::

    config = {"configurable": {"thread_id": "t1"},
              "callbacks": observe.callbacks_for(loaded, {"user_id": "u1"}, audit=audit_log)}

The runner (``railgraph run``/``resume``) and the LangGraph server's graph factory both use
:func:`callbacks_for`. Modules: :mod:`~railgraph.observe.logs`,
:mod:`~railgraph.observe.metrics`, :mod:`~railgraph.observe.tracing`,
:mod:`~railgraph.observe.audit`, :mod:`~railgraph.observe.redact`; Langfuse lives in
:mod:`railgraph.integrations.langfuse`.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from railgraph.observe.audit import AuditLog
from railgraph.observe.logs import configure_logging, get_logger
from railgraph.observe.redact import scrub, scrub_text

if TYPE_CHECKING:
    from railgraph.spec.loader import LoadedGraph

__all__ = [
    "AuditLog",
    "callbacks_for",
    "configure_logging",
    "get_logger",
    "scrub",
    "scrub_text",
]


def callbacks_for(
    loaded: LoadedGraph,
    context: Mapping[str, Any] | None = None,
    *,
    audit: AuditLog | None = None,
    langfuse: bool | None = None,
) -> list[Any]:
    """Callback handlers observing runs of ``loaded``: the turn observer (logs, metrics,
    OpenTelemetry spans, and audit entries into ``audit``), plus Langfuse's handler when
    ``LANGFUSE_*`` is configured (``langfuse=False`` leaves it out, True requires it).

    ``context`` holds ``user_id``/``tenant_id`` for when the run itself does not carry them.
    """
    from railgraph.observe.callbacks import TurnObserver

    handlers: list[Any] = [TurnObserver(loaded, audit=audit, context=context)]
    if langfuse is not False:
        from railgraph.integrations.langfuse import langfuse_handler

        handler = langfuse_handler(loaded.identity, context)
        if handler is None and langfuse:
            raise ValueError("Langfuse was requested but LANGFUSE_PUBLIC_KEY and "
                             "LANGFUSE_SECRET_KEY are not both set")
        if handler is not None:
            handlers.append(handler)
    return handlers
