"""Error classification: which provider errors are transient and which permanent."""

from __future__ import annotations

import httpx
import pytest
from langgraph.errors import NodeTimeoutError
from pydantic import BaseModel, ValidationError

from railgraph.errors import (
    PermanentModelError,
    TransientModelError,
)
from railgraph.models import (
    is_transient,
)


class LookupOrder(BaseModel):
    """Look up an order."""

    order_id: str


class StatusError(Exception):
    def __init__(self, status_code: int) -> None:
        super().__init__(f"HTTP {status_code}")
        self.status_code = status_code


def http_status_error(code: int) -> httpx.HTTPStatusError:
    request = httpx.Request("POST", "http://127.0.0.1/v1/chat")
    return httpx.HTTPStatusError("x", request=request, response=httpx.Response(code,
                                                                              request=request))


def validation_error() -> ValidationError:
    try:
        LookupOrder.model_validate({})
    except ValidationError as exc:
        return exc
    raise AssertionError("expected a validation error")


@pytest.mark.parametrize("exc", [
    TransientModelError("x"),
    TransientModelError("x", status_code=429),
    TimeoutError(),
    ConnectionError(),
    ConnectionResetError(),
    NodeTimeoutError("agent", 2.0, kind="run", run_timeout=1.0),
    httpx.ReadTimeout("slow"),
    httpx.ConnectError("refused"),
    *[StatusError(code) for code in (408, 409, 425, 429, 500, 502, 503, 504)],
    http_status_error(503),
    http_status_error(429),
], ids=repr)
def test_transient(exc: BaseException) -> None:
    assert is_transient(exc) is True


@pytest.mark.parametrize("exc", [
    PermanentModelError("x"),
    PermanentModelError("x", status_code=503),  # the class is explicit: it wins
    *[StatusError(code) for code in (400, 401, 403, 404, 422)],
    http_status_error(401),
    validation_error(),
    ValueError("bad"),
    KeyError("k"),
], ids=repr)
def test_permanent(exc: BaseException) -> None:
    assert is_transient(exc) is False


def test_wrapped_errors_are_judged_by_their_cause() -> None:
    try:
        try:
            raise TimeoutError("read timed out")
        except TimeoutError as inner:
            raise RuntimeError("SDK call failed") from inner
    except RuntimeError as outer:
        assert is_transient(outer)
    try:
        raise RuntimeError("wrapper") from StatusError(401)
    except RuntimeError as outer:
        assert not is_transient(outer)

