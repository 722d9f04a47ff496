"""A length limit: the cheapest guard, and the first one worth running."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from railgraph.guards.base import Verdict

__all__ = ["SizeDetector"]


class SizeDetector:
    """Flags text longer than ``max_chars`` characters (name ``size``)."""

    name: str = "size"
    """Name graph definitions use for this detector."""

    class Params(BaseModel):
        """Parameters of the ``size`` detector in a graph definition."""

        model_config = ConfigDict(extra="forbid")

        max_chars: int = Field(
            8000, gt=0, description="Longest accepted text, in characters (Unicode code points)."
        )

    def __init__(self, max_chars: int = 8000) -> None:
        if max_chars <= 0:
            raise ValueError("max_chars must be positive")
        self.max_chars = max_chars

    def check(self, text: str, context: Mapping[str, Any] | None = None) -> Verdict:
        """Flag ``text`` when it has more than ``max_chars`` characters."""
        length = len(text)
        if length <= self.max_chars:
            return Verdict(self.name, False, 0.0, None, f"{length} characters")
        return Verdict(
            detector=self.name,
            flagged=True,
            score=1.0,
            category="size",
            reason=f"text has {length} characters, limit is {self.max_chars}",
        )
