"""What node factories receive: the loaded graph and lazily resolved resources."""

from __future__ import annotations

import time
from collections.abc import Callable, Hashable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from langchain_core.callbacks import BaseCallbackManager
from langchain_core.language_models import BaseChatModel
from langchain_core.messages import AIMessage, AnyMessage, HumanMessage
from langchain_core.runnables import RunnableConfig
from langchain_core.runnables.config import patch_config, var_child_runnable_config
from langchain_core.tools import BaseTool, StructuredTool
from langgraph.constants import TAG_NOSTREAM

from railgraph.expr import Condition
from railgraph.imports import import_dotted
from railgraph.spec.model import STANDARD_FIELDS, ModelRef

if TYPE_CHECKING:
    from railgraph.spec.loader import LoadedGraph

__all__ = [
    "BuildContext",
    "audit_entry",
    "hidden_from_streams",
    "last_ai",
    "last_human",
    "text_of",
]


@dataclass
class BuildContext:
    """Resources of one compiled graph, resolved on first use and then shared."""

    loaded: LoadedGraph
    """The validated definition and its policies."""
    model_overrides: Mapping[str, BaseChatModel] = field(default_factory=dict)
    """Chat models that replace named models (tests, notebooks, fault injection)."""
    store: Any = None
    """Shared Redis state of budgets, breakers and the cache
    (:class:`railgraph.reliability.ReliabilityStore`), or None when the graph has none."""
    compiler: Callable[..., Any] | None = None
    """``compiler(loaded, **options)``: the compiler of this graph, set by
    :func:`railgraph.compile.compile_graph` (see :meth:`compile`)."""
    built: dict[Hashable, Any] = field(default_factory=dict)
    """Resources that node kinds build once per graph and share between nodes, by key (e.g.
    a guard node's checks, which llm and tools nodes also screen with)."""
    _models: dict[str, BaseChatModel] = field(default_factory=dict)
    _tools: dict[str, BaseTool] = field(default_factory=dict)

    @property
    def names(self) -> list[str]:
        """State names visible to expressions."""
        return [*STANDARD_FIELDS, *self.loaded.definition.state]

    def condition(self, text: str) -> Condition:
        """A compiled condition (already vetted by the loader)."""
        return Condition(text, self.names)

    def policy(self, name: str | None) -> Any:
        """A validated policy by name, or None."""
        return self.loaded.policies.get(name) if name else None

    def default_model_name(self) -> str | None:
        """The model used when neither node nor router names one."""
        d = self.loaded.definition
        if d.default_model:
            return d.default_model
        if len(d.models) == 1:
            return next(iter(d.models))
        return None

    def model(self, name: str) -> BaseChatModel:
        """The chat model declared under ``name``."""
        if name in self.model_overrides:
            return self.model_overrides[name]
        if name not in self._models:
            from railgraph.models.resolve import resolve_model

            ref = self.loaded.definition.models[name]
            spec: Any = ref.model_dump() if isinstance(ref, ModelRef) else ref
            self._models[name] = resolve_model(spec, self.loaded.root)
        return self._models[name]

    def compile(self, loaded: LoadedGraph, **options: Any) -> Any:
        """Compile a graph this one runs (a subgraph, an in-process specialist) with this
        graph's model overrides and reliability store: nodes never import the compiler."""
        if self.compiler is None:
            raise RuntimeError("this build context has no compiler (it was not made by "
                               "railgraph.compile.compile_graph)")
        return self.compiler(loaded, **options)

    def detector_env(self, prices: str | None = None) -> Any:
        """What this graph lends the detectors it builds: the project root for relative
        paths, its named models (a ``judge`` may name one) and a price policy."""
        from railgraph.guards.registry import DetectorEnv

        return DetectorEnv(base_dir=self.loaded.root, model=self.model,
                           models=list(self.loaded.definition.models),
                           prices=self.policy(prices))

    def tool(self, name: str) -> BaseTool:
        """The tool declared under ``name``, wrapped for argument validation."""
        if name not in self._tools:
            target = import_dotted(self.loaded.definition.tools[name], self.loaded.root)
            self._tools[name] = (target if isinstance(target, BaseTool)
                                 else StructuredTool.from_function(target, name=name))
        return self._tools[name]


def text_of(message: Any) -> str:
    """Plain text of a message (content blocks joined)."""
    content = getattr(message, "content", message)
    if isinstance(content, str):
        return content
    if isinstance(content, list):
        return " ".join(b.get("text", "") if isinstance(b, dict) else str(b) for b in content)
    return "" if content is None else str(content)


def last_human(messages: list[AnyMessage]) -> HumanMessage | None:
    """The most recent user message."""
    for message in reversed(messages):
        if isinstance(message, HumanMessage):
            return message
    return None


def last_ai(messages: list[AnyMessage]) -> AIMessage | None:
    """The most recent model message, if it is the last message."""
    if messages and isinstance(messages[-1], AIMessage):
        return messages[-1]
    return None


def audit_entry(
    state: Mapping[str, Any], config: RunnableConfig | None, **fields: Any
) -> dict[str, Any]:
    """An audit record: who, where and what was decided; never the checked text."""
    context = state.get("context") or {}
    configurable = (config or {}).get("configurable", {})
    return {
        "ts": round(time.time(), 3),
        "thread_id": context.get("thread_id") or configurable.get("thread_id"),
        "user_id": context.get("user_id"),
        "tenant_id": context.get("tenant_id"),
        **fields,
    }


_STREAM_HANDLERS = ("StreamMessagesHandler", "_AstreamEventsCallbackHandler",
                    "LogStreamCallbackHandler")
"""Callback handlers through which LangGraph and langchain-core stream a model's tokens and
events to clients (``stream_mode="messages"``, ``astream_events``, ``astream_log``)."""


def _private_config(config: RunnableConfig) -> RunnableConfig:
    """The node's config for a model call whose raw output no client may see.

    LangGraph streams a chat model's tokens to ``stream_mode="messages"`` through a callback
    handler it attaches to the run, and ``astream_events`` does the same with its own; both
    are taken off this call (observability handlers such as logs, metrics, traces and
    Langfuse stay, and they scrub what they record). ``nostream`` is LangGraph's own tag for
    the same purpose, kept as a second lock.
    """
    callbacks = config.get("callbacks")
    callbacks_out: Any = callbacks
    if isinstance(callbacks, BaseCallbackManager):
        manager = callbacks.copy()
        for handler in list(manager.handlers):
            if type(handler).__name__ in _STREAM_HANDLERS:
                manager.remove_handler(handler)
        callbacks_out = manager
    elif isinstance(callbacks, list):
        callbacks_out = [h for h in callbacks if type(h).__name__ not in _STREAM_HANDLERS]
    private = patch_config(config, callbacks=callbacks_out)
    private["tags"] = list(dict.fromkeys([*(config.get("tags") or []), TAG_NOSTREAM]))
    return private


@contextmanager
def hidden_from_streams(config: RunnableConfig) -> Iterator[RunnableConfig]:
    """The config under which a node calls a model or a tool whose raw output no client may
    see before a guard has passed it (see :func:`_private_config`).

    Runnables merge the config they are given with the one in the current context (the
    node's, which carries the stream handlers), so the context holds the private config too
    for the duration of the call.
    """
    private = _private_config(config)
    token = var_child_runnable_config.set(private)
    try:
        yield private
    finally:
        var_child_runnable_config.reset(token)
