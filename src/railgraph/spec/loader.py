"""Load a graph definition: YAML → schema → references, with every problem located.

``load_graph`` never lets an exception other than :class:`DefinitionError`
escape for bad input; each problem carries ``FILE:LINE:COL``. All checks run
and all problems are reported together, so one pass of fixes is enough.
"""

from __future__ import annotations

import difflib
import hashlib
import json
import re
from collections.abc import Hashable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ValidationError

from railgraph.errors import DefinitionError, Problem
from railgraph.expr import ExpressionError, check_expression
from railgraph.imports import DottedPathError, import_dotted
from railgraph.policies import (
    BreakersPolicy,
    BudgetsPolicy,
    CachePolicy,
    DegradationPolicy,
    EscalationPolicy,
    PricesPolicy,
    RoutingPolicy,
    ToolsPolicy,
    policy_adapter,
)
from railgraph.spec.migrate import CURRENT, migrations_from
from railgraph.spec.model import (
    END,
    STANDARD_FIELDS,
    AgentNode,
    CustomNode,
    EscalateNode,
    FanoutNode,
    GraphDefinition,
    GuardNode,
    LLMNode,
    ModelRef,
    RailsNode,
    RespondNode,
    ReviewerNode,
    RouterNode,
    SubgraphNode,
    SupervisorNode,
    ToolsNode,
)
from railgraph.spec.source import Located, parse_yaml, read_yaml

__all__ = ["LoadedGraph", "canonical_hash", "load_graph", "load_graph_data"]

PathKey = tuple[Hashable, ...]


@dataclass
class LoadedGraph:
    """A validated definition with everything it references, ready to compile."""

    definition: GraphDefinition
    """The validated definition."""
    root: Path
    """Directory that relative paths and dotted imports resolve from."""
    source: str
    """Where the definition came from (file path, or a description)."""
    policies: dict[str, Any] = field(default_factory=dict)
    """Validated policy models by name."""
    policy_data: dict[str, Any] = field(default_factory=dict)
    """Policy files as plain data, by name (part of the hash and of pinned snapshots)."""
    graph_hash: str = ""
    """sha256 of the canonical definition and its policies."""
    subgraphs: dict[str, LoadedGraph] = field(default_factory=dict)
    """Definitions run by `subgraph` nodes, by node id."""
    agents: dict[str, LoadedGraph] = field(default_factory=dict)
    """Definitions of in-process specialist agents, by agent name (remote ones are not loaded)."""

    @property
    def identity(self) -> dict[str, str]:
        """``{"name", "version", "hash"}`` as written to checkpoints and ``--json``."""
        d = self.definition
        return {"name": d.name, "version": d.version, "hash": self.graph_hash}

    def snapshot(self) -> dict[str, Any]:
        """Self-contained plain data from which :func:`load_graph_data` rebuilds this graph."""
        return {
            "definition": self.definition.model_dump(mode="json", by_alias=True),
            "policies": self.policy_data,
            "root": str(self.root),
            "source": self.source,
            "subgraphs": {k: v.snapshot() for k, v in self.subgraphs.items()},
            "agents": {k: v.snapshot() for k, v in self.agents.items()},
        }


def canonical_hash(definition: Mapping[str, Any], policies: Mapping[str, Any]) -> str:
    """Content hash independent of key order, comments and formatting."""
    payload = json.dumps(
        {"definition": definition, "policies": policies},
        sort_keys=True,
        separators=(",", ":"),
        ensure_ascii=False,
        default=str,
    )
    return hashlib.sha256(payload.encode()).hexdigest()


def load_graph(path: str | Path, *, check_imports: bool = True) -> LoadedGraph:
    """Read, validate and resolve a graph file; raise :class:`DefinitionError`."""
    path = Path(path)
    located = read_yaml(path, str(path))
    return _load(located, path.parent, str(path), check_imports=check_imports, stack=())


