"""Prometheus metrics of agents: requests, latency, tools, model calls, tokens, cost, guards.

Names, labels and histogram buckets follow the production playbook, so its dashboards and
alert rules (``deploy/prometheus/alerts.yml``) work unchanged. The metrics live in their own
:data:`REGISTRY` (with the process, platform and GC collectors), which :func:`render` turns
into the Prometheus text format; a server mounts it at ``/metrics``::

    body, content_type = railgraph.observe.metrics.render()

Circuit-breaker state and budget headroom are read from Redis at scrape time by
:class:`StateCollector` (register one with :func:`watch_state`), so every replica reports
the shared state, not a local copy.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from datetime import UTC, datetime
from typing import Any

from prometheus_client import (
    CONTENT_TYPE_LATEST,
    GC_COLLECTOR,
    PLATFORM_COLLECTOR,
    PROCESS_COLLECTOR,
    CollectorRegistry,
    Counter,
    Gauge,
    Histogram,
    generate_latest,
)
from prometheus_client.core import GaugeMetricFamily
from prometheus_client.registry import Collector

__all__ = [
    "ACTIVE_SESSIONS",
    "BREAKER_STATE_VALUES",
    "COST",
    "GUARDRAIL_VIOLATIONS",
    "LLM_LATENCY",
    "LLM_TOKENS",
    "LLM_USAGE_MISSING",
    "REGISTRY",
    "REQUESTS",
    "REQUEST_LATENCY",
    "TOOL_CALLS",
    "StateCollector",
    "render",
    "watch_state",
]

REGISTRY = CollectorRegistry(auto_describe=True)
"""railgraph's registry: the agent metrics below plus process, platform and GC metrics."""
for _collector in (PROCESS_COLLECTOR, PLATFORM_COLLECTOR, GC_COLLECTOR):
    # The default collectors are singletons registered with the global registry; their
    # collect() is stateless, so sharing them with a second registry is safe.
    REGISTRY.register(_collector)

REQUEST_BUCKETS = (0.1, 0.5, 1.0, 2.0, 5.0, 10.0, 30.0, 60.0)
"""Seconds; a turn may wait on several model and tool calls."""
LLM_BUCKETS = (0.1, 0.5, 1.0, 2.0, 5.0, 10.0)
"""Seconds of one model call."""

REQUESTS = Counter(
    "agent_requests_total", "Turns run, by agent (graph name) and status "
    "(completed, blocked, interrupted, error).", ["agent_id", "status"], registry=REGISTRY)
TOOL_CALLS = Counter(
    "tool_calls_total", "Tool calls requested by the model, by tool and status (success, error).",
    ["agent_id", "tool_name", "status"], registry=REGISTRY)
REQUEST_LATENCY = Histogram(
    "agent_request_latency_seconds", "Wall time of a turn.", ["agent_id"],
    buckets=REQUEST_BUCKETS, registry=REGISTRY)
LLM_LATENCY = Histogram(
    "llm_call_latency_seconds", "Wall time of one model call.", ["model"],
    buckets=LLM_BUCKETS, registry=REGISTRY)
ACTIVE_SESSIONS = Gauge(
    "agent_active_sessions", "Turns in progress in this process.", ["agent_id"],
    registry=REGISTRY)
LLM_TOKENS = Counter(
    "llm_tokens_total", "Tokens used, by model and token type (input, output).",
    ["model", "token_type"], registry=REGISTRY)
LLM_USAGE_MISSING = Counter(
    "llm_usage_missing_total", "Model calls whose response reported no token usage (their cost "
    "is unknown and was not charged to budgets), by model.", ["model"], registry=REGISTRY)
COST = Counter(
    "agent_cost_usd_total", "Cost in US dollars, by agent and cost type (llm, tool).",
    ["agent_id", "cost_type"], registry=REGISTRY)
GUARDRAIL_VIOLATIONS = Counter(
    "guardrail_violations_total", "Guard and rail checks that flagged a text, by node, check "
    "and action taken (block, redact, escalate, log).",
    ["agent_id", "node", "check", "action"], registry=REGISTRY)

