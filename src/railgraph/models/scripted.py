"""A deterministic, offline chat model whose answers come from a rules file.

No LLM is reachable from the machines railgraph is developed and demonstrated on,
yet graphs, guards, reviewers and budgets need a model that behaves like one:
calls tools, answers after tool results, revises when asked, reports tokens.
:class:`ScriptedChatModel` does that from a YAML file of regular expressions and
templates. It never pretends otherwise: its model name is ``scripted``, and every
answer carries ``response_metadata["scripted"] = True``.

The rules file and its templates are described in :mod:`railgraph.models.scripted_rules`.

Behaviour, looking at the conversation:

1. The last message is a ``ToolMessage``: answer with ``answer`` of the rule
   that requested the tool (found through the tool call's id, else by tool name),
   filled from the result; with ``error_answer`` when the tool failed
   (``status="error"``) or the result has a truthy ``error`` field.
2. The last message is reviewer feedback (a ``SystemMessage`` that mentions
   "reviewer feedback" or asks to revise, or any message named ``reviewer``):
   answer with the rule's ``revised_answer`` when the draft used ``answer``,
   else with the draft shortened to its first sentence (at most 200 characters).
3. Otherwise the last user message is matched against the rules. A rule with
   ``tool_call`` whose tool is bound (:meth:`ScriptedChatModel.bind_tools`)
   returns that tool call (its id is a hash of the rule, arguments and turn, so
   runs repeat exactly); if the tool already answered in this turn, the answer
   uses that result instead of calling again. A rule whose tool is not bound
   answers with ``without_tool_answer`` (else ``answer``). A rule without tool
   answers with ``answer``. No rule: ``fallback``.

Token usage is an approximation, stated here so budgets built on it are
understood: ``ceil(characters / 4)``, at least 1, per input message (tool calls
counted as their JSON), plus the JSON of the bound tool schemas; the output is
``ceil(characters / 4)`` of the answer or of the tool call's JSON.
"""

from __future__ import annotations

import hashlib
import json
import math
import re
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any, cast

from langchain_core.callbacks import AsyncCallbackManagerForLLMRun, CallbackManagerForLLMRun
from langchain_core.language_models import BaseChatModel, LanguageModelInput
from langchain_core.messages import (
    AIMessage,
    BaseMessage,
    HumanMessage,
    SystemMessage,
    ToolMessage,
)
from langchain_core.messages.ai import UsageMetadata
from langchain_core.outputs import ChatGeneration, ChatResult
from langchain_core.runnables import Runnable
from langchain_core.tools import BaseTool
from langchain_core.utils.function_calling import convert_to_openai_tool

from railgraph.models.scripted_rules import (
    MAX_RULES_BYTES,
    ScriptedFallback,
    ScriptedRule,
    ScriptedRules,
    ScriptedToolCall,
    load_rules,
    match_groups,
    parse_rules,
    render,
    render_args,
    rules_from_data,
    shorten,
)

__all__ = [
    "MAX_RULES_BYTES",
    "SCRIPTED_MODEL_NAME",
    "ScriptedChatModel",
    "ScriptedFallback",
    "ScriptedRule",
    "ScriptedRules",
    "ScriptedToolCall",
    "load_rules",
    "parse_rules",
    "shorten",
]

SCRIPTED_MODEL_NAME = "scripted"
"""The model name the scripted model reports, everywhere a real model reports its own."""

DEFAULT_ERROR_ANSWER = (
    "Sorry, something went wrong while looking that up. Please try again in a moment, "
    "or ask me to pass you to a colleague."
)
"""Answer after a failed tool call when the rule has no ``error_answer``."""

_FEEDBACK = re.compile(r"\breviewer feedback\b|\brevis(?:e|ion)\b", re.IGNORECASE)


# ------------------------------------------------------------------ conversation


def _text(message: BaseMessage) -> str:
    content = message.content
    if isinstance(content, str):
        return content
    parts = []
    for block in content:
        if isinstance(block, str):
            parts.append(block)
        elif isinstance(block, Mapping) and isinstance(block.get("text"), str):
            parts.append(block["text"])
    return "".join(parts)


def _is_feedback(message: BaseMessage) -> bool:
    if isinstance(message, AIMessage | ToolMessage):
        return False
    if message.name == "reviewer":
        return True
    if isinstance(message, SystemMessage):
        return bool(_FEEDBACK.search(_text(message)))
    return isinstance(message, HumanMessage) and _text(message).lstrip().lower().startswith(
        "reviewer feedback"
    )


def _last_human(messages: Sequence[BaseMessage]) -> int | None:
    for i in range(len(messages) - 1, -1, -1):
        if isinstance(messages[i], HumanMessage) and not _is_feedback(messages[i]):
            return i
    return None


