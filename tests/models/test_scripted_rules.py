"""The scripted model's rules file and templates: validation, located errors, rendering."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from railgraph.errors import DefinitionError
from railgraph.models.scripted_rules import (
    UNKNOWN,
    load_rules,
    match_groups,
    parse_rules,
    render,
    render_args,
    rules_from_data,
    shorten,
)

ROOT = Path(__file__).resolve().parents[2]

RULES = """\
rules:
  - intent: order_status
    match: '\\border\\b\\D{0,20}(?P<order>\\d{4,})'
    tool_call: {name: lookup_order, args: {order_id: '{order}'}}
    answer: "Order {result.order_id} is {result.status}."
    confidence: 0.9
fallback: {answer: "No idea."}
"""


def test_rules_parse_with_defaults() -> None:
    rules = parse_rules(RULES, "rules.yaml")
    [rule] = rules.rules
    assert rule.intent == "order_status" and rule.confidence == 0.9
    assert rule.tool_call is not None and rule.tool_call.name == "lookup_order"
    found = rule.search("Where is ORDER number 10042?")
    assert found is not None and found.group("order") == "10042"
    assert rule.search("hello") is None
    assert rules.fallback.answer == "No idea." and rules.fallback.confidence == 0.3


def test_the_shipped_rules_file_loads() -> None:
    rules = load_rules(ROOT / "policies" / "scripted_model.yaml")
    assert rules.kind == "scripted_model" and rules.rules


@pytest.mark.parametrize(("text", "message"), [
    ("rules:\n  - intent: x\n    match: '('\n    answer: a\n", "rules.yaml:3"),
    ("rules:\n  - intent: x\n    match: 'y'\n    answer: '{bad path}'\n", "rules.yaml:4"),
    ("rules:\n  - intent: x\n    match: 'y'\n    answer: a\n    colour: red\n", "colour"),
    ("rules:\n  - intent: x\n    match: 'y'\n    answer: a\n    confidence: 2\n", "confidence"),
])
def test_problems_are_located_in_the_file(text: str, message: str) -> None:
    with pytest.raises(DefinitionError, match=re.escape(message)):
        parse_rules(text, "rules.yaml")


def test_rules_from_data_name_their_source() -> None:
    rules = rules_from_data({"rules": [{"intent": "hi", "match": "^hi", "answer": "Hello."}]})
    assert rules.rules[0].answer == "Hello."
    with pytest.raises(DefinitionError, match="inline"):
        rules_from_data({"rules": [{"intent": "hi"}]}, "inline")


def test_render_fills_paths_and_reports_gaps() -> None:
    context = {"result": {"order_id": "10042", "items": ["mug", "tea"], "paid": True,
                          "lines": [{"sku": "A1"}], "meta": {"b": 2, "a": 1}}, "1": "x"}
    assert render("{result.order_id}: {result.items}, paid {result.paid}", context) == (
        "10042: mug, tea, paid yes", True)
    assert render("{result.lines.0.sku} {result.meta}", context) == ('A1 {"a": 1, "b": 2}', True)
    assert render("due {result.eta}", context) == (f"due {UNKNOWN}", False)
    assert render("{{literal}} {1}", context) == ("{literal} x", True)


def test_render_args_keep_the_type_of_a_lone_placeholder() -> None:
    context = {"order": "10042", "n": 3, "flags": ["a"]}
    assert render_args({"id": "{order}", "count": "{n}", "note": "about {order}",
                        "tags": ["{flags}", 7]}, context) == (
        {"id": "10042", "count": 3, "note": "about 10042", "tags": [["a"], 7]}, True)
    assert render_args({"id": "{missing}"}, context) == ({"id": None}, False)


def test_match_groups_by_number_and_name() -> None:
    found = re.search(r"order (?P<id>\d+) (\w+)", "my order 42 late")
    assert match_groups(found) == {"0": "order 42 late", "1": "42", "2": "late", "id": "42"}
    assert match_groups(None) == {}


def test_shorten_keeps_the_first_sentence_within_the_limit() -> None:
    assert shorten("Your order   ships Monday.  It has two items.") == "Your order ships Monday."
    long = "word " * 100
    short = shorten(long, limit=20)
    assert short.endswith("…") and len(short) <= 21 and " " not in short[-2:]
