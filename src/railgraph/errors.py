"""Every exception railgraph raises on purpose, in one place, all under :class:`RailgraphError`.

Where callers (or users) already catch a standard exception, a class keeps it as a second
base (``ExpressionError`` is also a ``ValueError``). This module imports nothing of railgraph,
so every layer can use it.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = [
    "AgentCallError",
    "DefinitionError",
    "DottedPathError",
    "ExpressionError",
    "MigrationError",
    "ModelError",
    "ModelResolutionError",
    "PermanentModelError",
    "PortTakenError",
    "Problem",
    "RailgraphError",
    "RailsError",
    "SpecialistCircuitOpen",
    "SpecialistFailed",
    "SpecialistUnavailable",
    "StateStoreError",
    "ThreadNotFoundError",
    "TransientModelError",
    "public_error",
]


class RailgraphError(Exception):
    """Base class of railgraph's own errors; its message is safe to show a user."""


@dataclass(frozen=True, slots=True)
class Problem:
    """One thing wrong with a graph definition, located in its file."""

    file: str
    """Path of the file as the user gave it."""
    line: int
    """1-based line number."""
    column: int
    """1-based column number."""
    message: str
    """What is wrong, in words that name the offending field or value."""

    def __str__(self) -> str:
        return f"{self.file}:{self.line}:{self.column}: {self.message}"


class DefinitionError(RailgraphError):
    """A graph definition (or a file it references) is invalid.

    Carries every problem found, so a user fixes them all in one pass.
    """

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = sorted(problems, key=lambda p: (p.file, p.line, p.column, p.message))
        super().__init__("\n".join(str(p) for p in self.problems))


class ModelError(RailgraphError):
    """A chat model call failed; ``status_code`` mirrors the provider's HTTP status."""

    def __init__(self, message: str, status_code: int | None = None) -> None:
        super().__init__(message)
        self.status_code = status_code


class TransientModelError(ModelError):
    """A failure worth retrying: timeouts, 429, 5xx, dropped connections."""


class PermanentModelError(ModelError):
    """A failure that retrying cannot fix: 400, 401, 404, invalid requests."""


class ModelResolutionError(RailgraphError):
    """A model reference (``provider:model``) cannot be turned into a chat model."""


# ------------------------------------------------------------------ definitions


class ExpressionError(RailgraphError, ValueError):
    """A malformed or unsafe expression; ``offset`` is the 0-based column in the text."""

    def __init__(self, message: str, offset: int = 0) -> None:
        super().__init__(message)
        self.offset = offset


class DottedPathError(RailgraphError, ImportError):
    """A dotted path names no importable object; the message says which part failed."""


class MigrationError(RailgraphError, ValueError):
    """The data cannot be brought to the current schema."""


# ------------------------------------------------------------------ specialists


class AgentCallError(RailgraphError):
    """Base of the errors of calling a specialist agent (they also subclass the model error
    classes, so retry policies, fallbacks and circuit breakers treat a specialist like any
    model)."""


class SpecialistUnavailable(TransientModelError, AgentCallError):
    """The specialist could not be reached or timed out: worth retrying later."""


class SpecialistFailed(PermanentModelError, AgentCallError):
    """The specialist failed in a way a retry will not fix (bad setup, an error it raised)."""


class SpecialistCircuitOpen(PermanentModelError, AgentCallError):
    """The specialist's circuit is open: it failed recently, so it is not called for now."""


# ------------------------------------------------------------------ runtime


class RailsError(RailgraphError):
    """A rails config cannot be loaded, or NeMo Guardrails failed while running it.

    The message names the config directory and what went wrong; it never carries a traceback.
    """


class StateStoreError(RailgraphError):
    """The state store (Redis) cannot be reached or answered with an error."""


class PortTakenError(RailgraphError):
    """The embedded Redis server lost the race for the free port picked for it."""


class ThreadNotFoundError(RailgraphError):
    """The thread does not exist for this tenant (it may be another tenant's)."""


def public_error(exc: BaseException) -> str:
    """An error description safe to store, log and show: class name, no internals."""
    status = getattr(exc, "status_code", None)
    name = type(exc).__name__
    return f"{name} (status {status})" if status else name
