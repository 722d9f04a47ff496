"""Loopback HTTP endpoints that imitate the OpenAI and Anthropic chat APIs for the real clients.

Tests drive the provider packages the project ships with (`langchain-openai` over the `openai`
SDK, `langchain-anthropic` over the `anthropic` SDK) against these endpoints instead of a fake
chat model, so retries, timeouts, streaming assembly, usage accounting, tool-call parsing and
error mapping are the clients' own code paths, not a stand-in's.

What is imitated:

- OpenAI Chat Completions, ``POST /v1/chat/completions`` (and ``GET /v1/models``): JSON answers,
  and server-sent events when ``stream`` is true: a role chunk, text in several chunks, each tool
  call announced with its id and name and then its arguments split over chunks, a finish
  reason, a trailing usage chunk with no choices only when ``stream_options.include_usage`` is
  true, and ``data: [DONE]``. Log probabilities only when the request asks ``logprobs: true``.
  Errors are ``{"error": {"message", "type", "param", "code"}}`` with ``x-request-id``.
- Anthropic Messages, ``POST /v1/messages`` (and ``/v1/messages/count_tokens``, ``GET
  /v1/models``): text and ``tool_use`` content blocks, ``usage`` with input and output tokens,
  and the event stream ``message_start`` / ``content_block_start`` / ``ping`` /
  ``content_block_delta`` / ``content_block_stop`` / ``message_delta`` / ``message_stop``.
  Errors are ``{"type": "error", "error": {"type", "message"}, "request_id"}`` with
  ``request-id``.

Provider rules enforced before any scripted step is consumed, because a real provider rejects
such requests before a model sees them and code that breaks them must fail in tests too:

- OpenAI: ``Authorization: Bearer`` must equal the endpoint's ``api_key`` when one is set (401
  ``invalid_api_key``); ``model`` and a non-empty ``messages`` are required; an assistant message
  with ``tool_calls`` must be followed by ``tool`` messages answering every ``tool_call_id``
  before any other message; a ``tool`` message must answer a call of the assistant message just
  before its run; ``function.arguments`` must be a string; unknown models get 404
  ``model_not_found`` when the endpoint has an allow-list.
- Anthropic: the key (``x-api-key``, or ``Authorization: Bearer`` as the 2.x SDK sends it) checked
  the same way (401 ``authentication_error``);
  ``anthropic-version`` required; ``model``, ``max_tokens`` and non-empty ``messages``
  required; roles are only ``user``/``assistant`` (consecutive same-role messages are merged, as
  the API does); every ``tool_use`` must be answered by a ``tool_result`` in the next (user)
  turn, and every ``tool_result`` must answer a ``tool_use`` of the previous (assistant) turn;
  ``tool_use.input`` must be an object; unknown models get 404 ``not_found_error`` when the
  endpoint has an allow-list.

What a model answers is scripted per model name with steps: `Reply`, `Error`, `Slow`, `Stall`.
"""

from __future__ import annotations

import contextlib
import json
import math
import re
import secrets
import select
import socket
import string
import threading
import time
import traceback
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from typing import Any, ClassVar, Literal, Self

__all__ = [
    "AnthropicEndpoint",
    "Endpoint",
    "Error",
    "OpenAIEndpoint",
    "Recorded",
    "Reply",
    "Responder",
    "Slow",
    "Stall",
    "Step",
    "ToolCall",
]


# --- Steps: what a model does with one request ------------------------------------------------


@dataclass(frozen=True)
class ToolCall:
    """One tool call in a `Reply`."""

    name: str
    """The tool's name as the model would choose it."""
    arguments: str = "{}"
    """JSON text of the arguments, sent verbatim; may be deliberately malformed, because real
    models do emit broken JSON and clients must surface it as an invalid tool call."""
    id: str | None = None
    """The call id; ``None`` mints a provider-shaped one (``call_...`` / ``toolu_...``)."""


@dataclass(frozen=True)
class Reply:
    """An assistant answer: text, tool calls or both."""

    text: str = ""
    """The assistant's text; streamed in several chunks, one per word."""
    tool_calls: Sequence[ToolCall] = ()
    """Tool calls after the text, in order."""
    usage: tuple[int, int] | Literal["estimate"] | None = "estimate"
    """``(input_tokens, output_tokens)``; ``"estimate"`` counts about four characters a token of
    the request's messages and of the answer, as a provider would report something; ``None``
    omits usage, as some OpenAI-compatible servers do."""
    logprobs: Sequence[float] | None = None
    """One log probability per token; the text is cut into that many tokens. OpenAI only, and
    only returned when the request asks ``logprobs: true``."""
    finish_reason: str | None = None
    """Sent verbatim as OpenAI's ``finish_reason`` / Anthropic's ``stop_reason`` (``"length"``,
    ``"max_tokens"``...); ``None`` derives it from whether there are tool calls."""

    def __post_init__(self) -> None:
        # A list is the natural thing to pass; a tuple keeps the frozen step hashable.
        object.__setattr__(self, "tool_calls", tuple(self.tool_calls))
        if self.logprobs is not None:
            object.__setattr__(self, "logprobs", tuple(self.logprobs))


