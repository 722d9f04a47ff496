"""``guard`` nodes: run detectors on the user's message, tool outputs or the draft answer.

- ``stage: input`` checks the latest user message; a block ends the turn with the refusal.
- ``stage: tool`` checks the tool results of the latest tool step (indirect injection);
  a block withholds that tool result from the model instead of ending the turn.
- ``stage: output`` checks the draft answer; a block ends the turn with the refusal, and a
  ``revise`` check sends the draft back to the llm node with feedback (capped by
  ``max_revisions``; past the cap the draft is blocked).

The checks of one node run concurrently and stop early: as soon as one check blocks, the
checks still running are cancelled and the checks not yet started never run. Every decision
is recorded in ``verdicts`` and as an audit entry; neither ever holds the checked text.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from langchain_core.messages import AIMessage, AnyMessage, HumanMessage, ToolMessage
from langchain_core.runnables import RunnableConfig

from railgraph.guards.base import Detector, Span, Verdict, redact
from railgraph.nodes.context import BuildContext, audit_entry, last_ai, last_human, text_of
from railgraph.spec.kinds.guard import GuardCheck, GuardNode

__all__ = [
    "WITHHELD",
    "Decision",
    "GuardChecks",
    "Spend",
    "build",
    "checks_of",
    "effective_action",
    "run_checks",
    "screened_by",
    "spend_update",
    "stage_checks",
]

WITHHELD = "[tool output withheld by a guard: {reason}]"
"""What the model reads instead of a tool result that a guard blocked."""

_SOURCE = {"input": "user", "tool": "tool", "output": "assistant"}


def effective_action(check: GuardCheck, detector: Detector) -> str:
    """The action of a check: as written, else the detector's own default, else ``block``.

    A Guardrails AI validator carries its ``on_fail`` as ``default_action``; a check that
    names an ``action`` overrides it.
    """
    if "action" in check.model_fields_set:
        return check.action
    default = getattr(detector, "default_action", None)
    return default if isinstance(default, str) else check.action


@dataclass
class CheckRun:
    """The outcome of running a node's checks on one text."""

    results: list[tuple[int, Verdict]] = field(default_factory=list)
    """``(check index, verdict)`` of every check that finished, in check order."""
    blocked_by: int | None = None
    """Index of the check whose block stopped the run, if any."""


async def run_checks(
    checks: list[tuple[str, Detector]],
    text: str,
    context: Mapping[str, Any],
) -> CheckRun:
    """Run ``(action, detector)`` checks on ``text`` concurrently; stop at the first block.

    Detectors with an ``acheck`` coroutine method (I/O- or thread-bound ones such as the
    Guardrails AI adapter) run as tasks side by side. Plain ``check`` detectors are pure
    rule code that takes microseconds: handing them to threads would cost more than it saves
    (and the GIL serialises them anyway), so they run in order on the event loop, yielding
    between checks so the tasks progress and a block from either side stops the rest.
    """
    run = CheckRun()
    tasks: dict[asyncio.Task[Verdict], int] = {}
    inline: list[tuple[int, Callable[[], Verdict]]] = []
    for index, (_, detector) in enumerate(checks):
        acheck: Callable[..., Awaitable[Verdict]] | None = getattr(detector, "acheck", None)
        if acheck is not None:
            tasks[asyncio.ensure_future(acheck(text, context))] = index
        else:
            inline.append((index, _bind(detector, text, context)))

    def blocks(index: int, verdict: Verdict) -> bool:
        return verdict.flagged and checks[index][0] == "block"

    try:
        if tasks:
            await asyncio.sleep(0)  # start the concurrent checks before the rules run
        for index, call in inline:
            verdict = call()
            run.results.append((index, verdict))
            if blocks(index, verdict):
                run.blocked_by = index
                return run
            if tasks:
                await asyncio.sleep(0)  # let the concurrent checks move on
                if _collect(tasks, run, blocks):
                    return run
        while tasks:
            await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
            if _collect(tasks, run, blocks):
                return run
        return run
    finally:
        for task in tasks:  # a block (or an error) stops the checks still running
            task.cancel()
        if tasks:
            await asyncio.gather(*tasks, return_exceptions=True)
        run.results.sort(key=lambda item: item[0])


