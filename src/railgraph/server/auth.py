"""Authentication and tenant isolation for the LangGraph server (``"auth"`` in ``langgraph.json``).

* A request carries an API key as ``Authorization: Bearer KEY`` or ``X-Api-Key: KEY``; no valid
  key means 401 (see :mod:`railgraph.server.keys` for where keys come from).
* Each key has its own sliding-window rate limit, counted in Redis so every server process
  shares it; over the limit means 429 with ``Retry-After``.
* Threads, runs and crons are stamped with the caller's tenant in their metadata, and every read,
  search, update and delete is filtered on it, so another tenant's thread answers 404.
* The caller's identity (``user_id``, ``tenant_id``, ``roles``) is written into the run's
  ``context`` state field, replacing anything the request body says, so guards, tools and
  budgets see who is really asking.
"""

from __future__ import annotations

import math
import os
import time
from typing import Any

from langgraph_sdk import Auth
from starlette.exceptions import HTTPException as StarletteHTTPException

from railgraph.server.keys import ApiKey, KeyRing, load_keyring

__all__ = ["auth"]

auth = Auth()

_ring: KeyRing = load_keyring()  # at import: a broken keys file stops the server from starting
_limiter: Any = None


def _limiter_for_loop() -> Any:
    """The rate limiter, built on first use inside the server's event loop (it owns its pool)."""
    global _limiter
    if _limiter is None:
        from railgraph.state.ratelimit import AsyncRateLimiter

        url = os.environ.get("REDIS_URL")
        if not url:
            raise RuntimeError("REDIS_URL is not set: start the server with `railgraph serve`")
        _limiter = AsyncRateLimiter(url, prefix=os.environ.get("RAILGRAPH_REDIS_PREFIX") or "railgraph")
    return _limiter


def _presented_key(headers: dict[bytes, bytes]) -> str | None:
    bearer = headers.get(b"authorization", b"").decode("latin-1").strip()
    scheme, _, token = bearer.partition(" ")
    if scheme.lower() == "bearer" and token.strip():
        return token.strip()
    header = headers.get(b"x-api-key", b"").decode("latin-1").strip()
    return header or None


@auth.authenticate
async def authenticate(headers: dict[bytes, bytes]) -> Auth.types.MinimalUserDict:
    """Resolve the API key to its caller, and count the request against the key's limit."""
    presented = _presented_key(headers)
    caller: ApiKey | None = _ring.find(presented) if presented else None
    if caller is None:
        raise Auth.exceptions.HTTPException(
            status_code=401, detail="missing or invalid API key",
            headers={"WWW-Authenticate": 'Bearer realm="railgraph"'},
        )
    # The bucket is named by the key's digest: the key itself never reaches Redis.
    decision = await _limiter_for_loop().hit(f"apikey/{caller.digest[:32]}", caller.rate_limit)
    if not decision.allowed:
        wait = max(1, math.ceil(decision.reset_at - time.time()))
        # Starlette's exception, not Auth's: the server maps Auth errors from this handler to
        # 401/403 only, while Starlette's pass through with their own status.
        raise StarletteHTTPException(
            status_code=429, detail=f"rate limit of {caller.rate_limit} exceeded for this API key",
            headers={"Retry-After": str(wait)},
        )
    user: Any = {
        "identity": f"{caller.tenant}:{caller.user}",
        "user_id": caller.user,
        "tenant_id": caller.tenant,
        "roles": list(caller.roles),
        "permissions": [f"role:{role}" for role in caller.roles],
    }
    return user


def _tenant(ctx: Auth.types.AuthContext) -> str:
    return str(ctx.user["tenant_id"])


def _stamp(value: Any, ctx: Auth.types.AuthContext) -> None:
    """Write the caller's tenant and user into the metadata of what is being created."""
    metadata = value.get("metadata")
    if metadata is None:
        metadata = value["metadata"] = {}
    metadata["tenant_id"] = _tenant(ctx)
    metadata["owner"] = str(ctx.user["user_id"])


