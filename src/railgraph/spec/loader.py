"""Load a graph definition: YAML → schema → references, with every problem located.

``load_graph`` never lets an exception other than :class:`DefinitionError`
escape for bad input; each problem carries ``FILE:LINE:COL``. All checks run
and all problems are reported together, so one pass of fixes is enough.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from railgraph.errors import DefinitionError
from railgraph.source import Located, parse_yaml, read_yaml
from railgraph.spec.checks import Checker, schema_problems
from railgraph.spec.migrate import CURRENT, migrations_from
from railgraph.spec.model import GraphDefinition

__all__ = ["LoadedGraph", "canonical_hash", "load_graph", "load_graph_data"]

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
        raise DefinitionError(schema_problems(located, exc)) from None
    checker = Checker(located, definition, folder, check_imports, stack, policy_override, _load)
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


def parse_definition_text(text: str, name: str = "<string>") -> LoadedGraph:
    """Load a definition from YAML text (tests, notebooks); paths resolve from the cwd."""
    located = parse_yaml(text, name)
    return _load(located, Path.cwd(), name, check_imports=True, stack=())
