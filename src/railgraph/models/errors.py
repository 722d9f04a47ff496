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

__all__ = [
    "PERMANENT_STATUS_CODES",
    "TRANSIENT_STATUS_CODES",
    "is_auth_failure",
    "is_transient",
    "request_id_of",
    "retry_after_of",
    "status_code_of",
]

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


_MAX_RETRY_AFTER = 3600.0
"""Longest Retry-After taken at its word (seconds); anything longer is no usable hint."""


def _headers_of(exc: BaseException) -> Any:
    response = getattr(exc, "response", None)
    return getattr(response, "headers", None)


def retry_after_of(exc: BaseException) -> float | None:
    """Seconds the provider asked to wait before retrying (``Retry-After``, or OpenAI's
    ``retry-after-ms``), from the error or what it wraps; None when it said nothing."""
    from email.utils import parsedate_to_datetime

    current: BaseException | None = exc
    for _ in range(_MAX_CHAIN):
        if current is None:
            return None
        headers = _headers_of(current)
        if headers is not None:
            millis = headers.get("retry-after-ms")
            try:
                if millis is not None:
                    return min(max(float(millis) / 1000, 0.0), _MAX_RETRY_AFTER)
            except (TypeError, ValueError):
                pass
            value = headers.get("retry-after")
            if value is not None:
                try:
                    return min(max(float(value), 0.0), _MAX_RETRY_AFTER)
                except (TypeError, ValueError):
                    pass
                try:  # an HTTP date
                    import time

                    when = parsedate_to_datetime(str(value)).timestamp()
                    return min(max(when - time.time(), 0.0), _MAX_RETRY_AFTER)
                except (TypeError, ValueError, IndexError, OverflowError):
                    return None
        current = current.__cause__
    return None


def request_id_of(source: Any) -> str | None:
    """The provider's id of a request: from an SDK error (``request_id``, or the response's
    ``x-request-id`` / ``request-id`` header) or from a reply's response metadata."""
    meta = getattr(source, "response_metadata", None)
    if isinstance(meta, dict):
        headers = meta.get("headers")
        if isinstance(headers, dict):
            found = headers.get("x-request-id") or headers.get("request-id")
            if found:
                return str(found)
        found = meta.get("id") or meta.get("request_id")
        return str(found) if found else None
    value = getattr(source, "request_id", None)
    if isinstance(value, str) and value:
        return value
    headers = _headers_of(source) if isinstance(source, BaseException) else None
    if headers is not None:
        found = headers.get("x-request-id") or headers.get("request-id")
        return str(found) if found else None
    return None


def is_auth_failure(exc: BaseException) -> bool:
    """A 401/403 from the provider: the credentials are wrong or lack the permission."""
    current: BaseException | None = exc
    for _ in range(_MAX_CHAIN):
        if current is None:
            return False
        if status_code_of(current) in (401, 403):
            return True
        current = current.__cause__
    return False
