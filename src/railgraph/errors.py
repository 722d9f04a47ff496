"""Every exception railgraph raises on purpose, in one place."""

from __future__ import annotations

from dataclasses import dataclass

__all__ = [
    "DefinitionError",
    "ModelError",
    "ModelResolutionError",
    "PermanentModelError",
    "Problem",
    "RailgraphError",
    "TransientModelError",
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
