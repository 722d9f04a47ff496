"""Custom nodes of the multi-agent example (graphs/coordinator.yaml)."""

from __future__ import annotations

from typing import Any

__all__ = ["combine"]


def combine(state: dict[str, Any]) -> dict[str, Any]:
    """The planner's plan and the reviewer's verdict as one result, kept in the thread's state.

    The state lives in the shared Redis saver, so any process (or pod) of the deployment
    reads the combined result of a run from there.
    """
    agents = state.get("agents") or {}
    plan = (agents.get("planner") or {}).get("response")
    review = (agents.get("plan_reviewer") or {}).get("response")
    approved = bool(review and review.startswith("review:approved"))
    workflow = {"planner": plan, "reviewer": review, "approved": approved}
    response = f"{plan or 'No plan was made.'}\nReview: {review or 'not reviewed.'}"
    return {"workflow": workflow, "response": response}
