"""Reliability policies: budgets, breaker settings per circuit, the response cache's defaults."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from railgraph.policies.reliability import (
    BreakerSettings,
    BreakersPolicy,
    BudgetsPolicy,
    CachePolicy,
)


def test_breaker_settings_fall_back_to_the_default_per_kind() -> None:
    policy = BreakersPolicy.model_validate({
        "kind": "breakers", "default": {"failure_threshold": 3},
        "models": {"fast": {"failure_threshold": 10}},
        "tools": {"lookup_order": {"recovery_timeout": 5}}})
    assert policy.settings("model", "fast").failure_threshold == 10
    assert policy.settings("model", "smart").failure_threshold == 3
    assert policy.settings("tool", "lookup_order").recovery_timeout == 5
    assert policy.settings("tool", "fast").failure_threshold == 3  # models and tools apart
    assert BreakersPolicy.model_validate({"kind": "breakers"}).default == BreakerSettings()


@pytest.mark.parametrize("fields", [{"failure_threshold": 0}, {"window": 0},
                                    {"half_open_max_probes": 0}, {"probe_timeout": -1}])
def test_breaker_settings_reject_values_that_cannot_work(fields: dict[str, float]) -> None:
    with pytest.raises(ValidationError):
        BreakerSettings.model_validate(fields)


def test_budgets_default_to_no_limit_and_the_cheaper_fallback() -> None:
    budgets = BudgetsPolicy.model_validate({"kind": "budgets"})
    assert (budgets.per_request, budgets.per_user_daily, budgets.global_daily) == (None,) * 3
    assert budgets.on_exceeded == "cheaper"
    assert BudgetsPolicy.model_validate({"kind": "budgets", "per_user_daily": 2,
                                         "on_exceeded": "refuse"}).per_user_daily == 2.0
    for bad in ({"per_request": -1}, {"on_exceeded": "ignore"}, {"chars_per_token": 0},
                {"reservation_ttl": 86_401}):
        with pytest.raises(ValidationError):
            BudgetsPolicy.model_validate({"kind": "budgets", **bad})


def test_cache_defaults_and_bounds() -> None:
    cache = CachePolicy.model_validate({"kind": "cache"})
    assert (cache.ttl, cache.serve, cache.scope, cache.max_question_chars) == (
        3600.0, "always", "tenant", 500)
    assert "please" in cache.filler_words
    for bad in ({"ttl": 0}, {"ttl": 31 * 86_400}, {"serve": "never"}, {"scope": "user"}):
        with pytest.raises(ValidationError):
            CachePolicy.model_validate({"kind": "cache", **bad})
