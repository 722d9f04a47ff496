"""``custom`` nodes: a function of the project, called with state (and config)."""

from __future__ import annotations

import inspect
from typing import Any

from langchain_core.runnables import RunnableConfig

from railgraph.imports import import_dotted
from railgraph.nodes.context import BuildContext
from railgraph.spec.kinds.custom import CustomNode

__all__ = ["build"]


def build(node: CustomNode, ctx: BuildContext) -> Any:
    fn = import_dotted(node.params.function, ctx.loaded.root)
    args = dict(node.params.args)
    wants_config = "config" in inspect.signature(fn).parameters
    is_async = inspect.iscoroutinefunction(fn)
    if is_async and not args and not wants_config:
        return fn  # nothing to adapt: LangGraph calls it directly

    async def custom(state: dict[str, Any], config: RunnableConfig) -> Any:
        kwargs = {**args, "config": config} if wants_config else args
        result = fn(state, **kwargs)
        if is_async:
            result = await result
        return result if result is not None else {}

    return custom