def _bind(detector: Detector, text: str, context: Mapping[str, Any]) -> Callable[[], Verdict]:
    return lambda: detector.check(text, context)


def _collect(tasks: dict[asyncio.Task[Verdict], int], run: CheckRun,
             blocks: Callable[[int, Verdict], bool]) -> bool:
    """Move finished tasks into ``run``; True when one of them blocks."""
    for task in [t for t in tasks if t.done()]:
        index = tasks.pop(task)
        verdict = task.result()  # a detector that raised fails the node: never fail open
        run.results.append((index, verdict))
        if blocks(index, verdict) and run.blocked_by is None:
            run.blocked_by = index
    return run.blocked_by is not None


def _targets(stage: str, messages: list[AnyMessage]) -> list[Any]:
    if stage == "input":
        found: Any = last_human(messages)
        return [found] if found is not None else []
    if stage == "output":
        found = last_ai(messages)
        return [found] if found is not None else []
    results: list[ToolMessage] = []
    for message in reversed(messages):  # the trailing tool results of the last tool step
        if not isinstance(message, ToolMessage):
            break
        results.append(message)
    return list(reversed(results))


def _replace(message: Any, content: str) -> Any:
    if isinstance(message, HumanMessage):
        return HumanMessage(content=content, id=message.id, name=message.name)
    if isinstance(message, ToolMessage):
        return ToolMessage(content=content, id=message.id, name=message.name,
                           tool_call_id=message.tool_call_id, status=message.status)
    return AIMessage(content=content, id=message.id, name=message.name,
                     response_metadata=message.response_metadata)


@dataclass
class Decision:
    """What one guard node decides about one text."""

    text: str | None = None
    """The text with flagged spans redacted, or None when nothing was redacted."""
    blocked: dict[str, Any] | None = None
    """``node``, ``check``, ``reason`` when a check blocked the text."""
    escalation: dict[str, Any] | None = None
    """The hand-over an ``escalate`` check asked for."""
    revise: list[str] = field(default_factory=list)
    """Why ``revise`` checks want the draft rewritten (revisions still left)."""
    verdicts: list[dict[str, Any]] = field(default_factory=list)
    audit: list[dict[str, Any]] = field(default_factory=list)
    cost_usd: float = 0.0
    """What model-backed checks (``judge``) spent on this text."""
    input_tokens: int = 0
    output_tokens: int = 0


@dataclass
class Spend:
    """What model-backed checks (``judge``) spent over the decisions of one node run."""

    cost_usd: float = 0.0
    input_tokens: int = 0
    output_tokens: int = 0

    def add(self, decision: Decision) -> None:
        self.cost_usd += decision.cost_usd
        self.input_tokens += decision.input_tokens
        self.output_tokens += decision.output_tokens

    def __bool__(self) -> bool:
        return bool(self.cost_usd or self.input_tokens or self.output_tokens)


