"""What railgraph adds to the LangGraph server (``"http": {"app": ...}`` in ``langgraph.json``).

``GET /metrics`` is one of the server's own routes and cannot be shadowed by a custom app; it
renders prometheus-client's global registry. So railgraph's metrics (requests, tools, latency,
tokens, cost, guard violations, breakers, budgets: :mod:`railgraph.observe.metrics`) are joined
to that registry by a bridge collector when this app loads, and the one ``/metrics`` shows both
the server's and railgraph's. Like ``/ok`` it needs no API key: scrapers run inside the
cluster, and the numbers carry no customer data. ``GET /railgraph/metrics`` serves railgraph's
registry alone (it is a custom route, so the server asks for an API key).

Loading the app also keeps conversation text out of the server's log (NeMo Guardrails logs
message text at INFO).
"""

from __future__ import annotations

import contextlib
import importlib
import logging
from collections.abc import Callable, Iterator
from types import ModuleType
from typing import Any

import prometheus_client
from prometheus_client.registry import Collector
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import PlainTextResponse, Response
from starlette.routing import Route

from railgraph.server.leases import recovery

__all__ = ["RegistryBridge", "app"]

_PROCESS_FAMILIES = ("process_", "python_")
"""Families both registries carry (process, platform and GC collectors); the global one keeps them."""


def _metrics_module() -> ModuleType | None:
    """railgraph's metrics module, or None when the observability layer is not installed."""
    try:
        module = importlib.import_module("railgraph.observe.metrics")
    except ImportError:
        return None
    return module if callable(getattr(module, "render", None)) else None


class RegistryBridge(Collector):
    """Yields the metric families of another registry, minus the process-level ones."""

    def __init__(self, registry: Any) -> None:
        self.registry = registry

    def collect(self) -> Iterator[Any]:
        for family in self.registry.collect():
            if not family.name.startswith(_PROCESS_FAMILIES):
                yield family


def _bridge() -> None:
    module = _metrics_module()
    registry = getattr(module, "REGISTRY", None) if module else None
    if registry is None or registry is prometheus_client.REGISTRY:
        return
    with contextlib.suppress(ValueError):  # already bridged: the module was loaded twice
        prometheus_client.REGISTRY.register(RegistryBridge(registry))


async def railgraph_metrics(request: Request) -> Response:
    """railgraph's registry in the Prometheus text format."""
    module = _metrics_module()
    if module is None:
        return PlainTextResponse("railgraph metrics are not available: railgraph.observe.metrics "
                                 "is not installed\n", status_code=501)
    render: Callable[[], tuple[bytes | str, str]] = module.render
    body, content_type = render()
    return Response(body, media_type=content_type)


def _quiet_conversation_loggers() -> None:
    # NeMo Guardrails logs every Colang event at INFO, message text included; the server's
    # log must carry requests and outcomes, never what customers wrote.
    logging.getLogger("nemoguardrails").setLevel(logging.WARNING)


_bridge()
_quiet_conversation_loggers()
app = Starlette(routes=[Route("/railgraph/metrics", railgraph_metrics, methods=["GET"])],
                lifespan=recovery)
"""The server merges this app's lifespan with its own: while it runs, the replica renews the
leases of its in-flight turns and resumes turns orphaned by dead replicas
(:mod:`railgraph.server.leases`)."""