@dataclass(frozen=True)
class Error:
    """A provider-shaped error answer with its real status code."""

    status: int
    """HTTP status: 400, 401, 404, 429, 500, 503, 529..."""
    message: str = ""
    """``error.message``; empty picks the provider's usual wording for the status."""
    headers: Mapping[str, str] = field(default_factory=dict)
    """Extra response headers, e.g. ``{"Retry-After": "30"}``, which clients honour."""
    type: str | None = None
    """``error.type``; ``None`` picks the provider's type for the status."""
    code: str | None = None
    """OpenAI's ``error.code`` (``rate_limit_exceeded``, ``insufficient_quota``...); ``None``
    picks the usual one for the status and ``""`` sends null. Anthropic has no such field."""
    param: str | None = None
    """OpenAI's ``error.param``, the request field at fault. Anthropic has no such field."""


@dataclass(frozen=True)
class Slow:
    """Wait, then play another step: latency for timeout and fallback tests."""

    seconds: float
    """How long to wait before answering; the wait ends early if the client disconnects or the
    endpoint closes, so a short client timeout never leaves a thread sleeping."""
    then: Step = field(default_factory=lambda: Reply("ok"))
    """The step played after the wait."""


@dataclass(frozen=True)
class Stall:
    """Accept the request and never answer, until the client gives up or the endpoint closes.

    Imitates a provider that hangs after the connection is made: only a client-side read
    timeout gets the caller out.
    """


Step = Reply | Error | Slow | Stall
"""What one request is answered with."""

Responder = Callable[[dict[str, Any]], Step]
"""Computes a step from a request body when a model's script is empty."""


@dataclass
class Recorded:
    """One request the endpoint received, for tests to assert on what the client really sent."""

    method: str
    """``GET``, ``POST``..."""
    path: str
    """The request target, query string included."""
    headers: dict[str, str]
    """Request headers with lower-case names."""
    body: Any
    """The parsed JSON body; ``None`` when there was none or it was not JSON."""
    time: float
    """``time.monotonic()`` when the request arrived, to measure backoff between retries."""
    request_id: str
    """The request id sent back in ``x-request-id`` (OpenAI) or ``request-id`` (Anthropic)."""
    status: int | None = None
    """The status answered; ``None`` while stalled or when the client left first."""
    step: Step | None = None
    """The scripted step the request consumed; ``None`` when it was rejected before a model saw
    it (authentication, validation) or was not a model call."""

    @property
    def model(self) -> str | None:
        """The ``model`` the body names, if any."""
        if isinstance(self.body, dict) and isinstance(self.body.get("model"), str):
            return str(self.body["model"])
        return None


# --- HTTP plumbing ----------------------------------------------------------------------------


class _Gone(Exception):
    """The client went away mid-answer; nothing more can be sent."""


class _Exchange:
    """One request being answered: JSON or an event stream, and waits that notice a hang-up."""

    def __init__(self, handler: _Handler, record: Recorded, id_header: str, closed: threading.Event):
        self._handler = handler
        self._record = record
        self._id_header = id_header
        self._closed = closed
        self.started = False
        """Whether a status line went out: after that a fault can only hang up."""

    @property
    def request_id(self) -> str:
        """The id this exchange answers under."""
        return self._record.request_id

    def _write(self, data: bytes) -> None:
        try:
            self._handler.wfile.write(data)
            self._handler.wfile.flush()
        except OSError as exc:  # broken pipe, reset, or the endpoint shut the socket
            raise _Gone from exc

    def _head(self, status: int, headers: Iterable[tuple[str, str]]) -> None:
        handler = self._handler
        self._record.status = status
        self.started = True
        try:
            handler.send_response(status)
            handler.send_header(self._id_header, self._record.request_id)
            for name, value in headers:
                handler.send_header(name, value)
            handler.end_headers()
        except OSError as exc:
            raise _Gone from exc

    def send_json(self, status: int, body: Any, headers: Mapping[str, str] | None = None) -> None:
        """Answer with one JSON document and keep the connection for the client's pool."""
        data = json.dumps(body).encode()
        self._head(status, [("Content-Type", "application/json"),
                            ("Content-Length", str(len(data))), *(headers or {}).items()])
        self._write(data)

    def start_stream(self) -> None:
        """Begin a chunked ``text/event-stream`` answer, as both providers stream."""
        self._head(200, [("Content-Type", "text/event-stream; charset=utf-8"),
                         ("Cache-Control", "no-cache"), ("Transfer-Encoding", "chunked")])

    def send_event(self, data: str, event: str | None = None) -> None:
        """One server-sent event, flushed at once so the client sees chunks as they come."""
        text = (f"event: {event}\n" if event else "") + f"data: {data}\n\n"
        payload = text.encode()
        self._write(f"{len(payload):x}\r\n".encode() + payload + b"\r\n")

    def end_stream(self) -> None:
        """The terminating zero-length chunk."""
        self._write(b"0\r\n\r\n")

    def wait(self, seconds: float | None) -> bool:
        """Wait ``seconds`` (``None``: for ever); False as soon as the client hangs up or the
        endpoint closes, so stalled handlers end with their connection."""
        deadline = None if seconds is None else time.monotonic() + seconds
        sock = self._handler.connection
        while not self._closed.is_set():
            remaining = None if deadline is None else deadline - time.monotonic()
            if remaining is not None and remaining <= 0:
                return True
            tick = 0.02 if remaining is None else min(0.02, remaining)
            try:
                readable, _, _ = select.select([sock], [], [], tick)
                if readable and not sock.recv(1, socket.MSG_PEEK):
                    return False  # orderly close from the client
            except (OSError, ValueError):
                return False
            if readable:  # bytes of a next request; keep waiting without spinning
                self._closed.wait(tick)
        return False

    def drop(self) -> None:
        """Close the connection without an answer."""
        self._handler.close_connection = True