@dataclass
class GuardChecks:
    """A guard node's checks, built once, runnable on any text.

    The guard node runs them on its stage's messages; llm nodes run the output stage's on
    each reply *before* it enters the state (see :mod:`railgraph.nodes.llm`), so no stream,
    checkpoint or cache ever holds a draft the output guard has not passed.
    """

    node: GuardNode
    checks: list[tuple[str, Detector]]
    names: list[str]

    @classmethod
    def of(cls, node: GuardNode, env: Any = None) -> GuardChecks:
        """The checks of ``node``; ``env`` (a :class:`~railgraph.guards.registry.DetectorEnv`)
        lends the graph's root, models and prices to detectors that use them."""
        from railgraph.guards.registry import build_detector

        params = node.params
        detectors = [build_detector(c.detector, c.params, env) for c in params.checks]
        return cls(node=node,
                   checks=[(effective_action(c, d), d)
                           for c, d in zip(params.checks, detectors, strict=True)],
                   names=[c.detector for c in params.checks])

    async def decide(self, text: str, state: Mapping[str, Any],
                     config: RunnableConfig | None) -> Decision:
        """Run the checks on ``text`` and apply the node's actions to the outcome."""
        params = self.node.params
        node_id = self.node.id
        names = self.names
        context = {"source": _SOURCE[params.stage], "stage": params.stage}
        revisions = int(state.get("revisions") or 0)
        run = await run_checks(self.checks, text, context)
        decision = Decision()
        spans: list[Span] = []
        for index, verdict in run.results:
            action = self.checks[index][0]
            if action == "revise" and verdict.flagged and revisions >= params.max_revisions:
                action = "block"  # out of revisions: the flagged draft must not go out
                run.blocked_by = index if run.blocked_by is None else run.blocked_by
            verdict_name = action if verdict.flagged else "pass"
            score = round(verdict.score, 4)
            decision.verdicts.append({"node": node_id, "check": names[index],
                                      "verdict": verdict_name, "score": score,
                                      "reason": verdict.reason})
            usage_of = getattr(verdict, "usage", None)
            spend = usage_of() if callable(usage_of) else None
            decision.audit.append(audit_entry(state, config, kind="guard", node=node_id,
                                              detector=names[index], verdict=verdict_name,
                                              score=score, reason=verdict.reason,
                                              category=verdict.category,
                                              **({"usage": spend} if spend else {})))
            if spend:
                decision.cost_usd += float(spend.get("cost_usd") or 0.0)
                decision.input_tokens += int(spend.get("input_tokens") or 0)
                decision.output_tokens += int(spend.get("output_tokens") or 0)
            if not verdict.flagged:
                continue
            if action == "redact":
                spans.extend(verdict.spans or (Span(0, len(text), _marker(names[index])),))
            elif action == "escalate":
                decision.escalation = {"reason": f"guard:{names[index]}", "priority": "high",
                                       "node": node_id}
            elif action == "revise":
                decision.revise.append(f"the {names[index]} check flagged it"
                                       + (f" ({verdict.reason})" if verdict.reason else ""))
        if run.blocked_by is not None:
            decision.blocked = {"node": node_id, "check": names[run.blocked_by],
                                "reason": _reason(run, names)}
        elif spans:
            decision.text = redact(text, spans)
        return decision


def screened_by(message: Any) -> list[str]:
    """Ids of the output guard nodes that already screened this model message at its source."""
    meta = getattr(message, "response_metadata", None) or {}
    found = meta.get("screened_by")
    return [str(n) for n in found] if isinstance(found, list) else []


def spend_update(state: Mapping[str, Any], cost: float, tokens_in: int,
                 tokens_out: int) -> dict[str, Any]:
    """The state fields a node writes for what its model-backed checks spent."""
    if not (cost or tokens_in or tokens_out):
        return {}
    totals = dict(state.get("usage") or {})
    totals["input_tokens"] = totals.get("input_tokens", 0) + tokens_in
    totals["output_tokens"] = totals.get("output_tokens", 0) + tokens_out
    return {"usage": totals, "cost_usd": cost,
            "turn_cost_usd": (state.get("turn_cost_usd") or 0.0) + cost}


def checks_of(ctx: BuildContext, node: GuardNode) -> GuardChecks:
    """The built checks of a guard node, built once per graph: shared by the node itself and
    by the llm, tools and respond nodes that screen text with them."""
    key = ("guard_checks", node.id)
    if key not in ctx.built:
        ctx.built[key] = GuardChecks.of(node, ctx.detector_env(node.params.prices))
    checks: GuardChecks = ctx.built[key]
    return checks


