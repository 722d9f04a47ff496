"""Pydantic models of a graph definition (schema version 1).

This module is plain data: it imports no runtime. Cross-references (edges to
node ids, models, tools, policies, rails, expressions) are checked by
:mod:`railgraph.spec.checks`, which knows where each value sits in the file.
"""

from __future__ import annotations

import re
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

__all__ = [
    "END",
    "NODE_KINDS",
    "SCHEMA_VERSION",
    "STANDARD_FIELDS",
    "AgentNode",
    "AgentParams",
    "AgentRef",
    "Branch",
    "CustomNode",
    "CustomParams",
    "Edge",
    "EscalateNode",
    "EscalateParams",
    "FanoutNode",
    "FanoutParams",
    "GraphDefinition",
    "GuardCheck",
    "GuardNode",
    "GuardParams",
    "LLMNode",
    "LLMParams",
    "Limits",
    "ModelRef",
    "Node",
    "RailsNode",
    "RailsParams",
    "RemoteAgent",
    "RespondNode",
    "RespondParams",
    "RetrySpec",
    "ReviewerNode",
    "ReviewerParams",
    "RouteRule",
    "RouterNode",
    "RouterParams",
    "StateField",
    "SubgraphNode",
    "SubgraphParams",
    "SupervisorNode",
    "SupervisorParams",
    "SupervisorRoute",
    "ToolsNode",
    "ToolsParams",
]

SCHEMA_VERSION = 1
"""The schema version this release reads and writes."""

END = "END"
"""Reserved edge target that finishes the turn."""

_ID = r"^[a-z][a-z0-9_]{0,63}$"
_SEMVER = re.compile(
    r"^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)"
    r"(?:-[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?(?:\+[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?$"
)
STANDARD_FIELDS = (
    "messages", "context", "verdicts", "blocked", "route", "model", "review", "feedback",
    "revisions", "failures", "last_error", "cost_usd", "turn_cost_usd", "usage", "escalation",
    "audit", "response", "outcome", "llm_calls", "degraded", "breakers", "agents",
    "remaining_steps",
)  # fmt: skip
"""Fields of the standard agent state (see :mod:`railgraph.agent_state`)."""

RESERVED_IDS = frozenset({"end", "start", "__start__", "__end__"})

Identifier = Annotated[str, Field(pattern=_ID, description="Lower-case identifier: a-z, 0-9, _.")]
Expression = Annotated[
    str,
    Field(
        min_length=1,
        max_length=2000,
        description="A condition on state in railgraph's safe expression language, "
        "e.g. `route == 'human'` or `blocked`.",
    ),
]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", populate_by_name=True)


class RetrySpec(_Strict):
    """Retry of a failing node, compiled to LangGraph's ``RetryPolicy``."""

    max_attempts: int = Field(3, ge=1, le=20, description="Attempts including the first.")
    initial_interval: float = Field(0.5, ge=0, le=600, description="Seconds before the first retry.")
    backoff_factor: float = Field(2.0, ge=1, le=10, description="Multiplier of the interval per retry.")
    max_interval: float = Field(30.0, gt=0, le=3600, description="Upper bound of the interval, seconds.")
    jitter: bool = Field(True, description="Randomise intervals so retries of many runs spread out.")
    retry_on: Literal["transient", "any"] = Field(
        "transient",
        description="`transient` retries only timeouts, 429, 5xx and connection errors; "
        "`any` retries every exception except permanent ones (400, 401, 404, validation).",
    )


class StateField(_Strict):
    """An extra state field declared by the graph, beside the standard agent state."""

    type: Literal["string", "integer", "number", "boolean", "list", "object", "any"] = Field(
        "any", description="JSON type of the value."
    )
    default: Any = Field(None, description="Value before any node sets it.")
    reducer: Literal["replace", "append"] = Field(
        "replace", description="`replace` keeps the last write; `append` concatenates lists."
    )
    description: str = Field("", description="What the field holds.")


