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


# Sample values for the expressions inside the messages nodes/tools.py writes for the model.
_SAMPLES = {
    "call.name": "lookup_order", "name": "lookup_order", "rule.rate_limit": "5/minute",
    "', '.join(setup.allowed)": "lookup_order, track_parcel",
    "' or '.join(rule.roles)": "agent or admin", "_validation_text(exc)": "order_id: Field required",
    "exc": "order 1234 not found", "public_error(exc)": "TimeoutError", "decision.scope": "turn",
}


def _render(node: ast.expr) -> str:
    if isinstance(node, ast.Constant):
        return str(node.value)
    assert isinstance(node, ast.JoinedStr)
    return "".join(v.value if isinstance(v, ast.Constant)
                   else _SAMPLES.get(ast.unparse(v.value), "8")  # type: ignore[attr-defined]
                   for v in node.values)


def _tool_messages() -> list[str]:
    """Every text nodes/tools.py hands the model: refusals, and the messages it builds for
    failed, invalid or unavailable calls (each f-string rendered with sample values)."""
    tree = ast.parse((ENGINE / "nodes" / "tools.py").read_text())
    found: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) \
                and node.func.id == "_Refusal" and node.args:
            found.append(_render(node.args[0]))
        elif isinstance(node, (ast.Assign, ast.Return)) and isinstance(node.value, ast.JoinedStr):
            found.append(_render(node.value))
        elif isinstance(node, ast.Return) and isinstance(node.value, ast.Tuple) \
                and node.value.elts and isinstance(node.value.elts[0], ast.JoinedStr):
            found.append(_render(node.value.elts[0]))
    return [m for m in dict.fromkeys(found) if len(m.split()) >= 4]


TOOL_MESSAGES = _tool_messages()


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
        # The llm node's answers to malformed tool calls.
        _constant("nodes/llm.py", "_INVALID_CALL").format(error="Expecting ',' delimiter"),
        _constant("nodes/llm.py", "_NOT_RUN"),
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
    # Every refusal and failure text of the tools node is found (a new one joins by itself).
    assert len(TOOL_MESSAGES) >= 15
    assert any(m.startswith("Rate limit reached: 'lookup_order'") for m in TOOL_MESSAGES)
    assert any(m.startswith("Tool 'lookup_order' failed (TimeoutError)") for m in TOOL_MESSAGES)
