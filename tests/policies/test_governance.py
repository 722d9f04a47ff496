"""Governance policies: tool rules and rate limits, the escalation signal table and timeouts."""

from __future__ import annotations

import re

import pytest
from pydantic import ValidationError

from railgraph.policies.governance import EscalationPolicy, ToolRule, ToolsPolicy


def test_tool_rules_fall_back_to_the_default_rule() -> None:
    policy = ToolsPolicy.model_validate({
        "kind": "tools", "default": {"roles": ["customer"]},
        "tools": {"refund": {"roles": ["agent"], "writes": True, "high_stakes": True,
                             "rate_limit": "5/minute"}}})
    refund = policy.rule("refund")
    assert (refund.roles, refund.writes, refund.high_stakes) == (["agent"], True, True)
    assert policy.rule("lookup_order").roles == ["customer"]
    assert not policy.read_only and policy.default_roles == ["customer"]
    assert ToolRule().roles == ["*"] and not ToolRule().writes


@pytest.mark.parametrize("limit", ["5/minute", "10 per hour", "1/second"])
def test_one_rate_limit_is_accepted(limit: str) -> None:
    assert ToolRule(rate_limit=limit).rate_limit == limit


@pytest.mark.parametrize("limit", ["often", "5/minute;10/hour", "5 per fortnight"])
def test_anything_but_one_rate_limit_is_rejected(limit: str) -> None:
    with pytest.raises(ValidationError, match="is not one limit such as '5/minute'"):
        ToolRule(rate_limit=limit)


def test_the_default_signal_table() -> None:
    signals = EscalationPolicy.model_validate({"kind": "escalation"}).signals
    assert signals.low_confidence.below == 0.4
    assert signals.repeated_failures.at_least == 3
    assert signals.negative_sentiment.priority == "high"
    assert signals.guardrail.priority == "high"
    wants_person = [re.compile(p, re.IGNORECASE) for p in signals.user_request.patterns]
    assert any(p.search("Can I speak to a human please") for p in wants_person)
    assert any(p.search("I want a real person") for p in wants_person)
    assert not any(p.search("I spoke to my bank") for p in wants_person)


def test_priority_by_reason_including_aliases_and_guard_checks() -> None:
    policy = EscalationPolicy.model_validate({
        "kind": "escalation", "signals": {"user_request": {"priority": "low"},
                                          "low_confidence": {"priority": "high"}}})
    assert policy.priority("user_request") == "low"
    assert policy.priority("user_requested") == "low"
    assert policy.priority("revisions_exhausted") == "high"
    assert policy.priority("guard:injection") == "high"
    assert policy.priority("negative_sentiment") == "high"
    assert policy.priority("something_else") == "normal"
    assert policy.priority("something_else", default="low") == "low"


def test_handoff_timeout_by_priority() -> None:
    policy = EscalationPolicy.model_validate({
        "kind": "escalation", "timeout": {"after": 600, "by_priority": {"high": 60}}})
    assert policy.timeout.seconds("high") == 60.0
    assert policy.timeout.seconds("low") == 600.0
    assert EscalationPolicy.model_validate({"kind": "escalation"}).timeout.seconds("x") == 14_400


@pytest.mark.parametrize("data", [
    {"signals": {"low_confidence": {"below": 1.5}}},
    {"signals": {"repeated_failures": {"at_least": 0}}},
    {"signals": {"user_request": {"priority": "urgent"}}},
    {"signals": {"user_request": {"patterns": ["(open"]}}},
    {"timeout": {"after": 0}},
    {"timeout": {"reply": ""}},
])
def test_invalid_escalation_policies_are_rejected(data: dict[str, object]) -> None:
    with pytest.raises(ValidationError):
        EscalationPolicy.model_validate({"kind": "escalation", **data})
