"""Mutated definitions never let anything but a located DefinitionError escape."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from railgraph.errors import DefinitionError
from railgraph.source import parse_yaml
from railgraph.spec.loader import load_graph

from .test_loader import DEGRADATION, NODES, VALID

BASE: dict[str, Any] = yaml.safe_load(VALID)

scalars = st.one_of(
    st.none(), st.booleans(), st.integers(-10**6, 10**6), st.floats(allow_nan=True),
    st.text(max_size=20), st.sampled_from(["END", "first", "work", "answer", "route == 1", "(("]),
)
values = st.recursive(
    scalars,
    lambda inner: st.one_of(st.lists(inner, max_size=4),
                            st.dictionaries(st.text(max_size=8), inner, max_size=4)),
    max_leaves=12,
)


def _paths(data: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    out = [prefix]
    if isinstance(data, dict):
        for key, value in data.items():
            out.extend(_paths(value, (*prefix, key)))
    elif isinstance(data, list):
        for i, value in enumerate(data):
            out.extend(_paths(value, (*prefix, i)))
    return out


PATHS = [p for p in _paths(BASE) if p]


def _mutate(data: Any, path: tuple[Any, ...], op: str, value: Any) -> Any:
    import copy

    data = copy.deepcopy(data)
    parent = data
    for part in path[:-1]:
        parent = parent[part]
    last = path[-1]
    if op == "delete":
        del parent[last]
    elif op == "replace":
        parent[last] = value
    elif op == "insert" and isinstance(parent, dict):
        parent[f"{last}_x"] = value
    elif op == "insert" and isinstance(parent, list):
        parent.insert(last, value)
    return data


@settings(max_examples=300, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(
    mutations=st.lists(
        st.tuples(st.sampled_from(PATHS), st.sampled_from(["delete", "replace", "insert"]),
                  values),
        min_size=1, max_size=3,
    )
)
def test_mutated_definitions_fail_cleanly(tmp_path: Path, mutations: list[Any]) -> None:
    data: Any = BASE
    for path, op, value in mutations:
        try:
            data = _mutate(data, path, op, value)
        except (KeyError, IndexError, TypeError):
            continue  # an earlier mutation removed this path
    (tmp_path / "degradation.yaml").write_text(DEGRADATION)
    (tmp_path / "tinynodes.py").write_text(NODES)
    file = tmp_path / "g.yaml"
    file.write_text(yaml.safe_dump(data, allow_unicode=True))
    try:
        load_graph(file)
    except DefinitionError as exc:
        assert exc.problems
        for problem in exc.problems:
            assert problem.file == str(file)
            assert problem.line >= 1 and problem.column >= 1
            assert problem.message and "Traceback" not in problem.message


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=300))
def test_arbitrary_text_fails_cleanly(text: str) -> None:
    try:
        parse_yaml(text, "fuzz.yaml")
    except DefinitionError as exc:
        assert all(p.line >= 1 and p.column >= 1 for p in exc.problems)


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=300))
def test_arbitrary_bytes_fail_cleanly(tmp_path_factory: Any, blob: bytes) -> None:
    path = tmp_path_factory.mktemp("bin") / "blob.yaml"
    path.write_bytes(blob)
    try:
        load_graph(path)
    except DefinitionError as exc:
        assert exc.problems
