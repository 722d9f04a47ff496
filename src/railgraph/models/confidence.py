"""How sure a model is of its answer, for the reviewer's low-confidence escalation.

Real chat models do not report a confidence of their own. Two sources work across providers:

* **token log-probabilities**, where the provider returns them (OpenAI-compatible APIs with
  ``logprobs: true``): the geometric mean of the answer's token probabilities, a common
  sequence-level estimate (it is 1.0 for an answer of certain tokens and falls quickly with
  tokens the model hesitated over);
* a **declared self-assessment**: the model is asked to end its answer with a line
  ``Confidence: <number between 0 and 1>``; the line is taken off the answer before anyone
  sees it. Any provider can do this; a model that omits the line reports nothing.

The offline scripted model reports ``confidence`` in its response metadata directly.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from typing import Any

__all__ = ["SELF_REPORT_INSTRUCTION", "from_logprobs", "from_metadata", "split_self_report"]

SELF_REPORT_INSTRUCTION = (
    "After your answer, on a line of its own, write 'Confidence: ' followed by a number "
    "between 0 and 1 saying how sure you are that the answer is correct and complete."
)
"""Appended to the system prompt of an llm node with ``confidence: self_report``."""

_SELF_REPORT = re.compile(
    r"(?:\n|^)[ \t]*[*_]{0,2}confidence[*_]{0,2}[ \t]*[:=][ \t]*"
    r"(?P<value>\d{1,3}(?:\.\d+)?)[ \t]*(?P<percent>%?)[ \t.*_]*\Z",
    re.IGNORECASE,
)


def split_self_report(text: str) -> tuple[str, float | None]:
    """The answer without its trailing ``Confidence:`` line, and the value it declared.

    A percentage (``Confidence: 80%``) is read as 0.8; a value outside 0..1 (after that)
    is no report at all.
    """
    found = _SELF_REPORT.search(text.rstrip())
    if found is None:
        return text, None
    value = float(found.group("value"))
    if found.group("percent") or value > 1:
        value /= 100
    answer = text.rstrip()[: found.start()].rstrip()
    return answer, value if 0.0 <= value <= 1.0 else None


def from_logprobs(metadata: Mapping[str, Any]) -> float | None:
    """Geometric-mean token probability from OpenAI-style ``logprobs`` metadata."""
    logprobs = metadata.get("logprobs")
    content = logprobs.get("content") if isinstance(logprobs, Mapping) else None
    if not isinstance(content, list):
        return None
    values = [t.get("logprob") for t in content if isinstance(t, Mapping)]
    numbers = [float(v) for v in values if isinstance(v, int | float) and not isinstance(v, bool)]
    if not numbers:
        return None
    return round(math.exp(sum(numbers) / len(numbers)), 4)


def from_metadata(metadata: Mapping[str, Any]) -> float | None:
    """The confidence a reply carries: its own ``confidence``, else its token log-probabilities."""
    value = metadata.get("confidence")
    if isinstance(value, int | float) and not isinstance(value, bool):
        return float(value)
    return from_logprobs(metadata)
