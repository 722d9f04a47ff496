"""The audit log: every guard, rail, routing, review, tool and escalation decision, in Redis.

Nodes already record their decisions in the state's ``audit`` list (who, which node, which
detector, verdict, reason; never the checked text). At the end of each turn the new entries
are appended, with the graph's name, version and hash, to one capped Redis stream,
``<prefix>:audit`` (``XADD ... MAXLEN ~ N``: Redis trims whole blocks, which is cheap, so the
stream holds about ``N`` entries). Stream ids are time-ordered, so reading from a moment on
is one ``XRANGE`` from that millisecond. ``railgraph audit`` exports it as JSON lines.

Entries are scrubbed once more before they are written (the detectors already keep text
out of them; this also covers custom nodes that write their own entries).
"""

from __future__ import annotations

import json
import re
from collections.abc import AsyncIterator, Iterable, Mapping
from datetime import UTC, datetime, timedelta
from typing import Any

from railgraph.observe.redact import scrub

__all__ = ["DEFAULT_MAXLEN", "AuditLog", "audit_key", "parse_since"]

DEFAULT_MAXLEN = 100_000
"""Entries kept (approximately) before the oldest are trimmed."""

_RELATIVE = re.compile(r"^(\d+(?:\.\d+)?)\s*([smhd])$")
_UNITS = {"s": "seconds", "m": "minutes", "h": "hours", "d": "days"}
_STREAM_ID = re.compile(r"^\d+(?:-\d+)?$")


def audit_key(prefix: str) -> str:
    """The Redis key of the audit stream under ``prefix``."""
    return f"{prefix}:audit"


def parse_since(text: str, now: datetime | None = None) -> str:
    """The first stream id to read for ``--since``: ``30m``/``2h``/``7d`` ago, an ISO 8601
    time (UTC unless it says otherwise), or a stream id (``1732400000000-0``)."""
    value = text.strip()
    moment: datetime
    if _STREAM_ID.match(value) and len(value.split("-")[0]) >= 12:
        return value
    relative = _RELATIVE.match(value)
    if relative:
        amount, unit = float(relative.group(1)), relative.group(2)
        moment = (now or datetime.now(UTC)) - timedelta(**{_UNITS[unit]: amount})
    else:
        try:
            moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
        except ValueError:
            raise ValueError(f"--since {text!r}: use a duration such as 30m, 2h or 7d, an ISO "
                             "time such as 2026-11-23T10:00:00Z, or a stream id") from None
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=UTC)
    return f"{int(moment.timestamp() * 1000)}-0"


def _record(fields: Mapping[Any, Any], stream_id: Any) -> dict[str, Any]:
    raw = fields.get(b"entry", fields.get("entry", b"{}"))
    entry: dict[str, Any] = json.loads(raw)
    entry["id"] = stream_id.decode() if isinstance(stream_id, bytes) else str(stream_id)
    return entry


class AuditLog:
    """Appends to and reads the audit stream on an asyncio redis-py client."""

    def __init__(self, client: Any, prefix: str = "railgraph", *,
                 maxlen: int = DEFAULT_MAXLEN) -> None:
        self.client = client
        self.key = audit_key(prefix)
        self.maxlen = maxlen

    async def append(self, entries: Iterable[Mapping[str, Any]],
                     graph: Mapping[str, str] | None = None) -> int:
        """Write ``entries`` (one stream entry each, in one round trip); returns how many."""
        rows = [scrub({**dict(e), **({"graph": dict(graph)} if graph else {})}) for e in entries]
        if not rows:
            return 0
        pipe = self.client.pipeline(transaction=False)
        for row in rows:
            fields = {"entry": json.dumps(row, ensure_ascii=False, default=str),
                      "thread_id": str(row.get("thread_id") or "")}
            pipe.xadd(self.key, fields, maxlen=self.maxlen, approximate=True)
        await pipe.execute()
        return len(rows)

    async def read(self, *, thread_id: str | None = None, since: str | None = None,
                   batch: int = 1000) -> AsyncIterator[dict[str, Any]]:
        """Entries oldest first, optionally of one thread and from ``since`` (a stream id)."""
        start = since or "-"
        while True:
            chunk = await self.client.xrange(self.key, min=start, max="+", count=batch)
            for stream_id, fields in chunk:
                entry = _record(fields, stream_id)
                if thread_id is None or entry.get("thread_id") == thread_id:
                    yield entry
            if len(chunk) < batch:
                return
            last = chunk[-1][0]
            start = "(" + (last.decode() if isinstance(last, bytes) else str(last))