class _Handler(BaseHTTPRequestHandler):
    """Hands every request to the endpoint; HTTP/1.1 so clients keep pooled connections."""

    protocol_version = "HTTP/1.1"
    server: _Server

    def setup(self) -> None:
        super().setup()
        self.server.endpoint._opened(self.connection)

    def finish(self) -> None:
        try:
            super().finish()
        finally:
            self.server.endpoint._finished(self.connection)

    def _any(self) -> None:
        self.server.endpoint._serve(self)

    do_GET = do_POST = do_PUT = do_DELETE = do_PATCH = _any

    def log_message(self, format: str, *args: Any) -> None:
        """Quiet: the recorded requests are the log."""


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    endpoint: Endpoint


# --- The common endpoint ----------------------------------------------------------------------


def _token(alphabet: str, length: int) -> str:
    return "".join(secrets.choice(alphabet) for _ in range(length))


_ALNUM = string.ascii_letters + string.digits


def _estimate_tokens(value: Any) -> int:
    """About four characters a token: enough for budgets to move with the size of a prompt."""
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    return max(1, math.ceil(len(text) / 4))


def _words(text: str) -> list[str]:
    """Streaming pieces: one word with its trailing space each."""
    return re.findall(r"\S+\s*|\s+", text)


def _thirds(text: str) -> list[str]:
    """Tool arguments in up to three pieces, so clients must join partial JSON."""
    if len(text) < 2:
        return [text] if text else []
    size = math.ceil(len(text) / 3)
    return [text[i : i + size] for i in range(0, len(text), size)]


def _cut(text: str, parts: int) -> list[str]:
    """The text as ``parts`` contiguous tokens of near-equal length (empty ones when short)."""
    bounds = [round(i * len(text) / parts) for i in range(parts + 1)]
    return [text[bounds[i] : bounds[i + 1]] for i in range(parts)]


class Endpoint:
    """A provider endpoint on ``127.0.0.1`` serving from a daemon thread until `close`.

    Subclasses say how requests are validated and how steps are rendered; this base owns the
    server, the per-model scripts, the request log and the timing steps.
    """

    id_header: ClassVar[str]
    """The response header carrying the request id."""

    def __init__(self, *, api_key: str | None = None, models: Iterable[str] | None = None) -> None:
        """``api_key``: the only key accepted (any when ``None``); ``models``: the only model
        names that exist (any when ``None``)."""
        self.api_key = api_key
        self.models = None if models is None else frozenset(models)
        self.requests: list[Recorded] = []
        self.faults: list[str] = []
        """Endpoint-side failures (a responder raised, a step cannot be rendered); each was also
        answered with a 500 so the client fails, and fixtures assert this list stays empty."""
        self._lock = threading.Lock()
        self._scripts: dict[str, deque[Step]] = {}
        self._responders: dict[str, Responder] = {}
        self._connections: set[socket.socket] = set()
        self._closed = threading.Event()
        self._server = _Server(("127.0.0.1", 0), _Handler)
        self._server.endpoint = self
        self.port: int = self._server.server_address[1]
        self._thread = threading.Thread(target=self._server.serve_forever, kwargs={"poll_interval": 0.05},
                                        name=f"{type(self).__name__}:{self.port}", daemon=True)
        self._thread.start()

    @property
    def origin(self) -> str:
        """``http://127.0.0.1:PORT``."""
        return f"http://127.0.0.1:{self.port}"

    @property
    def url(self) -> str:
        """The base URL the provider's client takes."""
        raise NotImplementedError

    # Scripting

    def script(self, model: str, *steps: Step) -> None:
        """Queue steps for requests naming ``model``; each request consumes the next one."""
        with self._lock:
            self._scripts.setdefault(model, deque()).extend(steps)

    def respond_with(self, model: str, fn: Responder) -> None:
        """Answer ``model``'s requests with ``fn(body)`` once its script is used up (default:
        ``Reply("ok")``)."""
        with self._lock:
            self._responders[model] = fn

    def pending(self, model: str) -> int:
        """Scripted steps for ``model`` not consumed yet: a test can assert its script ran."""
        with self._lock:
            return len(self._scripts.get(model, ()))

    def requests_for(self, model: str) -> list[Recorded]:
        """The recorded requests whose body names ``model``, in order."""
        with self._lock:
            return [r for r in self.requests if r.model == model]

    def reset(self) -> None:
        """Forget requests, scripts, responders and faults; the server keeps running."""
        with self._lock:
            self.requests.clear()
            self._scripts.clear()
            self._responders.clear()
            self.faults.clear()

    def close(self) -> None:
        """Stop serving and hang up every connection, stalled ones included."""
        if self._closed.is_set():
            return
        self._closed.set()
        self._server.shutdown()
        with self._lock:
            connections = list(self._connections)
        for connection in connections:
            with contextlib.suppress(OSError):  # already gone
                connection.shutdown(socket.SHUT_RDWR)
        self._server.server_close()
        self._thread.join(timeout=5)

    def __enter__(self) -> Self:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()

    # Serving

    def _opened(self, connection: socket.socket) -> None:
        with self._lock:
            self._connections.add(connection)

    def _finished(self, connection: socket.socket) -> None:
        with self._lock:
            self._connections.discard(connection)

    def _serve(self, handler: _Handler) -> None:
        length = int(handler.headers.get("Content-Length") or 0)
        raw = handler.rfile.read(length) if length else b""
        try:
            body = json.loads(raw) if raw else None
            malformed = False
        except ValueError:
            body, malformed = None, True
        record = Recorded(method=handler.command, path=handler.path,
                          headers={k.lower(): v for k, v in handler.headers.items()},
                          body=body, time=time.monotonic(), request_id=f"req_{_token(_ALNUM, 24)}")
        with self._lock:
            self.requests.append(record)
        exchange = _Exchange(handler, record, self.id_header, self._closed)
        try:
            self._route(exchange, record, malformed)
        except _Gone:
            handler.close_connection = True
        except Exception:
            self._fault(exchange, traceback.format_exc())

    def _fault(self, exchange: _Exchange, detail: str) -> None:
        with self._lock:
            self.faults.append(detail)
        if exchange.started:
            exchange.drop()
            return
        try:
            self._send_error(exchange, Error(500, f"test endpoint fault: {detail}"))
        except _Gone:
            exchange.drop()

    def _next_step(self, model: str, body: dict[str, Any]) -> Step:
        with self._lock:
            queue = self._scripts.get(model)
            if queue:
                return queue.popleft()
            responder = self._responders.get(model)
        return Reply("ok") if responder is None else responder(body)

    def _play(self, exchange: _Exchange, record: Recorded, body: dict[str, Any], step: Step) -> None:
        if isinstance(step, Slow):
            if exchange.wait(step.seconds):
                self._play(exchange, record, body, step.then)
            else:
                exchange.drop()
        elif isinstance(step, Stall):
            exchange.wait(None)
            exchange.drop()
        elif isinstance(step, Error):
            self._send_error(exchange, step)
        elif isinstance(step, Reply):
            if body.get("stream") is True:
                self._stream(exchange, body, step)
            else:
                self._answer(exchange, body, step)
        else:
            raise TypeError(f"not a step: {step!r}")

    def _model_step(self, exchange: _Exchange, record: Recorded, body: dict[str, Any]) -> None:
        """The model is reached: consume its next step and play it."""
        step = self._next_step(body["model"], body)
        record.step = step
        self._play(exchange, record, body, step)

    def _usage(self, body: dict[str, Any], reply: Reply) -> tuple[int, int] | None:
        if reply.usage != "estimate":
            return reply.usage
        prompt = [body.get("system"), body.get("messages"), body.get("tools")]
        answer = reply.text + "".join(c.name + c.arguments for c in reply.tool_calls)
        return _estimate_tokens([p for p in prompt if p]), _estimate_tokens(answer)

    # Provider-specific

    def _route(self, exchange: _Exchange, record: Recorded, malformed: bool) -> None:
        raise NotImplementedError

    def _send_error(self, exchange: _Exchange, error: Error) -> None:
        raise NotImplementedError

    def _answer(self, exchange: _Exchange, body: dict[str, Any], reply: Reply) -> None:
        raise NotImplementedError

    def _stream(self, exchange: _Exchange, body: dict[str, Any], reply: Reply) -> None:
        raise NotImplementedError