class ModelRef(_Strict):
    """A chat model, in long form."""

    provider: str = Field(description="`scripted`, or a langchain provider such as `openai`.")
    model: str = Field("", description="Model name at the provider, or the scripted rules file.")
    params: dict[str, Any] = Field(
        default_factory=dict, description="Keyword arguments for the chat model class."
    )


class Limits(_Strict):
    """Run limits of one turn."""

    max_steps: int = Field(
        50,
        ge=2,
        le=10_000,
        description="Maximum node executions in one turn (LangGraph's recursion limit).",
    )
    on_limit: str = Field(
        END,
        description="Node that a conditional edge diverts to when the step limit is near "
        "(usually the respond node); END stops with a 'limit reached' outcome.",
    )
    max_llm_calls: int | None = Field(
        None,
        ge=1,
        le=10_000,
        description="Model calls allowed in one turn; the next llm node sets "
        "`degraded.reason = 'llm_calls'` instead of calling (route it with an edge).",
    )
    max_tool_calls: int | None = Field(
        None, ge=1, le=10_000,
        description="Tool calls allowed in one turn; beyond it a tools node runs nothing and "
        "sets `degraded.reason = 'tool_calls'` (route it with an edge).",
    )
    run_budget_usd: float | None = Field(
        None, ge=0,
        description="USD all specialist agents called in one turn may spend together, held "
        "atomically in Redis per run; a call that does not fit sets `degraded.reason = 'budget'`.",
    )
    agent_steps: int | None = Field(
        None, ge=2, le=100_000,
        description="Steps all specialist agents called in one turn may take together.",
    )
    max_repeated_tool_calls: int | None = Field(
        None, ge=1, le=100,
        description="Loop detection: calls of the same tool with the same arguments allowed in "
        "one turn; the next one is not run and sets `degraded.reason = 'tool_loop'`.",
    )


class Branch(_Strict):
    """One arm of a conditional edge: taken when ``when`` is true."""

    when: Expression
    to: str = Field(description="Target node id, or END.")


class Edge(_Strict):
    """An edge out of a node: plain (``to``) or conditional (``branches`` + ``default``)."""

    from_: str = Field(alias="from", description="Source node id.")
    to: str | None = Field(None, description="Target node id or END (plain edge).")
    branches: list[Branch] | None = Field(
        None, min_length=1, description="Conditions tried in order (conditional edge)."
    )
    default: str | None = Field(
        None, description="Target when no branch matches (required with `branches`)."
    )

    @model_validator(mode="after")
    def _one_form(self) -> Edge:
        if self.to is not None and (self.branches is not None or self.default is not None):
            raise ValueError("an edge has either `to` or `branches` + `default`, not both")
        if self.to is None and self.branches is None:
            raise ValueError("an edge needs `to` (plain) or `branches` + `default` (conditional)")
        if self.branches is not None and self.default is None:
            raise ValueError("a conditional edge needs a `default` target")
        return self

    def targets(self) -> list[str]:
        """Every node this edge can lead to."""
        if self.to is not None:
            return [self.to]
        return [b.to for b in self.branches or []] + [self.default or END]


# ---------------------------------------------------------------- node kinds


class GuardCheck(_Strict):
    """One detector run by a guard node, and what to do when it flags."""

    detector: str = Field(description="Detector name: size, injection, pii, secrets, or a plug-in.")
    params: dict[str, Any] = Field(default_factory=dict, description="Detector parameters.")
    action: Literal["block", "redact", "escalate", "revise", "log"] = Field(
        "block",
        description="`block` stops the turn with the refusal; `redact` replaces flagged spans "
        "with typed markers; `escalate` hands over to a human; `revise` (output stage) sends "
        "the draft back to the llm node with feedback; `log` only records. Unset: the "
        "detector's own default (a Guardrails AI validator's `on_fail`), else `block`.",
    )


