"""Broken definitions are reported precisely: FILE:LINE:COL, all at once, exit 2."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from railgraph.cli import main
from railgraph.errors import DefinitionError
from railgraph.spec.loader import load_graph

VALID = """\
railgraph: 1
name: tiny
version: 0.1.0
root: .
state:
  ticket: {type: string}
policies:
  degradation: degradation.yaml
entry: first
nodes:
  - id: first
    kind: router
    params:
      rules:
        - {when: "matches(last_user_message, 'help')", route: help}
  - id: work
    kind: custom
    params: {function: "tinynodes:noop"}
  - id: answer
    kind: respond
    params: {policy: degradation}
edges:
  - from: first
    branches:
      - {when: "route == 'help'", to: work}
    default: answer
  - {from: work, to: answer}
  - {from: answer, to: END}
"""

DEGRADATION = "kind: degradation\ntemplates: {oops: Sorry.}\n"
NODES = "def noop(state):\n    return {}\n"


def write(tmp_path: Path, text: str, name: str = "graph.yaml") -> Path:
    (tmp_path / "degradation.yaml").write_text(DEGRADATION)
    (tmp_path / "tinynodes.py").write_text(NODES)
    path = tmp_path / name
    path.write_text(textwrap.dedent(text))
    return path


def problems(path: Path) -> list[tuple[int, int, str]]:
    with pytest.raises(DefinitionError) as info:
        load_graph(path)
    for problem in info.value.problems:
        assert problem.file == str(path)
    return [(p.line, p.column, p.message) for p in info.value.problems]


def test_valid_definition_loads(tmp_path: Path) -> None:
    loaded = load_graph(write(tmp_path, VALID))
    assert loaded.definition.name == "tiny"
    assert len(loaded.graph_hash) == 64
    assert [n.id for n in loaded.definition.nodes] == ["first", "work", "answer"]


def test_hash_ignores_formatting_but_not_content(tmp_path: Path) -> None:
    first = load_graph(write(tmp_path, VALID)).graph_hash
    reformatted = VALID.replace("version: 0.1.0", "version:   0.1.0   # same\n# comment")
    assert load_graph(write(tmp_path, reformatted, "b.yaml")).graph_hash == first
    changed = VALID.replace("route: help}", "route: helpme}").replace("'help'", "'helpme'")
    assert load_graph(write(tmp_path, changed, "c.yaml")).graph_hash != first


def test_yaml_syntax_error(tmp_path: Path) -> None:
    text = VALID.replace("  - id: work\n", "  - id: work\n   bad: [unclosed\n")
    (found,) = problems(write(tmp_path, text))
    assert found[0] == 17 and "YAML syntax" in found[2]


def test_unknown_field_with_suggestion(tmp_path: Path) -> None:
    text = VALID.replace("entry: first", "entry: first\nentyr: first")
    assert problems(write(tmp_path, text)) == [
        (10, 1, "unknown field 'entyr' (did you mean 'entry'?)")
    ]


def test_unknown_node_kind(tmp_path: Path) -> None:
    text = VALID.replace("    kind: custom\n", "    kind: magic\n")
    ((line, col, message),) = problems(write(tmp_path, text))
    assert (line, col) == (17, 11)
    assert "unknown node kind 'magic'" in message


def test_wrong_type_and_range(tmp_path: Path) -> None:
    text = VALID.replace("root: .", "root: .\nlimits: {max_steps: 1}")
    ((line, col, message),) = problems(write(tmp_path, text))
    assert (line, col) == (5, 21)
    assert message.startswith("limits.max_steps:")


def test_bad_semver(tmp_path: Path) -> None:
    text = VALID.replace("version: 0.1.0", "version: one")
    ((line, col, message),) = problems(write(tmp_path, text))
    assert (line, col) == (3, 10)
    assert "semantic versioning" in message


def test_duplicate_node_id(tmp_path: Path) -> None:
    text = VALID.replace("  - id: work\n", "  - id: first\n").replace("to: work", "to: first")
    found = problems(write(tmp_path, text))
    assert (16, 9, "duplicate node id 'first' (also nodes[0])") in found


def test_dangling_edge_target_with_suggestion(tmp_path: Path) -> None:
    text = VALID.replace("  - {from: work, to: answer}", "  - {from: work, to: answr}")
    found = problems(write(tmp_path, text))
    assert (27, 22, "unknown node 'answr' (did you mean 'answer'?)") in found


def test_unreachable_node(tmp_path: Path) -> None:
    text = VALID.replace("      - {when: \"route == 'help'\", to: work}\n",
                         "      - {when: \"route == 'help'\", to: answer}\n")
    assert problems(write(tmp_path, text)) == [
        (16, 9, "node 'work' is unreachable from entry 'first'")
    ]


def test_no_path_to_end(tmp_path: Path) -> None:
    text = VALID.replace("  - {from: work, to: answer}", "  - {from: work, to: work}")
    assert problems(write(tmp_path, text)) == [
        (16, 9, "node 'work' has no path to END (the turn could never finish)")
    ]


def test_missing_outgoing_edge(tmp_path: Path) -> None:
    text = VALID.replace("  - {from: answer, to: END}\n", "")
    found = problems(write(tmp_path, text))
    assert (19, 9, "node 'answer' has no outgoing edge (add an edge, e.g. to END)") in found


def test_malformed_expression_points_inside_it(tmp_path: Path) -> None:
    text = VALID.replace("{when: \"route == 'help'\"", "{when: \"route == = 'help'\"")
    ((line, col, message),) = problems(write(tmp_path, text))
    assert line == 25 and col > 16
    assert "malformed expression" in message


def test_unknown_name_in_expression(tmp_path: Path) -> None:
    text = VALID.replace("{when: \"route == 'help'\"", "{when: \"rout == 'help'\"")
    ((line, col, message),) = problems(write(tmp_path, text))
    assert (line, col) == (25, 17)
    assert "unknown name 'rout'" in message


def test_unsafe_expression_rejected(tmp_path: Path) -> None:
    text = VALID.replace("{when: \"route == 'help'\"", "{when: \"__import__('os')\"")
    ((_, _, message),) = problems(write(tmp_path, text))
    assert "only these functions can be called" in message


def test_unknown_references(tmp_path: Path) -> None:
    text = VALID.replace('"tinynodes:noop"', '"tinynodes:nope"').replace(
        "policy: degradation}", "policy: degradaton}").replace(
        "root: .", "root: .\nmodels: {m: 'scripted:missing.yaml'}")
    found = problems(write(tmp_path, text))
    messages = [m for _, _, m in found]
    assert any("cannot import 'tinynodes:nope'" in m for m in messages)
    assert any("unknown policy 'degradaton' (did you mean 'degradation'?)" in m for m in messages)
    assert any("scripted rules file 'missing.yaml' not found" in m for m in messages)
    assert len(found) == 3  # all reported at once


def test_missing_required_field(tmp_path: Path) -> None:
    text = VALID.replace("entry: first\n", "")
    assert problems(write(tmp_path, text)) == [(1, 1, "the top level: missing required field 'entry'")]


def test_unknown_schema_version(tmp_path: Path) -> None:
    text = VALID.replace("railgraph: 1", "railgraph: 7")
    assert problems(write(tmp_path, text)) == [
        (1, 12, "schema version 7 is newer than this railgraph reads (1)")
    ]


def test_boolean_key_trap(tmp_path: Path) -> None:
    text = VALID.replace("root: .", "root: .\nlimits: {on: 3}")
    assert problems(write(tmp_path, text)) == [
        (5, 10, "key 'on' is read by YAML as a boolean; quote it ('on')")
    ]


def test_duplicate_yaml_key(tmp_path: Path) -> None:
    text = VALID.replace("root: .", "root: .\nname: other")
    assert problems(write(tmp_path, text)) == [(5, 1, "duplicate key 'name' (first at line 2)")]


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"", "file is empty"),
        (b"- just\n- a list\n", "the top level must be a mapping, found a list"),
        (b"\x00\x01\xff\xfe binary", "not UTF-8 text"),
        (b"just a string", "the top level must be a mapping, found a str"),
        (b"a: " + b"[" * 200 + b"]" * 200, "nesting deeper than 64 levels"),
        (b"a: &a [1,1,1,1,1,1,1,1,1]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\n"
         b"c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\n"
         b"e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]\nf: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]\n",
         "alias bomb"),
    ],
)
def test_hostile_files(tmp_path: Path, content: bytes, expected: str) -> None:
    path = tmp_path / "bad.yaml"
    path.write_bytes(content)
    ((_, _, message),) = problems(path)
    assert expected in message


def test_huge_file_rejected_before_parsing(tmp_path: Path) -> None:
    path = tmp_path / "huge.yaml"
    path.write_bytes(b"# padding\n" * 1_000_000)
    assert problems(path) == [(1, 1, "file is 10.0 MB; the limit is 2.1 MB")]


def test_cli_validate_reports_every_file_and_exits_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good = write(tmp_path, VALID)
    bad = write(tmp_path, VALID.replace("version: 0.1.0", "version: x"), "bad.yaml")
    assert main(["validate", str(good)]) == 0
    assert main(["validate", str(good), str(bad), str(tmp_path / "absent.yaml")]) == 2
    err = capsys.readouterr().err.splitlines()
    assert err[0].startswith(f"{bad}:3:10: version:")
    assert err[1] == f"{tmp_path / 'absent.yaml'}:1:1: file not found"
    assert "Traceback" not in "".join(err)


REFERENCES = """\
railgraph: 1
name: refs
version: 1.0.0
root: .
models: {main: scripted}
tools: {}
entry: check
nodes:
  - id: check
    kind: guard
    params:
      checks:
        - {detector: injektion}
        - {detector: size, params: {max_chars: -1}}
  - id: policy
    kind: rails
    params: {config: nowhere}
  - id: agent
    kind: llm
    params: {model: mian, tools: [lookup]}
  - id: answer
    kind: respond
edges:
  - {from: check, to: policy}
  - {from: policy, to: agent}
  - {from: agent, to: answer}
  - {from: answer, to: END}
"""


def test_unknown_model_tool_rails_and_detector(tmp_path: Path) -> None:
    (tmp_path / "policies").mkdir()
    rules = Path(__file__).resolve().parents[2] / "policies" / "scripted_model.yaml"
    (tmp_path / "policies" / "scripted_model.yaml").write_text(rules.read_text())
    found = problems(write(tmp_path, REFERENCES))
    assert (13, 22, "unknown detector 'injektion' (did you mean 'injection'?)") in found
    assert (14, 48, "detector 'size' parameter 'max_chars': Input should be greater than 0") \
        in found
    assert (17, 22, "unknown rails config 'nowhere'") in found
    assert (20, 21, "unknown model 'mian' (did you mean 'main'?)") in found
    assert (20, 35, "unknown tool 'lookup'") in found
    assert len(found) == 5
