"""The one interface every guard detector implements.

A detector looks at a piece of text and returns a :class:`Verdict`. It never
keeps the text: verdicts carry offsets and types, so audit entries and logs can
be written from them without repeating what was sensitive.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol, runtime_checkable

__all__ = ["Detector", "Span", "Verdict", "redact"]


@dataclass(frozen=True, slots=True)
class Span:
    """A flagged stretch of the checked text."""

    start: int
    """Offset of the first character (inclusive)."""
    end: int
    """Offset after the last character (exclusive)."""
    type: str
    """What was found there, e.g. ``EMAIL_ADDRESS`` or ``INJECTION``."""


@dataclass(frozen=True, slots=True)
class Verdict:
    """What a detector concluded about one text."""

    detector: str
    """Name of the detector that produced the verdict."""
    flagged: bool
    """True when the text violates what the detector checks."""
    score: float = 0.0
    """Confidence in ``[0, 1]`` that the text is a violation."""
    category: str | None = None
    """Category of the violation (``injection``, ``pii``, ``size`` ...)."""
    reason: str = ""
    """Short explanation safe to log: never contains the flagged text itself."""
    spans: tuple[Span, ...] = field(default_factory=tuple)
    """Where in the text the violation was found (empty when it is the whole text)."""

    def to_dict(self) -> dict[str, Any]:
        """A JSON-safe form for state, audit entries and ``--json`` output."""
        return {
            "detector": self.detector,
            "flagged": self.flagged,
            "score": round(self.score, 4),
            "category": self.category,
            "reason": self.reason,
            "spans": [{"start": s.start, "end": s.end, "type": s.type} for s in self.spans],
        }


@runtime_checkable
class Detector(Protocol):
    """Checks a text; ``context`` carries optional facts (source, user, locale).

    Two optional members change how a guard node runs a detector: an ``async acheck(text,
    context)`` makes it run as a task beside the node's other checks (for slow or I/O-bound
    detectors; cancelled when another check blocks), and a ``default_action`` string is the
    action of a check that names none (the Guardrails AI adapter derives it from ``on_fail``).
    """

    name: str

    def check(self, text: str, context: Mapping[str, Any] | None = None) -> Verdict: ...


def redact(text: str, spans: Sequence[Span]) -> str:
    """Replace each span with a typed marker such as ``<EMAIL_ADDRESS>``.

    Overlapping spans are merged; the earliest-starting span names the marker.
    """
    if not spans:
        return text
    out: list[str] = []
    cursor = 0
    for span in sorted(spans, key=lambda s: (s.start, -s.end)):
        if span.start < cursor:  # overlaps the previous marker: widen it
            cursor = max(cursor, span.end)
            continue
        out.append(text[cursor : span.start])
        out.append(f"<{span.type}>")
        cursor = span.end
    out.append(text[cursor:])
    return "".join(out)
