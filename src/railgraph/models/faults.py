"""A chat model wrapper that fails on purpose, for testing retries and fallbacks.

Retry policies, fallback models and circuit breakers are only trustworthy when
they have been seen working against the failures production brings: timeouts,
429s, 503s, dropped connections, and the permanent errors that must *not* be
retried. :class:`FaultInjectingChatModel` wraps any chat model and, call by call,
either raises one of those failures or passes the call through, optionally after
an added delay.
"""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, cast

from langchain_core.callbacks import AsyncCallbackManagerForLLMRun, CallbackManagerForLLMRun
from langchain_core.language_models import BaseChatModel, LanguageModelInput
from langchain_core.messages import AIMessage, BaseMessage
from langchain_core.outputs import ChatGeneration, ChatResult
from langchain_core.runnables import Runnable, RunnableConfig
from langchain_core.tools import BaseTool
from pydantic import ConfigDict, Field, PrivateAttr, field_validator

from railgraph.errors import ModelError, PermanentModelError, TransientModelError

__all__ = ["FAULTS", "Fault", "FaultInjectingChatModel", "Outcome"]


@dataclass(frozen=True, slots=True)
class Fault:
    """One kind of injected failure."""

    error: type[ModelError]
    """Class raised: transient or permanent."""
    status_code: int | None
    """HTTP status the provider would have answered (None: no response at all)."""
    message: str
    """What the provider would have said."""


FAULTS: dict[str, Fault] = {
    "timeout": Fault(TransientModelError, None, "request timed out"),
    "rate_limit": Fault(TransientModelError, 429, "rate limit exceeded"),
    "server_error": Fault(TransientModelError, 500, "internal server error"),
    "unavailable": Fault(TransientModelError, 503, "service unavailable"),
    "connection": Fault(TransientModelError, None, "connection reset by peer"),
    "bad_request": Fault(PermanentModelError, 400, "invalid request"),
    "auth": Fault(PermanentModelError, 401, "invalid API key"),
    "forbidden": Fault(PermanentModelError, 403, "not allowed"),
    "not_found": Fault(PermanentModelError, 404, "model not found"),
}
"""Injectable failures by name; ``"ok"`` (not listed) passes the call through."""

_QUIET = RunnableConfig(callbacks=[])
"""Config of the inner call: this wrapper's own run already reports the model call, and
letting the inner model report it too would count every token twice in traces and costs."""

Outcome = str | BaseException
"""``"ok"``, a name in :data:`FAULTS`, or an exception instance raised as given."""


class _Calls:
    """Call counter shared by a model and the copies ``bind_tools`` makes of it."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.count = 0
        self.history: list[str] = []


class FaultInjectingChatModel(BaseChatModel):
    """Wraps ``inner`` and injects one outcome per call from ``outcomes``.

    ``outcomes`` is consumed in order, one per call; after the last one it starts
    again when ``cycle`` is true, otherwise every further call is ``"ok"``.
    ``latency`` seconds are added before each outcome (``asyncio.sleep`` on the
    async path), so timeouts cost time as they do in production.
    """

    model_config = ConfigDict(arbitrary_types_allowed=True)

    inner: Runnable[LanguageModelInput, BaseMessage]
    """The wrapped chat model (or a chat model with tools bound)."""
    outcomes: list[Outcome] = Field(default_factory=lambda: list[Outcome](["ok"]))
    """Outcome of each call, in order."""
    cycle: bool = True
    """Repeat ``outcomes`` when exhausted (else pass every later call through)."""
    latency: float = Field(default=0.0, ge=0)
    """Seconds added to every call."""

    _calls: _Calls = PrivateAttr(default_factory=_Calls)

    @field_validator("outcomes")
    @classmethod
    def _known(cls, outcomes: list[Outcome]) -> list[Outcome]:
        for outcome in outcomes:
            if isinstance(outcome, str) and outcome != "ok" and outcome not in FAULTS:
                known = ", ".join(["ok", *FAULTS])
                raise ValueError(f"unknown fault '{outcome}'; known: {known}")
        return outcomes

    @property
    def _llm_type(self) -> str:
        return "railgraph-fault-injecting"

    @property
    def _identifying_params(self) -> dict[str, Any]:
        return {"outcomes": [str(o) for o in self.outcomes], "latency": self.latency}

    @property
    def calls(self) -> int:
        """How many calls this model (and its tool-bound copies) received."""
        return self._calls.count

    @property
    def history(self) -> list[str]:
        """The outcome of each call so far (``"ok"``, a fault name, or an exception class)."""
        return list(self._calls.history)

    def bind_tools(
        self,
        tools: Sequence[dict[str, Any] | type | Callable[..., Any] | BaseTool],
        *,
        tool_choice: str | None = None,
        **kwargs: Any,
    ) -> Runnable[LanguageModelInput, AIMessage]:
        """The same faults around ``inner.bind_tools(...)``, sharing this model's call count."""
        inner = cast(BaseChatModel, self.inner)
        bound = inner.bind_tools(tools, tool_choice=tool_choice, **kwargs)
        copy = self.model_copy(update={"inner": bound})
        copy._calls = self._calls
        return cast("Runnable[LanguageModelInput, AIMessage]", copy)

    def _next(self) -> Outcome:
        with self._calls.lock:
            n = self._calls.count
            self._calls.count += 1
            if not self.outcomes or (n >= len(self.outcomes) and not self.cycle):
                outcome: Outcome = "ok"
            else:
                outcome = self.outcomes[n % len(self.outcomes)]
            self._calls.history.append(
                outcome if isinstance(outcome, str) else type(outcome).__name__
            )
            return outcome

    def _raise(self, outcome: Outcome) -> None:
        if isinstance(outcome, BaseException):
            raise outcome
        if outcome == "ok":
            return
        fault = FAULTS[outcome]
        status = f" ({fault.status_code})" if fault.status_code is not None else ""
        raise fault.error(
            f"injected fault '{outcome}'{status}: {fault.message}", status_code=fault.status_code
        )

    def _generate(
        self,
        messages: list[BaseMessage],
        stop: list[str] | None = None,
        run_manager: CallbackManagerForLLMRun | None = None,
        **kwargs: Any,
    ) -> ChatResult:
        outcome = self._next()
        if self.latency:
            time.sleep(self.latency)
        self._raise(outcome)
        reply = self.inner.invoke(messages, _QUIET, stop=stop, **kwargs)
        return ChatResult(generations=[ChatGeneration(message=reply)])

    async def _agenerate(
        self,
        messages: list[BaseMessage],
        stop: list[str] | None = None,
        run_manager: AsyncCallbackManagerForLLMRun | None = None,
        **kwargs: Any,
    ) -> ChatResult:
        outcome = self._next()
        if self.latency:
            await asyncio.sleep(self.latency)
        self._raise(outcome)
        reply = await self.inner.ainvoke(messages, _QUIET, stop=stop, **kwargs)
        return ChatResult(generations=[ChatGeneration(message=reply)])
