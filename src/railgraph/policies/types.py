"""Field types shared by the policy models."""

from __future__ import annotations

import re
from typing import Annotated

from pydantic import AfterValidator

__all__ = ["RegexList"]


def _compiles(patterns: list[str]) -> list[str]:
    for pattern in patterns:
        try:
            re.compile(pattern)
        except re.error as exc:
            raise ValueError(f"bad regular expression {pattern!r}: {exc}") from None
    return patterns


RegexList = Annotated[list[str], AfterValidator(_compiles)]
"""Regular expressions, each checked to compile when the policy is loaded."""
