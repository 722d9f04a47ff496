"""railgraph's own messages never trip its guards.

Every text the engine itself writes into a conversation (tool refusals and errors as the model
reads them, degradation templates, refusals, handoff questions, the withheld-result marker) is
run through the detectors the reference graph applies at the tool stage and at the input stage.
A guard that blocks them turns "try again later" into a wrong answer for the user.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
import yaml

from railgraph.guards import HarmDetector, InjectionDetector, SecretsDetector
from railgraph.policies.governance import HighStakesSignal
from railgraph.spec.kinds.guard import GuardParams

ROOT = Path(__file__).resolve().parents[2]
ENGINE = ROOT / "src" / "railgraph"


def _constant(module: str, name: str) -> str:
    """A module-level string constant, read from the source (no import of the runtime)."""
    tree = ast.parse((ENGINE / module).read_text())
    for node in tree.body:
        targets = node.targets if isinstance(node, ast.Assign) else (
            [node.target] if isinstance(node, ast.AnnAssign) else [])
        if any(isinstance(t, ast.Name) and t.id == name for t in targets):
            value = ast.literal_eval(node.value)  # type: ignore[arg-type]
            assert isinstance(value, str)
            return value
    raise AssertionError(f"{module} defines no {name}")


# The messages nodes/tools.py writes for the model, rendered with sample values (kept in
# step with that module by hand: each line is one f-string there).
TOOL_MESSAGES = (
    "Arguments of 'lookup_order' are larger than the limit of 2000 characters.",
    "Permission denied: 'refund_order' is not available to this user (needs role agent or "
    "admin); the assistant cannot do this for them.",
    "'update_address' changes data and this assistant is read-only here. A person from the "
    "team can do it.",
    "Rate limit reached: 'lookup_order' may be used 5/minute per user; it can be tried again "
    "in about 42 s.",
    "Not run: 'lookup_order' does not fit the turn budget.",
    "'lookup_order' is temporarily unavailable; answer without it or suggest trying again later.",
    "Invalid arguments for 'lookup_order': order_id: Field required",
    "Tool 'lookup_order' could not run: order 1234 not found",
    "Tool 'lookup_order' failed (TimeoutError). Try again later.",
    "Not run: the tool step was stopped before this call.",
    "Tool 'delete_everything' is not available here. Available: lookup_order, track_parcel.",
    "Not run: this request reached its limit of 8 tool calls. Answer with what you have.",
    "Not run: 'lookup_order' was already called 3 times with the same arguments in this "
    "request (a loop).",
    "Not run: 'refund_order' needs the user's confirmation and a person from the team; the "
    "conversation is being handed over.",
    "Not run: 'refund_order' has legal or financial consequences and only a person from the "
    "team may do it.",
)


def _deployment_messages() -> list[str]:
    policy = yaml.safe_load((ROOT / "policies" / "degradation.yaml").read_text())
    out = list(policy["templates"].values())
    out += [entry["answer"] for entry in policy.get("faq", [])]
    out.append(policy["fallback"])
    graph = yaml.safe_load((ROOT / "graphs" / "support.yaml").read_text())
    for node in graph["nodes"]:
        params = node.get("params") or {}
        for key in ("refusal", "template"):
            if isinstance(params.get(key), str):
                out.append(params[key])
    return out


def _engine_messages() -> list[str]:
    fields = HighStakesSignal.model_fields
    withheld = _constant("nodes/guard.py", "WITHHELD")
    return [
        *TOOL_MESSAGES,
        withheld.format(reason="prompt injection: smuggling (score 0.62)"),
        withheld.format(reason="harmful content: violence (score 0.90)"),
        _constant("nodes/respond.py", "_GENERIC"),
        _constant("nodes/escalate.py", "_DEFAULT_ANSWER"),
        _constant("runner.py", "_LIMIT_TEXT"),
        _constant("runner.py", "_ERROR_TEXT"),
        str(GuardParams.model_fields["refusal"].default),
        *(str(fields[name].default) for name in ("confirm", "declined", "unanswered")),
        *_deployment_messages(),
    ]


MESSAGES = _engine_messages()


@pytest.mark.parametrize("text", MESSAGES, ids=[m[:40] for m in MESSAGES])
def test_engine_message_passes_the_tool_stage(text: str) -> None:
    assert not InjectionDetector(source="tool").check(text, {"source": "tool"}).flagged
    assert not SecretsDetector().check(text).flagged


@pytest.mark.parametrize("text", MESSAGES, ids=[m[:40] for m in MESSAGES])
def test_engine_message_passes_the_input_stage(text: str) -> None:
    assert not InjectionDetector().check(text, {"source": "user"}).flagged
    assert not HarmDetector().check(text).flagged


def test_every_message_source_is_covered() -> None:
    # The deployment's degradation policy and the graph's own texts are part of the set.
    assert len(MESSAGES) >= len(TOOL_MESSAGES) + 10
