"""Guardrails AI adapter: a validator from PyPI used as a railgraph detector.

A guard check names a validator by dotted path, with the validator's own arguments::

    - {detector: "guardrails_ai.regex_match:RegexMatch",
       params: {regex: "^[A-Z]{2}-\\d{4}$", on_fail: exception}}

Validators install from PyPI as ``guardrails-ai-<name>`` and import as
``guardrails_ai.<name>``. The validator's ``on_fail`` becomes the check's default action
(``exception``/``refrain``/``filter`` → block, ``fix``/``fix_reask`` → redact, ``reask`` → revise,
``noop`` → log); an ``action:`` written on the check wins.

The adapter calls ``Validator.validate`` directly instead of wrapping it in a ``Guard``: the
guard node already decides what a failure means, and a ``Guard`` adds milliseconds of
bookkeeping (history, tracing) per call. Guardrails AI is heavy (2-3 s to import, and it
reports usage unless told not to), so it is imported only when a graph uses a validator, and
its metrics collection and remote inference are switched off before any validator is built.
"""

from __future__ import annotations

import asyncio
import difflib
import inspect
import os
import threading
import warnings
from collections.abc import Mapping
from typing import Any, Literal, get_type_hints

from pydantic import BaseModel, ConfigDict, Field, create_model
from pydantic.errors import PydanticSchemaGenerationError

from railgraph.guards.base import Span, Verdict
from railgraph.guards.registry import register_adapter

__all__ = ["ADAPTER", "ON_FAIL_ACTIONS", "GuardrailsAdapter", "GuardrailsValidator",
           "is_validator_path", "load_validator", "validator_params_model"]

ON_FAIL_ACTIONS: dict[str, str] = {
    "exception": "block",
    "refrain": "block",
    "filter": "block",
    "fix": "redact",
    "fix_reask": "redact",
    "reask": "revise",
    "noop": "log",
}
"""Guard action for each Guardrails AI ``on_fail`` that can be written in YAML."""

OnFail = Literal["exception", "refrain", "filter", "fix", "fix_reask", "reask", "noop"]

_PACKAGES = ("guardrails_ai", "guardrails")
_FIX_SIMILARITY = 0.5
"""Share of a validator's fix that must come from the text for their difference to locate
spans (a fix that masks a secret keeps the rest of the text; a generated one keeps nothing)."""
_PREPARED = threading.Lock()
_prepared = False


def is_validator_path(name: str) -> bool:
    """True when ``name`` is a dotted path into a Guardrails AI package (nothing imported)."""
    module = name.partition(":")[0]
    return ":" in name and module.split(".", 1)[0] in _PACKAGES


def _prepare() -> None:
    """Switch Guardrails AI's phoning home off, once, before a validator is built."""
    global _prepared
    with _PREPARED:
        if _prepared:
            return
        # litellm (imported by guardrails for LLM validators) fetches a price list from the
        # internet on import unless told to use its bundled copy.
        os.environ.setdefault("LITELLM_LOCAL_MODEL_COST_MAP", "True")
        from guardrails import settings

        # A Validator reads these when it is constructed: with no ~/.guardrailsrc, metrics
        # default to on (an OTLP exporter to the hub). Guard.configure() would do the same
        # per Guard; the adapter builds no Guard, so the shared settings are the switch.
        settings.rc.enable_metrics = False
        settings.rc.use_remote_inferencing = False
        # SecretsPresent warns on every single-line text; a chat message usually is one.
        warnings.filterwarnings("ignore", message="The DetectSecrets validator works best")
        _prepared = True


def load_validator(path: str) -> type:
    """The validator class at ``module:Class``; ``ValueError`` with a clear message otherwise."""
    from railgraph.imports import DottedPathError, import_dotted

    _prepare()
    try:
        target = import_dotted(path)
    except DottedPathError as exc:
        package = path.partition(":")[0].split(".")
        hint = ""
        if len(package) > 1 and package[0] == "guardrails_ai" and "no module named" in str(exc):
            install = f"pip install guardrails-ai-{package[1].replace('_', '-')}"
            close = difflib.get_close_matches(package[1], _installed_validators(), n=1)
            hint = (f" (did you mean 'guardrails_ai.{close[0]}'? otherwise {install})" if close
                    else f" (install it: {install})")
        raise ValueError(f"{exc}{hint}") from None
    from guardrails.validator_base import Validator

    if not (isinstance(target, type) and issubclass(target, Validator)):
        raise ValueError(f"'{path}' is not a Guardrails AI validator class")
    return target


def _installed_validators() -> list[str]:
    """Validator packages installed under the ``guardrails_ai`` namespace."""
    import pkgutil

    try:
        import guardrails_ai
    except ImportError:
        return []
    return [m.name for m in pkgutil.iter_modules(list(guardrails_ai.__path__))
            if m.name != "types"]


_PARAMS: dict[str, type[BaseModel]] = {}


def validator_params_model(path: str) -> type[BaseModel]:
    """A pydantic model of the validator's constructor arguments (plus ``on_fail``).

    Built from the constructor's signature so that YAML parameters are checked at load time
    with located messages, like the built-in detectors' ``Params``.
    """
    if path in _PARAMS:
        return _PARAMS[path]
    cls = load_validator(path)
    init: Any = cls.__dict__.get("__init__") or cls.__init__  # type: ignore[misc]
    try:
        hints = get_type_hints(init)
    except Exception:  # unresolvable annotations: accept any value, the constructor decides
        hints = {}
    fields: dict[str, Any] = {}
    for name, parameter in inspect.signature(init).parameters.items():
        if name in ("self", "on_fail") or parameter.kind in (parameter.VAR_POSITIONAL,
                                                             parameter.VAR_KEYWORD):
            continue
        annotation = hints.get(name, Any)
        default = ... if parameter.default is parameter.empty else parameter.default
        fields[name] = (annotation, Field(default))
    fields["on_fail"] = (OnFail, Field("exception", description="What a failure means."))
    try:
        built = _create(f"{cls.__name__}Params", fields)
    except (PydanticSchemaGenerationError, TypeError):  # a type pydantic cannot check
        built = _create(f"{cls.__name__}Params",
                        {k: v if k == "on_fail" else (Any, v[1]) for k, v in fields.items()})
    _PARAMS[path] = built
    return built