def _tool_result(message: ToolMessage) -> tuple[dict[str, Any], bool]:
    """The tool result as a mapping, and whether it reports a failure."""
    text = _text(message)
    try:
        parsed = json.loads(text)
    except ValueError:
        result: dict[str, Any] = {"text": text}
    else:
        result = dict(parsed) if isinstance(parsed, dict) else {"value": parsed}
    failed = message.status == "error" or bool(result.get("error"))
    if message.status == "error" and not result.get("error"):
        result["error"] = text
    return result, failed


def _approx_tokens(chars: int) -> int:
    return max(1, math.ceil(chars / 4))


def _message_chars(message: BaseMessage) -> int:
    chars = len(_text(message))
    if isinstance(message, AIMessage) and message.tool_calls:
        calls = [{"name": c["name"], "args": c["args"]} for c in message.tool_calls]
        chars += len(json.dumps(calls, sort_keys=True, default=str))
    return chars


def _tool_schema(tool: Any) -> dict[str, Any]:
    if isinstance(tool, Mapping):
        function = tool.get("function")
        if isinstance(function, Mapping) and function.get("name"):
            return dict(tool)
        if tool.get("name"):
            try:
                return convert_to_openai_tool(tool)
            except Exception:  # a bare {"name": ...} is enough for a scripted model
                return {"type": "function", "function": {"name": str(tool["name"])}}
    return convert_to_openai_tool(tool)


def _tool_names(tools: Any, tool_choice: Any) -> set[str]:
    names = set()
    for tool in tools or []:
        if isinstance(tool, Mapping):
            function = tool.get("function")
            name = function.get("name") if isinstance(function, Mapping) else tool.get("name")
            if isinstance(name, str):
                names.add(name)
    if tool_choice == "none":
        return set()
    chosen = tool_choice
    if isinstance(tool_choice, Mapping):
        function = tool_choice.get("function")
        chosen = function.get("name") if isinstance(function, Mapping) else tool_choice.get("name")
    if isinstance(chosen, str) and chosen in names:
        return {chosen}  # a named tool_choice narrows the choice to that tool
    return names


# ------------------------------------------------------------------ the model


class ScriptedChatModel(BaseChatModel):
    """A deterministic stand-in for an LLM, answering from a rules file (see the module doc).

    Use it offline, in tests and demos; it is honest about what it is: its model
    name is ``scripted`` and its answers are marked ``scripted`` in their metadata.
    """

    rules: ScriptedRules
    """The validated rules."""
    source: str = "<rules>"
    """Where the rules came from (file path), for messages and identification."""
    model_name: str = SCRIPTED_MODEL_NAME
    """Reported model name; ``scripted`` unless you have a reason to tell them apart."""

    @classmethod
    def from_file(cls, path: str | Path, **kwargs: Any) -> ScriptedChatModel:
        """A model driven by the rules file at ``path``.

        Raises :class:`~railgraph.errors.DefinitionError` naming the file (and the
        rule, line and column) when it is missing, not YAML, or invalid.
        """
        return cls(rules=load_rules(path), source=str(path), **kwargs)

    @classmethod
    def from_rules(
        cls, rules: ScriptedRules | Mapping[str, Any] | str, source: str = "<rules>", **kwargs: Any
    ) -> ScriptedChatModel:
        """A model from rules given as a model, plain data, or YAML text."""
        if isinstance(rules, str):
            parsed = parse_rules(rules, source)
        elif isinstance(rules, ScriptedRules):
            parsed = rules
        else:
            parsed = rules_from_data(rules, source)
        return cls(rules=parsed, source=source, **kwargs)

    @property
    def _llm_type(self) -> str:
        return "railgraph-scripted"

    @property
    def _identifying_params(self) -> dict[str, Any]:
        digest = hashlib.sha256(self.rules.model_dump_json().encode()).hexdigest()[:16]
        return {"model_name": self.model_name, "rules": self.source, "rules_sha256": digest}

    def bind_tools(
        self,
        tools: Sequence[dict[str, Any] | type | Callable[..., Any] | BaseTool],
        *,
        tool_choice: str | None = None,
        **kwargs: Any,
    ) -> Runnable[LanguageModelInput, AIMessage]:
        """Bind tools (langchain tools, functions, pydantic classes or schema dicts).

        Rules call only tools bound here, by name; ``tool_choice="none"`` disables
        tool calls and a tool's name restricts them to that tool.
        """
        if tool_choice is not None:
            kwargs["tool_choice"] = tool_choice
        bound = self.bind(tools=[_tool_schema(t) for t in tools], **kwargs)
        return cast("Runnable[LanguageModelInput, AIMessage]", bound)

    def _generate(
        self,
        messages: list[BaseMessage],
        stop: list[str] | None = None,
        run_manager: CallbackManagerForLLMRun | None = None,
        **kwargs: Any,
    ) -> ChatResult:
        return self._result(messages, stop, kwargs)

    async def _agenerate(
        self,
        messages: list[BaseMessage],
        stop: list[str] | None = None,
        run_manager: AsyncCallbackManagerForLLMRun | None = None,
        **kwargs: Any,
    ) -> ChatResult:
        # Nothing here waits on I/O: the async path is the sync one, without a thread hop.
        return self._result(messages, stop, kwargs)

    # -- one reply

    def _result(
        self, messages: list[BaseMessage], stop: list[str] | None, kwargs: Mapping[str, Any]
    ) -> ChatResult:
        tools = kwargs.get("tools") or []
        reply = _Turn(self.rules, messages, _tool_names(tools, kwargs.get("tool_choice"))).reply()
        content = reply.content
        for marker in stop or []:
            if marker and marker in content:
                content = content[: content.index(marker)]
        if reply.tool_calls:
            output = json.dumps(
                [{"name": c["name"], "args": c["args"]} for c in reply.tool_calls],
                sort_keys=True,
                default=str,
            )
        else:
            output = content
        input_tokens = sum(_approx_tokens(_message_chars(m)) for m in messages)
        if tools:
            input_tokens += _approx_tokens(len(json.dumps(tools, sort_keys=True, default=str)))
        output_tokens = _approx_tokens(len(output))
        usage = UsageMetadata(
            input_tokens=input_tokens,
            output_tokens=output_tokens,
            total_tokens=input_tokens + output_tokens,
        )
        metadata = {
            "model_name": self.model_name,
            "model_provider": "scripted",
            "scripted": True,
            "finish_reason": "tool_calls" if reply.tool_calls else "stop",
            "intent": reply.intent,
            "confidence": reply.confidence,
            "rule": reply.rule,
            "template": reply.template,
        }
        message = AIMessage(
            content=content,
            tool_calls=reply.tool_calls,
            usage_metadata=usage,
            response_metadata=metadata,
        )
        return ChatResult(generations=[ChatGeneration(message=message)])