_GRAPH_IDENTITY = ("graph_name", "graph_version", "graph_hash")
"""Configurable keys the compiled graph sets itself and copies into every checkpoint's metadata;
a caller's values would win the merge and mislabel the checkpoints, so they are dropped."""


def _drop_identity_keys(configurable: dict[str, Any]) -> None:
    for key in _GRAPH_IDENTITY:
        configurable.pop(key, None)


@auth.on.threads.create
async def on_thread_create(ctx: Auth.types.AuthContext, value: Auth.types.ThreadsCreate
                           ) -> Auth.types.FilterType:
    """New threads belong to the caller's tenant."""
    _stamp(value, ctx)
    return {"tenant_id": _tenant(ctx)}


@auth.on.threads.create_run
async def on_run_create(ctx: Auth.types.AuthContext, value: Auth.types.RunsCreate
                        ) -> Auth.types.FilterType:
    """Runs only on the tenant's own threads, with the caller's identity as the graph's context."""
    _stamp(value, ctx)
    kwargs: dict[str, Any] = dict(value).get("kwargs") or {}  # type: ignore[assignment]
    identity = {"user_id": str(ctx.user["user_id"]), "tenant_id": _tenant(ctx),
                "roles": list(ctx.user["roles"])}
    config = kwargs.setdefault("config", {}) or {}
    kwargs["config"] = config
    configurable = config.setdefault("configurable", {})
    _drop_identity_keys(configurable)
    configurable.update({"user_id": identity["user_id"], "tenant_id": identity["tenant_id"]})
    payload = kwargs.get("input")
    if isinstance(payload, dict):
        # What the body claims about the caller is replaced, never merged: it is not evidence.
        payload["context"] = identity
    return {"tenant_id": _tenant(ctx)}


@auth.on.assistants.create
async def on_assistant_create(ctx: Auth.types.AuthContext,
                              value: Auth.types.AssistantsCreate) -> Auth.types.FilterType:
    """Assistants (e.g. a graph pinned to a version) created by a tenant belong to it."""
    _stamp(value, ctx)
    config = value.get("config") or {}
    _drop_identity_keys(config.get("configurable") or {})
    return {"tenant_id": _tenant(ctx)}


@auth.on.assistants.update
async def on_assistant_update(ctx: Auth.types.AuthContext, value: Any) -> Auth.types.FilterType:
    """Only the owning tenant changes an assistant; the server's own (one per graph) stay fixed."""
    return {"tenant_id": _tenant(ctx)}


@auth.on.assistants.delete
async def on_assistant_delete(ctx: Auth.types.AuthContext, value: Any) -> Auth.types.FilterType:
    """Only the owning tenant deletes an assistant."""
    return {"tenant_id": _tenant(ctx)}


@auth.on.assistants.read
async def on_assistant_read(ctx: Auth.types.AuthContext, value: Any) -> None:
    """Assistants name graphs and versions, not customer data: every caller may read them."""
    return None


@auth.on.assistants.search
async def on_assistant_search(ctx: Auth.types.AuthContext, value: Any) -> None:
    """Every caller may list assistants (see :func:`on_assistant_read`)."""
    return None


@auth.on.store
async def on_store(ctx: Auth.types.AuthContext, value: Any) -> None:
    """The long-term store is partitioned by tenant: a namespace starts with the tenant id."""
    namespace = tuple(value.get("namespace") or ())
    if not namespace or namespace[0] != _tenant(ctx):
        raise Auth.exceptions.HTTPException(status_code=403,
                                            detail="store namespaces must start with your tenant id")


@auth.on
async def on_anything_else(ctx: Auth.types.AuthContext, value: Any) -> Auth.types.FilterType:
    """Everything else (thread reads, searches, updates, deletes, crons) is filtered by tenant."""
    if ctx.action == "create" and isinstance(value, dict):
        _stamp(value, ctx)
    return {"tenant_id": _tenant(ctx)}