class GuardParams(_Strict):
    stage: Literal["input", "tool", "output"] = Field(
        "input",
        description="`input` checks the user's message; `tool` the results of the last tool "
        "step (a block withholds that result from the model); `output` the draft answer.",
    )
    checks: list[GuardCheck] = Field(min_length=1, description="Detectors, run in order.")
    refusal: str = Field(
        "I can't help with that request.", max_length=2000, description="Answer when blocked."
    )
    max_revisions: int = Field(
        2, ge=0, le=10, description="Revisions a `revise` check may ask for in one turn; "
        "after that the draft is blocked with the refusal.",
    )
    prices: str | None = Field(
        None, description="Name of the price policy pricing what model-backed checks "
        "(`judge`) spend; their cost is added to the turn's like an llm node's.",
    )
    budgets: str | None = Field(
        None, description="Name of the budgets policy charged with what model-backed checks "
        "spend (after the checks: a judge's cost is not known before it answers).",
    )


class RailsParams(_Strict):
    config: str = Field(description="Name of a rails config declared under `rails:`.")
    stage: Literal["input", "output"] = Field("input", description="Which rails to run.")


class RouteRule(_Strict):
    when: Expression
    route: Identifier = Field(description="Route set when the condition holds.")


class RouterParams(_Strict):
    policy: str | None = Field(
        None, description="Name of the routing policy under `policies:` (none: no tiers)."
    )
    escalation: str | None = Field(
        None,
        description="Name of the escalation policy whose input signals (user asks for a human, "
        "very negative sentiment, repeated failures) set `escalation` and route `human`.",
    )
    rules: list[RouteRule] = Field(
        default_factory=list, description="Rules tried before complexity routing; first wins."
    )


class LLMParams(_Strict):
    model: str | None = Field(
        None, description="Named model; default: the model the router chose, else `default_model`."
    )
    system: str = Field("", max_length=20_000, description="System prompt.")
    tools: list[str] = Field(default_factory=list, description="Tools bound to the model.")
    prices: str | None = Field(
        None, description="Name of the price policy used for cost (none: cost not counted)."
    )
    fallbacks: list[str] = Field(
        default_factory=list,
        description="Named models tried in order when the chosen one fails after its retries, "
        "its circuit is open, or it does not fit the budget (primary -> cheaper -> ...).",
    )
    budgets: str | None = Field(
        None, description="Name of the budgets policy enforced before every call."
    )
    breakers: str | None = Field(
        None, description="Name of the breakers policy: one shared circuit per model."
    )
    cache: str | None = Field(
        None, description="Name of the cache policy: repeated questions are answered from it, "
        "and it is the last resort when every model of the chain fails."
    )
    call_timeout: float | None = Field(
        None, gt=0, le=3600,
        description="Seconds one model call may take. A call that runs longer fails as a "
        "transient timeout: retried while the node has attempts left, then the next model of "
        "the chain is tried. Without it only the node's `timeout` bounds a call, so a model "
        "that hangs uses up every attempt and the chain never reaches its fallbacks.",
    )
    confidence: Literal["auto", "self_report"] = Field(
        "auto",
        description="Where the reviewer's answer confidence comes from. `auto`: the model's "
        "own report in its response metadata, else the mean token probability when the "
        "provider returns log-probabilities (OpenAI models with `logprobs: true` in their "
        "params); `self_report`: the model is asked to end each answer with a line "
        "`Confidence: <0..1>`, which is taken off the answer before anyone sees it (works "
        "with every provider).",
    )


class ToolsParams(_Strict):
    allow: list[str] | None = Field(
        None, description="Tools this node may run (default: every tool of the graph)."
    )
    max_input_chars: int = Field(
        4000, ge=1, le=1_000_000, description="Largest serialised arguments accepted."
    )
    prices: str | None = Field(
        None, description="Name of the price policy whose `tools:` costs apply."
    )
    policy: str | None = Field(
        None, description="Name of the tools policy: roles, rate limits, writes, high stakes."
    )
    read_only: bool = Field(False, description="This node refuses tools that write.")
    breakers: str | None = Field(
        None, description="Name of the breakers policy: one shared circuit per tool."
    )
    budgets: str | None = Field(
        None, description="Name of the budgets policy: priced tool calls reserve their cost "
        "first; a call over budget sets `degraded.reason = 'budget'`."
    )
    escalation: str | None = Field(
        None,
        description="Name of the escalation policy: consecutive tool failures and high-stakes "
        "calls set `escalation` (route it with an edge).",
    )