BREAKER_STATE_VALUES = {"closed": 0, "half_open": 1, "open": 2}
"""Value of ``agent_circuit_breaker_state`` for each circuit state."""


def render() -> tuple[bytes, str]:
    """The registry in the Prometheus text format: ``(body, content type)``."""
    return generate_latest(REGISTRY), CONTENT_TYPE_LATEST


class StateCollector(Collector):
    """Circuit breakers and budgets, read from Redis when Prometheus scrapes.

    ``client`` is a synchronous redis-py client (scrapes run on the metrics server's
    thread); ``budgets`` maps a budget scope to its limit in dollars, where ``{date}`` in
    a scope stands for today's UTC date (daily scopes such as ``global:all:{date}``).
    Circuits are discovered from their keys; a Redis that cannot be reached yields no
    samples and ``agent_state_store_up 0`` instead of failing the scrape.
    """

    def __init__(
        self,
        client: Any,
        *,
        prefix: str = "railgraph",
        budgets: Mapping[str, float] | None = None,
        now: Callable[[], datetime] = lambda: datetime.now(UTC),
    ) -> None:
        self.client = client
        self.prefix = prefix
        self.budgets = dict(budgets or {})
        self.now = now

    def describe(self) -> Iterable[Any]:
        """No fixed description: the label sets depend on what Redis holds."""
        return []

    def collect(self) -> Iterable[Any]:
        """Gauges of every circuit's state and failures, and of every watched budget."""
        import redis

        from railgraph.state.breaker import CircuitBreaker
        from railgraph.state.budget import Budget

        up = GaugeMetricFamily("agent_state_store_up",
                               "1 when the state store answered the last scrape.")
        state = GaugeMetricFamily(
            "agent_circuit_breaker_state",
            "Circuit state: 0 closed, 1 half-open, 2 open.", labels=["breaker"])
        failures = GaugeMetricFamily(
            "agent_circuit_breaker_failures", "Failures counted in the circuit's window.",
            labels=["breaker"])
        remaining = GaugeMetricFamily(
            "agent_budget_remaining_usd", "Dollars left in a budget scope (limit minus spent "
            "and reserved).", labels=["scope"])
        limit = GaugeMetricFamily("agent_budget_limit_usd", "Limit of a budget scope in dollars.",
                                  labels=["scope"])
        try:
            head = f"{self.prefix}:breaker:{{"
            for key in self.client.scan_iter(match=f"{self.prefix}:breaker:*:state", count=500):
                text = key.decode() if isinstance(key, bytes) else str(key)
                name = text[len(head):-len("}:state")]
                snap = CircuitBreaker(self.client, name, prefix=self.prefix).state()
                state.add_metric([name], BREAKER_STATE_VALUES[snap.state.value])
                failures.add_metric([name], snap.failures)
            if self.budgets:
                budget = Budget(self.client, prefix=self.prefix)
                today = self.now().date().isoformat()
                for template, cap in self.budgets.items():
                    usage = budget.usage(template.replace("{date}", today))
                    remaining.add_metric([template], max(cap - usage.total, 0.0))
                    limit.add_metric([template], cap)
            up.add_metric([], 1)
        except redis.RedisError:
            up.add_metric([], 0)
            yield up
            return
        yield from (up, state, failures, remaining, limit)


_watched: list[StateCollector] = []


def watch_state(
    client: Any, *, prefix: str = "railgraph", budgets: Mapping[str, float] | None = None
) -> StateCollector:
    """Report circuit breakers and budgets of ``client`` in :data:`REGISTRY` (replacing an
    earlier watch), and return the collector."""
    for old in _watched:
        REGISTRY.unregister(old)
    _watched.clear()
    collector = StateCollector(client, prefix=prefix, budgets=budgets)
    REGISTRY.register(collector)
    _watched.append(collector)
    return collector
