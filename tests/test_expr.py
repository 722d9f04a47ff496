"""The condition language: what is checked at load time, and how conditions read state."""

from __future__ import annotations

import pytest
from langchain_core.messages import AIMessage, HumanMessage

from railgraph.errors import ExpressionError
from railgraph.expr import Condition, check_expression, derived_value

NAMES = ("route", "blocked", "failures", "review", "tags", "answer")


@pytest.mark.parametrize(("text", "message", "offset"), [
    ("route ==", "malformed expression", None),
    ("__import__('os')", "only these functions can be called", 0),
    ("route.__class__", "private attribute '__class__'", 0),
    ("lambda: 1", "'Lambda' is not allowed", 0),
    ("[x for x in tags]", "'ListComp' is not allowed", 0),
    ("rout == 'human'", "unknown name 'rout'", 0),
    ("blocked and  colour", "unknown name 'colour'", 13),
    ("matches(answer, '(')", "bad regular expression", 0),
    ("lower(value=route)", "keyword arguments are not supported", 0),
])
def test_unsafe_or_unknown_expressions_are_located_errors(text: str, message: str,
                                                          offset: int | None) -> None:
    with pytest.raises(ExpressionError, match=message) as caught:
        check_expression(text, NAMES)
    if offset is not None:
        assert caught.value.offset == offset


def test_leading_spaces_count_in_the_offset() -> None:
    with pytest.raises(ExpressionError) as caught:
        check_expression("   nope", NAMES)
    assert caught.value.offset == 3


def test_fields_derived_names_and_functions_are_accepted() -> None:
    check_expression("route == 'human' and not blocked", NAMES)
    check_expression("has_tool_calls or remaining_steps < 2 or true", NAMES)
    check_expression("matches(last_user_message, 'refund|return') and len(tags) > 0", NAMES)
    check_expression("review.decision == 'approve' if review else false", NAMES)


def test_condition_reads_state_fields() -> None:
    cond = Condition("route == 'human' and not blocked", NAMES)
    assert cond({"route": "human", "blocked": False})
    assert not cond({"route": "human", "blocked": True})
    assert not cond({"route": "agent"})
    assert repr(cond) == "Condition(\"route == 'human' and not blocked\")"


def test_unset_fields_read_as_none_and_impossible_comparisons_are_false() -> None:
    assert not Condition("failures > 2", NAMES)({})
    assert Condition("failures > 2", NAMES)({"failures": 3})
    review = Condition("review.decision == 'approve'", NAMES)
    assert not review({})
    assert review({"review": {"decision": "approve"}})
    assert not Condition("review['decision'] == 'approve'", NAMES)({"review": None})


def test_functions_are_lenient_about_missing_values() -> None:
    assert Condition("len(tags) == 0", NAMES)({"tags": None})
    assert Condition("lower(route) == ''", NAMES)({})
    assert Condition("contains(answer, 'REFUND')", NAMES)({"answer": "your refund is due"})
    assert not Condition("contains(tags, 'vip')", NAMES)({})
    assert Condition("contains(tags, 'vip')", NAMES)({"tags": ["vip", "new"]})
    assert Condition("startswith(route, 'hu')", NAMES)({"route": "human"})
    assert Condition("matches(answer, 'order \\\\d+')", NAMES)({"answer": "order 42 shipped"})


def test_derived_names_come_from_the_messages() -> None:
    call = {"name": "lookup_order", "args": {}, "id": "c1", "type": "tool_call"}
    state = {"messages": [HumanMessage("first"), AIMessage("reply"),
                          HumanMessage([{"type": "text", "text": "where is"},
                                        {"type": "text", "text": "my order"}]),
                          AIMessage("", tool_calls=[call])],
             "remaining_steps": 4}
    assert derived_value("last_user_message", state) == "where is my order"
    assert derived_value("last_message", state) == ""
    assert derived_value("has_tool_calls", state) is True
    assert derived_value("remaining_steps", state) == 4
    assert derived_value("true", state) is True and derived_value("false", state) is False
    assert derived_value("last_user_message", {}) == ""
    assert derived_value("has_tool_calls", {"messages": []}) is False
    with pytest.raises(KeyError):
        derived_value("route", state)


def test_a_state_field_shadows_a_derived_name() -> None:
    cond = Condition("last_message == 'from state'", ("last_message",))
    assert cond({"last_message": "from state", "messages": [HumanMessage("hi")]})
    assert Condition("last_message == 'hi'", NAMES)({"messages": [HumanMessage("hi")]})