def load_graph_data(
    data: Mapping[str, Any],
    *,
    base_dir: Path,
    source: str = "<definition>",
    policies: Mapping[str, Any] | None = None,
    check_imports: bool = True,
) -> LoadedGraph:
    """Validate a definition given as data (e.g. a pinned snapshot or a notebook dict).

    ``base_dir`` plays the role of the file's folder (``root`` resolves from it);
    ``policies`` given here replace the policy files on disk.
    """
    located = Located(source, dict(data))
    return _load(located, base_dir, source, check_imports=check_imports, stack=(),
                 policy_override=policies)


# ------------------------------------------------------------------ internals


def _load(
    located: Located,
    folder: Path,
    source: str,
    *,
    check_imports: bool,
    stack: tuple[str, ...],
    policy_override: Mapping[str, Any] | None = None,
) -> LoadedGraph:
    data = located.data
    if not isinstance(data, dict):
        kind = "a list" if isinstance(data, list) else f"a {type(data).__name__}"
        raise DefinitionError([located.at((), f"the top level must be a mapping, found {kind}")])
    _check_schema_version(located)
    try:
        definition = GraphDefinition.model_validate(data)
    except ValidationError as exc:
        raise DefinitionError(_schema_problems(located, exc)) from None
    checker = _Checker(located, definition, folder, check_imports, stack, policy_override)
    checker.run()
    if checker.problems:
        raise DefinitionError(checker.problems)
    dumped = definition.model_dump(mode="json", by_alias=True)
    loaded = LoadedGraph(
        definition=definition,
        root=checker.root,
        source=source,
        policies=checker.policies,
        policy_data=checker.policy_data,
        subgraphs=checker.subgraphs,
        agents=checker.agents,
    )
    sub_hashes = {k: v.graph_hash for k, v in sorted(checker.subgraphs.items())}
    if checker.agents:  # a specialist's change is a change of the multi-agent graph
        sub_hashes.update({f"agent:{k}": v.graph_hash for k, v in checker.agents.items()})
    loaded.graph_hash = canonical_hash({**dumped, "_subgraphs": sub_hashes}, checker.policy_data)
    return loaded


def _check_schema_version(located: Located) -> None:
    data = located.data
    if "railgraph" not in data:
        raise DefinitionError(
            [located.at((), f"missing the schema version: add `railgraph: {CURRENT}` at the top")]
        )
    version = data["railgraph"]
    if version == CURRENT:
        return
    where = ("railgraph",)
    if isinstance(version, int) and not isinstance(version, bool) and version < CURRENT:
        if migrations_from(version):
            message = (f"schema version {version} is older than {CURRENT}: "
                       f"run `railgraph migrate {located.file}`")
        else:
            message = f"schema version {version} is not supported (no migration to {CURRENT})"
    elif isinstance(version, int) and not isinstance(version, bool):
        message = f"schema version {version} is newer than this railgraph reads ({CURRENT})"
    else:
        message = f"schema version must be the integer {CURRENT}, found {version!r}"
    raise DefinitionError([located.at(where, message)])


def _data_path(data: Any, loc: Iterable[Any]) -> tuple[PathKey, list[str]]:
    """Map a pydantic ``loc`` onto the data; return the path and its printable parts.

    Tagged-union locs contain the tag (``'guard'``) that is not in the data: skip it.
    """
    path: list[Hashable] = []
    current = data
    for part in loc:
        in_dict = isinstance(current, dict) and part in current
        in_list = isinstance(current, list) and isinstance(part, int) and 0 <= part < len(current)
        if in_dict or in_list:
            path.append(part)
            current = current[part]
        elif isinstance(current, dict) and isinstance(part, str) and part.endswith("_"):
            # `from_` is spelled `from` in the file.
            alias = part.rstrip("_")
            if alias in current:
                path.append(alias)
                current = current[alias]
        else:
            continue
    return tuple(path), _printable(path)


def _printable(path: Iterable[Hashable]) -> list[str]:
    out: list[str] = []
    for part in path:
        if isinstance(part, int) and out:
            out[-1] = f"{out[-1]}[{part}]"
        else:
            out.append(str(part))
    return out