# --- OpenAI -----------------------------------------------------------------------------------

_OPENAI_ERRORS: dict[int, tuple[str, str | None, str]] = {
    400: ("invalid_request_error", None, "Invalid request."),
    401: ("invalid_request_error", "invalid_api_key", "Incorrect API key provided."),
    403: ("invalid_request_error", "unsupported_country_region_territory",
          "Country, region, or territory not supported"),
    404: ("invalid_request_error", "model_not_found",
          "The model does not exist or you do not have access to it."),
    429: ("requests", "rate_limit_exceeded",
          "Rate limit reached for requests. Please try again later."),
    500: ("server_error", None,
          "The server had an error while processing your request. Sorry about that!"),
    503: ("server_error", None, "The engine is currently overloaded, please try again later."),
}

_OPENAI_ROLES = ("system", "assistant", "user", "function", "tool", "developer")


def _openai_error(status: int, message: str, *, param: str | None = None, code: str = "") -> Error:
    return Error(status, message, type="invalid_request_error", code=code, param=param)


def _kind(value: Any) -> str:
    return {dict: "an object", list: "an array", str: "a string", bool: "a boolean",
            type(None): "null"}.get(type(value), "a number")


class OpenAIEndpoint(Endpoint):
    """OpenAI Chat Completions on loopback; ``url`` is the client's ``base_url`` (``.../v1``)."""

    id_header = "x-request-id"

    @property
    def url(self) -> str:
        return f"{self.origin}/v1"

    def _route(self, exchange: _Exchange, record: Recorded, malformed: bool) -> None:
        path = record.path.split("?", 1)[0]
        known = {("POST", "/v1/chat/completions"), ("GET", "/v1/models")}
        if (record.method, path) not in known:
            self._send_error(exchange, Error(404, f"Invalid URL ({record.method} {path})", code=""))
            return
        bearer = record.headers.get("authorization", "")
        if not bearer.startswith("Bearer ") or not bearer[7:]:
            self._send_error(exchange, Error(401, "You didn't provide an API key. You need to provide "
                                                  "your API key in an Authorization header using "
                                                  "Bearer auth (i.e. Authorization: Bearer YOUR_KEY).",
                                             code=""))
            return
        if self.api_key is not None and bearer[7:] != self.api_key:
            key = bearer[7:]
            shown = key[:3] + "*" * max(0, len(key) - 7) + key[-4:] if len(key) > 8 else key
            self._send_error(exchange, Error(401, f"Incorrect API key provided: {shown}."))
            return
        if path == "/v1/models":
            names = sorted(self.models or ())
            exchange.send_json(200, {"object": "list", "data": [
                {"id": name, "object": "model", "created": 1700000000, "owned_by": "system"}
                for name in names]})
            return
        body = record.body
        if malformed or not isinstance(body, dict):
            self._send_error(exchange, _openai_error(
                400, "We could not parse the JSON body of your request. (HINT: This likely means "
                     "you aren't using your HTTP library correctly. The OpenAI API expects a JSON "
                     "payload, but what was sent was not valid JSON.)"))
            return
        problem = self._check(body)
        if problem is None and self.models is not None and body["model"] not in self.models:
            problem = Error(404, f"The model `{body['model']}` does not exist or you do not have "
                                 "access to it.", code="model_not_found")
        if problem is not None:
            self._send_error(exchange, problem)
            return
        self._model_step(exchange, record, body)

    @staticmethod
    def _check(body: dict[str, Any]) -> Error | None:
        """OpenAI's request rules, with its wording, or None when the request is acceptable."""
        if not body.get("model"):
            return _openai_error(400, "you must provide a model parameter")
        if "messages" not in body:
            return _openai_error(400, "Missing required parameter: 'messages'.", param="messages",
                                 code="missing_required_parameter")
        messages = body["messages"]
        if not isinstance(messages, list):
            return _openai_error(400, f"Invalid type for 'messages': expected an array, but got "
                                      f"{_kind(messages)} instead.", param="messages", code="invalid_type")
        if not messages:
            return _openai_error(400, "Invalid 'messages': empty array. Expected an array with minimum "
                                      "length 1, but got an empty array instead.", param="messages",
                                 code="empty_array")
        unanswered: list[str] = []  # calls of the latest assistant message still awaiting a tool
        answerable: set[str] = set()  # calls a tool message may answer at this point
        for i, message in enumerate(messages):
            where = f"messages[{i}]"
            if not isinstance(message, dict):
                return _openai_error(400, f"Invalid type for '{where}': expected an object, but got "
                                          f"{_kind(message)} instead.", param=where, code="invalid_type")
            role = message.get("role")
            if role is None:
                return _openai_error(400, f"Missing required parameter: '{where}.role'.",
                                     param=f"{where}.role", code="missing_required_parameter")
            if role not in _OPENAI_ROLES:
                supported = ", ".join(f"'{r}'" for r in _OPENAI_ROLES[:-1]) + f", and '{_OPENAI_ROLES[-1]}'"
                return _openai_error(400, f"Invalid value: '{role}'. Supported values are: {supported}.",
                                     param=f"{where}.role", code="invalid_value")
            if role == "tool":
                call_id = message.get("tool_call_id")
                if not call_id:
                    return _openai_error(400, f"Missing required parameter: '{where}.tool_call_id'.",
                                         param=f"{where}.tool_call_id", code="missing_required_parameter")
                if call_id not in answerable:
                    return _openai_error(400, "Invalid parameter: messages with role 'tool' must be a "
                                              "response to a preceeding message with 'tool_calls'.",
                                         param=f"messages.[{i}].role")
                if call_id in unanswered:
                    unanswered.remove(call_id)
                continue
            if unanswered:
                return _openai_error(400, _UNANSWERED + ", ".join(unanswered),
                                     param=f"messages.[{i}].role")
            answerable = set()
            if role in ("user", "system", "developer") and message.get("content") is None:
                return _openai_error(400, f"Missing required parameter: '{where}.content'.",
                                     param=f"{where}.content", code="missing_required_parameter")
            if role != "assistant":
                continue
            calls = message.get("tool_calls")
            if calls is None:
                if message.get("content") is None and not message.get("function_call") \
                        and not message.get("refusal") and not message.get("audio"):
                    return _openai_error(400, "Invalid value for 'content': expected a string, got null.",
                                         param=f"{where}.content")
                continue
            if not isinstance(calls, list):
                return _openai_error(400, f"Invalid type for '{where}.tool_calls': expected an array, "
                                          f"but got {_kind(calls)} instead.", param=f"{where}.tool_calls",
                                     code="invalid_type")
            if not calls:
                return _openai_error(400, f"Invalid '{where}.tool_calls': empty array. Expected an array "
                                          "with minimum length 1, but got an empty array instead.",
                                     param=f"{where}.tool_calls", code="empty_array")
            for j, call in enumerate(calls):
                at = f"{where}.tool_calls[{j}]"
                function = call.get("function") if isinstance(call, dict) else None
                if not isinstance(call, dict) or not call.get("id") or not isinstance(function, dict):
                    return _openai_error(400, f"Missing required parameter: '{at}.id' or '{at}.function'.",
                                         param=at, code="missing_required_parameter")
                if not isinstance(function.get("name"), str):
                    return _openai_error(400, f"Missing required parameter: '{at}.function.name'.",
                                         param=f"{at}.function.name", code="missing_required_parameter")
                arguments = function.get("arguments")
                if not isinstance(arguments, str):
                    return _openai_error(400, f"Invalid type for '{at}.function.arguments': expected a "
                                              f"string, but got {_kind(arguments)} instead.",
                                         param=f"{at}.function.arguments", code="invalid_type")
            unanswered = [str(call["id"]) for call in calls]
            answerable = set(unanswered)
        if unanswered:
            return _openai_error(400, _UNANSWERED + ", ".join(unanswered),
                                 param=f"messages.[{len(messages)}].role")
        return None

    def _send_error(self, exchange: _Exchange, error: Error) -> None:
        kind, code, message = _OPENAI_ERRORS.get(
            error.status, ("server_error" if error.status >= 500 else "invalid_request_error", None,
                           f"Request failed with status {error.status}."))
        exchange.send_json(error.status, {"error": {
            "message": error.message or message,
            "type": error.type or kind,
            "param": error.param,
            "code": code if error.code is None else (error.code or None),
        }}, error.headers)

    @staticmethod
    def _calls(reply: Reply) -> list[tuple[str, ToolCall]]:
        return [(call.id or f"call_{_token(_ALNUM, 24)}", call) for call in reply.tool_calls]

    @staticmethod
    def _usage_json(usage: tuple[int, int]) -> dict[str, Any]:
        prompt, completion = usage
        return {"prompt_tokens": prompt, "completion_tokens": completion,
                "total_tokens": prompt + completion,
                "prompt_tokens_details": {"cached_tokens": 0, "audio_tokens": 0},
                "completion_tokens_details": {"reasoning_tokens": 0, "audio_tokens": 0,
                                              "accepted_prediction_tokens": 0,
                                              "rejected_prediction_tokens": 0}}

    @staticmethod
    def _logprob_tokens(body: dict[str, Any], reply: Reply) -> list[dict[str, Any]] | None:
        if body.get("logprobs") is not True or reply.logprobs is None:
            return None
        top = int(body.get("top_logprobs") or 0)
        entries = []
        for token, logprob in zip(_cut(reply.text, len(reply.logprobs)), reply.logprobs, strict=True):
            entry = {"token": token, "logprob": logprob, "bytes": list(token.encode())}
            entries.append({**entry, "top_logprobs": [entry] if top else []})
        return entries

    @staticmethod
    def _envelope(body: dict[str, Any], kind: str) -> dict[str, Any]:
        return {"id": f"chatcmpl-{_token(_ALNUM, 29)}", "object": kind, "created": int(time.time()),
                "model": body["model"], "service_tier": "default",
                "system_fingerprint": f"fp_{secrets.token_hex(5)}"}

    def _answer(self, exchange: _Exchange, body: dict[str, Any], reply: Reply) -> None:
        calls = self._calls(reply)
        message: dict[str, Any] = {"role": "assistant",
                                   "content": reply.text if reply.text or not calls else None,
                                   "refusal": None, "annotations": []}
        if calls:
            message["tool_calls"] = [{"id": call_id, "type": "function",
                                      "function": {"name": call.name, "arguments": call.arguments}}
                                     for call_id, call in calls]
        tokens = self._logprob_tokens(body, reply)
        answer = self._envelope(body, "chat.completion")
        answer["choices"] = [{
            "index": 0, "message": message,
            "logprobs": None if tokens is None else {"content": tokens, "refusal": None},
            "finish_reason": reply.finish_reason or ("tool_calls" if calls else "stop"),
        }]
        usage = self._usage(body, reply)
        if usage is not None:
            answer["usage"] = self._usage_json(usage)
        exchange.send_json(200, answer)

    def _stream(self, exchange: _Exchange, body: dict[str, Any], reply: Reply) -> None:
        envelope = self._envelope(body, "chat.completion.chunk")
        include_usage = bool((body.get("stream_options") or {}).get("include_usage"))

        def chunk(delta: dict[str, Any], finish: str | None = None,
                  logprobs: list[dict[str, Any]] | None = None) -> None:
            data = {**envelope, "choices": [{
                "index": 0, "delta": delta,
                "logprobs": None if logprobs is None else {"content": logprobs, "refusal": None},
                "finish_reason": finish}]}
            if include_usage:
                data["usage"] = None  # as OpenAI does: every chunk but the last says null
            exchange.send_event(json.dumps(data))

        exchange.start_stream()
        chunk({"role": "assistant", "content": "", "refusal": None})
        tokens = self._logprob_tokens(body, reply)
        if tokens is not None:  # with logprobs, one chunk per token, each with its logprob
            for entry in tokens:
                chunk({"content": entry["token"]}, logprobs=[entry])
        else:
            for piece in _words(reply.text):
                chunk({"content": piece})
        calls = self._calls(reply)
        for index, (call_id, call) in enumerate(calls):
            chunk({"tool_calls": [{"index": index, "id": call_id, "type": "function",
                                   "function": {"name": call.name, "arguments": ""}}]})
            for piece in _thirds(call.arguments):
                chunk({"tool_calls": [{"index": index, "function": {"arguments": piece}}]})
        chunk({}, finish=reply.finish_reason or ("tool_calls" if calls else "stop"))
        usage = self._usage(body, reply)
        if include_usage and usage is not None:
            exchange.send_event(json.dumps({**envelope, "choices": [], "usage": self._usage_json(usage)}))
        exchange.send_event("[DONE]")
        exchange.end_stream()