class _Reply:
    """What the rules decided for one call (before usage and metadata are added)."""

    def __init__(
        self,
        *,
        intent: str,
        confidence: float,
        rule: int | None,
        template: str,
        content: str = "",
        tool_calls: list[Any] | None = None,
    ) -> None:
        self.intent = intent
        self.confidence = confidence
        self.rule = rule
        self.template = template
        self.content = content
        self.tool_calls = tool_calls or []


class _Turn:
    """Applies the rules to one conversation; see the module docstring for the order."""

    def __init__(
        self, rules: ScriptedRules, messages: Sequence[BaseMessage], tools: set[str]
    ) -> None:
        self.rules = rules
        self.messages = list(messages)
        self.tools = tools
        self.human_index = _last_human(self.messages)
        self.human_text = (
            _text(self.messages[self.human_index]) if self.human_index is not None else ""
        )

    def reply(self) -> _Reply:
        last = self.messages[-1] if self.messages else None
        if isinstance(last, ToolMessage):
            return self._after_tool(len(self.messages) - 1)
        if last is not None and _is_feedback(last):
            draft = next(
                (m for m in reversed(self.messages[:-1])
                 if isinstance(m, AIMessage) and not m.tool_calls and _text(m).strip()),
                None,
            )
            if draft is not None:
                return self._revision(draft)
        return self._answer()

    # -- paths

    def _answer(self) -> _Reply:
        for index, rule in enumerate(self.rules.rules):
            found = rule.search(self.human_text) if self.human_index is not None else None
            if found is None:
                continue
            context = {**match_groups(found), "intent": rule.intent, "message": self.human_text}
            if rule.tool_call is None:
                return self._say(index, rule.answer, context, "answer", rule.confidence)
            answered = self._tool_message_for(rule.tool_call.name)
            if answered is not None:  # the tool already ran this turn: never loop on it
                return self._after_tool(answered)
            args, complete = render_args(rule.tool_call.args, context)
            if rule.tool_call.name in self.tools and complete:
                return self._call(index, rule, args)
            template = rule.without_tool_answer or rule.answer
            return self._say(index, template, context, "without_tool_answer", rule.confidence)
        return self._fallback()

    def _after_tool(self, position: int) -> _Reply:
        message = cast(ToolMessage, self.messages[position])
        index = self._rule_for_tool(message, position)
        if index is None:
            return self._fallback()
        rule = self.rules.rules[index]
        result, failed = _tool_result(message)
        context = self._context(rule, result)
        if failed:
            confidence = rule.error_confidence
            if confidence is None:
                confidence = min(rule.confidence, 0.5)
            template = rule.error_answer or DEFAULT_ERROR_ANSWER
            return self._say(index, template, context, "error_answer", confidence)
        return self._say(index, rule.answer, context, "answer", rule.confidence)

    def _revision(self, draft: AIMessage) -> _Reply:
        meta = draft.response_metadata or {}
        confidence = meta.get("confidence")
        index = self._known_rule(meta.get("rule"), meta.get("intent"))
        if meta.get("template") == "answer" and index is not None:
            rule = self.rules.rules[index]
            if rule.revised_answer is not None:
                context = self._context(rule, self._result_this_turn(rule))
                conf = float(confidence) if isinstance(confidence, int | float) else rule.confidence
                return self._say(index, rule.revised_answer, context, "revised_answer", conf)
        fallback = self.rules.fallback
        if meta.get("template") == "fallback" and fallback.revised_answer is not None:
            return self._say(None, fallback.revised_answer, {}, "revised_answer",
                             fallback.confidence, intent=fallback.intent)
        intent = meta.get("intent")
        if not isinstance(confidence, int | float):
            confidence = self.rules.rules[index].confidence if index is not None else 0.5
        return _Reply(
            intent=intent if isinstance(intent, str) else fallback.intent,
            confidence=float(confidence),
            rule=index,
            template="shortened",
            content=shorten(_text(draft)),
        )

    def _fallback(self) -> _Reply:
        fallback = self.rules.fallback
        return self._say(None, fallback.answer, {}, "fallback", fallback.confidence,
                         intent=fallback.intent)

    # -- helpers

    def _say(
        self,
        index: int | None,
        template: str,
        context: Mapping[str, Any],
        kind: str,
        confidence: float,
        *,
        intent: str | None = None,
    ) -> _Reply:
        text, _ = render(template, context)
        name = intent or (self.rules.rules[index].intent if index is not None else "fallback")
        return _Reply(intent=name, confidence=confidence, rule=index, template=kind, content=text)

    def _call(self, index: int, rule: ScriptedRule, args: Any) -> _Reply:
        assert rule.tool_call is not None
        # The id depends on the rule, the arguments and the turn, never on time or
        # randomness, so a replayed conversation produces identical tool calls.
        key = json.dumps(
            [index, rule.tool_call.name, args, self.human_index, self.human_text],
            sort_keys=True,
            default=str,
        )
        call_id = "call_" + hashlib.sha256(key.encode()).hexdigest()[:24]
        call = {"name": rule.tool_call.name, "args": args, "id": call_id, "type": "tool_call"}
        return _Reply(intent=rule.intent, confidence=rule.confidence, rule=index,
                      template="tool_call", tool_calls=[call])

    def _context(self, rule: ScriptedRule, result: Any) -> dict[str, Any]:
        found = rule.search(self.human_text) if self.human_index is not None else None
        context = {**match_groups(found), "intent": rule.intent, "message": self.human_text}
        return {**context, "result": result}

    def _known_rule(self, index: Any, intent: Any) -> int | None:
        """``index`` if it names a rule of this file with that intent (else None)."""
        rules = self.rules.rules
        if isinstance(index, int) and 0 <= index < len(rules) and rules[index].intent == intent:
            return index
        return None

    def _rule_for_tool(self, message: ToolMessage, position: int) -> int | None:
        tool_name = message.name
        for earlier in reversed(self.messages[:position]):
            if not isinstance(earlier, AIMessage):
                continue
            call = next((c for c in earlier.tool_calls if c.get("id") == message.tool_call_id),
                        None)
            if call is None:
                continue
            tool_name = tool_name or call["name"]
            meta = earlier.response_metadata or {}
            index = self._known_rule(meta.get("rule"), meta.get("intent"))
            rule = self.rules.rules[index] if index is not None else None
            if rule is not None and rule.tool_call and rule.tool_call.name == call["name"]:
                return index
            break
        # The call came from another model (a fallback, a replay): go by tool name.
        for index, rule in enumerate(self.rules.rules):
            if rule.tool_call is not None and rule.tool_call.name == tool_name:
                return index
        return None

    def _tool_message_for(self, tool_name: str) -> int | None:
        """Position of the latest result of ``tool_name`` since the last user message."""
        start = (self.human_index or 0) + 1
        for position in range(len(self.messages) - 1, start - 1, -1):
            message = self.messages[position]
            if isinstance(message, ToolMessage) and self._tool_name_of(message, position) == (
                tool_name
            ):
                return position
        return None

    def _tool_name_of(self, message: ToolMessage, position: int) -> str | None:
        if message.name:
            return message.name
        for earlier in reversed(self.messages[:position]):
            if isinstance(earlier, AIMessage):
                for call in earlier.tool_calls:
                    if call.get("id") == message.tool_call_id:
                        return call["name"]
        return None

    def _result_this_turn(self, rule: ScriptedRule) -> Any:
        if rule.tool_call is None:
            return None
        position = self._tool_message_for(rule.tool_call.name)
        if position is None:
            return None
        result, _ = _tool_result(cast(ToolMessage, self.messages[position]))
        return result
