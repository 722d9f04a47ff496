"""Pinning threads to the graph version they started on.

Every compiled graph writes its identity (``graph_name``, ``graph_version``,
``graph_hash``) into each checkpoint's metadata, and every graph that runs is
stored as a self-contained snapshot (definition + policies) addressed by its
hash, in the same Redis as the checkpoints (``<prefix>:graph:<hash>``), so any
process or pod that continues a thread can rebuild its version. When a thread continues after the file
changed, the runner finds the thread's hash in its latest checkpoint and
rebuilds that exact version from the snapshot, so a conversation never
switches policy mid-way. Python code and rails folders are referenced, not
snapshotted: keep them backwards compatible, or start new threads.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from langgraph.checkpoint.base import BaseCheckpointSaver

from railgraph.errors import RailgraphError
from railgraph.spec.loader import LoadedGraph, load_graph_data

__all__ = ["VersionStore", "thread_identity"]


class VersionStore:
    """Content-addressed snapshots of graph definitions, kept in Redis."""

    def __init__(self, client: Any, prefix: str = "railgraph") -> None:
        self.client = client
        self.prefix = prefix

    def _key(self, graph_hash: str) -> str:
        return f"{self.prefix}:graph:{graph_hash}"

    async def save(self, loaded: LoadedGraph) -> None:
        """Store ``loaded`` (idempotent: a snapshot never changes once written)."""
        payload = json.dumps({"identity": loaded.identity, **loaded.snapshot()}, sort_keys=True)
        await self.client.set(self._key(loaded.graph_hash), payload, nx=True)

    async def load(self, graph_hash: str) -> LoadedGraph:
        """Rebuild the graph stored under ``graph_hash``."""
        raw = await self.client.get(self._key(graph_hash))
        if raw is None:
            raise RailgraphError(
                f"this thread was started on graph version {graph_hash[:12]}, which is not "
                "stored; start a new thread or pass --upgrade"
            )
        return _rebuild(json.loads(raw))


def _rebuild(snapshot: dict[str, Any]) -> LoadedGraph:
    root = Path(snapshot["root"])
    definition = dict(snapshot["definition"])
    definition["root"] = "."
    loaded = load_graph_data(definition, base_dir=root, source=snapshot.get("source", "snapshot"),
                             policies=snapshot.get("policies") or {})
    # The hash identifies the version as it was first stored; keep it stable.
    loaded.graph_hash = snapshot["identity"]["hash"]
    return loaded


async def thread_identity(
    checkpointer: BaseCheckpointSaver[Any], thread_id: str
) -> dict[str, str] | None:
    """``{"name", "version", "hash"}`` of the graph a thread ran on, or None if new."""
    found = await checkpointer.aget_tuple({"configurable": {"thread_id": thread_id}})
    if found is None:
        return None
    meta: dict[str, Any] = dict(found.metadata or {})
    if "graph_hash" not in meta:
        return None
    return {"name": str(meta.get("graph_name", "")), "version": str(meta.get("graph_version", "")),
            "hash": str(meta["graph_hash"])}
