"""The embedded default store: a SQLite checkpointer under ``.railgraph/``.

It lets ``railgraph run`` and ``railgraph resume`` continue one thread across
separate processes with no server to install.
"""

from __future__ import annotations

import os
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

from langgraph.checkpoint.base import BaseCheckpointSaver

__all__ = ["open_checkpointer", "state_home"]


def state_home() -> Path:
    """``$RAILGRAPH_HOME``, else ``.railgraph`` in the working directory."""
    return Path(os.environ.get("RAILGRAPH_HOME") or ".railgraph")


@asynccontextmanager
async def open_checkpointer(home: Path | None = None) -> AsyncIterator[BaseCheckpointSaver[str]]:
    """An async checkpointer persisted in ``home`` (created if needed)."""
    from langgraph.checkpoint.sqlite.aio import AsyncSqliteSaver

    home = home or state_home()
    home.mkdir(parents=True, exist_ok=True)
    async with AsyncSqliteSaver.from_conn_string(str(home / "checkpoints.sqlite")) as saver:
        yield saver