class ReviewerParams(_Strict):
    max_chars: int = Field(2000, ge=1, description="Longest acceptable answer.")
    min_confidence: float = Field(0.4, ge=0, le=1, description="Below this, escalate.")
    blocked_patterns: list[str] = Field(
        default_factory=list, description="Regular expressions an answer must not match."
    )
    pii: bool = Field(False, description="Ask for a revision when the draft contains PII.")
    max_revisions: int = Field(2, ge=0, le=10, description="Revisions before escalating.")
    escalation: str | None = Field(
        None, description="Name of the escalation policy (its `low_confidence` threshold and "
        "priority replace `min_confidence`)."
    )


class EscalateParams(_Strict):
    priority: Literal["low", "normal", "high"] = Field("normal", description="Queue priority.")
    reason: str | None = Field(None, description="Reason shown to the human (default: from state).")
    question: str = Field(
        "Please answer the customer.", description="Prompt shown to the human agent."
    )
    summary_messages: int = Field(6, ge=1, le=100, description="Messages in the summary.")
    policy: str | None = Field(
        None,
        description="Name of the escalation policy: priorities by reason, the confirmation "
        "of high-stakes actions, and the timeout after which `railgraph sweep` answers.",
    )


DegradationLevel = Literal["cached", "faq", "template", "fallback"]
"""A step of a degradation node: cached answer, FAQ answer, template, generic fallback."""


class RespondParams(_Strict):
    template: str | None = Field(
        None, description="Degradation template name from the degradation policy."
    )
    policy: str | None = Field(
        None, description="Name of the degradation policy (needed for `template`)."
    )
    levels: list[DegradationLevel] = Field(
        default_factory=lambda: list[DegradationLevel](["template"]),
        min_length=1,
        description="Degradation levels tried in order when the node has a `template`: "
        "`cached` answer to the same question, basic `faq` answer, the `template`, the "
        "policy's generic `fallback`.",
    )
    cache: str | None = Field(None, description="Name of the cache policy (level `cached`).")


class SubgraphParams(_Strict):
    graph: str = Field(description="Path of another graph definition (relative to the root).")


class AgentCallParams(_Strict):
    """What a specialist is handed: the conversation, earlier agents' results, an instruction."""

    messages: Literal["conversation", "last", "none"] = Field(
        "last",
        description="Messages handed to the specialist: the whole `conversation`, only the "
        "`last` user message, or `none` (then the instruction and included results only).",
    )
    include: list[str] = Field(
        default_factory=list,
        description="Agents whose results from this turn are handed over (a handoff).",
    )
    instruction: str = Field(
        "", max_length=20_000, description="Text the specialist receives as the latest message."
    )


class AgentParams(AgentCallParams):
    agent: str = Field(description="Name of the specialist declared under `agents:`.")


class FanoutParams(AgentCallParams):
    agents: list[str] = Field(
        min_length=1, max_length=32,
        description="Specialists called in parallel (LangGraph `Send`), each with the same input.",
    )
    merge: str | None = Field(
        None,
        description="Dotted path `module:function(results) -> state update` that combines the "
        "results; by default they are only collected under `agents`.",
    )


class SupervisorRoute(_Strict):
    when: Expression
    to: str = Field(description="Node to hand over to when the condition holds (an agent node).")


class SupervisorParams(_Strict):
    routes: list[SupervisorRoute] = Field(
        min_length=1, description="Tried in order; the first that holds chooses the next node."
    )
    finish: str = Field(description="Node (or END) when no route holds: the work is done.")


