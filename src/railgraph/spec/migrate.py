"""Upgrade graph definitions written for older schema versions.

A migration is a pure function from the data of schema ``N`` to the data of
schema ``N + 1``; :func:`migrate` chains them up to :data:`CURRENT`. Schema 1
is the first public schema, so the table starts empty; each future schema
change adds one entry here (and tests register fixture schemas the same way).
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

from railgraph.errors import MigrationError

__all__ = [
    "CURRENT",
    "Migration",
    "MigrationError",
    "migrate",
    "migrations_from",
    "register",
    "unregister",
]

CURRENT = 1
"""The schema version this release reads."""

Migration = Callable[[dict[str, Any]], dict[str, Any]]

_MIGRATIONS: dict[int, Migration] = {}


def register(from_version: int, fn: Migration) -> None:
    """Add the migration from ``from_version`` to ``from_version + 1``."""
    if from_version >= CURRENT + 100 or from_version < 0:
        raise ValueError(f"implausible schema version {from_version}")
    _MIGRATIONS[from_version] = fn


def unregister(from_version: int) -> None:
    """Remove a migration (tests register fixture schemas temporarily)."""
    _MIGRATIONS.pop(from_version, None)


def migrations_from(version: int) -> list[int]:
    """The chain of versions migrated through from ``version`` to :data:`CURRENT`,
    or an empty list when some step is missing."""
    chain = []
    while version < CURRENT:
        if version not in _MIGRATIONS:
            return []
        chain.append(version)
        version += 1
    return chain


def migrate(data: dict[str, Any]) -> tuple[dict[str, Any], list[int]]:
    """Return ``data`` upgraded to :data:`CURRENT` and the versions it passed through."""
    version = data.get("railgraph")
    if not isinstance(version, int) or isinstance(version, bool):
        raise MigrationError(f"schema version must be an integer, found {version!r}")
    if version > CURRENT:
        raise MigrationError(f"schema version {version} is newer than this railgraph ({CURRENT})")
    chain = migrations_from(version)
    if version < CURRENT and not chain:
        raise MigrationError(f"no migration path from schema {version} to {CURRENT}")
    out = copy.deepcopy(data)
    for step in chain:
        out = _MIGRATIONS[step](out)
        out["railgraph"] = step + 1
    return out, chain