def _schema_problems(located: Located, exc: ValidationError) -> list[Problem]:
    problems: list[Problem] = []
    seen: set[tuple[PathKey, str]] = set()
    for error in exc.errors(include_url=False):
        loc = tuple(error["loc"])
        path, parts = _data_path(located.data, loc)
        kind = error["type"]
        message = error["msg"]
        if kind == "extra_forbidden":
            name = str(loc[-1])
            message = f"unknown field '{name}'"
            close = difflib.get_close_matches(name, _vocabulary(), n=1)
            if close:
                message += f" (did you mean '{close[0]}'?)"
            problem = located.at(path, message, key=True)
        elif kind == "missing":
            field_name = str(loc[-1]).rstrip("_")
            where = ".".join(parts) if parts else "the top level"
            problem = located.at(path, f"{where}: missing required field '{field_name}'")
        elif kind == "union_tag_invalid":
            found = error.get("ctx", {}).get("tag", "?")
            expected = error.get("ctx", {}).get("expected_tags", "")
            problem = located.at((*path, "kind"),
                                 f"unknown node kind '{found}' (expected one of {expected})")
        else:
            where = ".".join(parts) or "value"
            message = message.removeprefix("Value error, ")
            problem = located.at(path, f"{where}: {message}")
        key = (path, problem.message)
        if key not in seen:
            seen.add(key)
            problems.append(problem)
    return problems


def _vocabulary() -> list[str]:
    """Every field name the schema knows, for "did you mean" hints."""
    import railgraph.spec.model as spec

    names: set[str] = set()
    for obj in vars(spec).values():
        if isinstance(obj, type) and issubclass(obj, BaseModel):
            for name, info in obj.model_fields.items():
                names.add(info.alias or name)
    return sorted(names)