def _create(name: str, fields: dict[str, Any]) -> type[BaseModel]:
    config = ConfigDict(extra="forbid", arbitrary_types_allowed=True)
    created: type[BaseModel] = create_model(name, __config__=config, **fields)
    return created


class GuardrailsValidator:
    """One Guardrails AI validator behind railgraph's detector interface.

    A failed validation is a flagged verdict. Its spans come from the validator's
    ``error_spans``, else from the difference between the text and the validator's
    ``fix_value``; a ``redact`` action replaces them with a marker named after the validator.
    """

    name: str
    """The dotted path the graph definition used."""
    default_action: str
    """Guard action implied by the validator's ``on_fail``."""

    def __init__(self, path: str, params: Mapping[str, Any] | None = None) -> None:
        model = validator_params_model(path)
        validated = model.model_validate(dict(params or {}))
        arguments = validated.model_dump(exclude_unset=True)
        on_fail = arguments.pop("on_fail", "exception")
        cls = load_validator(path)
        try:
            self._validator = cls(on_fail=on_fail, **arguments)
        except Exception as exc:  # e.g. RegexMatch asserts on match_type
            detail = " ".join(str(exc).split()) or type(exc).__name__
            raise ValueError(f"{cls.__name__} rejected its arguments: {detail}") from None
        # Never the hub's remote inference, whatever a user's rc file says.
        self._validator.use_local = True
        self.name = path
        self.default_action = ON_FAIL_ACTIONS[on_fail]
        self._marker = _marker(cls.__name__)

    def check(self, text: str, context: Mapping[str, Any] | None = None) -> Verdict:
        """Run the validator on ``text``."""
        metadata = dict(context or {})
        result = self._validator.validate(text, metadata)
        outcome = getattr(result, "outcome", "pass")
        if getattr(outcome, "value", outcome) == "pass":
            return Verdict(self.name, False, 0.0, None, "passed")
        spans = self._spans(text, result)
        return Verdict(detector=self.name, flagged=True, score=1.0, category="validator",
                       reason=_safe_reason(self._marker, getattr(result, "error_message", ""),
                                           text),
                       spans=spans)

    async def acheck(self, text: str, context: Mapping[str, Any] | None = None) -> Verdict:
        """Run the validator in a worker thread, beside the guard node's other checks.

        Validators are third-party code of unknown cost (some run models, which release the
        GIL); a thread keeps the event loop free and lets them overlap the rule detectors.
        """
        return await asyncio.to_thread(self.check, text, context)

    def _spans(self, text: str, result: Any) -> tuple[Span, ...]:
        found = [Span(max(0, s.start), min(len(text), s.end), self._marker)
                 for s in getattr(result, "error_spans", None) or ()
                 if s.end > s.start]
        fix = getattr(result, "fix_value", None)
        if not found and isinstance(fix, str) and fix.rstrip("\n") != text.rstrip("\n"):
            matcher = difflib.SequenceMatcher(None, text, fix, autojunk=False)
            # A fix that keeps most of the text (masked secrets, a truncation) locates the
            # problem; one that does not (RegexMatch generates a new string) says nothing
            # about where it is, and the whole text is the span.
            kept = sum(block.size for block in matcher.get_matching_blocks())
            if kept >= _FIX_SIMILARITY * len(fix.rstrip("\n")):
                found = [Span(i1, i2, self._marker)
                         for op, i1, i2, _, _ in matcher.get_opcodes()
                         if op in ("replace", "delete") and i2 > i1]
        return tuple(found) or (Span(0, len(text), self._marker),)


def _marker(class_name: str) -> str:
    """``SecretsPresent`` → ``SECRETS_PRESENT``: the redaction marker of a validator."""
    out = "".join(f"_{c}" if c.isupper() and i else c for i, c in enumerate(class_name))
    return out.upper()


def _safe_reason(marker: str, message: Any, text: str) -> str:
    """The validator's message, unless it quotes the checked text.

    Some validators put what they found in their message (SecretsPresent lists the secrets
    themselves); a message sharing any 8-character run with the text is replaced by a
    generic one, so verdicts and audit entries stay free of the checked text.
    """
    first = str(message or "").strip().splitlines()[0] if str(message or "").strip() else ""
    generic = f"{marker.lower()} validation failed"
    if not first:
        return generic
    window = 8
    if any(first[i:i + window] in text for i in range(max(1, len(first) - window + 1))):
        return generic
    return first[:200]


class GuardrailsAdapter:
    """Guardrails AI validators as detectors of the guard registry (dotted paths into
    ``guardrails_ai`` or ``guardrails``); the library loads when the first one is used."""

    def handles(self, name: str) -> bool:
        """True for a dotted path into a Guardrails AI package."""
        return is_validator_path(name)

    def params_model(self, name: str) -> type[BaseModel]:
        """The model of the validator's constructor arguments."""
        return validator_params_model(name)

    def build(self, name: str, params: dict[str, Any]) -> GuardrailsValidator:
        """The validator at ``name`` built with ``params``."""
        return GuardrailsValidator(name, params)


ADAPTER = GuardrailsAdapter()
"""The adapter registered with :mod:`railgraph.guards.registry` when this module loads."""

register_adapter(ADAPTER)