_UNANSWERED = ("An assistant message with 'tool_calls' must be followed by tool messages responding "
               "to each 'tool_call_id'. The following tool_call_ids did not have response messages: ")


# --- Anthropic --------------------------------------------------------------------------------

_ANTHROPIC_ERRORS: dict[int, tuple[str, str]] = {
    400: ("invalid_request_error", "Invalid request."),
    401: ("authentication_error", "invalid x-api-key"),
    402: ("billing_error", "Your credit balance is too low to access the Anthropic API."),
    403: ("permission_error", "Your API key does not have permission to use the specified resource."),
    404: ("not_found_error", "Not found"),
    413: ("request_too_large", "Request exceeds the maximum allowed number of bytes."),
    429: ("rate_limit_error", "Number of request tokens has exceeded your per-minute rate limit."),
    500: ("api_error", "Internal server error"),
    504: ("timeout_error", "Request timed out"),
    529: ("overloaded_error", "Overloaded"),
}


def _invalid(message: str) -> Error:
    return Error(400, message, type="invalid_request_error")


@dataclass
class _Turn:
    """Consecutive messages of one role, merged as the Messages API merges them."""

    role: str
    first: int
    blocks: list[tuple[int, int, dict[str, Any]]] = field(default_factory=list)
    """``(message index, block index, block)`` for every content block of the turn."""

    def of_type(self, kind: str) -> Iterator[tuple[int, int, dict[str, Any]]]:
        return (entry for entry in self.blocks if entry[2].get("type") == kind)