class CustomParams(_Strict):
    function: str = Field(description="Dotted path `package.module:function` of the node body.")
    args: dict[str, Any] = Field(default_factory=dict, description="Keyword arguments passed.")


class _NodeBase(_Strict):
    id: Identifier
    description: str = Field("", description="What the node is for.")
    retry: RetrySpec | None = Field(None, description="Retry policy on failure.")
    timeout: float | None = Field(
        None, gt=0, le=3600, description="Seconds per attempt before it fails as transient."
    )
    on_error: str | None = Field(
        None,
        description="Node to continue at when the node still fails after retries "
        "(LangGraph error handler); without it the turn ends with status error.",
    )

    @field_validator("id")
    @classmethod
    def _not_reserved(cls, value: str) -> str:
        if value in RESERVED_IDS:
            raise ValueError(f"'{value}' is reserved")
        return value


class GuardNode(_NodeBase):
    """Runs detectors on the user's message or the draft answer."""

    kind: Literal["guard"]
    params: GuardParams


class RailsNode(_NodeBase):
    """Runs a NeMo Guardrails Colang 1.0 config through ``check()``."""

    kind: Literal["rails"]
    params: RailsParams


class RouterNode(_NodeBase):
    """Chooses a route and a model tier."""

    kind: Literal["router"]
    params: RouterParams = Field(default_factory=RouterParams)


class LLMNode(_NodeBase):
    """Calls a chat model with tools bound."""

    kind: Literal["llm"]
    params: LLMParams = Field(default_factory=LLMParams)

    @model_validator(mode="after")
    def _call_within_attempt(self) -> LLMNode:
        call, attempt = self.params.call_timeout, self.timeout
        if call is not None and attempt is not None and call >= attempt:
            raise ValueError(
                f"params.call_timeout ({call:g} s) must be shorter than the node's timeout "
                f"({attempt:g} s): otherwise the node times out first and no fallback is tried")
        return self


class ToolsNode(_NodeBase):
    """Executes the tool calls of the last model message."""

    kind: Literal["tools"]
    params: ToolsParams = Field(default_factory=ToolsParams)


class ReviewerNode(_NodeBase):
    """Reviews the draft answer: approve, revise or escalate."""

    kind: Literal["reviewer"]
    params: ReviewerParams = Field(default_factory=ReviewerParams)


class EscalateNode(_NodeBase):
    """Hands the conversation to a human (durable interrupt)."""

    kind: Literal["escalate"]
    params: EscalateParams = Field(default_factory=EscalateParams)


class RespondNode(_NodeBase):
    """Writes the final answer of the turn."""

    kind: Literal["respond"]
    params: RespondParams = Field(default_factory=RespondParams)


class SubgraphNode(_NodeBase):
    """Runs another graph definition as one node."""

    kind: Literal["subgraph"]
    params: SubgraphParams


class AgentNode(_NodeBase):
    """Calls one specialist agent (another graph, in-process or on a LangGraph server)."""

    kind: Literal["agent"]
    params: AgentParams


class FanoutNode(_NodeBase):
    """Calls several specialists in parallel and merges their results."""

    kind: Literal["fanout"]
    params: FanoutParams


class SupervisorNode(_NodeBase):
    """Routes to one specialist at a time until none is needed (LangGraph ``Command``)."""

    kind: Literal["supervisor"]
    params: SupervisorParams


class CustomNode(_NodeBase):
    """Runs a Python function from the project (e.g. ``nodes.orders:enrich``)."""

    kind: Literal["custom"]
    params: CustomParams


Node = Annotated[
    GuardNode
    | RailsNode
    | RouterNode
    | LLMNode
    | ToolsNode
    | ReviewerNode
    | EscalateNode
    | RespondNode
    | SubgraphNode
    | AgentNode
    | FanoutNode
    | SupervisorNode
    | CustomNode,
    Field(discriminator="kind"),
]

NODE_KINDS = ("guard", "rails", "router", "llm", "tools", "reviewer", "escalate", "respond",
              "subgraph", "agent", "fanout", "supervisor", "custom")


