"""Harmful requests of every hazard category are flagged in the category the graph maps them to;
prompts that only sound dangerous pass (cases in :mod:`tests.guards.hazard_cases`)."""

from __future__ import annotations

import pytest

from railgraph.guards import HarmDetector

from .hazard_cases import HARMFUL, SAFE

CASES = [(hazard, category, text) for hazard, (category, texts) in HARMFUL.items() for text in texts]


@pytest.mark.parametrize(("hazard", "category", "text"), CASES)
def test_harmful_request_of_each_hazard_is_flagged_in_its_category(
    hazard: str, category: str, text: str
) -> None:
    verdict = HarmDetector().check(text)
    assert verdict.flagged, (hazard, verdict.reason)
    scores, _ = HarmDetector().scores(text)
    assert scores[category] >= 0.5, (hazard, scores)


@pytest.mark.parametrize("text", SAFE)
def test_prompt_that_only_sounds_dangerous_passes(text: str) -> None:
    verdict = HarmDetector().check(text)
    assert not verdict.flagged, verdict.reason


@pytest.mark.parametrize(
    "text",
    [
        "I don't want to live in the city anymore, where should we move?",
        "How did serial killers in the 70s get away with it for so long?",
        "Write a story where the thief gets away with it.",
        "How do I plan a surprise party without my wife knowing?",
        "I want to talk about a song by Rob Thomas.",
        "Recommend a graphic novel for a teenager.",
        "Her current salary is $100,000; how much does she save at 20%?",
    ],
)
def test_everyday_uses_of_the_new_phrases_pass(text: str) -> None:
    verdict = HarmDetector().check(text)
    assert not verdict.flagged, verdict.reason


def test_wanting_to_die_is_flagged_whatever_the_framing() -> None:
    scores, _ = HarmDetector(categories=["self_harm"]).scores("I just don't want to live anymore.")
    assert scores["self_harm"] >= 0.9
