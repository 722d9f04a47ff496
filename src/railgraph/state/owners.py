"""Who owns a thread: one record per thread in Redis, shared by every process on the store.

A server replica keeps its thread records in memory, so the tenant it stamps on them is known
to that replica alone; checkpoints are shared through Redis and carry no access rule. The owner
record is the rule every replica (and any in-process caller that knows its tenant) applies:

* ``{prefix}:{thread}:owner`` holds the owning tenant. It sits in the thread's hash tag, beside
  its checkpoints, and the saver's ``delete_thread`` leaves it: a deleted thread's id stays its
  tenant's and is never handed to another.
* A thread's first use **claims** it with ``SET NX``: of two tenants racing for a fresh id,
  exactly one wins, and the record never changes afterwards.
* A thread that already has checkpoints but no record (state written before owners were
  recorded, by an in-process run, or a record expired with its TTL) is **adopted** by the
  tenant its latest checkpoint names (LangGraph copies ``configurable.tenant_id`` into checkpoint
  metadata); state that names no tenant belongs to nobody and is refused to everyone who asks
  as a tenant.

Async helpers (:func:`aclaim`, :func:`acheck`) serve the server's event loop, sync ones
(:func:`claim`, :func:`check`) the CLI and notebooks; the ``*_on`` forms take a railgraph saver
and use its client, prefix and TTL. Callers answer a foreign thread as not
found, so a thread id learnt from a log, link or ticket tells nothing about the thread.
"""

from __future__ import annotations

from typing import Any, Literal

from railgraph.state.saver.keys import thread_base

__all__ = ["Verdict", "acheck", "acheck_on", "aclaim", "aclaim_on", "aowner", "check", "check_on",
           "claim", "claim_on", "owner", "owner_key"]

Verdict = Literal["own", "foreign", "unclaimed"]
"""``own``: the tenant's thread. ``foreign``: another tenant's, or state with no owner.
``unclaimed``: nobody has used the thread id (no record, no checkpoints)."""

_NOBODY = ""
"""What adoption finds for checkpoints that name no tenant: they are nobody's thread."""


def owner_key(prefix: str, thread_id: str) -> str:
    """The owner record's key (in the thread's hash tag, as its checkpoint keys are)."""
    return thread_base(prefix, str(thread_id)) + "owner"


def _text(raw: Any) -> str | None:
    return raw.decode() if isinstance(raw, bytes) else raw


def _tenant_of(found: Any) -> str | None:
    """The tenant a thread's latest checkpoint names; ``_NOBODY`` when it names none, None
    when there is no checkpoint."""
    if found is None:
        return None
    tenant = (found.metadata or {}).get("tenant_id")
    return str(tenant) if tenant else _NOBODY


def _root(thread_id: str) -> dict[str, Any]:
    return {"configurable": {"thread_id": str(thread_id), "checkpoint_ns": ""}}


def _verdict(owner_now: str | None, tenant: str) -> Verdict:
    if owner_now is None:
        return "unclaimed"
    return "own" if owner_now == tenant else "foreign"


def _px(ttl: float | None) -> int | None:
    return max(1, int(ttl * 1000)) if ttl else None


# -- async -----------------------------------------------------------------------------------


async def aowner(client: Any, prefix: str, thread_id: str, *, saver: Any = None) -> str | None:
    """The thread's owner: its record, else (adopting it) the tenant its checkpoints name
    (``""`` for checkpoints that name none), else None."""
    key = owner_key(prefix, thread_id)
    found = _text(await client.get(key))
    if found is not None or saver is None:
        return found
    tenant = _tenant_of(await saver.aget_tuple(_root(thread_id)))
    if not tenant:
        return tenant
    await client.set(key, tenant, nx=True)
    return _text(await client.get(key))


async def acheck(client: Any, prefix: str, thread_id: str, tenant: str, *, saver: Any = None
                 ) -> Verdict:
    """Whether ``thread_id`` is ``tenant``'s, another's, or nobody's yet (reads claim nothing)."""
    return _verdict(await aowner(client, prefix, thread_id, saver=saver), tenant)


async def aclaim(client: Any, prefix: str, thread_id: str, tenant: str, *, saver: Any = None,
                 ttl: float | None = None) -> bool:
    """Record ``tenant`` as the owner unless the thread has one; True when it is ``tenant``'s.

    With ``ttl`` (seconds, the state's TTL) the record expires with the thread's state and each
    claim by the owner extends it."""
    key = owner_key(prefix, thread_id)
    current = await aowner(client, prefix, thread_id, saver=saver)
    if current is None and await client.set(key, tenant, nx=True, px=_px(ttl)):
        return True
    current = _text(await client.get(key)) if current is None else current
    if current == tenant and ttl:
        await client.pexpire(key, _px(ttl))
    return current == tenant


# -- sync ------------------------------------------------------------------------------------


def owner(client: Any, prefix: str, thread_id: str, *, saver: Any = None) -> str | None:
    """Sync :func:`aowner`."""
    key = owner_key(prefix, thread_id)
    found = _text(client.get(key))
    if found is not None or saver is None:
        return found
    tenant = _tenant_of(saver.get_tuple(_root(thread_id)))
    if not tenant:
        return tenant
    client.set(key, tenant, nx=True)
    return _text(client.get(key))


def check(client: Any, prefix: str, thread_id: str, tenant: str, *, saver: Any = None) -> Verdict:
    """Sync :func:`acheck`."""
    return _verdict(owner(client, prefix, thread_id, saver=saver), tenant)


def claim(client: Any, prefix: str, thread_id: str, tenant: str, *, saver: Any = None,
          ttl: float | None = None) -> bool:
    """Sync :func:`aclaim`."""
    key = owner_key(prefix, thread_id)
    current = owner(client, prefix, thread_id, saver=saver)
    if current is None and client.set(key, tenant, nx=True, px=_px(ttl)):
        return True
    current = _text(client.get(key)) if current is None else current
    if current == tenant and ttl:
        client.pexpire(key, _px(ttl))
    return current == tenant


# -- on a railgraph saver --------------------------------------------------------------------


def _ttl_of(saver: Any) -> float | None:
    return int(saver.ttl_ms) / 1000 if getattr(saver, "ttl_ms", "") else None


async def aclaim_on(saver: Any, thread_id: str, tenant: str) -> bool:
    """:func:`aclaim` on an :class:`~railgraph.state.AsyncRedisSaver`'s store, prefix and TTL."""
    return await aclaim(saver.client, saver.codec.prefix, thread_id, tenant, saver=saver,
                        ttl=_ttl_of(saver))


async def acheck_on(saver: Any, thread_id: str, tenant: str) -> Verdict:
    """:func:`acheck` on an :class:`~railgraph.state.AsyncRedisSaver`'s store and prefix."""
    return await acheck(saver.client, saver.codec.prefix, thread_id, tenant, saver=saver)


def claim_on(saver: Any, thread_id: str, tenant: str) -> bool:
    """:func:`claim` on a :class:`~railgraph.state.RedisSaver`'s store, prefix and TTL."""
    return claim(saver.client, saver.codec.prefix, thread_id, tenant, saver=saver,
                 ttl=_ttl_of(saver))


def check_on(saver: Any, thread_id: str, tenant: str) -> Verdict:
    """:func:`check` on a :class:`~railgraph.state.RedisSaver`'s store and prefix."""
    return check(saver.client, saver.codec.prefix, thread_id, tenant, saver=saver)
