"""Authentication and tenant isolation for the LangGraph server (``"auth"`` in ``langgraph.json``).

* A request carries an API key as ``Authorization: Bearer KEY`` or ``X-Api-Key: KEY``; no valid
  key means 401 (see :mod:`railgraph.server.keys` for where keys come from).
* Each key has its own sliding-window rate limit, counted in Redis so every server process
  shares it; over the limit means 429 with ``Retry-After``.
* Threads, runs and crons are stamped with the caller's tenant in their metadata, and every read,
  search, update and delete is filtered on it, so another tenant's thread answers 404.
* That filter sees only this process's thread records; replicas share nothing but Redis. So the
  thread's owner is also recorded there (:mod:`railgraph.state.owners`), claimed with ``SET NX``
  when a thread is created, by ``threads.create`` or a run with ``if_not_exists="create"``, and
  checked on every thread read, update, delete and run: another tenant's thread is "not found"
  (a create under its id "already exists", as the replica that holds it answers) on every replica.
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
from redis.exceptions import RedisError
from starlette.exceptions import HTTPException as StarletteHTTPException

from railgraph.server.keys import ApiKey, KeyRing, load_keyring
from railgraph.state import StateStoreError

__all__ = ["auth"]

auth = Auth()

_ring: KeyRing = load_keyring()  # at import: a broken keys file stops the server from starting
_limiter: Any = None
_owners: Any = None


def _limiter_for_loop() -> Any:
    """The rate limiter, built on first use inside the server's event loop (it owns its pool)."""
    global _limiter
    if _limiter is None:
        from railgraph.state.ratelimit import AsyncRateLimiter

        _limiter = AsyncRateLimiter(_redis_url(),
                                    prefix=os.environ.get("RAILGRAPH_REDIS_PREFIX") or "railgraph")
    return _limiter


def _redis_url() -> str:
    url = os.environ.get("REDIS_URL")
    if not url:
        raise RuntimeError("REDIS_URL is not set: start the server with `railgraph serve`")
    return url


class _Owners:
    """The owner records, on a saver of this process's own (adoption reads checkpoints)."""

    def __init__(self) -> None:
        from railgraph.state import AsyncRedisSaver
        from railgraph.state.settings import StateSettings

        settings = StateSettings.from_env()
        self.prefix = settings.prefix
        self.ttl = settings.ttl
        self.saver = AsyncRedisSaver.from_url(
            _redis_url(), prefix=settings.prefix, encryption_key=settings.encryption_key,
            max_connections=_OWNER_POOL)

    async def claim(self, thread_id: str, tenant: str) -> bool:
        from railgraph.state.owners import aclaim

        return await aclaim(self.saver.client, self.prefix, thread_id, tenant, saver=self.saver,
                            ttl=self.ttl)

    async def check(self, thread_id: str, tenant: str) -> str:
        from railgraph.state.owners import acheck

        return await acheck(self.saver.client, self.prefix, thread_id, tenant, saver=self.saver)


_OWNER_POOL = 32
"""Connections of the owner store per process (one short command per request)."""


def _owners_for_loop() -> _Owners:
    """The owner store, built on first use inside the server's event loop (it owns its pool)."""
    global _owners
    if _owners is None:
        _owners = _Owners()
    return _owners


def _not_found(thread_id: str) -> Auth.exceptions.HTTPException:
    # The runtime's own words for a missing thread: a foreign one must look the same.
    return Auth.exceptions.HTTPException(status_code=404, detail=f"Thread with ID {thread_id} not found")


def _unavailable(exc: Exception) -> StarletteHTTPException:
    return StarletteHTTPException(
        status_code=503, detail=f"the state store is unavailable ({type(exc).__name__}); retry later",
        headers={"Retry-After": "1"})


async def _claim(ctx: Auth.types.AuthContext, thread_id: Any, *, refusal: int = 404) -> None:
    """Make the thread the caller's tenant's, or refuse: 404, or 409 for a thread create."""
    tid = str(thread_id)
    try:
        mine = await _owners_for_loop().claim(tid, _tenant(ctx))
    except (RedisError, StateStoreError) as exc:
        raise _unavailable(exc) from None
    if mine:
        return
    if refusal == 409:
        raise Auth.exceptions.HTTPException(status_code=409,
                                            detail=f"Thread with ID {tid} already exists")
    raise _not_found(tid)


async def _check(ctx: Auth.types.AuthContext, value: Any) -> None:
    """Refuse, as not found, a request naming a thread another tenant owns."""
    thread_id = value.get("thread_id") if isinstance(value, dict) else None
    if not thread_id:
        return
    try:
        verdict = await _owners_for_loop().check(str(thread_id), _tenant(ctx))
    except (RedisError, StateStoreError) as exc:
        raise _unavailable(exc) from None
    if verdict == "foreign":
        raise _not_found(str(thread_id))


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
    """New threads belong to the caller's tenant; an id another tenant owns "already exists"."""
    _stamp(value, ctx)
    if value.get("thread_id"):
        await _claim(ctx, value["thread_id"], refusal=409)
    return {"tenant_id": _tenant(ctx)}


@auth.on.threads.create_run
async def on_run_create(ctx: Auth.types.AuthContext, value: Auth.types.RunsCreate
                        ) -> Auth.types.FilterType:
    """Runs only on the tenant's own threads, with the caller's identity as the graph's context.

    A run that may create its thread claims it; a thread without a record that the run does not
    create is left to the runtime (it answers 404 when the thread is not here) and is claimed
    when the run starts (:mod:`railgraph.server.graphs`)."""
    _stamp(value, ctx)
    thread_id = value.get("thread_id")
    if thread_id and value.get("if_not_exists") == "create":
        await _claim(ctx, thread_id)
    else:
        await _check(ctx, value)
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


async def on_thread_access(
    ctx: Auth.types.AuthContext,
    value: Auth.types.ThreadsRead | Auth.types.ThreadsUpdate | Auth.types.ThreadsDelete
    | Auth.types.ThreadsSearch,
) -> Auth.types.FilterType:
    """Reads (thread, state, history, runs), updates (metadata, state, run cancels), deletes
    and searches: the tenant's own threads only, on any replica. A search within a thread
    (its runs) checks that thread; a delete keeps the owner record, so a deleted thread's id
    is never another tenant's."""
    await _check(ctx, value)
    return {"tenant_id": _tenant(ctx)}


for _register in (auth.on.threads.read, auth.on.threads.update, auth.on.threads.delete,
                  auth.on.threads.search):
    _register(on_thread_access)


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
    """Everything else (crons) is filtered by tenant, and a cron on a thread checks its owner."""
    if ctx.action == "create" and isinstance(value, dict):
        _stamp(value, ctx)
    await _check(ctx, value)
    return {"tenant_id": _tenant(ctx)}