class RemoteAgent(_Strict):
    """A graph deployed on a LangGraph server, called through LangGraph's ``RemoteGraph``."""

    url: str = Field(pattern=r"^https?://", description="Base URL of the server.")
    url_env: str | None = Field(
        None, description="Environment variable that, when set, replaces `url` (per deployment)."
    )
    graph: str = Field(min_length=1, description="Graph (assistant) name on the server.")
    api_key_env: str | None = Field(
        None, description="Environment variable holding the API key sent to the server."
    )


class AgentRef(_Strict):
    """A specialist agent: another definition, run in-process (`graph`) or remotely (`remote`)."""

    graph: str | None = Field(
        None, description="Path of the specialist's definition (relative to the root)."
    )
    remote: RemoteAgent | None = Field(None, description="The specialist on a LangGraph server.")
    max_cost_usd: float | None = Field(
        None, ge=0,
        description="USD held from the run's budget for one call of this specialist "
        "(an upper bound of its spend, e.g. its own budgets policy's `per_request`).",
    )
    max_steps: int | None = Field(
        None, ge=2, le=10_000, description="Steps one call of this specialist may take."
    )
    breakers: str | None = Field(
        None, description="Name of the breakers policy: one shared circuit for this specialist."
    )

    @model_validator(mode="after")
    def _one_place(self) -> AgentRef:
        if (self.graph is None) == (self.remote is None):
            raise ValueError("an agent has either `graph` (in-process) or `remote`, not both")
        return self


class GraphDefinition(_Strict):
    """A versioned agent graph."""

    railgraph: Literal[1] = Field(description="Schema version of this file.")
    name: Identifier = Field(description="Graph name, stable across versions.")
    version: str = Field(description="Version of this definition (semantic versioning).")
    description: str = Field("", description="What the agent does.")
    root: str = Field(
        "..",
        description="Project root, relative to this file: relative paths and dotted imports "
        "resolve from it (default: the parent of the folder holding the file).",
    )
    state: dict[Identifier, StateField] = Field(
        default_factory=dict, description="Extra state fields beside the standard agent state."
    )
    models: dict[Identifier, str | ModelRef] = Field(
        default_factory=dict,
        description="Named models: `scripted`, `scripted:PATH` or `provider:model`.",
    )
    default_model: str | None = Field(
        None, description="Model used when neither the node nor the router names one."
    )
    policies: dict[Identifier, str] = Field(
        default_factory=dict, description="Named policy files (YAML), relative to the root."
    )
    rails: dict[Identifier, str] = Field(
        default_factory=dict, description="Named NeMo Guardrails config folders."
    )
    tools: dict[Identifier, str] = Field(
        default_factory=dict, description="Named tools: dotted paths `module:function`."
    )
    agents: dict[Identifier, AgentRef] = Field(
        default_factory=dict, description="Specialist agents the graph's agent nodes call."
    )
    limits: Limits = Field(default_factory=Limits)
    durability: Literal["sync", "async", "exit"] = Field(
        "async",
        description="When checkpoints are written (LangGraph's durability): `sync` before the "
        "next step starts, `async` (default) in the background while it runs, `exit` only "
        "when the turn ends or is interrupted (fewest writes; a process that dies mid-turn "
        "loses that turn's progress, and its finished nodes run again on retry).",
    )
    entry: str = Field(description="Id of the node each turn starts at.")
    nodes: list[Node] = Field(min_length=1, max_length=500)
    edges: list[Edge] = Field(default_factory=list, max_length=5000)

    @field_validator("version")
    @classmethod
    def _semver(cls, value: str) -> str:
        if not _SEMVER.match(value):
            raise ValueError(f"version '{value}' is not semantic versioning (e.g. 1.2.0)")
        return value

    def node(self, node_id: str) -> Any:
        """The node with this id (``KeyError`` when absent)."""
        for node in self.nodes:
            if node.id == node_id:
                return node
        raise KeyError(node_id)
