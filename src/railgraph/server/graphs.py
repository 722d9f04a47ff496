"""Graph factories for the LangGraph server: one per definition in ``graphs/``, by its name.

``langgraph.json`` names them as ``railgraph.server.graphs:NAME`` (the current file) and
``railgraph.server.graphs:NAME@VERSION`` (that version only). The server calls a factory for
every run and state read, with the run's config; the factory picks the version to run:

1. a thread that already ran keeps the version it started on (rebuilt from its snapshot in
   Redis, see :mod:`railgraph.versions`), unless the run sets ``configurable.upgrade: true``;
2. else the version pinned by the graph id (``support@1.0.0``) or by the assistant's or run's
   ``configurable.graph_pin`` (an assistant created with that config is a pinned alias);
3. else the current file.

Compiled graphs are cached by content hash; the server adds its own checkpointer (the railgraph
Redis saver named in ``langgraph.json``) to each run, and the factory adds railgraph's observers
(logs, metrics, traces, Langfuse, the audit log: :func:`railgraph.observe.callbacks_for`).
"""

from __future__ import annotations

import asyncio
import json
import os
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from langchain_core.runnables import RunnableConfig
from langgraph.graph.state import CompiledStateGraph
from starlette.exceptions import HTTPException

from railgraph.errors import RailgraphError
from railgraph.source import read_yaml
from railgraph.spec.loader import LoadedGraph, load_graph

if TYPE_CHECKING:
    from langgraph_sdk.runtime import ServerRuntime

__all__ = ["GraphFactory", "catalog", "factories", "project_root"]

try:  # where the server puts the run's checkpointer before calling a factory
    from langgraph._internal._constants import CONFIG_KEY_CHECKPOINTER
except ImportError:  # pragma: no cover - a later LangGraph moved it
    CONFIG_KEY_CHECKPOINTER = "__pregel_checkpointer"


def project_root() -> Path:
    """``$RAILGRAPH_ROOT``, else the working directory (where ``langgraph.json`` is)."""
    return Path(os.environ.get("RAILGRAPH_ROOT") or ".").resolve()


def catalog(root: Path | None = None) -> dict[str, Path]:
    """Every definition under ``root/graphs`` by its ``name`` (files that do not parse are left
    to ``railgraph validate``; a name used twice is an error)."""
    root = root or project_root()
    found: dict[str, Path] = {}
    for path in sorted((root / "graphs").glob("*.yaml")):
        data = read_yaml(path, str(path)).data
        name = data.get("name") if isinstance(data, dict) else None
        if not isinstance(name, str):
            continue
        if name in found:
            raise RailgraphError(f"graph name {name!r} is used by both {found[name]} and {path}")
        found[name] = path
    return found


class _Compiled:
    """Compiled graphs by content hash and state store (graphs hold no per-run state, so runs
    can share one)."""

    def __init__(self) -> None:
        self.graphs: dict[tuple[str, int], CompiledStateGraph[Any, Any, Any, Any]] = {}

    def get(self, loaded: LoadedGraph, saver: Any) -> CompiledStateGraph[Any, Any, Any, Any]:
        from railgraph.reliability.store import store_of

        # The server adds its checkpointer only after the factory returns, so budgets, circuit
        # breakers and the response cache get their Redis store here, from the same saver.
        reliability = store_of(saver)
        key = (loaded.graph_hash, id(reliability.client) if reliability is not None else 0)
        graph = self.graphs.get(key)
        if graph is None:
            from railgraph.compile import compile_graph

            graph = self.graphs[key] = compile_graph(loaded, reliability=reliability)
        return graph


_COMPILED = _Compiled()


@dataclass
class GraphFactory:
    """The server's factory for one graph name, optionally pinned to one version."""

    name: str
    """The definition's ``name``."""
    path: Path
    """Its file under ``graphs/``."""
    pin: str | None = None
    """Version this graph id always runs (``name@version``), or None."""

    def __post_init__(self) -> None:
        self._current: tuple[float, LoadedGraph] | None = None
        self._versions: dict[str, LoadedGraph] = {}

    def current(self) -> LoadedGraph:
        """The file as it is now (reloaded when it changes on disk)."""
        mtime = self.path.stat().st_mtime
        if self._current is None or self._current[0] != mtime:
            self._current = (mtime, load_graph(self.path))
        return self._current[1]

    async def __call__(self, config: RunnableConfig, runtime: ServerRuntime | None = None
                       ) -> CompiledStateGraph[Any, Any, Any, Any]:
        configurable = config.get("configurable") or {}
        saver = _unwrap(configurable.get(CONFIG_KEY_CHECKPOINTER))
        store = _version_store(saver)
        await _guard_thread(saver, configurable, runtime)
        loaded = await asyncio.to_thread(self.current)
        thread_id = configurable.get("thread_id")
        pinned = None
        if saver is not None and thread_id and not configurable.get("upgrade"):
            from railgraph.versions import thread_identity

            pinned = await thread_identity(saver, str(thread_id))
        wanted = self.pin or configurable.get("graph_pin")
        if pinned is not None and pinned["name"] != self.name:
            raise RailgraphError(f"this thread belongs to graph {pinned['name']!r}, not {self.name!r}")
        if pinned is not None and pinned["hash"] != loaded.graph_hash:
            if store is None:
                raise RailgraphError("this thread ran on another graph version and no snapshot store "
                                     "is configured")
            loaded = await store.load(pinned["hash"])
        elif pinned is None and wanted and str(wanted) != loaded.definition.version:
            loaded = await self._version(store, str(wanted))
        graph = _COMPILED.get(loaded, saver)
        if not configurable.get("__is_for_execution__"):
            return graph  # a state read: nothing runs, nothing to observe
        if store is not None:
            await store.save(loaded)
        return graph.with_config(callbacks=[*_observers(loaded, configurable, store),
                                             *_lease(saver, configurable, runtime)])

    async def _version(self, store: Any, version: str) -> LoadedGraph:
        if version in self._versions:
            return self._versions[version]
        if store is None:
            raise RailgraphError(f"graph {self.name} {version} is not the current file and no "
                                 "snapshot store is configured")
        # Snapshots are keyed by hash only; a scan over the (few) stored versions finds the one
        # with this name and version. Snapshots never change, so the answer is cached.
        async for key in store.client.scan_iter(match=f"{store.prefix}:graph:*", count=500):
            raw = await store.client.get(key)
            identity = json.loads(raw).get("identity", {}) if raw else {}
            if identity.get("name") == self.name and identity.get("version") == version:
                found: LoadedGraph = await store.load(identity["hash"])
                self._versions[version] = found
                return found
        raise RailgraphError(f"graph {self.name} version {version} is neither the current file nor "
                             "a stored snapshot")


