"""Structured logs: one JSON object per line, scrubbed of personal data and secrets.

Every line carries the turn's context when there is one (``request_id``, ``thread_id``,
``user_id``, ``tenant_id``, ``graph``, ``graph_version``, and ``node`` where it applies).
Before anything is written, :func:`scrub_event` replaces personal data and credentials with
typed markers using the guard detectors, and exceptions are reduced to their class (a
message or traceback can repeat what the user typed).

railgraph's own log records from :mod:`logging` (``railgraph.*`` loggers) go through the same
chain, so they are JSON and scrubbed too. railgraph never calls ``structlog.configure``:
a host process (the LangGraph server configures structlog itself) keeps its own settings.

Settings: ``RAILGRAPH_LOG_LEVEL`` (default ``warning``) and the ``stream`` argument of
:func:`configure_logging` (default standard error).
"""

from __future__ import annotations

import logging
import os
import sys
import threading
from collections.abc import Mapping
from typing import Any, TextIO

import structlog
from structlog.typing import EventDict, Processor, WrappedLogger

from railgraph.errors import public_error
from railgraph.observe.redact import scrub

__all__ = [
    "CONTEXT_KEYS",
    "bind_turn",
    "configure_logging",
    "ensure_logging",
    "get_logger",
    "sanitize_errors",
    "scrub_event",
    "unbind_turn",
]

CONTEXT_KEYS = ("request_id", "thread_id", "user_id", "tenant_id", "graph", "graph_version")
"""Fields bound for the duration of a turn and added to every line logged inside it."""

_LEVELS = {"debug": logging.DEBUG, "info": logging.INFO, "warning": logging.WARNING,
           "error": logging.ERROR, "critical": logging.CRITICAL}


class _Settings:
    """Where lines go and from which level; set by :func:`configure_logging`."""

    def __init__(self) -> None:
        self.level = logging.WARNING
        self.stream: TextIO | None = None
        self.configured = False
        self.lock = threading.Lock()


_settings = _Settings()


def sanitize_errors(_: WrappedLogger, __: str, event: EventDict) -> EventDict:
    """Replace exceptions by their class name (and HTTP status): never their message."""
    exc = event.pop("exc_info", None)
    if exc is True:
        exc = sys.exc_info()[1]
    elif isinstance(exc, tuple):
        exc = exc[1]
    if isinstance(exc, BaseException):
        event.setdefault("error", public_error(exc))
    for key, value in list(event.items()):
        if isinstance(value, BaseException):
            event[key] = public_error(value)
    event.pop("stack", None)
    return event


def scrub_event(_: WrappedLogger, __: str, event: EventDict) -> EventDict:
    """Scrub every value of the event (the message included) with the guard detectors."""
    return {key: scrub(value) for key, value in event.items()}


def _drop_empty_context(_: WrappedLogger, __: str, event: EventDict) -> EventDict:
    return {k: v for k, v in event.items() if not (k in CONTEXT_KEYS and v is None)}


def _chain() -> list[Processor]:
    return [
        structlog.contextvars.merge_contextvars,
        structlog.processors.add_log_level,
        structlog.processors.TimeStamper(fmt="iso", utc=True, key="ts"),
        sanitize_errors,
        _drop_empty_context,
        scrub_event,
    ]


def _stream() -> TextIO:
    return _settings.stream or sys.stderr


class _LineLogger:
    """Writes rendered lines to the configured stream (looked up per line, so tests and
    the CLI can redirect standard error after loggers were created)."""

    def msg(self, message: str) -> None:
        stream = _stream()
        with _settings.lock:
            stream.write(message + "\n")
            stream.flush()

    log = debug = info = warning = error = critical = exception = msg


def get_logger(**bound: Any) -> Any:
    """A structlog logger writing scrubbed JSON lines, with ``bound`` fields on every line."""
    logger = structlog.wrap_logger(
        _LineLogger(),
        processors=[*_chain(), structlog.processors.JSONRenderer(sort_keys=False)],
        wrapper_class=structlog.make_filtering_bound_logger(_settings.level),
        cache_logger_on_first_use=False,
    )
    return logger.bind(**bound) if bound else logger


class _StdlibHandler(logging.Handler):
    """Renders ``logging`` records of railgraph's modules through the same chain."""

    def __init__(self) -> None:
        super().__init__()
        self.setFormatter(structlog.stdlib.ProcessorFormatter(
            foreign_pre_chain=[structlog.stdlib.add_logger_name, *_chain()],
            processors=[structlog.stdlib.ProcessorFormatter.remove_processors_meta,
                        structlog.processors.JSONRenderer(sort_keys=False)],
        ))

    def emit(self, record: logging.LogRecord) -> None:
        try:
            line = self.format(record)
            stream = _stream()
            with _settings.lock:
                stream.write(line + "\n")
                stream.flush()
        except Exception:  # logging must never take the agent down
            self.handleError(record)


def configure_logging(level: str | int | None = None, stream: TextIO | None = None) -> None:
    """Set the level and destination of railgraph's logs; safe to call more than once.

    ``level`` defaults to ``$RAILGRAPH_LOG_LEVEL`` or ``warning`` (so command-line output
    stays clean); the LangGraph server runs at ``info``.
    """
    chosen = level if level is not None else os.environ.get("RAILGRAPH_LOG_LEVEL", "warning")
    if isinstance(chosen, str):
        if chosen.lower() not in _LEVELS:
            raise ValueError(f"unknown log level {chosen!r}; use one of {', '.join(_LEVELS)}")
        chosen = _LEVELS[chosen.lower()]
    _settings.level = int(chosen)
    _settings.stream = stream
    root = logging.getLogger("railgraph")
    root.setLevel(_settings.level)
    if not any(isinstance(h, _StdlibHandler) for h in root.handlers):
        root.addHandler(_StdlibHandler())
    root.propagate = False  # lines are complete here; a root handler would print them twice
    _settings.configured = True


def ensure_logging() -> None:
    """:func:`configure_logging` from the environment, unless it was configured already."""
    if not _settings.configured:
        configure_logging()


def bind_turn(**fields: Any) -> Mapping[str, Any]:
    """Bind a turn's context to the current task; returns tokens for :func:`unbind_turn`."""
    values = {k: v for k, v in fields.items() if k in CONTEXT_KEYS and v is not None}
    return structlog.contextvars.bind_contextvars(**values)


def unbind_turn(tokens: Mapping[str, Any]) -> None:
    """Restore the context that was bound before :func:`bind_turn`."""
    structlog.contextvars.reset_contextvars(**tokens)
