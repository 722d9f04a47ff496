"""Credentials in text: provider API keys, tokens, private keys, password assignments.

Provider formats with a fixed prefix (``AKIA``, ``ghp_``, ``xoxb-``, ``sk_live_``
...) are matched exactly. Free-form assignments (``api_key = ...``,
``password: ...``) count only when the value looks random enough to be real,
so documentation placeholders and variable references are left alone.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Mapping
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from railgraph.guards.base import Span, Verdict

__all__ = ["PROVIDER_PATTERNS", "SecretsDetector", "shannon_entropy"]

PROVIDER_PATTERNS: dict[str, re.Pattern[str]] = {
    "aws_access_key_id": re.compile(
        r"(?<![A-Z0-9])(?:AKIA|ASIA|ABIA|ACCA|AGPA|AIDA|AIPA|ANPA|ANVA|APKA|AROA|ASCA)"
        r"[A-Z0-9]{16}(?![A-Z0-9])"
    ),
    "github_token": re.compile(r"(?<![\w])(?:ghp|gho|ghu|ghs|ghr)_[A-Za-z0-9]{36,255}(?!\w)"),
    "github_pat": re.compile(r"(?<![\w])github_pat_[A-Za-z0-9_]{22,255}(?!\w)"),
    "gitlab_token": re.compile(r"(?<![\w-])glpat-[A-Za-z0-9_-]{20,}(?![\w-])"),
    "slack_token": re.compile(r"(?<![\w-])xox[abposre]-(?:[0-9]+-)*[A-Za-z0-9-]{10,}(?![\w-])"),
    "slack_webhook": re.compile(
        r"https://hooks\.slack\.com/services/T[A-Z0-9]+/B[A-Z0-9]+/[A-Za-z0-9]+"
    ),
    "stripe_key": re.compile(r"(?<![\w])(?:sk|rk)_live_[A-Za-z0-9]{16,}(?!\w)"),
    "google_api_key": re.compile(r"(?<![\w-])AIza[0-9A-Za-z_-]{35}(?![\w-])"),
    "openai_style_key": re.compile(
        r"(?<![\w-])sk-(?:proj-|svcacct-|admin-|ant-(?:api|admin)\d\d-)?[A-Za-z0-9_-]{20,}(?![\w-])"
    ),
    "jwt": re.compile(
        r"(?<![\w-])eyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}(?![\w-])"
    ),
    "private_key": re.compile(
        r"-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----"
        r"(?:[\s\S]*?-----END (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----|[\s\S]*\Z)"
    ),
    "url_credentials": re.compile(r"(?<=[a-z0-9+.-]://)[^\s:/@]+:[^\s:/@]{3,}(?=@[\w.-]+)"),
}
"""Exactly-shaped credentials, by kind; every match is a secret."""

_KEY_NAMES = (
    r"api[_-]?key|apikey|secret(?:[_-]?key)?|client[_-]?secret|access[_-]?key(?:[_-]?id)?"
    r"|secret[_-]?access[_-]?key|auth[_-]?token|access[_-]?token|refresh[_-]?token|bearer"
    r"|token|private[_-]?key|credentials?|passw(?:or)?d|passwd|pwd|pass|db[_-]?pass(?:word)?"
)
_ASSIGNMENT = re.compile(
    rf"(?i)(?<![\w])([\w.-]*(?:{_KEY_NAMES})[\w.-]*)[\"']?\s*(?::=|=>|[:=])\s*"
    r"(?:(?P<q>[\"'`])(?P<qv>[^\"'`\s]{6,})(?P=q)|(?P<v>[^\s\"'`,;<>(){}\[\]]{6,}))"
)
_BEARER = re.compile(r"(?i)\bauthorization:\s*(?:bearer|token|basic)\s+([A-Za-z0-9._~+/=-]{16,})")
_PASSWORD_NAME = re.compile(r"(?i)pass|pwd")
# "my password is hunter2": prose, so the value must look like a password, not a word.
_PASSWORD_SENTENCE = re.compile(
    r"(?i)\b(?:password|passcode|passphrase|pwd)\s+(?:is|was)\s*:?\s+[\"'`]?([^\s\"'`,;]{4,})"
)
_PLACEHOLDER = re.compile(
    r"(?i)^(?:x+|\*+|\.+|-+|#+|<.*>|\{.*\}|\$\{?.*|%.*%|your[_-].*|my[_-].*|example.*|changeme"
    r"|change[_-]?me|placeholder|redacted|dummy|sample|test|null|none|true|false|undefined"
    r"|password\d*|secret|string|env\(.*|os\.environ.*|process\.env.*|getenv.*|settings\..*"
    r"|config\..*|self\..*|[a-z_]+\(.*)$"
)


def shannon_entropy(value: str) -> float:
    """Bits per character of ``value``: random keys score high, words and patterns low."""
    if not value:
        return 0.0
    counts = Counter(value)
    n = len(value)
    return -sum(c / n * math.log2(c / n) for c in counts.values())


class SecretsDetector:
    """Finds API keys, tokens, private keys and credential assignments (name ``secrets``)."""

    name: str = "secrets"
    """Name graph definitions use for this detector."""

    class Params(BaseModel):
        """Parameters of the ``secrets`` detector in a graph definition."""

        model_config = ConfigDict(extra="forbid")

        min_entropy: float = Field(
            3.0,
            ge=0.0,
            le=8.0,
            description="Least Shannon entropy (bits per character) for the value of a generic "
            "`key = value` assignment to count as a secret; provider formats always count.",
        )
        min_password_entropy: float = Field(
            2.0,
            ge=0.0,
            le=8.0,
            description="Least entropy for the value of a password assignment.",
        )

    def __init__(self, min_entropy: float = 3.0, min_password_entropy: float = 2.0) -> None:
        self.min_entropy = min_entropy
        self.min_password_entropy = min_password_entropy

    def find(self, text: str) -> list[tuple[str, Span]]:
        """Every secret in ``text`` as ``(kind, span)``, overlaps removed."""
        found: list[tuple[str, Span]] = []
        for kind, pattern in PROVIDER_PATTERNS.items():
            found.extend((kind, Span(m.start(), m.end(), "SECRET")) for m in pattern.finditer(text))
        for m in _BEARER.finditer(text):
            found.append(("bearer_token", Span(m.start(1), m.end(1), "SECRET")))
        for m in _PASSWORD_SENTENCE.finditer(text):
            value = m.group(1).rstrip(".!?")
            wordlike = value.isalpha() and (value.islower() or value.istitle())
            if not wordlike and not _PLACEHOLDER.match(value):
                found.append(("password", Span(m.start(1), m.start(1) + len(value), "SECRET")))
        for m in _ASSIGNMENT.finditer(text):
            group = "qv" if m.group("qv") is not None else "v"
            value = m.group(group)
            if self._looks_secret(m.group(1), value):
                found.append(("assignment", Span(m.start(group), m.end(group), "SECRET")))
        kept: list[tuple[str, Span]] = []
        # Longest first, so a provider key inside an assignment is reported once.
        for kind, span in sorted(found, key=lambda f: (f[1].start - f[1].end, f[1].start)):
            if all(span.end <= s.start or span.start >= s.end for _, s in kept):
                kept.append((kind, span))
        return sorted(kept, key=lambda f: f[1].start)

    def _looks_secret(self, key: str, value: str) -> bool:
        if _PLACEHOLDER.match(value):
            return False
        if _PASSWORD_NAME.search(key):
            return len(value) >= 6 and shannon_entropy(value) >= self.min_password_entropy
        has_digit = any(c.isdigit() for c in value)
        has_alpha = any(c.isalpha() for c in value)
        return (
            len(value) >= 12
            and has_digit
            and has_alpha
            and shannon_entropy(value) >= self.min_entropy
        )

    def check(self, text: str, context: Mapping[str, Any] | None = None) -> Verdict:
        """Flag ``text`` when it contains a credential."""
        found = self.find(text)
        if not found:
            return Verdict(self.name, False, 0.0, None, "no secret found")
        kinds = Counter(kind for kind, _ in found)
        summary = ", ".join(f"{n} {kind}" for kind, n in sorted(kinds.items()))
        return Verdict(
            detector=self.name,
            flagged=True,
            score=1.0,
            category="secrets",
            reason=f"found {summary}",
            spans=tuple(span for _, span in found),
        )