def _observers(loaded: LoadedGraph, configurable: dict[str, Any], store: Any) -> list[Any]:
    """Logs, metrics, traces, Langfuse and the audit log for one run (as ``railgraph run`` has)."""
    from railgraph.observe import AuditLog, callbacks_for

    # user_id and tenant_id were set from the API key by the auth handler, not by the caller.
    who = {k: configurable[k] for k in ("user_id", "tenant_id") if configurable.get(k)}
    audit = AuditLog(store.client, store.prefix) if store is not None else None
    return callbacks_for(loaded, who, audit=audit)


def _lease(saver: Any, configurable: dict[str, Any], runtime: Any) -> list[Any]:
    """The run's turn lease (:mod:`railgraph.server.leases`): a survivor finishes the turn if
    this replica dies before it ends."""
    from railgraph.server.leases import TurnLease, turn_record, turns_for_loop
    from railgraph.state import AsyncRedisSaver

    thread_id = configurable.get("thread_id")
    turn = turn_record(configurable, runtime) if thread_id else None
    if turn is None or not isinstance(saver, AsyncRedisSaver) or runtime is None:
        return []
    return [TurnLease(turns_for_loop(), str(thread_id), turn)]


def _caller_tenant(configurable: dict[str, Any], runtime: Any) -> str | None:
    """The tenant of the request: the authenticated user's, else (a run) the one the auth
    handler wrote into the run's config."""
    user = getattr(runtime, "user", None)
    try:
        tenant = user["tenant_id"] if user is not None else None
    except (KeyError, TypeError):
        tenant = None
    if not tenant and configurable.get("__is_for_execution__"):
        tenant = configurable.get("tenant_id")
    return str(tenant) if tenant else None


async def _guard_thread(saver: Any, configurable: dict[str, Any], runtime: Any) -> None:
    """The thread-owner rule of :mod:`railgraph.server.auth`, again where a graph meets its state.

    The auth handler refuses foreign threads before the runtime sees a request; this check holds
    whatever path a run or state read takes to the graph. A run claims its thread (one the
    runtime created, like a thread-less run's, has no record yet); a read only checks."""
    from railgraph.state import AsyncRedisSaver
    from railgraph.state.owners import acheck_on, aclaim_on

    thread_id = configurable.get("thread_id")
    tenant = _caller_tenant(configurable, runtime)
    if not thread_id or not tenant or not isinstance(saver, AsyncRedisSaver):
        return
    tid = str(thread_id)
    if configurable.get("__is_for_execution__"):
        allowed = await aclaim_on(saver, tid, tenant)
    else:
        allowed = await acheck_on(saver, tid, tenant) != "foreign"
    if not allowed:
        raise HTTPException(status_code=404, detail=f"Thread with ID {tid} not found")


def _unwrap(saver: Any) -> Any:
    """The configured saver: the server hands factories an adapter around it (``_inner``)."""
    inner = getattr(saver, "_inner", None) if saver is not None else None
    return inner if inner is not None else saver


def _version_store(saver: Any) -> Any:
    from railgraph.state import AsyncRedisSaver
    from railgraph.versions import VersionStore

    if isinstance(saver, AsyncRedisSaver):
        return VersionStore(saver.client, saver.codec.prefix)
    return None


def factories(root: Path | None = None) -> dict[str, GraphFactory]:
    """A factory per graph name and per ``name@version`` of the current files."""
    made: dict[str, GraphFactory] = {}
    for name, path in catalog(root).items():
        factory = GraphFactory(name, path)
        made[name] = factory
        made[f"{name}@{factory.current().definition.version}"] = GraphFactory(
            name, path, factory.current().definition.version)
    return made


def _served(factory: GraphFactory) -> Callable[..., Awaitable[CompiledStateGraph[Any, Any, Any, Any]]]:
    """``factory`` as the server calls it: a function whose annotations ask for the request's
    runtime (the server classifies factories by their signature; it passes the runtime, and
    with it the authenticated user, only to a parameter annotated ``ServerRuntime``)."""

    async def serve(config: RunnableConfig, runtime: ServerRuntime
                    ) -> CompiledStateGraph[Any, Any, Any, Any]:
        return await factory(config, runtime)

    serve.__name__ = serve.__qualname__ = factory.name
    return serve


def _register() -> None:
    # The server looks graphs up in this module's namespace (``railgraph.server.graphs:NAME``),
    # so each factory becomes a module global; ``@`` is fine in a namespace key.
    if (project_root() / "graphs").is_dir():
        globals().update({name: _served(made) for name, made in factories().items()})


_register()
