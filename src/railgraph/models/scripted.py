"""A deterministic, offline chat model whose answers come from a rules file.

No LLM is reachable from the machines railgraph is developed and demonstrated on,
yet graphs, guards, reviewers and budgets need a model that behaves like one:
calls tools, answers after tool results, revises when asked, reports tokens.
:class:`ScriptedChatModel` does that from a YAML file of regular expressions and
templates. It never pretends otherwise: its model name is ``scripted``, and every
answer carries ``response_metadata["scripted"] = True``.

Rules file
----------

.. code-block:: yaml

    kind: scripted_model          # optional; marks the file among the policies
    version: 3                    # optional; your own version of the rules
    rules:                        # tried in order; the first rule that matches wins
      - intent: order_status      # written to response_metadata["intent"]
        match:                    # regexes (Python syntax, case-insensitive, re.search)
          - '\\border\\b\\D{0,30}(?P<order_id>\\d{4,10})\\b'
        tool_call:                # optional: call this tool when it is bound
          name: lookup_order
          args: {order_id: '{order_id}'}     # filled from the matching pattern's groups
        answer: 'Order {result.order_id} is {result.status}.'   # required
        revised_answer: 'Order {result.order_id}: {result.status}.'  # optional
        error_answer: 'Sorry, I could not find order {order_id}.'     # optional
        without_tool_answer: 'I cannot look orders up right now.'     # optional
        confidence: 0.9           # in [0, 1]; default 0.8
        error_confidence: 0.5     # optional; default min(confidence, 0.5)
    fallback:                     # used when no rule matches
      answer: "I'm not sure I can help with that."
      revised_answer: "I can't answer that reliably."   # optional
      confidence: 0.3             # default 0.3

Templates (answers and string tool arguments) contain placeholders:

- ``{1}``, ``{0}``, ``{order_id}``: groups of the pattern that matched the last
  user message (``{0}`` is the whole match, names come from ``(?P<name>...)``);
- ``{result.field}``, ``{result.items.0}``, ``{result}``: the tool result, i.e. the
  ``ToolMessage`` content parsed as JSON (an object; another JSON value is
  ``{result.value}``, text that is not JSON is ``{result.text}``);
- ``{intent}``: the rule's intent; ``{message}``: the whole last user message
  (meant for tool arguments such as a ticket summary; echoing it in answers
  repeats whatever the user wrote).

A missing or empty value renders as ``unknown``, lists as ``a, b``, objects as
JSON; ``{{`` and ``}}`` are literal braces. A tool argument that is exactly one
placeholder keeps the value's type. When an argument cannot be filled (its
group did not take part in the match), the tool is not called.

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
from typing import Annotated, Any, Literal, cast

import yaml
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
from pydantic import (
    AfterValidator,
    Field,
    PrivateAttr,
    ValidationError,
    field_validator,
)

from railgraph.errors import DefinitionError, Problem
from railgraph.strict import StrictModel

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

MAX_RULES_BYTES = 1024 * 1024
"""Largest rules file accepted; rules files are small, a huge one is a mistake."""

UNKNOWN = "unknown"
"""How a template renders a value the tool result or the match does not have."""

DEFAULT_ERROR_ANSWER = (
    "Sorry, something went wrong while looking that up. Please try again in a moment, "
    "or ask me to pass you to a colleague."
)
"""Answer after a failed tool call when the rule has no ``error_answer``."""

_TOKENS = re.compile(r"\{\{|\}\}|\{([^{}]*)\}")
_PATH = re.compile(r"[A-Za-z0-9_]+(?:\.[A-Za-z0-9_]+)*")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")
_FEEDBACK = re.compile(r"\breviewer feedback\b|\brevis(?:e|ion)\b", re.IGNORECASE)


# ------------------------------------------------------------------ rules file


def _check_template(text: str) -> str:
    for token in _TOKENS.finditer(text):
        inner = token.group(1)
        if inner is not None and not _PATH.fullmatch(inner):
            raise ValueError(
                f"bad placeholder '{{{inner}}}': use {{1}}, {{name}} or {{result.field}}, "
                "and {{ or }} for literal braces"
            )
    return text


def _check_regex(pattern: str) -> str:
    try:
        re.compile(pattern, re.IGNORECASE)
    except re.error as exc:
        raise ValueError(f"invalid regular expression {pattern!r}: {exc}") from None
    return pattern


def _check_templates_in(value: Any) -> None:
    if isinstance(value, str):
        _check_template(value)
    elif isinstance(value, Mapping):
        for item in value.values():
            _check_templates_in(item)
    elif isinstance(value, list):
        for item in value:
            _check_templates_in(item)


Template = Annotated[str, AfterValidator(_check_template)]
Regex = Annotated[str, AfterValidator(_check_regex)]


class ScriptedToolCall(StrictModel, frozen=True):
    """The tool a rule calls, with argument templates."""

    name: str = Field(min_length=1)
    """Tool name as bound to the model (the graph's name for the tool)."""
    args: dict[str, Any] = Field(default_factory=dict)
    """Arguments; strings are templates filled from the match groups."""

    @field_validator("args")
    @classmethod
    def _templates(cls, args: dict[str, Any]) -> dict[str, Any]:
        _check_templates_in(args)
        return args


class ScriptedRule(StrictModel, frozen=True):
    """One intent: the patterns that recognise it and what the model says or does."""

    intent: str = Field(min_length=1)
    """Name of the intent, reported in ``response_metadata["intent"]``."""
    match: list[Regex] = Field(min_length=1)
    """Regular expressions searched (case-insensitively) in the last user message."""
    tool_call: ScriptedToolCall | None = None
    """Tool to call when it is bound; the answer then waits for its result."""
    answer: Template
    """The answer; after a tool call, filled from the tool result."""
    revised_answer: Template | None = None
    """Answer after reviewer feedback; default: ``answer`` shortened."""
    error_answer: Template | None = None
    """Answer when the tool failed or returned an ``error`` field."""
    without_tool_answer: Template | None = None
    """Answer when the tool is not bound or its arguments cannot be filled."""
    confidence: float = Field(default=0.8, ge=0, le=1)
    """Reported confidence of answers from this rule."""
    error_confidence: float | None = Field(default=None, ge=0, le=1)
    """Confidence of ``error_answer``; default ``min(confidence, 0.5)``."""

    _patterns: list[re.Pattern[str]] = PrivateAttr(default_factory=list)

    @field_validator("match", mode="before")
    @classmethod
    def _one_or_many(cls, value: Any) -> Any:
        return [value] if isinstance(value, str) else value

    def model_post_init(self, context: Any, /) -> None:
        self._patterns = [re.compile(p, re.IGNORECASE) for p in self.match]

    def search(self, text: str) -> re.Match[str] | None:
        """The first of the rule's patterns found in ``text``, in file order."""
        for pattern in self._patterns:
            found = pattern.search(text)
            if found is not None:
                return found
        return None


class ScriptedFallback(StrictModel, frozen=True):
    """What the model says when no rule matches."""

    answer: Template = "I'm not sure I can help with that."
    """The answer."""
    revised_answer: Template | None = None
    """Answer after reviewer feedback; default: ``answer`` shortened."""
    confidence: float = Field(default=0.3, ge=0, le=1)
    """Reported confidence: low, so reviewers can escalate."""
    intent: str = "fallback"
    """Intent reported for fallback answers."""


class ScriptedRules(StrictModel, frozen=True):
    """A whole rules file."""

    kind: Literal["scripted_model"] = "scripted_model"
    """Marks the file among the YAML under ``policies/``."""
    version: str | int | None = None
    """The author's version of the rules."""
    description: str = ""
    """What the rules are for."""
    rules: list[ScriptedRule] = Field(default_factory=list)
    """Rules tried in order; the first that matches wins."""
    fallback: ScriptedFallback = ScriptedFallback()
    """Answer when no rule matches."""


def _yaml_position(root: yaml.Node | None, loc: Sequence[Any]) -> tuple[int, int]:
    """1-based (line, column) of the value at ``loc``, or of its nearest ancestor."""
    if root is None:
        return 1, 1
    node = root
    for part in loc:
        child: yaml.Node | None = None
        if isinstance(node, yaml.MappingNode):
            child = next((v for k, v in node.value if getattr(k, "value", None) == str(part)), None)
        elif isinstance(node, yaml.SequenceNode) and isinstance(part, int):
            child = node.value[part] if 0 <= part < len(node.value) else None
        if child is None:
            break
        node = child
    return node.start_mark.line + 1, node.start_mark.column + 1


def _loc_text(loc: Sequence[Any]) -> str:
    text = ""
    for part in loc:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text


def _problems(
    exc: ValidationError, data: Any, root: yaml.Node | None, source: str
) -> list[Problem]:
    problems = []
    for error in exc.errors():
        loc = [p for p in error["loc"] if not (isinstance(p, str) and p.startswith("function-"))]
        kind = error["type"]
        if kind == "extra_forbidden":
            message = f"unknown field '{loc[-1]}'"
            where = loc[:-1]
        elif kind == "missing":
            message = f"missing required field '{loc[-1]}'"
            where = loc[:-1]
        else:
            message = str(error["msg"]).removeprefix("Value error, ")
            where = loc
        label = _loc_text(where) or "file"
        if len(loc) >= 2 and loc[0] == "rules" and isinstance(loc[1], int):
            rules = data.get("rules") if isinstance(data, Mapping) else None
            rule = rules[loc[1]] if isinstance(rules, list) and loc[1] < len(rules) else None
            intent = rule.get("intent") if isinstance(rule, Mapping) else None
            if isinstance(intent, str):
                label += f" (intent '{intent}')"
        line, column = _yaml_position(root, loc)
        problems.append(Problem(source, line, column, f"{label}: {message}"))
    return problems


def parse_rules(text: str, source: str = "<rules>") -> ScriptedRules:
    """Validate rules from YAML text; raise :class:`DefinitionError` located in ``source``."""
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
        data = yaml.safe_load(text)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line, column = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        what = " ".join(str(p) for p in (exc.context, exc.problem) if p) or "invalid YAML"
        raise DefinitionError([Problem(source, line, column, f"YAML syntax: {what}")]) from None
    except yaml.YAMLError as exc:
        raise DefinitionError([Problem(source, 1, 1, f"YAML syntax: {exc}")]) from None
    if data is None:
        raise DefinitionError([Problem(source, 1, 1, "rules file is empty")])
    try:
        return ScriptedRules.model_validate(data)
    except ValidationError as exc:
        raise DefinitionError(_problems(exc, data, root, source)) from None


def load_rules(path: str | Path) -> ScriptedRules:
    """Read and validate a rules file; raise :class:`DefinitionError` naming it."""
    source = str(path)

    def fail(message: str) -> DefinitionError:
        return DefinitionError([Problem(source, 1, 1, message)])

    file = Path(path)
    try:
        if file.stat().st_size > MAX_RULES_BYTES:
            raise fail(f"rules file is larger than {MAX_RULES_BYTES // 1024} KB")
        raw = file.read_bytes()
    except FileNotFoundError:
        raise fail("scripted model rules file not found") from None
    except IsADirectoryError:
        raise fail("is a directory, not a rules file") from None
    except OSError as exc:
        raise fail(f"cannot read rules file: {exc.strerror or exc}") from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise fail("rules file is not UTF-8 text") from None
    return parse_rules(text, source)


# ------------------------------------------------------------------ templates


_MISSING = object()


def _lookup(context: Mapping[str, Any], path: str) -> Any:
    first, *rest = path.split(".")
    if first not in context:
        return _MISSING
    value = context[first]
    for part in rest:
        if isinstance(value, Mapping) and part in value:
            value = value[part]
        elif isinstance(value, list) and part.isdigit() and int(part) < len(value):
            value = value[int(part)]
        else:
            return _MISSING
    return value


def _is_blank(value: Any) -> bool:
    return value is _MISSING or value is None or value == ""


def _display(value: Any) -> str:
    if _is_blank(value):
        return UNKNOWN
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, str):
        return value
    if isinstance(value, list):
        return ", ".join(_display(item) for item in value) or UNKNOWN
    if isinstance(value, Mapping):
        return json.dumps(value, ensure_ascii=False, sort_keys=True, default=str)
    return str(value)


