"""What the server tests share: the keys they serve with, a client per key, and the process
behind a port (to kill a replica)."""

from __future__ import annotations

import os
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from langgraph_sdk import get_sync_client
from langgraph_sdk.client import SyncLangGraphClient

ACME_KEY = f"acme-{uuid.uuid4().hex}"
GLOBEX_KEY = f"globex-{uuid.uuid4().hex}"
SLOW_KEY = f"slow-{uuid.uuid4().hex}"
ORDER_QUESTION = "Where is my order 10042? I'm jane.doe@example.com"


@dataclass
class Server:
    """A running `railgraph serve`."""

    url: str
    prefix: str
    redis_url: str
    log: Path

    def client(self, key: str | None, *, header: str = "bearer") -> SyncLangGraphClient:
        headers = {}
        if key is not None:
            headers = {"Authorization": f"Bearer {key}"} if header == "bearer" else {"X-Api-Key": key}
        return get_sync_client(url=self.url, headers=headers)


def turn(text: str) -> dict[str, Any]:
    """A run's input: one user message."""
    return {"messages": [{"role": "user", "content": text}]}


def listener_pid(url: str) -> int:
    """The process listening on ``url``'s loopback port (the server under `railgraph serve`)."""
    port = int(url.rsplit(":", 1)[1])
    inodes = set()
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        for row in Path(table).read_text().splitlines()[1:]:
            fields = row.split()
            if fields[3] == "0A" and int(fields[1].rsplit(":", 1)[1], 16) == port:
                inodes.add(f"socket:[{fields[9]}]")
    for fd_dir in Path("/proc").glob("[0-9]*/fd"):
        try:
            if any(os.readlink(fd) in inodes for fd in fd_dir.iterdir()):
                return int(fd_dir.parent.name)
        except OSError:
            continue
    raise AssertionError(f"nothing listens on port {port}")