class _Checker:
    """Cross-reference checks over a schema-valid definition."""

    def __init__(
        self,
        located: Located,
        definition: GraphDefinition,
        folder: Path,
        check_imports: bool,
        stack: tuple[str, ...],
        policy_override: Mapping[str, Any] | None,
    ) -> None:
        self.located = located
        self.d = definition
        self.folder = folder
        self.check_imports = check_imports
        self.stack = stack
        self.policy_override = policy_override
        self.problems: list[Problem] = []
        self.root = (folder / definition.root).resolve()
        self.policies: dict[str, Any] = {}
        self.policy_data: dict[str, Any] = {}
        self.subgraphs: dict[str, LoadedGraph] = {}
        self.agents: dict[str, LoadedGraph] = {}
        self.index = {node.id: i for i, node in enumerate(definition.nodes)}

    def add(self, path: PathKey, message: str, *, key: bool = False) -> None:
        self.problems.append(self.located.at(path, message, key=key))

    # -------------------------------------------------------------- driver

    def run(self) -> None:
        self.check_ids()
        self.check_state_fields()
        self.load_policies()
        self.check_models()
        self.check_tools()
        self.check_rails()
        self.check_agents()
        self.check_nodes()
        self.check_edges()

    # --------------------------------------------------------------- parts

    def check_ids(self) -> None:
        first: dict[str, int] = {}
        for i, node in enumerate(self.d.nodes):
            if node.id in first:
                self.add(("nodes", i, "id"),
                         f"duplicate node id '{node.id}' (also nodes[{first[node.id]}])")
            else:
                first[node.id] = i
        if self.d.entry not in self.index:
            self.add(("entry",), f"entry '{self.d.entry}' is not a node id{self.suggest(self.d.entry)}")

    def suggest(self, name: str, choices: Iterable[str] | None = None) -> str:
        pool = list(choices) if choices is not None else [*self.index, END]
        close = difflib.get_close_matches(name, pool, n=1)
        return f" (did you mean '{close[0]}'?)" if close else ""

    def check_state_fields(self) -> None:
        for name in self.d.state:
            if name in STANDARD_FIELDS:
                self.add(("state", name), f"state field '{name}' clashes with a standard field",
                         key=True)

    def load_policies(self) -> None:
        for name, rel in self.d.policies.items():
            path = ("policies", name)
            if self.policy_override is not None:
                if name not in self.policy_override:
                    self.add(path, f"policy '{name}' is missing from the pinned snapshot")
                    continue
                raw = self.policy_override[name]
                sub = Located(f"{self.located.file}#policies.{name}", raw)
            else:
                file = self.root / rel
                try:
                    sub = read_yaml(file, _display(file))
                except DefinitionError as exc:
                    if len(exc.problems) == 1 and exc.problems[0].message == "file not found":
                        self.add(path, f"policy file '{rel}' not found (looked in {self.root})")
                    else:
                        self.problems.extend(exc.problems)
                    continue
            if not isinstance(sub.data, dict):
                self.problems.append(sub.at((), "a policy file must be a mapping with a `kind:`"))
                continue
            try:
                self.policies[name] = policy_adapter.validate_python(sub.data)
                self.policy_data[name] = sub.data
            except ValidationError as exc:
                self.problems.extend(_schema_problems(sub, exc))

    def policy(self, name: str | None, kind: type, path: PathKey) -> Any:
        if name is None:
            return None
        if name not in self.d.policies:
            self.add(path, f"unknown policy '{name}'{self.suggest(name, self.d.policies)}")
            return None
        found = self.policies.get(name)
        if found is not None and not isinstance(found, kind):
            expected = kind.__name__.removesuffix("Policy").lower()
            self.add(path, f"policy '{name}' is of kind '{found.kind}', not '{expected}'")
            return None
        return found

    def check_models(self) -> None:
        for name, ref in self.d.models.items():
            path: PathKey = ("models", name)
            provider, _, model = (ref.provider, ":", ref.model) if isinstance(ref, ModelRef) \
                else ref.partition(":")
            if not provider:
                self.add(path, f"model '{name}': empty provider")
            elif provider == "scripted":
                rules = model or "policies/scripted_model.yaml"
                if not (self.root / rules).is_file():
                    self.add(path, f"model '{name}': scripted rules file '{rules}' not found")
                else:
                    self.check_scripted_rules(self.root / rules)
            elif not model:
                self.add(path, f"model '{name}': expected 'provider:model', found '{ref}'")
            else:
                self.check_provider(name, provider, path)
            if isinstance(ref, ModelRef):
                self.check_model_params(name, ref.params, (*path, "params"))
        if self.d.default_model is not None and self.d.default_model not in self.d.models:
            self.add(("default_model",), f"unknown model '{self.d.default_model}'"
                     f"{self.suggest(self.d.default_model, self.d.models)}")

    def check_provider(self, name: str, provider: str, path: PathKey) -> None:
        """A provider whose package is not installed fails here, not at the first call."""
        import importlib.util

        from railgraph.models.resolve import PROVIDERS

        entry = PROVIDERS.get(provider)
        if entry is None:
            return  # resolved through langchain's init_chat_model, which checks it itself
        try:
            found = importlib.util.find_spec(entry.module) is not None
        except (ImportError, ValueError):
            found = False
        if not found:
            self.add(path, f"model '{name}': provider '{provider}' needs the package "
                           f"'{entry.package}', which is not installed: pip install {entry.package}")

    def check_model_params(self, name: str, params: dict[str, Any], path: PathKey) -> None:
        """Secrets are referenced (``${VAR}``), never written: a graph file is copied into the
        snapshot every thread is pinned to, and into version control."""
        from railgraph.models.resolve import ENV_REFERENCE, is_secret_param

        for key, value in params.items():
            if not is_secret_param(key):
                continue
            if isinstance(value, str) and ENV_REFERENCE.fullmatch(value.strip()):
                continue
            self.add((*path, key), f"model '{name}': '{key}' is written in the file; reference "
                                   f"it from the environment instead, e.g. {key}: "
                                   "${OPENAI_API_KEY}")

    def check_prices(self, node: LLMNode, prices: PricesPolicy, path: PathKey) -> None:
        """Every model an llm node may call has a price: a missing one would bill $0."""
        names = [node.params.model] if node.params.model else [
            self.d.default_model, *self.routed_models()]
        for model in dict.fromkeys(n for n in [*names, *node.params.fallbacks] if n):
            if model in self.d.models and model not in prices.models:
                self.add(path, f"price policy '{node.params.prices}' has no price for model "
                               f"'{model}', which llm node '{node.id}' may call (it would be "
                               "billed $0 and never charged to budgets)")

    def routed_models(self) -> list[str]:
        found: list[str] = []
        for node in self.d.nodes:
            if isinstance(node, RouterNode):
                routing = self.policies.get(node.params.policy or "")
                if isinstance(routing, RoutingPolicy):
                    found.extend(t.model for t in routing.tiers)
        return found

    def check_scripted_rules(self, file: Path) -> None:
        from railgraph.models.scripted import load_rules

        try:
            load_rules(_display(file))
        except DefinitionError as exc:
            self.problems.extend(exc.problems)

    def model_ref(self, name: str | None, path: PathKey) -> None:
        if name is not None and name not in self.d.models:
            self.add(path, f"unknown model '{name}'{self.suggest(name, self.d.models)}")

    def check_tools(self) -> None:
        if not self.check_imports:
            return
        for name, dotted in self.d.tools.items():
            try:
                target = import_dotted(dotted, self.root)
            except DottedPathError as exc:
                self.add(("tools", name), str(exc))
                continue
            if not callable(target):
                self.add(("tools", name), f"'{dotted}' is not callable")

    def check_rails(self) -> None:
        if not self.d.rails:
            return
        from railgraph.integrations.nemo import validate_rails_config

        for name, rel in self.d.rails.items():
            for message in validate_rails_config(self.root / rel):
                self.add(("rails", name), f"rails '{name}': {message}")

    def tool_ref(self, name: str, path: PathKey) -> None:
        if name not in self.d.tools:
            self.add(path, f"unknown tool '{name}'{self.suggest(name, self.d.tools)}")

    def check_nodes(self) -> None:
        names = [*STANDARD_FIELDS, *self.d.state]
        for i, node in enumerate(self.d.nodes):
            base: PathKey = ("nodes", i)
            params: PathKey = (*base, "params")
            if node.on_error is not None:
                self.target(node.on_error, (*base, "on_error"))
            if isinstance(node, GuardNode):
                self.check_guard(node, params)
            elif isinstance(node, RailsNode):
                if node.params.config not in self.d.rails:
                    self.add((*params, "config"), f"unknown rails config '{node.params.config}'"
                             f"{self.suggest(node.params.config, self.d.rails)}")
            elif isinstance(node, RouterNode):
                self.policy(node.params.escalation, EscalationPolicy, (*params, "escalation"))
                routing = self.policy(node.params.policy, RoutingPolicy, (*params, "policy"))
                if routing is not None:
                    for tier in routing.tiers:
                        if tier.model not in self.d.models:
                            self.add((*params, "policy"), f"routing policy '{node.params.policy}' "
                                     f"names model '{tier.model}', which the graph does not declare")
                for j, rule in enumerate(node.params.rules):
                    self.expression(rule.when, (*params, "rules", j, "when"), names)
            elif isinstance(node, LLMNode):
                self.model_ref(node.params.model, (*params, "model"))
                for j, tool in enumerate(node.params.tools):
                    self.tool_ref(tool, (*params, "tools", j))
                prices = self.policy(node.params.prices, PricesPolicy, (*params, "prices"))
                if prices is not None:
                    self.check_prices(node, prices, (*params, "prices"))
                for j, fallback in enumerate(node.params.fallbacks):
                    self.model_ref(fallback, (*params, "fallbacks", j))
                self.policy(node.params.budgets, BudgetsPolicy, (*params, "budgets"))
                self.policy(node.params.breakers, BreakersPolicy, (*params, "breakers"))
                self.policy(node.params.cache, CachePolicy, (*params, "cache"))
                if node.params.model is None and self.d.default_model is None and \
                        len(self.d.models) != 1 and not self.has_router():
                    self.add(base, f"llm node '{node.id}' names no model and the graph has "
                                   "no default_model")
            elif isinstance(node, EscalateNode):
                self.policy(node.params.policy, EscalationPolicy, (*params, "policy"))
            elif isinstance(node, ReviewerNode):
                self.policy(node.params.escalation, EscalationPolicy, (*params, "escalation"))
                for j, pattern in enumerate(node.params.blocked_patterns):
                    try:
                        re.compile(pattern)
                    except re.error as exc:
                        self.add((*params, "blocked_patterns", j), f"bad regular expression: {exc}")
            elif isinstance(node, RespondNode):
                degradation = self.policy(node.params.policy, DegradationPolicy,
                                          (*params, "policy"))
                self.policy(node.params.cache, CachePolicy, (*params, "cache"))
                template = node.params.template
                if template is not None and node.params.policy is None:
                    self.add((*params, "template"), "a template needs `policy:` naming a "
                             "degradation policy")
                elif degradation is not None and template is not None and \
                        template not in degradation.templates:
                    self.add((*params, "template"), f"unknown degradation template '{template}'"
                             f"{self.suggest(template, degradation.templates)}")
            elif isinstance(node, ToolsNode):
                self.policy(node.params.prices, PricesPolicy, (*params, "prices"))
                self.policy(node.params.policy, ToolsPolicy, (*params, "policy"))
                self.policy(node.params.breakers, BreakersPolicy, (*params, "breakers"))
                self.policy(node.params.budgets, BudgetsPolicy, (*params, "budgets"))
                self.policy(node.params.escalation, EscalationPolicy, (*params, "escalation"))
                for j, tool in enumerate(node.params.allow or []):
                    self.tool_ref(tool, (*params, "allow", j))
            elif isinstance(node, SubgraphNode):
                self.check_subgraph(node, params)
            elif isinstance(node, AgentNode | FanoutNode):
                called = [node.params.agent] if isinstance(node, AgentNode) else node.params.agents
                where = ("agent",) if isinstance(node, AgentNode) else ("agents",)
                for j, name in enumerate(called):
                    self.agent_ref(name, (*params, *where) if isinstance(node, AgentNode)
                                   else (*params, *where, j))
                for j, name in enumerate(node.params.include):
                    self.agent_ref(name, (*params, "include", j))
                if isinstance(node, FanoutNode):
                    if len(set(called)) != len(called):
                        self.add((*params, "agents"), "an agent is listed twice")
                    if node.params.merge is not None and self.check_imports:
                        try:
                            import_dotted(node.params.merge, self.root)
                        except DottedPathError as exc:
                            self.add((*params, "merge"), str(exc))
            elif isinstance(node, SupervisorNode):
                for j, route in enumerate(node.params.routes):
                    self.expression(route.when, (*params, "routes", j, "when"), names)
                    self.target(route.to, (*params, "routes", j, "to"))
                self.target(node.params.finish, (*params, "finish"))
            elif isinstance(node, CustomNode) and self.check_imports:
                try:
                    target = import_dotted(node.params.function, self.root)
                    if not callable(target):
                        self.add((*params, "function"), f"'{node.params.function}' is not callable")
                except DottedPathError as exc:
                    self.add((*params, "function"), str(exc))

    def has_router(self) -> bool:
        return any(node.kind == "router" for node in self.d.nodes)

    def check_guard(self, node: GuardNode, params: PathKey) -> None:
        from railgraph.guards.registry import (
            DETECTORS,
            DetectorEnv,
            build_detector,
            is_dotted,
            params_model,
            validation_context,
        )

        for j, check in enumerate(node.params.checks):
            where: PathKey = (*params, "checks", j)
            self.check_revise(node, check.action, where)
            if check.detector not in DETECTORS and not is_dotted(check.detector):
                self.add((*where, "detector"), f"unknown detector '{check.detector}'"
                         f"{self.suggest(check.detector, DETECTORS)}")
                continue
            try:
                params_model(check.detector).model_validate(
                    check.params, context=validation_context(
                        DetectorEnv(base_dir=self.root, models=list(self.d.models))))
                if is_dotted(check.detector):  # constructors of validators check more
                    default = getattr(build_detector(check.detector, check.params),
                                      "default_action", None)
                    if "action" not in check.model_fields_set and default == "revise":
                        self.check_revise(node, default, where)  # on_fail: reask
            except ValidationError as exc:
                for error in exc.errors(include_url=False):
                    sub = (*where, "params", *error["loc"])
                    name = ".".join(str(part) for part in error["loc"]) or "params"
                    message = f"parameter '{name}': {error['msg']}"
                    if error["type"] == "extra_forbidden":
                        message = f"unknown parameter '{name}'"
                    self.add(sub, f"detector '{check.detector}' {message}")
            except ValueError as exc:  # a dotted path that names no usable detector
                self.add((*where, "detector"), str(exc))

    def check_revise(self, node: GuardNode, action: str, where: PathKey) -> None:
        if action != "revise":
            return
        if node.params.stage != "output":
            self.add((*where, "action"), "action 'revise' needs stage: output (only a "
                     "draft answer can be sent back to the model)")
        elif not self.revises_to_llm(node.id):
            self.add((*where, "action"), f"action 'revise' needs a conditional edge from "
                     f"'{node.id}' to an llm node (a branch such as "
                     "{when: review.decision == 'revise', to: <llm node>})")

    def revises_to_llm(self, node_id: str) -> bool:
        """True when a conditional edge from ``node_id`` can lead to an llm node."""
        llm = {n.id for n in self.d.nodes if n.kind == "llm"}
        return any(edge.from_ == node_id and edge.branches is not None
                   and any(b.to in llm for b in edge.branches) for edge in self.d.edges)

    def agent_ref(self, name: str, path: PathKey) -> None:
        if name not in self.d.agents:
            self.add(path, f"unknown agent '{name}'{self.suggest(name, self.d.agents)}")

    def check_agents(self) -> None:
        """Specialists: remote ones need nothing loaded; in-process ones load like subgraphs."""
        for name, ref in self.d.agents.items():
            base: PathKey = ("agents", name)
            self.policy(ref.breakers, BreakersPolicy, (*base, "breakers"))
            if self.d.limits.run_budget_usd is not None and ref.max_cost_usd is None:
                self.add(base, f"agent '{name}' needs `max_cost_usd` (what one call holds from "
                         "the run's budget) because limits.run_budget_usd is set", key=True)
            if ref.graph is None:
                continue
            file = (self.root / ref.graph).resolve()
            if str(file) in self.stack or (self.located.file and
                                           Path(self.located.file).resolve() == file):
                chain = " -> ".join(Path(f).stem for f in (*self.stack, self.located.file))
                self.add((*base, "graph"), f"agent '{name}' ({ref.graph}) calls back into a graph "
                         f"that is already calling it (a cycle of agents: {chain} -> {file.stem})")
                continue
            here = str(Path(self.located.file).resolve()) if self.located.file else ""
            try:
                sub = read_yaml(file, _display(file))
                loaded = _load(sub, file.parent, _display(file), check_imports=self.check_imports,
                               stack=(*self.stack, *([here] if here else [])))
            except DefinitionError as exc:
                if len(exc.problems) == 1 and exc.problems[0].message == "file not found":
                    self.add((*base, "graph"), f"agent '{name}': graph file '{ref.graph}' not "
                             f"found (looked in {self.root})")
                else:
                    self.add((*base, "graph"), f"agent '{name}': '{ref.graph}' is invalid "
                             f"({len(exc.problems)} problem(s) below)")
                    self.problems.extend(exc.problems)
                continue
            self.agents[name] = loaded

    def check_subgraph(self, node: SubgraphNode, params: PathKey) -> None:
        rel = node.params.graph
        file = (self.root / rel).resolve()
        if str(file) in self.stack or (self.located.file and
                                       Path(self.located.file).resolve() == file):
            self.add((*params, "graph"), f"subgraph '{rel}' includes itself")
            return
        try:
            sub = read_yaml(file, _display(file))
            loaded = _load(sub, file.parent, _display(file), check_imports=self.check_imports,
                           stack=(*self.stack, str(file)))
        except DefinitionError as exc:
            if len(exc.problems) == 1 and exc.problems[0].message == "file not found":
                self.add((*params, "graph"), f"subgraph file '{rel}' not found")
            else:
                self.add((*params, "graph"), f"subgraph '{rel}' is invalid "
                         f"({len(exc.problems)} problem(s) below)")
                self.problems.extend(exc.problems)
            return
        self.subgraphs[node.id] = loaded

    def expression(self, text: str, path: PathKey, names: list[str]) -> None:
        try:
            check_expression(text, names)
        except ExpressionError as exc:
            problem = self.located.at(path, f"expression '{text}': {exc}")
            # Point inside the expression when it sits on one line of the file.
            self.problems.append(Problem(problem.file, problem.line,
                                         problem.column + exc.offset,
                                         problem.message))

    def target(self, name: str, path: PathKey) -> None:
        if name != END and name not in self.index:
            self.add(path, f"unknown node '{name}'{self.suggest(name)}")

    def check_edges(self) -> None:
        names = [*STANDARD_FIELDS, *self.d.state]
        outgoing: dict[str, list[int]] = {}
        for i, edge in enumerate(self.d.edges):
            base: PathKey = ("edges", i)
            if edge.from_ not in self.index:
                self.add((*base, "from"), f"edge from unknown node '{edge.from_}'"
                         f"{self.suggest(edge.from_)}")
            else:
                outgoing.setdefault(edge.from_, []).append(i)
            if edge.to is not None:
                self.target(edge.to, (*base, "to"))
            for j, branch in enumerate(edge.branches or []):
                self.target(branch.to, (*base, "branches", j, "to"))
                self.expression(branch.when, (*base, "branches", j, "when"), names)
            if edge.default is not None:
                self.target(edge.default, (*base, "default"))
        for node_id, edges in outgoing.items():
            conditional = [i for i in edges if self.d.edges[i].branches is not None]
            if conditional and len(edges) > 1:
                self.add(("edges", edges[1], "from"), f"node '{node_id}' has a conditional edge "
                         "and other edges; put every target in one conditional edge")
        self.target(self.d.limits.on_limit, ("limits", "on_limit"))
        supervisors = {n.id: n for n in self.d.nodes if isinstance(n, SupervisorNode)}
        for i, node in enumerate(self.d.nodes):
            if node.id in supervisors and node.id in outgoing:
                self.add(("edges", outgoing[node.id][0], "from"), f"supervisor '{node.id}' "
                         "routes by its own `routes` and `finish`; remove this edge")
            elif node.id not in outgoing and node.id not in supervisors:
                self.add(("nodes", i, "id"), f"node '{node.id}' has no outgoing edge "
                         "(add an edge, e.g. to END)")
        if self.problems:
            return  # reachability over a broken graph would only repeat the errors above
        forward: dict[str, set[str]] = {n: set() for n in self.index}
        for edge in self.d.edges:
            forward[edge.from_].update(edge.targets())
        for node in self.d.nodes:
            if node.on_error:
                forward[node.id].add(node.on_error)
        for sid, supervisor in supervisors.items():
            forward[sid].update([r.to for r in supervisor.params.routes] + [supervisor.params.finish])
            if self.d.limits.on_limit != END:
                forward[sid].add(self.d.limits.on_limit)
        if self.d.limits.on_limit != END:  # every conditional edge can divert there
            for edge in self.d.edges:
                if edge.branches is not None:
                    forward[edge.from_].add(self.d.limits.on_limit)
        reached = _walk(self.d.entry, forward)
        for i, node in enumerate(self.d.nodes):
            if node.id not in reached:
                self.add(("nodes", i, "id"), f"node '{node.id}' is unreachable from entry "
                         f"'{self.d.entry}'")
        backward: dict[str, set[str]] = {}
        for source, targets in forward.items():
            for target in targets:
                backward.setdefault(target, set()).add(source)
        finishing = _walk(END, backward)
        for i, node in enumerate(self.d.nodes):
            if node.id in reached and node.id not in finishing:
                self.add(("nodes", i, "id"), f"node '{node.id}' has no path to END "
                         "(the turn could never finish)")


def _walk(start: str, graph: Mapping[str, set[str]]) -> set[str]:
    seen = {start}
    todo = [start]
    while todo:
        for nxt in graph.get(todo.pop(), ()):
            if nxt not in seen:
                seen.add(nxt)
                todo.append(nxt)
    return seen


def _display(path: Path) -> str:
    try:
        return str(path.relative_to(Path.cwd()))
    except ValueError:
        return str(path)


def parse_definition_text(text: str, name: str = "<string>") -> LoadedGraph:
    """Load a definition from YAML text (tests, notebooks); paths resolve from the cwd."""
    located = parse_yaml(text, name)
    return _load(located, Path.cwd(), name, check_imports=True, stack=())
