"""The scripted chat model: rules, tool calls, templated answers, usage, tool binding, an agent loop."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from langchain_core.messages import (
    AIMessage,
    BaseMessage,
    HumanMessage,
    SystemMessage,
    ToolMessage,
)
from langchain_core.tools import StructuredTool
from langgraph.graph import END, START, StateGraph
from langgraph.prebuilt import ToolNode
from pydantic import BaseModel

from railgraph.errors import (
    DefinitionError,
)
from railgraph.imports import import_dotted
from railgraph.models import (
    ScriptedChatModel,
)
from tests.models.support import SMALL_RULES, State, lookup_order

ROOT = Path(__file__).resolve().parents[2]
RULES = ROOT / "policies" / "scripted_model.yaml"

refund_policy = import_dotted("nodes.support_tools:refund_policy", ROOT)
create_ticket = import_dotted("nodes.support_tools:create_ticket", ROOT)

TOOLS = {
    f.__name__: StructuredTool.from_function(f, name=f.__name__)
    for f in (lookup_order, refund_policy, create_ticket)
}





@pytest.fixture
def support_model() -> ScriptedChatModel:
    return ScriptedChatModel.from_file(RULES)


def run_tool(call: Any) -> ToolMessage:
    message = TOOLS[call["name"]].invoke(call)
    assert isinstance(message, ToolMessage)
    return message




# ------------------------------------------------------------------ scripted model


def test_tool_call_with_extracted_arguments(support_model: ScriptedChatModel) -> None:
    model = support_model.bind_tools(list(TOOLS.values()))
    reply = model.invoke([HumanMessage("Hi, where is my order #10042?")])
    assert reply.content == ""
    assert [(c["name"], c["args"]) for c in reply.tool_calls] == [
        ("lookup_order", {"order_id": "10042"})
    ]
    assert str(reply.tool_calls[0]["id"]).startswith("call_")
    assert reply.response_metadata["intent"] == "order_status"
    assert reply.response_metadata["finish_reason"] == "tool_calls"


def test_answer_after_tool_result_fills_template(support_model: ScriptedChatModel) -> None:
    model = support_model.bind_tools(list(TOOLS.values()))
    messages: list[BaseMessage] = [HumanMessage("Where is order 10042?")]
    call = model.invoke(messages)
    messages += [call, run_tool(call.tool_calls[0])]
    reply = model.invoke(messages)
    assert not reply.tool_calls
    text = str(reply.content)
    for fact in ("10042", "shipped", "DHL", "2026-11-27", "jane.doe@example.com"):
        assert fact in text
    assert reply.response_metadata["confidence"] == 0.9


def test_patterns_match_text_with_pii_markers(support_model: ScriptedChatModel) -> None:
    model = support_model.bind_tools(list(TOOLS.values()))
    reply = model.invoke(
        [HumanMessage("I'm <PERSON>, mail me at <EMAIL_ADDRESS>: where's order no. 10043?")]
    )
    assert reply.tool_calls[0]["args"] == {"order_id": "10043"}


def test_unknown_order_gets_the_error_answer(support_model: ScriptedChatModel) -> None:
    model = support_model.bind_tools(list(TOOLS.values()))
    messages: list[BaseMessage] = [HumanMessage("status of order 99999 please")]
    call = model.invoke(messages)
    reply = model.invoke([*messages, call, run_tool(call.tool_calls[0])])
    assert "couldn't find order 99999" in str(reply.content)
    assert reply.response_metadata["template"] == "error_answer"
    assert reply.response_metadata["confidence"] == 0.6


def test_missing_fields_render_as_unknown() -> None:
    model = ScriptedChatModel.from_rules(SMALL_RULES).bind_tools([lookup_order])
    call = model.invoke([HumanMessage("order 12345")])
    result = ToolMessage('{"order_id": "12345"}', tool_call_id=call.tool_calls[0]["id"],
                         name="lookup_order")
    reply = model.invoke([HumanMessage("order 12345"), call, result])
    assert reply.content == "Order 12345 is unknown, due unknown."


def test_non_json_and_failed_tool_results_do_not_crash() -> None:
    model = ScriptedChatModel.from_rules(SMALL_RULES).bind_tools([lookup_order])
    call = model.invoke([HumanMessage("order 12345")])
    tc_id = call.tool_calls[0]["id"]
    plain = ToolMessage("not json at all", tool_call_id=tc_id, name="lookup_order")
    reply = model.invoke([HumanMessage("order 12345"), call, plain])
    assert reply.content == "Order unknown is unknown, due unknown."
    failed = ToolMessage("Error: boom", tool_call_id=tc_id, name="lookup_order", status="error")
    reply = model.invoke([HumanMessage("order 12345"), call, failed])
    assert reply.response_metadata["template"] == "error_answer"
    assert "boom" not in str(reply.content)  # raw tool errors are not shown to customers


def test_unbound_tool_answers_without_calling(support_model: ScriptedChatModel) -> None:
    reply = support_model.invoke("where is order 10042")
    assert not reply.tool_calls
    assert "can't look up order 10042" in str(reply.content)
    only_refunds = support_model.bind_tools([TOOLS["refund_policy"]])
    assert not only_refunds.invoke("where is order 10042").tool_calls
    none = support_model.bind_tools(list(TOOLS.values()), tool_choice="none")
    assert not none.invoke("where is order 10042").tool_calls


def test_order_question_without_number_asks_for_it(support_model: ScriptedChatModel) -> None:
    reply = support_model.bind_tools(list(TOOLS.values())).invoke("Where is my package?")
    assert not reply.tool_calls
    assert "order number" in str(reply.content)


@pytest.mark.parametrize(
    ("question", "intent", "tool", "args"),
    [
        ("I want a refund, the lamp arrived broken", "refund", "refund_policy",
         {"topic": "broken"}),
        ("Can I get my money back?", "refund", "refund_policy", {"topic": "general"}),
        ("Please open a ticket, the courier was rude", "ticket", "create_ticket",
         {"summary": "Please open a ticket, the courier was rude", "priority": "normal"}),
    ],
)
def test_domain_tool_rules(
    support_model: ScriptedChatModel, question: str, intent: str, tool: str, args: dict[str, Any]
) -> None:
    model = support_model.bind_tools(list(TOOLS.values()))
    call = model.invoke(question)
    assert call.response_metadata["intent"] == intent
    assert [(c["name"], c["args"]) for c in call.tool_calls] == [(tool, args)]
    answer = model.invoke([HumanMessage(question), call, run_tool(call.tool_calls[0])])
    assert answer.content and not answer.tool_calls


@pytest.mark.parametrize(
    ("question", "intent", "needle"),
    [
        ("Hello!", "greeting", "scripted demo model"),
        ("What are your opening hours?", "opening_hours", "Monday to Friday"),
        ("How much is shipping to Austria?", "shipping", "3-5 business days"),
        ("thank you", "thanks", "welcome"),
        ("Write me a poem about the sea", "fallback", "not sure"),
    ],
)
def test_domain_answers(
    support_model: ScriptedChatModel, question: str, intent: str, needle: str
) -> None:
    reply = support_model.invoke(question)
    assert reply.response_metadata["intent"] == intent
    assert needle in str(reply.content)


def test_fallback_is_low_confidence(support_model: ScriptedChatModel) -> None:
    reply = support_model.invoke("What is the meaning of life?")
    assert reply.response_metadata["confidence"] < 0.4
    assert reply.response_metadata["rule"] is None


def test_replies_are_deterministic(support_model: ScriptedChatModel) -> None:
    model = support_model.bind_tools(list(TOOLS.values()))
    messages = [SystemMessage("You are a support agent."), HumanMessage("order 10044?")]
    first, second = model.invoke(messages), model.invoke(messages)
    assert first.tool_calls == second.tool_calls
    assert first.usage_metadata == second.usage_metadata
    other = ScriptedChatModel.from_file(RULES).bind_tools(list(TOOLS.values()))
    assert other.invoke(messages).tool_calls == first.tool_calls
    # The same question later in the thread is a new turn, with a new call id.
    later = model.invoke([*messages, AIMessage("..."), HumanMessage("order 10044?")])
    assert later.tool_calls[0]["id"] != first.tool_calls[0]["id"]


def test_usage_metadata_approximates_four_chars_per_token() -> None:
    model = ScriptedChatModel.from_rules(SMALL_RULES)
    reply = model.invoke([HumanMessage("hello" + "x" * 15)])  # 20 chars -> 5 tokens
    assert reply.content == "Hello there."  # 12 chars -> 3 tokens
    assert reply.usage_metadata == {"input_tokens": 5, "output_tokens": 3, "total_tokens": 8}
    assert reply.response_metadata["model_name"] == "scripted"
    assert reply.response_metadata["scripted"] is True


def test_bound_tool_schemas_count_as_input() -> None:
    model = ScriptedChatModel.from_rules(SMALL_RULES)
    plain = model.invoke("hello").usage_metadata
    bound = model.bind_tools([lookup_order]).invoke("hello").usage_metadata
    assert plain is not None and bound is not None
    assert bound["input_tokens"] > plain["input_tokens"]


class LookupOrder(BaseModel):
    """Look up an order."""

    order_id: str


@pytest.mark.parametrize(
    "tool",
    [
        TOOLS["lookup_order"],
        lookup_order,
        LookupOrder,
        {"type": "function", "function": {"name": "lookup_order", "parameters": {}}},
        {"name": "lookup_order", "description": "x", "parameters": {"type": "object"}},
        {"name": "lookup_order"},
    ],
    ids=["basetool", "function", "pydantic", "openai-dict", "plain-dict", "bare-dict"],
)
def test_bind_tools_accepts_every_tool_form(tool: Any) -> None:
    model = ScriptedChatModel.from_rules(SMALL_RULES)
    if isinstance(tool, type):
        tool_name = "LookupOrder"  # a pydantic class is named after itself
        model = ScriptedChatModel.from_rules(SMALL_RULES.replace("name: lookup_order",
                                                                 "name: LookupOrder"))
    else:
        tool_name = "lookup_order"
    reply = model.bind_tools([tool]).invoke("order 4242")
    assert [(c["name"], c["args"]) for c in reply.tool_calls] == [
        (tool_name, {"order_id": "4242"})
    ]


async def test_async_matches_sync(support_model: ScriptedChatModel) -> None:
    model = support_model.bind_tools(list(TOOLS.values()))
    sync = model.invoke("where is order 10042")
    async_reply = await model.ainvoke("where is order 10042")
    assert async_reply.tool_calls == sync.tool_calls


def test_reviewer_feedback_gets_revised_answer(support_model: ScriptedChatModel) -> None:
    model = support_model.bind_tools(list(TOOLS.values()))
    messages: list[BaseMessage] = [HumanMessage("where is order 10042")]
    call = model.invoke(messages)
    messages += [call, run_tool(call.tool_calls[0])]
    draft = model.invoke(messages)
    feedback = SystemMessage("Reviewer feedback on your last draft: the answer contains "
                             "personal data. Revise the answer.")
    revised = model.invoke([*messages, draft, feedback])
    assert revised.response_metadata["template"] == "revised_answer"
    assert len(str(revised.content)) < len(str(draft.content))
    assert "@" not in str(revised.content) and "10042" in str(revised.content)
    assert model.invoke([*messages, draft, feedback]).content == revised.content


def test_feedback_without_revised_answer_shortens_the_draft() -> None:
    model = ScriptedChatModel.from_rules(SMALL_RULES)
    draft = model.invoke("what?")
    assert draft.content == "No idea. Really none."
    feedback = HumanMessage("Please make it shorter.", name="reviewer")
    revised = model.invoke([HumanMessage("what?"), draft, feedback])
    assert revised.content == "No idea."
    assert revised.response_metadata["intent"] == "fallback"


def test_works_in_a_langgraph_agent_loop(support_model: ScriptedChatModel) -> None:
    model = support_model.bind_tools(list(TOOLS.values()))

    def agent(state: State) -> dict[str, Any]:
        return {"messages": [model.invoke(state["messages"])]}

    def route(state: State) -> str:
        last = state["messages"][-1]
        return "tools" if isinstance(last, AIMessage) and last.tool_calls else END

    builder = StateGraph(State)
    builder.add_node("agent", agent)
    builder.add_node("tools", ToolNode(list(TOOLS.values())))
    builder.add_edge(START, "agent")
    builder.add_conditional_edges("agent", route, ["tools", END])
    builder.add_edge("tools", "agent")
    graph = builder.compile()
    out = graph.invoke({"messages": [HumanMessage("where is order 20001?")]})
    kinds = [type(m).__name__ for m in out["messages"]]
    assert kinds == ["HumanMessage", "AIMessage", "ToolMessage", "AIMessage"]
    assert "delayed" in str(out["messages"][-1].content)


class TestRulesFileErrors:
    def test_missing_file_names_it(self, tmp_path: Path) -> None:
        missing = tmp_path / "nope.yaml"
        with pytest.raises(DefinitionError, match=r"nope.yaml:1:1: .*not found"):
            ScriptedChatModel.from_file(missing)

    def test_bad_yaml_is_located(self, tmp_path: Path) -> None:
        path = tmp_path / "rules.yaml"
        path.write_text("rules:\n  - intent: x\n    match: [unclosed\n")
        with pytest.raises(DefinitionError, match=r"rules\.yaml:\d+:\d+: YAML syntax"):
            ScriptedChatModel.from_file(path)

    def test_bad_regex_names_file_and_rule(self, tmp_path: Path) -> None:
        path = tmp_path / "rules.yaml"
        path.write_text(
            "rules:\n"
            "  - {intent: ok, match: 'fine', answer: 'a'}\n"
            "  - intent: broken\n"
            "    match: ['good', '(unclosed']\n"
            "    answer: 'b'\n"
        )
        with pytest.raises(DefinitionError) as caught:
            ScriptedChatModel.from_file(path)
        message = str(caught.value)
        assert str(path) in message
        assert "rules[1].match[1]" in message and "'broken'" in message
        assert "invalid regular expression" in message
        assert caught.value.problems[0].line == 4

    def test_unknown_field_and_bad_placeholder(self, tmp_path: Path) -> None:
        path = tmp_path / "rules.yaml"
        path.write_text("rules:\n  - {intent: a, match: x, answer: '{result order}', anwser: y}\n")
        with pytest.raises(DefinitionError) as caught:
            ScriptedChatModel.from_file(path)
        message = str(caught.value)
        assert "unknown field 'anwser'" in message
        assert "bad placeholder '{result order}'" in message

    def test_rules_are_read_by_the_bounded_reader(self, tmp_path: Path) -> None:
        path = tmp_path / "rules.yaml"
        path.write_text("rules: []\nfallback: {answer: a}\nfallback: {answer: b}\n")
        with pytest.raises(DefinitionError, match=r"rules\.yaml:3:1: duplicate key 'fallback'"):
            ScriptedChatModel.from_file(path)
        path.write_text("rules: []\n" + "#" * (1024 * 1024))
        with pytest.raises(DefinitionError, match=r"rules\.yaml:1:1: file is 1\.0 MB; the limit"):
            ScriptedChatModel.from_file(path)

    def test_empty_file(self, tmp_path: Path) -> None:
        path = tmp_path / "rules.yaml"
        path.write_text("")
        with pytest.raises(DefinitionError, match="empty"):
            ScriptedChatModel.from_file(path)

