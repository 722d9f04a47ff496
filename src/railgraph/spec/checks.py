"""Cross-reference checks of a schema-valid definition, each problem located in the file.

Graph-wide checks live here (ids, state fields, policies, models, tools, rails, agents, edges
and reachability); each node kind's own checks live with the kind (:mod:`railgraph.spec.kinds`)
and report through the :class:`Checker` handed to them.
"""

from __future__ import annotations

import difflib
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel, ValidationError

from railgraph.errors import DefinitionError, Problem
from railgraph.expr import ExpressionError, check_expression
from railgraph.imports import DottedPathError, import_dotted
from railgraph.policies import BreakersPolicy, policy_adapter
from railgraph.source import Located, data_path, path_text, read_yaml
from railgraph.spec.base import END, STANDARD_FIELDS, PathKey
from railgraph.spec.kinds import SupervisorNode, kind_of
from railgraph.spec.model import GraphDefinition, ModelRef

if TYPE_CHECKING:
    from railgraph.spec.loader import LoadedGraph

__all__ = ["Checker", "Load", "display", "schema_problems"]

Load = Callable[..., "LoadedGraph"]
"""``load(located, folder, source, *, check_imports, stack)``: the loader's entry for an
included definition."""


def schema_problems(located: Located, exc: ValidationError) -> list[Problem]:
    problems: list[Problem] = []
    seen: set[tuple[PathKey, str]] = set()
    for error in exc.errors(include_url=False):
        loc = tuple(error["loc"])
        path = data_path(located.data, loc)
        text = path_text(path)
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
            where = text or "the top level"
            problem = located.at(path, f"{where}: missing required field '{field_name}'")
        elif kind == "union_tag_invalid":
            found = error.get("ctx", {}).get("tag", "?")
            expected = error.get("ctx", {}).get("expected_tags", "")
            problem = located.at((*path, "kind"),
                                 f"unknown node kind '{found}' (expected one of {expected})")
        else:
            where = text or "value"
            message = message.removeprefix("Value error, ")
            problem = located.at(path, f"{where}: {message}")
        key = (path, problem.message)
        if key not in seen:
            seen.add(key)
            problems.append(problem)
    return problems


def _vocabulary() -> list[str]:
    """Every field name the schema knows, for "did you mean" hints."""
    import railgraph.spec.kinds as kinds
    import railgraph.spec.model as spec

    names: set[str] = set()
    for obj in [*vars(spec).values(), *vars(kinds).values()]:
        if isinstance(obj, type) and issubclass(obj, BaseModel):
            for name, info in obj.model_fields.items():
                names.add(info.alias or name)
    return sorted(names)


