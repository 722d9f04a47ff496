"""Trivial node bodies shared by both sides of the compile-overhead benchmark."""

from __future__ import annotations

from typing import Any


async def noop(state: dict[str, Any]) -> dict[str, Any]:
    return {}
