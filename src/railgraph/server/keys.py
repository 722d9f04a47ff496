"""API keys of the LangGraph server: who a key belongs to, kept as digests only.

Keys live in ``policies/api_keys.yaml`` (or ``$RAILGRAPH_API_KEYS_FILE``) as SHA-256 digests,
each mapped to a tenant, a user, roles and an optional rate limit::

    rate_limit: 120/minute            # default per key
    keys:
      - sha256: 9f86d0...             # railgraph keys hash KEY
        tenant: acme
        user: support-desk
        roles: [agent]
        rate_limit: 30/minute         # optional, this key only

For development, ``RAILGRAPH_API_KEYS="KEY=TENANT:USER:ROLE[+ROLE...][:LIMIT],..."`` adds keys
given in clear (never commit those).

Why a plain SHA-256 and not a password hash (bcrypt, argon2): API keys are long random tokens
(``railgraph keys new`` makes 256-bit ones), so there is nothing to brute-force and a slow hash
would only add latency to every request; the digest is what GitHub and Stripe-style token stores
keep for the same reason.
"""

from __future__ import annotations

import hashlib
import os
import secrets
from dataclasses import dataclass, field
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from railgraph.errors import DefinitionError, RailgraphError
from railgraph.source import read_yaml

__all__ = [
    "DEFAULT_RATE_LIMIT",
    "ApiKey",
    "KeyRing",
    "hash_key",
    "load_keyring",
    "new_key",
]

DEFAULT_RATE_LIMIT = "120/minute"
"""Requests per key when neither the file nor the key sets a limit."""

_KEYS_FILE = Path("policies") / "api_keys.yaml"


def hash_key(key: str) -> str:
    """The digest stored for ``key`` (hex SHA-256 of its UTF-8 bytes)."""
    return hashlib.sha256(key.encode("utf-8")).hexdigest()


def new_key() -> str:
    """A fresh random API key (256 bits, URL-safe)."""
    return "rg_" + secrets.token_urlsafe(32)


@dataclass(frozen=True)
class ApiKey:
    """The caller a key stands for."""

    digest: str
    """SHA-256 of the key (also its rate-limit bucket; the key itself is never stored)."""
    tenant: str
    """Tenant the caller acts for: threads, runs and state are visible within it only."""
    user: str
    """The caller's user id, passed to the graph as ``context.user_id``."""
    roles: tuple[str, ...] = ()
    """Roles passed to the graph as ``context.roles`` (guards and tools may check them)."""
    rate_limit: str = DEFAULT_RATE_LIMIT
    """Requests this key may make, in the ``limits`` syntax (``"60/minute"``)."""


@dataclass
class KeyRing:
    """Every known key, by digest."""

    keys: dict[str, ApiKey] = field(default_factory=dict)
    """Keys by SHA-256 digest."""

    def find(self, key: str) -> ApiKey | None:
        """The caller ``key`` belongs to, or None."""
        # Looking up by digest compares digests, never the key, so timing reveals nothing of it.
        return self.keys.get(hash_key(key))


class _KeyEntry(BaseModel):
    model_config = ConfigDict(extra="forbid")

    sha256: str = Field(pattern=r"^[0-9a-f]{64}$", description="hex SHA-256 of the key")
    tenant: str = Field(min_length=1, pattern=r"^[^:,=\s]+$")
    user: str = Field(min_length=1, pattern=r"^[^:,=\s]+$")
    roles: list[str] = Field(default_factory=list)
    rate_limit: str | None = None

    @field_validator("rate_limit")
    @classmethod
    def _limit(cls, value: str | None) -> str | None:
        if value is not None:
            _check_limit(value)
        return value


class _KeyFile(BaseModel):
    model_config = ConfigDict(extra="forbid")

    rate_limit: str = DEFAULT_RATE_LIMIT
    keys: list[_KeyEntry] = Field(default_factory=list)

    @field_validator("rate_limit")
    @classmethod
    def _limit(cls, value: str) -> str:
        _check_limit(value)
        return value


def _check_limit(value: str) -> None:
    from railgraph.state.ratelimit import parse_limit

    try:
        parse_limit(value)
    except ValueError as exc:
        raise ValueError(f"invalid rate limit {value!r} (write it like '60/minute'): {exc}") from None


def _read_file(path: Path, display: str) -> tuple[list[ApiKey], str]:
    located = read_yaml(path, display)
    try:
        parsed = _KeyFile.model_validate(located.data if located.data is not None else {})
    except ValidationError as exc:
        raise DefinitionError(
            [located.at(tuple(err["loc"]), err["msg"]) for err in exc.errors()]
        ) from None
    keys = [
        ApiKey(digest=e.sha256, tenant=e.tenant, user=e.user, roles=tuple(e.roles),
               rate_limit=e.rate_limit or parsed.rate_limit)
        for e in parsed.keys
    ]
    return keys, parsed.rate_limit


def parse_env_keys(text: str, default_limit: str = DEFAULT_RATE_LIMIT) -> list[ApiKey]:
    """Keys from ``KEY=TENANT:USER:ROLE[+ROLE...][:LIMIT],...`` (the ``RAILGRAPH_API_KEYS`` form)."""
    keys = []
    for number, item in enumerate(filter(None, (p.strip() for p in text.split(","))), start=1):
        key, sep, who = item.partition("=")
        parts = who.split(":")
        if not sep or not key or len(parts) not in (3, 4) or not all(parts[:2]):
            # Never echo the item: it holds a key.
            raise RailgraphError(f"RAILGRAPH_API_KEYS entry {number} is not KEY=TENANT:USER:ROLE[:LIMIT]")
        limit = parts[3] if len(parts) == 4 else default_limit
        try:
            _check_limit(limit)
        except ValueError as exc:
            raise RailgraphError(f"RAILGRAPH_API_KEYS entry {number}: {exc}") from None
        roles = tuple(r for r in parts[2].split("+") if r)
        keys.append(ApiKey(digest=hash_key(key), tenant=parts[0], user=parts[1], roles=roles,
                           rate_limit=limit))
    return keys


def load_keyring(root: Path | None = None) -> KeyRing:
    """The keys of ``$RAILGRAPH_API_KEYS_FILE`` (default ``policies/api_keys.yaml`` under ``root``)
    plus those of ``$RAILGRAPH_API_KEYS``. A missing default file just means no file keys."""
    root = root or Path(os.environ.get("RAILGRAPH_ROOT") or ".")
    named = os.environ.get("RAILGRAPH_API_KEYS_FILE")
    path = Path(named) if named else root / _KEYS_FILE
    ring = KeyRing()
    default_limit = DEFAULT_RATE_LIMIT
    if path.is_file():
        file_keys, default_limit = _read_file(path, str(path))
        ring.keys.update((k.digest, k) for k in file_keys)
    elif named:
        raise RailgraphError(f"API keys file {named} not found")
    env_keys = parse_env_keys(os.environ.get("RAILGRAPH_API_KEYS", ""), default_limit)
    ring.keys.update((k.digest, k) for k in env_keys)
    return ring
