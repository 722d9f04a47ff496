"""Is a failed model (or tool) call worth retrying?

Retry policies, fallbacks and circuit breakers all ask the same question, so it
is answered once here. The answer follows the usual production split: timeouts,
dropped connections, 429 and 5xx are *transient*; bad requests, auth failures,
missing resources and validation errors are *permanent*. Anything unknown is
treated as permanent, because retrying an error nobody understands only burns
budget.
"""

from __future__ import annotations

from typing import Any

from langgraph.errors import NodeTimeoutError
from pydantic import ValidationError

from railgraph.errors import PermanentModelError, TransientModelError

__all__ = ["PERMANENT_STATUS_CODES", "TRANSIENT_STATUS_CODES", "is_transient", "status_code_of"]

TRANSIENT_STATUS_CODES: frozenset[int] = frozenset({408, 409, 425, 429, 500, 502, 503, 504})
"""HTTP statuses that a later attempt can succeed after (timeouts, conflicts, throttling, 5xx)."""

PERMANENT_STATUS_CODES: frozenset[int] = frozenset({400, 401, 403, 404, 422})
"""HTTP statuses that the same request will always get again."""

_MAX_CHAIN = 8
"""How far down ``__cause__`` chains to look: wrappers rarely nest deeper."""


def _httpx_transient_types() -> tuple[type[BaseException], ...]:
    try:
        import httpx
    except ImportError:  # httpx is optional; without it there is nothing to match
        return ()
    # NetworkError covers ConnectError, ReadError, WriteError and CloseError.
    return (httpx.TimeoutException, httpx.NetworkError, httpx.RemoteProtocolError)


_HTTPX_TRANSIENT = _httpx_transient_types()


def status_code_of(exc: BaseException) -> int | None:
    """The HTTP status an exception carries (``status_code`` or ``response.status_code``)."""
    for holder in (exc, getattr(exc, "response", None)):
        code: Any = getattr(holder, "status_code", None) if holder is not None else None
        if isinstance(code, int) and not isinstance(code, bool):
            return code
    return None


def _classify(exc: BaseException) -> bool | None:
    """True/False when ``exc`` alone decides; None when it says nothing."""
    # Our own classes first: they are explicit, whatever else they carry.
    if isinstance(exc, TransientModelError):
        return True
    if isinstance(exc, PermanentModelError):
        return False
    code = status_code_of(exc)
    if code is not None:
        if code in TRANSIENT_STATUS_CODES:
            return True
        if code in PERMANENT_STATUS_CODES:
            return False
    if isinstance(exc, TimeoutError | ConnectionError | NodeTimeoutError):
        return True
    if _HTTPX_TRANSIENT and isinstance(exc, _HTTPX_TRANSIENT):
        return True
    if isinstance(exc, ValidationError):
        return False
    if code is not None:
        return False  # a status we do not list (e.g. 402, 413): not safe to repeat
    return None


def is_transient(exc: BaseException) -> bool:
    """True when retrying the call that raised ``exc`` may succeed.

    Wrapped errors are judged by what they wrap: an exception that says nothing
    itself is classified by its ``__cause__``, so ``raise SDKError(...) from
    TimeoutError()`` still counts as transient.
    """
    current: BaseException | None = exc
    for _ in range(_MAX_CHAIN):
        if current is None:
            break
        verdict = _classify(current)
        if verdict is not None:
            return verdict
        current = current.__cause__
    return False