class Checker:
    """Cross-reference checks over a schema-valid definition; every problem located.

    Node kinds report their own checks through it (see :mod:`railgraph.spec.kinds`).
    """

    def __init__(
        self,
        located: Located,
        definition: GraphDefinition,
        folder: Path,
        check_imports: bool,
        stack: tuple[str, ...],
        policy_override: Mapping[str, Any] | None,
        load: Load,
    ) -> None:
        self.located = located
        self.definition = definition
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
        self.names = [*STANDARD_FIELDS, *definition.state]
        """State names visible to expressions."""
        self.load = load
        """How an included definition (subgraph, specialist) is loaded: the loader's own
        ``_load``, handed in so that this module needs nothing of the loader at run time."""

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
        for i, node in enumerate(self.definition.nodes):
            if node.id in first:
                self.add(("nodes", i, "id"),
                         f"duplicate node id '{node.id}' (also nodes[{first[node.id]}])")
            else:
                first[node.id] = i
        entry = self.definition.entry
        if entry not in self.index:
            self.add(("entry",), f"entry '{entry}' is not a node id{self.suggest(entry)}")

    def suggest(self, name: str, choices: Iterable[str] | None = None) -> str:
        pool = list(choices) if choices is not None else [*self.index, END]
        close = difflib.get_close_matches(name, pool, n=1)
        return f" (did you mean '{close[0]}'?)" if close else ""

    def check_state_fields(self) -> None:
        for name in self.definition.state:
            if name in STANDARD_FIELDS:
                self.add(("state", name), f"state field '{name}' clashes with a standard field",
                         key=True)

    def load_policies(self) -> None:
        for name, rel in self.definition.policies.items():
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
                    sub = read_yaml(file, display(file))
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
                self.problems.extend(schema_problems(sub, exc))

    def policy(self, name: str | None, kind: type, path: PathKey) -> Any:
        if name is None:
            return None
        if name not in self.definition.policies:
            self.add(path, f"unknown policy '{name}'{self.suggest(name, self.definition.policies)}")
            return None
        found = self.policies.get(name)
        if found is not None and not isinstance(found, kind):
            expected = kind.__name__.removesuffix("Policy").lower()
            self.add(path, f"policy '{name}' is of kind '{found.kind}', not '{expected}'")
            return None
        return found

    def check_models(self) -> None:
        for name, ref in self.definition.models.items():
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
        default, models = self.definition.default_model, self.definition.models
        if default is not None and default not in models:
            self.add(("default_model",), f"unknown model '{default}'{self.suggest(default, models)}")

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

    def check_scripted_rules(self, file: Path) -> None:
        from railgraph.models.scripted import load_rules

        try:
            load_rules(display(file))
        except DefinitionError as exc:
            self.problems.extend(exc.problems)

    def model_ref(self, name: str | None, path: PathKey) -> None:
        if name is not None and name not in self.definition.models:
            self.add(path, f"unknown model '{name}'{self.suggest(name, self.definition.models)}")

    def check_tools(self) -> None:
        if not self.check_imports:
            return
        for name, dotted in self.definition.tools.items():
            try:
                target = import_dotted(dotted, self.root)
            except DottedPathError as exc:
                self.add(("tools", name), str(exc))
                continue
            if not callable(target):
                self.add(("tools", name), f"'{dotted}' is not callable")

    def check_rails(self) -> None:
        if not self.definition.rails:
            return
        from railgraph.integrations.nemo import validate_rails_config

        for name, rel in self.definition.rails.items():
            for message in validate_rails_config(self.root / rel):
                self.add(("rails", name), f"rails '{name}': {message}")

    def tool_ref(self, name: str, path: PathKey) -> None:
        if name not in self.definition.tools:
            self.add(path, f"unknown tool '{name}'{self.suggest(name, self.definition.tools)}")

    def check_nodes(self) -> None:
        for i, node in enumerate(self.definition.nodes):
            at: PathKey = ("nodes", i)
            if node.on_error is not None:
                self.target(node.on_error, (*at, "on_error"))
            kind_of(node).check(node, at, self)

    def agent_ref(self, name: str, path: PathKey) -> None:
        if name not in self.definition.agents:
            self.add(path, f"unknown agent '{name}'{self.suggest(name, self.definition.agents)}")

    def check_agents(self) -> None:
        """Specialists: remote ones need nothing loaded; in-process ones load like subgraphs."""
        for name, ref in self.definition.agents.items():
            base: PathKey = ("agents", name)
            self.policy(ref.breakers, BreakersPolicy, (*base, "breakers"))
            if self.definition.limits.run_budget_usd is not None and ref.max_cost_usd is None:
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
                sub = read_yaml(file, display(file))
                loaded = self.load(sub, file.parent, display(file), check_imports=self.check_imports,
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

    def load_subgraph(self, node_id: str, rel: str, path: PathKey) -> None:
        """Load the definition a ``subgraph`` node runs (``rel`` from the root), located at
        ``path``; its own problems are reported with it."""
        file = (self.root / rel).resolve()
        if str(file) in self.stack or (self.located.file and
                                       Path(self.located.file).resolve() == file):
            self.add(path, f"subgraph '{rel}' includes itself")
            return
        try:
            sub = read_yaml(file, display(file))
            loaded = self.load(sub, file.parent, display(file), check_imports=self.check_imports,
                               stack=(*self.stack, str(file)))
        except DefinitionError as exc:
            if len(exc.problems) == 1 and exc.problems[0].message == "file not found":
                self.add(path, f"subgraph file '{rel}' not found")
            else:
                self.add(path, f"subgraph '{rel}' is invalid "
                         f"({len(exc.problems)} problem(s) below)")
                self.problems.extend(exc.problems)
            return
        self.subgraphs[node_id] = loaded

    def dotted(self, text: str, path: PathKey, *, must_call: bool = False) -> None:
        """A dotted path ``module:name`` imports from the root (and is callable when
        ``must_call``); skipped when the graph is loaded without import checks."""
        if not self.check_imports:
            return
        try:
            target = import_dotted(text, self.root)
        except DottedPathError as exc:
            self.add(path, str(exc))
            return
        if must_call and not callable(target):
            self.add(path, f"'{text}' is not callable")

    def expression(self, text: str, path: PathKey) -> None:
        """``text`` is a valid condition over the graph's state names."""
        try:
            check_expression(text, self.names)
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
        outgoing: dict[str, list[int]] = {}
        for i, edge in enumerate(self.definition.edges):
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
                self.expression(branch.when, (*base, "branches", j, "when"))
            if edge.default is not None:
                self.target(edge.default, (*base, "default"))
        for node_id, edges in outgoing.items():
            conditional = [i for i in edges if self.definition.edges[i].branches is not None]
            if conditional and len(edges) > 1:
                self.add(("edges", edges[1], "from"), f"node '{node_id}' has a conditional edge "
                         "and other edges; put every target in one conditional edge")
        self.target(self.definition.limits.on_limit, ("limits", "on_limit"))
        supervisors = {n.id: n for n in self.definition.nodes if isinstance(n, SupervisorNode)}
        for i, node in enumerate(self.definition.nodes):
            if node.id in supervisors and node.id in outgoing:
                self.add(("edges", outgoing[node.id][0], "from"), f"supervisor '{node.id}' "
                         "routes by its own `routes` and `finish`; remove this edge")
            elif node.id not in outgoing and node.id not in supervisors:
                self.add(("nodes", i, "id"), f"node '{node.id}' has no outgoing edge "
                         "(add an edge, e.g. to END)")
        if self.problems:
            return  # reachability over a broken graph would only repeat the errors above
        forward: dict[str, set[str]] = {n: set() for n in self.index}
        for edge in self.definition.edges:
            forward[edge.from_].update(edge.targets())
        for node in self.definition.nodes:
            if node.on_error:
                forward[node.id].add(node.on_error)
        for sid, supervisor in supervisors.items():
            forward[sid].update([r.to for r in supervisor.params.routes] + [supervisor.params.finish])
            if self.definition.limits.on_limit != END:
                forward[sid].add(self.definition.limits.on_limit)
        if self.definition.limits.on_limit != END:  # every conditional edge can divert there
            for edge in self.definition.edges:
                if edge.branches is not None:
                    forward[edge.from_].add(self.definition.limits.on_limit)
        reached = _walk(self.definition.entry, forward)
        for i, node in enumerate(self.definition.nodes):
            if node.id not in reached:
                self.add(("nodes", i, "id"), f"node '{node.id}' is unreachable from entry "
                         f"'{self.definition.entry}'")
        backward: dict[str, set[str]] = {}
        for source, targets in forward.items():
            for target in targets:
                backward.setdefault(target, set()).add(source)
        finishing = _walk(END, backward)
        for i, node in enumerate(self.definition.nodes):
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


def display(path: Path) -> str:
    try:
        return str(path.relative_to(Path.cwd()))
    except ValueError:
        return str(path)


