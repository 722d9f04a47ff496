"""Policy files: one adapter validates any of them by ``kind``; prices, FAQ answers, degradation."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from pydantic import ValidationError

from railgraph.policies import (
    BreakersPolicy,
    CachePolicy,
    DegradationPolicy,
    FaqEntry,
    PricesPolicy,
    RoutingPolicy,
    policy_adapter,
)

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize("name", ["breakers", "budgets", "degradation", "escalation", "prices",
                                  "response_cache"])
def test_the_shipped_policy_files_validate_to_their_kind(name: str) -> None:
    data = yaml.safe_load((ROOT / "policies" / f"{name}.yaml").read_text())
    policy = policy_adapter.validate_python(data)
    assert policy.kind == data["kind"]


def test_the_kind_picks_the_model_and_unknown_kinds_or_fields_are_rejected() -> None:
    assert isinstance(policy_adapter.validate_python({"kind": "cache"}), CachePolicy)
    assert isinstance(policy_adapter.validate_python({"kind": "breakers"}), BreakersPolicy)
    with pytest.raises(ValidationError, match="does not match any of the expected tags"):
        policy_adapter.validate_python({"kind": "weather"})
    with pytest.raises(ValidationError, match="colour"):
        policy_adapter.validate_python({"kind": "cache", "colour": "red"})


def test_prices_give_the_cost_of_a_call() -> None:
    prices = PricesPolicy.model_validate({
        "kind": "prices", "models": {"fast": {"input": 1.0, "output": 4.0}}})
    assert prices.cost("fast", 1_000_000, 0) == pytest.approx(1.0)
    assert prices.cost("fast", 500_000, 250_000) == pytest.approx(1.5)
    assert prices.cost("unpriced", 10**9, 10**9) == 0.0
    with pytest.raises(ValidationError):
        PricesPolicy.model_validate({"kind": "prices", "models": {"fast": {"input": -1,
                                                                           "output": 0}}})


def test_faq_patterns_match_case_insensitively_first_answer_wins() -> None:
    policy = DegradationPolicy.model_validate({
        "kind": "degradation", "templates": {"busy": "We are busy."},
        "faq": [{"patterns": ["opening hours?", "when .* open"], "answer": "9 to 5."},
                {"patterns": ["hours"], "answer": "Later entry."}]})
    assert policy.faq_answer("What are your OPENING HOURS?") == "9 to 5."
    assert policy.faq_answer("When are you open on Sunday") == "9 to 5."
    assert policy.faq_answer("Where is my parcel?") is None
    assert policy.fallback.startswith("Sorry")


def test_faq_patterns_must_be_valid_regular_expressions() -> None:
    with pytest.raises(ValidationError):
        FaqEntry.model_validate({"patterns": ["(unclosed"], "answer": "x"})
    with pytest.raises(ValidationError):
        FaqEntry.model_validate({"patterns": [], "answer": "x"})


def test_routing_needs_a_tier_and_bounds_complexity() -> None:
    policy = RoutingPolicy.model_validate({
        "kind": "routing", "tiers": [{"name": "simple", "model": "fast", "max_complexity": 0.4},
                                     {"name": "complex", "model": "smart"}]})
    assert [t.max_complexity for t in policy.tiers] == [0.4, 1.0]
    with pytest.raises(ValidationError):
        RoutingPolicy.model_validate({"kind": "routing", "tiers": []})
    with pytest.raises(ValidationError):
        RoutingPolicy.model_validate({"kind": "routing", "tiers": [
            {"name": "x", "model": "fast", "max_complexity": 2}]})
