"""Where state lives, from the environment (the same for the CLI, notebooks and the server).

- ``RAILGRAPH_HOME``: the local state home (default ``.railgraph`` in the working directory),
  where the embedded server keeps its data (see :func:`state_home`).
- ``REDIS_URL``: a Redis or Valkey server; unset means an embedded server under
  ``$RAILGRAPH_HOME/redis`` (default ``.railgraph/redis``), started on demand.
- ``RAILGRAPH_REDIS_PREFIX``: key prefix (default ``railgraph``), to share a server.
- ``RAILGRAPH_STATE_TTL``: seconds a thread is kept after its last write (default: forever).
- ``RAILGRAPH_STATE_TTL_REFRESH_ON_READ``: ``1`` to also refresh the TTL on reads.
- ``RAILGRAPH_ENCRYPTION_KEY``: 32, 24 or 16 bytes, hex or base64, to encrypt state at rest.
- ``RAILGRAPH_REDIS_POOL``: connections per process (default 64).
"""

from __future__ import annotations

import base64
import binascii
import os
from dataclasses import dataclass
from pathlib import Path

from railgraph.errors import RailgraphError

__all__ = ["StateSettings", "state_home"]


def state_home() -> Path:
    """``$RAILGRAPH_HOME``, else ``.railgraph`` in the working directory."""
    return Path(os.environ.get("RAILGRAPH_HOME") or ".railgraph")


@dataclass(frozen=True)
class StateSettings:
    """Saver options read from the environment."""

    prefix: str = "railgraph"
    """Key prefix of every railgraph key."""
    ttl: float | None = None
    """Seconds a thread lives after its last write; None keeps it."""
    refresh_on_read: bool = False
    """Whether reads also extend a thread's TTL."""
    encryption_key: bytes | None = None
    """AES key for encryption at rest, or None."""
    pool_size: int = 64
    """Connection-pool size per process."""

    @classmethod
    def from_env(cls) -> StateSettings:
        """Read (and validate) the ``RAILGRAPH_*`` variables."""
        env = os.environ
        try:
            ttl = float(env["RAILGRAPH_STATE_TTL"]) if env.get("RAILGRAPH_STATE_TTL") else None
            pool = int(env.get("RAILGRAPH_REDIS_POOL") or 64)
        except ValueError as exc:
            raise RailgraphError(f"invalid state setting: {exc}") from None
        if ttl is not None and ttl <= 0:
            raise RailgraphError("RAILGRAPH_STATE_TTL must be a positive number of seconds")
        return cls(
            prefix=env.get("RAILGRAPH_REDIS_PREFIX") or "railgraph",
            ttl=ttl,
            refresh_on_read=env.get("RAILGRAPH_STATE_TTL_REFRESH_ON_READ") == "1",
            encryption_key=_key(env.get("RAILGRAPH_ENCRYPTION_KEY")),
            pool_size=pool,
        )


def _key(text: str | None) -> bytes | None:
    if not text:
        return None
    for decode in (bytes.fromhex, base64.b64decode):
        try:
            key = decode(text)
        except (ValueError, binascii.Error):
            continue
        if len(key) in (16, 24, 32):
            return key
    raise RailgraphError("RAILGRAPH_ENCRYPTION_KEY must be 16, 24 or 32 bytes, hex or base64")