def stage_checks(ctx: BuildContext, stage: str) -> list[GuardChecks]:
    """The checks of every guard node of ``stage`` (``output``: what a model's draft must
    pass before anyone may see it; ``tool``: what a tool result must pass), in definition
    order."""
    return [checks_of(ctx, n) for n in ctx.loaded.definition.nodes
            if isinstance(n, GuardNode) and n.params.stage == stage]


def build(node: GuardNode, ctx: BuildContext) -> Any:
    from railgraph.policies import BudgetsPolicy
    from railgraph.reliability import BudgetGate, BudgetRefusal

    params = node.params
    guard_checks = checks_of(ctx, node)
    budgets = ctx.policy(params.budgets)
    gate = BudgetGate(budgets, ctx.store) if isinstance(budgets, BudgetsPolicy) else None

    async def charge(state: dict[str, Any], config: RunnableConfig, cost: float) -> None:
        # A judge's cost is known only once it answered: it is reserved and committed after.
        if gate is None or cost <= 0:
            return
        hold = await gate.reserve(cost, state, config)
        if not isinstance(hold, BudgetRefusal):
            await hold.commit(cost)

    async def guard(state: dict[str, Any], config: RunnableConfig) -> dict[str, Any]:
        verdicts: list[dict[str, Any]] = []
        audit: list[dict[str, Any]] = []
        replaced: list[Any] = []
        update: dict[str, Any] = {}
        revise: list[str] = []
        revisions = int(state.get("revisions") or 0)
        spent = Spend()
        for target in _targets(params.stage, state.get("messages") or []):
            if node.id in screened_by(target):
                # The llm (or tools) node ran these very checks on this draft (tool result)
                # before it entered the state and recorded their verdicts; its block or
                # hand-over is in the state already.
                continue
            decision = await guard_checks.decide(text_of(target), state, config)
            spent.add(decision)
            verdicts.extend(decision.verdicts)
            audit.extend(decision.audit)
            if decision.escalation is not None:
                update["escalation"] = decision.escalation
                update["route"] = "human"
            revise.extend(decision.revise)
            if decision.blocked is not None:
                if params.stage == "tool":
                    replaced.append(_replace(target,
                                             WITHHELD.format(reason=decision.blocked["reason"])))
                    continue
                update.update(blocked=decision.blocked, response=params.refusal,
                              outcome="blocked")
                break
            if decision.text is not None:
                replaced.append(_replace(target, decision.text))
        if "blocked" not in update:
            if replaced:
                update["messages"] = replaced
            if revise:
                # Same fields as a reviewer's "revise": the llm node reads `feedback`, and
                # edges route on `review.decision == 'revise'`.
                update["review"] = {"decision": "revise", "reasons": revise, "node": node.id}
                update["feedback"] = "; ".join(revise) + "."
                update["revisions"] = revisions + 1
        if "review" not in update and (state.get("review") or {}).get("node") == node.id:
            # This node's earlier "revise" is settled (a clean draft, or a block): clear it,
            # or the edge back to the llm node would fire again.
            decision_name = "block" if "blocked" in update else "approve"
            update["review"] = {"decision": decision_name, "reasons": [], "node": node.id}
        update["verdicts"] = verdicts
        update["audit"] = audit
        await charge(state, config, spent.cost_usd)
        update.update(spend_update(state, spent.cost_usd, spent.input_tokens,
                                   spent.output_tokens))
        return update

    return guard


def _reason(run: CheckRun, names: list[str]) -> str:
    index = run.blocked_by
    assert index is not None
    verdict = next(v for i, v in run.results if i == index)
    return verdict.reason or names[index]


def _marker(name: str) -> str:
    """Marker type for a redaction that has no typed spans: the whole text, by check name."""
    return "".join(c if c.isalnum() else "_" for c in name.split(":")[-1]).upper() or "REDACTED"
