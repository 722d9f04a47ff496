"""The rules file of the scripted model (:mod:`railgraph.models.scripted`) and its templates.

The file is read with railgraph's one YAML reader (:mod:`railgraph.source`): size-bounded,
and every problem is reported as ``FILE:LINE:COL: message`` naming the rule.

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
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import AfterValidator, Field, PrivateAttr, ValidationError, field_validator

from railgraph.errors import DefinitionError, Problem
from railgraph.source import Located, data_path, parse_yaml, path_text, read_yaml
from railgraph.strict import StrictModel

__all__ = [
    "MAX_RULES_BYTES",
    "UNKNOWN",
    "ScriptedFallback",
    "ScriptedRule",
    "ScriptedRules",
    "ScriptedToolCall",
    "load_rules",
    "match_groups",
    "parse_rules",
    "render",
    "render_args",
    "rules_from_data",
    "shorten",
]

MAX_RULES_BYTES = 1024 * 1024
"""Largest rules file accepted; rules files are small, a huge one is a mistake."""

UNKNOWN = "unknown"
"""How a template renders a value the tool result or the match does not have."""

_TOKENS = re.compile(r"\{\{|\}\}|\{([^{}]*)\}")
_PATH = re.compile(r"[A-Za-z0-9_]+(?:\.[A-Za-z0-9_]+)*")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


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


def _problems(exc: ValidationError, located: Located) -> list[Problem]:
    data = located.data
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
        label = path_text(where) or "file"
        if len(loc) >= 2 and loc[0] == "rules" and isinstance(loc[1], int):
            rules = data.get("rules") if isinstance(data, Mapping) else None
            rule = rules[loc[1]] if isinstance(rules, list) and loc[1] < len(rules) else None
            intent = rule.get("intent") if isinstance(rule, Mapping) else None
            if isinstance(intent, str):
                label += f" (intent '{intent}')"
        problems.append(located.at(data_path(data, loc), f"{label}: {message}"))
    return problems


def _validate(located: Located) -> ScriptedRules:
    if located.data is None:
        raise DefinitionError([located.at((), "rules file is empty")])
    try:
        return ScriptedRules.model_validate(located.data)
    except ValidationError as exc:
        raise DefinitionError(_problems(exc, located)) from None


def parse_rules(text: str, source: str = "<rules>") -> ScriptedRules:
    """Validate rules from YAML text; raise :class:`DefinitionError` located in ``source``."""
    return _validate(parse_yaml(text, source))


def rules_from_data(data: Mapping[str, Any], source: str = "<rules>") -> ScriptedRules:
    """Validate rules given as plain data; problems are located at the start of ``source``."""
    return _validate(Located(source, dict(data)))


def load_rules(path: str | Path) -> ScriptedRules:
    """Read and validate a rules file; raise :class:`DefinitionError` naming it."""
    return _validate(read_yaml(Path(path), str(path), max_bytes=MAX_RULES_BYTES))


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


def render(template: str, context: Mapping[str, Any]) -> tuple[str, bool]:
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


def render_args(value: Any, context: Mapping[str, Any]) -> tuple[Any, bool]:
    """Tool arguments filled from ``context`` (a lone placeholder keeps the value's type),
    and whether every placeholder had a value."""
    if isinstance(value, str):
        whole = _TOKENS.fullmatch(value)
        if whole is not None and whole.group(1) is not None:
            found = _lookup(context, whole.group(1))
            return (None, False) if _is_blank(found) else (found, True)
        return render(value, context)
    if isinstance(value, Mapping):
        filled = {k: render_args(v, context) for k, v in value.items()}
        return {k: v for k, (v, _) in filled.items()}, all(ok for _, ok in filled.values())
    if isinstance(value, list):
        items = [render_args(v, context) for v in value]
        return [v for v, _ in items], all(ok for _, ok in items)
    return value, True


def match_groups(found: re.Match[str] | None) -> dict[str, Any]:
    """The groups of a match by number (as strings) and by name, for templates."""
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
