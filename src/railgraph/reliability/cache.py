"""A response cache for repeated and near-identical questions, in Redis.

Near-identical means equal after :func:`normalise`: Unicode-folded (NFKC, case-folded, accents
stripped), punctuation dropped, the policy's filler words removed ("please", "hi", "the", ...),
simple plural ``s`` trimmed, and the remaining words de-duplicated and sorted. "Hi! What are
your opening hours, please?" and "opening hours?" share one entry. This is deliberately cheap
and explainable; it does not match paraphrases with different words ("when do you open"),
which would need an embedding model and a vector index that plain Redis lacks.

Keys: ``P:cache:<scope>:<sha256 of the normalised question>`` (a string with the answer, TTL
from the policy) and ``P:cache:stats`` (a hash of ``hits`` and ``misses``). The question itself
is never stored, only its digest, so a message with personal data leaves none in the cache.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Iterable

from railgraph.policies import CachePolicy
from railgraph.reliability.store import ReliabilityStore, warn_once

__all__ = ["CacheStats", "ResponseCache", "normalise"]

_WORD = re.compile(r"[^\W_]+")


def normalise(text: str, filler_words: Iterable[str] = ()) -> str:
    """The comparison form of a question (see the module docstring)."""
    folded = unicodedata.normalize("NFKD", unicodedata.normalize("NFKC", text).casefold())
    plain = "".join(c for c in folded if not unicodedata.combining(c))
    filler = set(filler_words)
    words = set()
    for word in _WORD.findall(plain):
        if word in filler:
            continue
        if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
            word = word[:-1]  # "hours" and "hour", "refunds" and "refund"
        words.add(word)
    return " ".join(sorted(words))


class CacheStats(dict[str, int]):
    """Hits and misses counted by every process sharing the cache."""

    @property
    def hit_rate(self) -> float:
        """Hits over lookups (0 when nothing was looked up)."""
        total = self.get("hits", 0) + self.get("misses", 0)
        return self.get("hits", 0) / total if total else 0.0


class ResponseCache:
    """Answers by normalised question, shared through Redis."""

    def __init__(self, policy: CachePolicy, store: ReliabilityStore | None) -> None:
        self.policy = policy
        self.store = store

    def key(self, question: str, tenant: str | None) -> str | None:
        """The Redis key of ``question``, or None when it is not cacheable."""
        if self.store is None:
            warn_once("response cache")
            return None
        if len(question) > self.policy.max_question_chars:
            return None
        normal = normalise(question, self.policy.filler_words)
        if not normal:
            return None
        scope = f"t.{tenant}" if self.policy.scope == "tenant" and tenant else "all"
        digest = hashlib.sha256(normal.encode()).hexdigest()
        return f"{self.store.prefix}:cache:{scope}:{digest}"

    async def get(self, question: str, tenant: str | None, *, count: bool = True) -> str | None:
        """The cached answer, or None; ``count`` records the lookup in the hit-rate stats."""
        key = self.key(question, tenant)
        if key is None or self.store is None:
            return None
        client = self.store.client
        raw = await self.store.call(client.get(key))
        if count:
            stats = f"{self.store.prefix}:cache:stats"
            await self.store.call(client.hincrby(stats, "hits" if raw is not None else "misses", 1))
        if raw is None:
            return None
        return raw.decode() if isinstance(raw, bytes) else str(raw)

    async def put(self, question: str, tenant: str | None, answer: str) -> None:
        """Store ``answer`` for ``question`` for the policy's TTL."""
        key = self.key(question, tenant)
        if key is None or self.store is None or not answer.strip():
            return
        await self.store.call(self.store.client.set(key, answer, px=int(self.policy.ttl * 1000)))

    async def stats(self) -> CacheStats:
        """Hits and misses so far."""
        if self.store is None:
            return CacheStats()
        raw = await self.store.call(self.store.client.hgetall(f"{self.store.prefix}:cache:stats"))
        return CacheStats({(k.decode() if isinstance(k, bytes) else k): int(v) for k, v in raw.items()})