def _render(template: str, context: Mapping[str, Any]) -> tuple[str, bool]:
    """The filled template, and whether every placeholder had a value."""
    complete = True

    def fill(token: re.Match[str]) -> str:
        nonlocal complete
        inner = token.group(1)
        if inner is None:  # an escaped brace
            return token.group(0)[0]
        value = _lookup(context, inner)
        complete = complete and not _is_blank(value)
        return _display(value)

    return _TOKENS.sub(fill, template), complete


def _render_args(value: Any, context: Mapping[str, Any]) -> tuple[Any, bool]:
    if isinstance(value, str):
        whole = _TOKENS.fullmatch(value)
        if whole is not None and whole.group(1) is not None:
            found = _lookup(context, whole.group(1))
            return (None, False) if _is_blank(found) else (found, True)
        return _render(value, context)
    if isinstance(value, Mapping):
        filled = {k: _render_args(v, context) for k, v in value.items()}
        return {k: v for k, (v, _) in filled.items()}, all(ok for _, ok in filled.values())
    if isinstance(value, list):
        items = [_render_args(v, context) for v in value]
        return [v for v, _ in items], all(ok for _, ok in items)
    return value, True


def _groups(found: re.Match[str] | None) -> dict[str, Any]:
    if found is None:
        return {}
    groups: dict[str, Any] = {str(i): found.group(i) for i in range(found.re.groups + 1)}
    groups.update(found.groupdict())
    return groups


def shorten(text: str, limit: int = 200) -> str:
    """A cleaner, shorter variant: whitespace collapsed, first sentence, at most ``limit``."""
    clean = " ".join(text.split())
    first = _SENTENCE_END.split(clean, maxsplit=1)[0]
    if len(first) > limit:
        first = first[:limit].rsplit(" ", 1)[0].rstrip(",;:") + "…"
    return first


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
            parsed = parse_rules(yaml.safe_dump(dict(rules), sort_keys=False), source)
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
            context = {**_groups(found), "intent": rule.intent, "message": self.human_text}
            if rule.tool_call is None:
                return self._say(index, rule.answer, context, "answer", rule.confidence)
            answered = self._tool_message_for(rule.tool_call.name)
            if answered is not None:  # the tool already ran this turn: never loop on it
                return self._after_tool(answered)
            args, complete = _render_args(rule.tool_call.args, context)
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
        text, _ = _render(template, context)
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
        context = {**_groups(found), "intent": rule.intent, "message": self.human_text}
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
