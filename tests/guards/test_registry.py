"""The detector registry: building with validated params, located errors, plugins."""

from __future__ import annotations

import pytest

from railgraph.guards import (
    DETECTORS,
    Detector,
    SizeDetector,
    build_detector,
    params_model,
    register_detector,
)
from railgraph.guards.base import Verdict

# --- registry -------------------------------------------------------------------------


def test_registry_builds_every_detector_with_validated_params() -> None:
    assert set(DETECTORS) >= {"size", "injection", "pii", "secrets"}
    for name in ("size", "injection", "pii", "secrets"):
        detector = build_detector(name)
        assert isinstance(detector, Detector) and detector.name == name
        model = params_model(name)
        assert model.model_config.get("extra") == "forbid"
        assert all(field.description for field in model.model_fields.values())
    assert build_detector("size", {"max_chars": 5}).check("123456").flagged


def test_registry_errors_name_the_detector_and_the_parameter() -> None:
    with pytest.raises(ValueError, match="unknown detector 'toxicity'"):
        build_detector("toxicity")
    with pytest.raises(ValueError, match="max_chars"):
        build_detector("size", {"max_chars": -1})
    with pytest.raises(ValueError, match="colour: unknown parameter"):
        build_detector("injection", {"colour": "red"})
    with pytest.raises(ValueError, match="types"):
        build_detector("pii", {"types": ["SHOE_SIZE"]})
    with pytest.raises(ValueError, match="unknown phone region"):
        build_detector("pii", {"regions": ["XX"]})
    with pytest.raises(ValueError, match="unknown detector"):
        params_model("toxicity")


def test_plugins_register_and_build() -> None:
    from pydantic import BaseModel, ConfigDict, Field

    class Shouting:
        """Flags text written in capitals."""

        name = "shouting"

        class Params(BaseModel):
            model_config = ConfigDict(extra="forbid")
            min_letters: int = Field(5, description="Fewest letters before judging.")

        def __init__(self, min_letters: int = 5) -> None:
            self.min_letters = min_letters

        def check(self, text: str, context: object = None) -> Verdict:
            letters = [c for c in text if c.isalpha()]
            loud = len(letters) >= self.min_letters and all(c.isupper() for c in letters)
            return Verdict(self.name, loud, float(loud), "style" if loud else None, "capitals")

    register_detector("shouting", Shouting)
    try:
        assert build_detector("shouting", {"min_letters": 3}).check("STOP IT").flagged
        with pytest.raises(ValueError, match="already registered"):
            register_detector("shouting", SizeDetector)
        with pytest.raises(ValueError, match="Params"):
            register_detector("broken", object)
    finally:
        DETECTORS.pop("shouting", None)
