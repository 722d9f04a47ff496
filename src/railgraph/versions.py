"""Pinning threads to the graph version they started on.

Every compiled graph writes its identity (``graph_name``, ``graph_version``,
``graph_hash``) into each checkpoint's metadata, and every graph that runs is
stored as a self-contained snapshot (definition + policies) addressed by its
hash under ``<state home>/graphs/``. When a thread continues after the file
changed, the runner finds the thread's hash in its latest checkpoint and
rebuilds that exact version from the snapshot, so a conversation never
switches policy mid-way. Python code and rails folders are referenced, not
snapshotted: keep them backwards compatible, or start new threads.
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path
from typing import Any

from langgraph.checkpoint.base import BaseCheckpointSaver

from railgraph.errors import RailgraphError
from railgraph.spec.loader import LoadedGraph, load_graph_data

__all__ = ["VersionStore", "thread_identity"]


class VersionStore:
    """Content-addressed snapshots of graph definitions."""

    def __init__(self, home: Path) -> None:
        self.folder = home / "graphs"

    def save(self, loaded: LoadedGraph) -> Path:
        """Store ``loaded`` (idempotent) and return the snapshot's path."""
        self.folder.mkdir(parents=True, exist_ok=True)
        path = self.folder / f"{loaded.graph_hash}.json"
        if not path.exists():
            payload = {"identity": loaded.identity, **loaded.snapshot()}
            # Write then rename, so a crash never leaves half a snapshot behind.
            fd, tmp = tempfile.mkstemp(dir=self.folder, suffix=".tmp")
            with os.fdopen(fd, "w", encoding="utf-8") as out:
                json.dump(payload, out, sort_keys=True, indent=1)
            os.replace(tmp, path)
        return path

    def load(self, graph_hash: str) -> LoadedGraph:
        """Rebuild the graph stored under ``graph_hash``."""
        path = self.folder / f"{graph_hash}.json"
        if not path.is_file():
            raise RailgraphError(
                f"this thread was started on graph version {graph_hash[:12]}, which is not "
                f"stored in {self.folder}; start a new thread or pass --upgrade"
            )
        snapshot = json.loads(path.read_text(encoding="utf-8"))
        return _rebuild(snapshot)


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
