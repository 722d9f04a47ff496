"""Detector basics: verdicts, spans and redaction."""

from __future__ import annotations

from railgraph.guards import (
    Span,
    redact,
)


def test_verdict_spans_redact_with_typed_markers() -> None:
    spans = [Span(0, 4, "PERSON"), Span(10, 14, "SECRET")]
    assert redact("Anna said qwer!", spans) == "<PERSON> said <SECRET>!"
