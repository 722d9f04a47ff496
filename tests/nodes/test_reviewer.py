"""Reviewer nodes: approve a draft, ask for a revision with reasons, escalate on low confidence
or when revisions run out."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

from langchain_core.messages import AIMessage, HumanMessage

from railgraph.nodes import reviewer as reviewer_node
from railgraph.nodes.context import BuildContext
from railgraph.spec.loader import load_graph_data

ROOT = Path(__file__).resolve().parents[2]
CONFIG: dict[str, Any] = {"configurable": {"thread_id": "t-1"}}


def reviewer(**params: Any) -> Any:
    data = {"railgraph": 1, "name": "t", "version": "1.0.0", "root": "..", "entry": "agent",
            "models": {"m": "scripted"}, "default_model": "m",
            "policies": {"escalation": "policies/escalation.yaml"},
            "nodes": [{"id": "agent", "kind": "llm"},
                      {"id": "review", "kind": "reviewer", "params": params},
                      {"id": "respond", "kind": "respond"}],
            "edges": [{"from": "agent", "to": "review"},
                      {"from": "review", "branches": [
                          {"when": "review.decision == 'revise'", "to": "agent"}],
                       "default": "respond"},
                      {"from": "respond", "to": "END"}]}
    loaded = load_graph_data(copy.deepcopy(data), base_dir=ROOT / "graphs")
    return reviewer_node.build(loaded.definition.node("review"), BuildContext(loaded))


def drafted(text: str, confidence: float | None = None, **state: Any) -> dict[str, Any]:
    meta = {} if confidence is None else {"confidence": confidence}
    return {"messages": [HumanMessage(content="q", id="u1"),
                         AIMessage(content=text, id="a1", response_metadata=meta)], **state}


async def test_a_good_draft_is_approved_and_audited() -> None:
    update = await reviewer()(drafted("Your order ships today.", confidence=0.9), CONFIG)
    assert update["review"] == {"decision": "approve", "reasons": [], "confidence": 0.9}
    assert update["audit"][0]["verdict"] == "approve" and "feedback" not in update


async def test_too_long_or_blocked_content_asks_for_a_revision_with_every_reason() -> None:
    body = reviewer(max_chars=10, blocked_patterns=[r"(?i)internal"])
    update = await body(drafted("This is our internal note."), CONFIG)
    assert update["review"]["decision"] == "revise"
    assert update["review"]["reasons"] == [
        "the answer is longer than 10 characters",
        "the answer contains content the policy does not allow"]
    assert update["feedback"].endswith(".") and update["revisions"] == 1


async def test_personal_data_asks_for_a_revision_when_enabled() -> None:
    text = "Write to jane.roe@example.org."
    assert (await reviewer()(drafted(text), CONFIG))["review"]["decision"] == "approve"
    update = await reviewer(pii=True)(drafted(text), CONFIG)
    assert update["review"]["reasons"] == ["the answer contains personal data"]


async def test_revisions_run_out_into_an_escalation() -> None:
    update = await reviewer(max_chars=5, max_revisions=2)(drafted("far too long", revisions=2),
                                                          CONFIG)
    assert update["review"]["decision"] == "escalate"
    assert update["escalation"]["reason"] == "revisions_exhausted"
    assert "revisions" not in update


async def test_low_confidence_escalates_with_the_threshold_named() -> None:
    update = await reviewer(min_confidence=0.5)(drafted("Maybe.", confidence=0.2), CONFIG)
    assert update["review"]["decision"] == "escalate"
    assert update["escalation"]["reason"] == "low_confidence"
    assert update["escalation"]["detail"] == "answer confidence 0.20 below 0.5"
    # Without a confidence the draft is judged on its text alone.
    assert (await reviewer(min_confidence=0.5)(drafted("Maybe."), CONFIG))["review"][
        "decision"] == "approve"


async def test_the_escalation_policy_owns_the_threshold_and_priority() -> None:
    update = await reviewer(min_confidence=0.0, escalation="escalation")(
        drafted("Maybe.", confidence=0.3), CONFIG)
    # policies/escalation.yaml: low_confidence below 0.4, priority normal (the param is ignored).
    assert update["review"]["decision"] == "escalate"
    assert update["escalation"]["priority"] == "normal"
    assert update["escalation"]["detail"] == "answer confidence 0.30 below 0.4"
