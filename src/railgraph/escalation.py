"""Escalation to a human at run time: the signals that call for one, and the sweeper's answer.

The signals come from an :class:`~railgraph.policies.EscalationPolicy`; nodes evaluate the ones
they can see (the router the user's message and the failure count, the reviewer the model's
confidence, the tools node failing and high-stakes tool calls, guards their checks) and set the
state's ``escalation``; an edge then leads to the ``escalate`` node.

Pending handoffs are kept in Redis by :class:`railgraph.state.handoffs.HandoffRegister`;
``railgraph sweep`` resumes the overdue ones with :data:`TIMEOUT_RESUME`.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from railgraph.policies import EscalationPolicy

__all__ = [
    "TIMEOUT_RESUME",
    "Signal",
    "input_signal",
    "is_timeout",
    "sentiment",
]

TIMEOUT_RESUME: dict[str, Any] = {"railgraph_timeout": True}
"""The resume value ``railgraph sweep`` sends to a thread whose wait ran out."""


def is_timeout(answer: Any) -> bool:
    """Whether a resume value is the sweeper's "nobody answered in time"."""
    return isinstance(answer, Mapping) and answer.get("railgraph_timeout") is True


@dataclass(frozen=True, slots=True)
class Signal:
    """An escalation decided by a node: why, and how urgently."""

    reason: str
    """Why: user_requested, low_confidence, repeated_failures, ..."""
    priority: str
    """low | normal | high"""
    detail: str = ""
    """A short, PII-free explanation for the human (never the user's text)."""

    def state(self, node: str, **extra: Any) -> dict[str, Any]:
        """The ``escalation`` state value."""
        out = {"reason": self.reason, "priority": self.priority, "node": node, **extra}
        if self.detail:
            out["detail"] = self.detail
        return out


_SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\n+")


@functools.lru_cache(maxsize=8)
def _analyzer(neutral: tuple[str, ...]) -> Any:
    # VADER: a lexicon and rule model for short informal text, shipped with its lexicon (no
    # download), about 0.1 ms a message; a lexicon written here would be worse on negation,
    # intensifiers and capitals, which VADER already handles.
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    analyzer = SentimentIntensityAnalyzer()
    # Words that describe the matter, not the mood, in this domain ("my parcel arrived damaged").
    analyzer.lexicon = {k: v for k, v in analyzer.lexicon.items() if k not in set(neutral)}
    return analyzer


def sentiment(text: str, neutral: tuple[str, ...] = ()) -> float:
    """Sentiment of ``text`` in [-1, 1] (VADER compound): below -0.7 is very negative.

    The score is that of the most negative sentence: VADER sums valences over the text it is
    given, so a long, calm message would otherwise add up to "very negative" while one furious
    sentence in a long message would be diluted. ``neutral`` words are ignored.
    """
    analyzer = _analyzer(tuple(sorted(w.lower() for w in neutral)))
    sentences = [p for p in _SENTENCE_END.split(text) if p.strip()] or [text]
    return min(float(analyzer.polarity_scores(p)["compound"]) for p in sentences)


@functools.lru_cache(maxsize=64)
def _patterns(patterns: tuple[str, ...]) -> list[re.Pattern[str]]:
    return [re.compile(p, re.IGNORECASE) for p in patterns]


def input_signal(policy: EscalationPolicy, text: str, failures: int) -> Signal | None:
    """The first input-side signal that fires: a request for a person, a run of failures,
    very negative sentiment (in that order: an explicit request wins)."""
    signals = policy.signals
    ask = signals.user_request
    if ask.enabled and any(p.search(text) for p in _patterns(tuple(ask.patterns))):
        return Signal("user_requested", ask.priority, "the customer asked for a person")
    repeated = signals.repeated_failures
    if repeated.enabled and failures >= repeated.at_least:
        return Signal("repeated_failures", repeated.priority,
                      f"{failures} consecutive failures before this message")
    upset = signals.negative_sentiment
    if upset.enabled and text.strip():
        score = sentiment(text, tuple(upset.neutral_words))
        if score < upset.below:
            return Signal("negative_sentiment", upset.priority,
                          f"message sentiment {score:.2f} (threshold {upset.below})")
    return None
