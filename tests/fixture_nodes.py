"""Node bodies used by compiler tests (referenced as ``fixture_nodes:NAME``)."""

from __future__ import annotations

import asyncio
from collections import Counter
from typing import Any

from railgraph.errors import PermanentModelError, TransientModelError

CALLS: Counter[str] = Counter()


def noop(state: dict[str, Any]) -> dict[str, Any]:
    CALLS["noop"] += 1
    return {}


def flaky(state: dict[str, Any], *, key: str, fail_times: int, error: str) -> dict[str, Any]:
    CALLS[key] += 1
    if CALLS[key] <= fail_times:
        if error == "transient":
            raise TransientModelError("provider overloaded", status_code=503)
        raise PermanentModelError("bad request", status_code=400)
    return {"response": f"ok after {CALLS[key]}"}


async def slow(state: dict[str, Any], *, seconds: float) -> dict[str, Any]:
    await asyncio.sleep(seconds)
    return {"response": "slow done"}


def note(state: dict[str, Any], *, value: str) -> dict[str, Any]:
    return {"notes": [value], "ticket": value}