class AnthropicEndpoint(Endpoint):
    """Anthropic Messages on loopback; ``url`` is the client's ``base_url`` (no ``/v1``)."""

    id_header = "request-id"

    @property
    def url(self) -> str:
        return self.origin

    def _route(self, exchange: _Exchange, record: Recorded, malformed: bool) -> None:
        path = record.path.split("?", 1)[0]
        known = {("POST", "/v1/messages"), ("POST", "/v1/messages/count_tokens"), ("GET", "/v1/models")}
        if (record.method, path) not in known:
            self._send_error(exchange, Error(404, "Not Found"))
            return
        # The SDK (2.x) sends the key as a bearer token; older ones and curl use x-api-key.
        bearer = record.headers.get("authorization", "")
        key = record.headers.get("x-api-key") or (bearer[7:] if bearer.startswith("Bearer ") else "")
        if not key:
            self._send_error(exchange, Error(401, "x-api-key header is required"))
            return
        if self.api_key is not None and key != self.api_key:
            self._send_error(exchange, Error(401, "invalid x-api-key"))
            return
        if not record.headers.get("anthropic-version"):
            self._send_error(exchange, _invalid("anthropic-version: header is required"))
            return
        if path == "/v1/models":
            names = sorted(self.models or ())
            exchange.send_json(200, {"data": [{"type": "model", "id": name, "display_name": name,
                                               "created_at": "2025-01-01T00:00:00Z"} for name in names],
                                     "has_more": False, "first_id": names[0] if names else None,
                                     "last_id": names[-1] if names else None})
            return
        body = record.body
        if malformed or not isinstance(body, dict):
            self._send_error(exchange, _invalid("There was an issue with your request body: invalid JSON"))
            return
        counting = path.endswith("/count_tokens")
        problem = self._check(body, counting)
        if problem is None and self.models is not None and body["model"] not in self.models:
            problem = Error(404, f"model: {body['model']}")
        if problem is not None:
            self._send_error(exchange, problem)
        elif counting:
            prompt = [body.get("system"), body.get("messages"), body.get("tools")]
            exchange.send_json(200, {"input_tokens": _estimate_tokens([p for p in prompt if p])})
        else:
            self._model_step(exchange, record, body)

    @staticmethod
    def _check(body: dict[str, Any], counting: bool) -> Error | None:
        """The Messages API's request rules, with its wording, or None when acceptable."""
        required = ("model", "messages") if counting else ("model", "max_tokens", "messages")
        for name in required:
            if name not in body:
                return _invalid(f"{name}: Field required")
        if not isinstance(body["model"], str) or not body["model"]:
            return _invalid("model: String should have at least 1 character")
        messages = body["messages"]
        if not isinstance(messages, list):
            return _invalid("messages: Input should be a valid list")
        if not messages:
            return _invalid("messages: at least one message is required")
        turns: list[_Turn] = []
        for i, message in enumerate(messages):
            if not isinstance(message, dict):
                return _invalid(f"messages.{i}: Input should be a valid dictionary")
            role = message.get("role")
            if role not in ("user", "assistant"):
                return _invalid(f"messages.{i}.role: Input should be 'user' or 'assistant'")
            if "content" not in message:
                return _invalid(f"messages.{i}.content: Field required")
            content = message["content"]
            blocks = [{"type": "text", "text": content}] if isinstance(content, str) else content
            if not isinstance(blocks, list):
                return _invalid(f"messages.{i}.content: Input should be a valid list")
            if not turns or turns[-1].role != role:
                turns.append(_Turn(role, i))
            for j, block in enumerate(blocks):
                if not isinstance(block, dict) or not isinstance(block.get("type"), str):
                    return _invalid(f"messages.{i}.content.{j}: Input should be a valid dictionary")
                turns[-1].blocks.append((i, j, block))
        for t, turn in enumerate(turns):
            if turn.role == "assistant":
                for i, j, block in turn.of_type("tool_use"):
                    if not isinstance(block.get("id"), str) or not isinstance(block.get("name"), str):
                        return _invalid(f"messages.{i}.content.{j}.tool_use: id and name are required")
                    if not isinstance(block.get("input"), dict):
                        return _invalid(f"messages.{i}.content.{j}.tool_use.input: "
                                        "Input should be a valid dictionary")
                continue
            previous = turns[t - 1] if t else None
            offered = {b["id"] for _, _, b in previous.of_type("tool_use")} if previous else set()
            answered = set()
            for i, j, block in turn.of_type("tool_result"):
                use_id = block.get("tool_use_id")
                if use_id not in offered:
                    return _invalid(f"messages.{i}.content.{j}: unexpected `tool_use_id` found in "
                                    f"`tool_result` blocks: {use_id}. Each `tool_result` block must have "
                                    "a corresponding `tool_use` block in the previous message.")
                answered.add(use_id)
            missing = [b["id"] for _, _, b in previous.of_type("tool_use")
                       if b["id"] not in answered] if previous else []
            if missing:
                return _invalid(f"messages.{turn.first}: {_NO_RESULT.format(', '.join(missing))}")
        last = turns[-1]
        dangling = [b["id"] for _, _, b in last.of_type("tool_use")] if last.role == "assistant" else []
        if dangling:
            return _invalid(f"messages.{last.first}: {_NO_RESULT.format(', '.join(dangling))}")
        return None

    def _send_error(self, exchange: _Exchange, error: Error) -> None:
        kind, message = _ANTHROPIC_ERRORS.get(
            error.status, ("api_error" if error.status >= 500 else "invalid_request_error",
                           f"Request failed with status {error.status}."))
        exchange.send_json(error.status, {
            "type": "error",
            "error": {"type": error.type or kind, "message": error.message or message},
            "request_id": exchange.request_id,
        }, error.headers)

    @staticmethod
    def _blocks(reply: Reply) -> list[tuple[dict[str, Any], str]]:
        """Content blocks with their streamed JSON text (empty for text blocks)."""
        blocks: list[tuple[dict[str, Any], str]] = []
        if reply.text:
            blocks.append(({"type": "text", "text": reply.text}, ""))
        for call in reply.tool_calls:
            blocks.append(({"type": "tool_use", "id": call.id or f"toolu_01{_token(_ALNUM, 22)}",
                            "name": call.name, "input": {}}, call.arguments))
        return blocks

    @staticmethod
    def _usage_json(usage: tuple[int, int] | None) -> dict[str, Any]:
        if usage is None:
            return {}
        return {"input_tokens": usage[0], "cache_creation_input_tokens": 0,
                "cache_read_input_tokens": 0, "output_tokens": usage[1]}

    @staticmethod
    def _stop_reason(reply: Reply) -> str:
        return reply.finish_reason or ("tool_use" if reply.tool_calls else "end_turn")

    def _answer(self, exchange: _Exchange, body: dict[str, Any], reply: Reply) -> None:
        content = []
        for block, arguments in self._blocks(reply):
            if block["type"] == "tool_use":
                parsed = json.loads(arguments or "{}")  # malformed: a fault, see below
                if not isinstance(parsed, dict):
                    raise ValueError("tool input must be a JSON object")
                block = {**block, "input": parsed}
            content.append(block)
        # The Messages API parses tool input itself, so a non-streaming answer cannot carry broken
        # JSON; scripting one raises above and is answered as an endpoint fault (500).
        answer: dict[str, Any] = {
            "id": f"msg_01{_token(_ALNUM, 22)}", "type": "message", "role": "assistant",
            "model": body["model"], "content": content, "stop_reason": self._stop_reason(reply),
            "stop_sequence": None,
        }
        usage = self._usage(body, reply)
        if usage is not None:
            answer["usage"] = self._usage_json(usage)
        exchange.send_json(200, answer)

    def _stream(self, exchange: _Exchange, body: dict[str, Any], reply: Reply) -> None:
        def event(kind: str, **data: Any) -> None:
            exchange.send_event(json.dumps({"type": kind, **data}), event=kind)

        usage = self._usage(body, reply)
        start_usage = {**self._usage_json(usage), "output_tokens": 1} if usage else {}
        exchange.start_stream()
        event("message_start", message={
            "id": f"msg_01{_token(_ALNUM, 22)}", "type": "message", "role": "assistant",
            "model": body["model"], "content": [], "stop_reason": None, "stop_sequence": None,
            "usage": start_usage})
        for index, (block, arguments) in enumerate(self._blocks(reply)):
            opening = {**block, "text": ""} if block["type"] == "text" else block
            event("content_block_start", index=index, content_block=opening)
            if index == 0:
                event("ping")
            if block["type"] == "text":
                for piece in _words(block["text"]):
                    event("content_block_delta", index=index, delta={"type": "text_delta", "text": piece})
            else:  # sent verbatim, so malformed arguments reach the client as they would
                for piece in _thirds(arguments):
                    event("content_block_delta", index=index,
                          delta={"type": "input_json_delta", "partial_json": piece})
            event("content_block_stop", index=index)
        # Current API versions repeat the input tokens here, and langchain-anthropic reads usage
        # only from this event.
        event("message_delta", delta={"stop_reason": self._stop_reason(reply), "stop_sequence": None},
              usage=self._usage_json(usage) if usage else {"output_tokens": 0})
        event("message_stop")
        exchange.end_stream()


_NO_RESULT = ("`tool_use` ids were found without `tool_result` blocks immediately after: {}. Each "
              "`tool_use` block must have a corresponding `tool_result` block in the next message.")
