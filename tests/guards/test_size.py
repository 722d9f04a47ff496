"""The size detector."""

from __future__ import annotations

from railgraph.guards import (
    SizeDetector,
)

# --- size -----------------------------------------------------------------------------


def test_size_limit() -> None:
    detector = SizeDetector(max_chars=10)
    assert not detector.check("x" * 10).flagged
    verdict = detector.check("x" * 11)
    assert verdict.flagged and verdict.category == "size" and "11" in verdict.reason

