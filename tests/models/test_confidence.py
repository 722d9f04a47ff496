"""Reading a reply's confidence: a self-reported line, its own metadata, token log-probabilities."""

from __future__ import annotations

import math

import pytest

from railgraph.models.confidence import (
    SELF_REPORT_INSTRUCTION,
    from_logprobs,
    from_metadata,
    split_self_report,
)


@pytest.mark.parametrize(("text", "answer", "value"), [
    ("Your order ships Monday.\nConfidence: 0.9", "Your order ships Monday.", 0.9),
    ("Ships Monday.\n  **Confidence**: 80%  ", "Ships Monday.", 0.8),
    ("Ships Monday.\nconfidence = 75", "Ships Monday.", 0.75),
    ("Ships Monday.\nConfidence: 1", "Ships Monday.", 1.0),
    ("Confidence: 0.4", "", 0.4),
])
def test_the_trailing_confidence_line_is_split_off(text: str, answer: str, value: float) -> None:
    assert split_self_report(text) == (answer, pytest.approx(value))


@pytest.mark.parametrize("text", [
    "Ships Monday.",
    "My confidence: 0.9 is high, and it ships Monday.",  # not on a line of its own at the end
    "Confidence: 0.9\nShips Monday.",  # not the last line
])
def test_no_report_leaves_the_text_alone(text: str) -> None:
    assert split_self_report(text) == (text, None)


def test_an_out_of_range_value_is_no_report_but_the_line_is_removed() -> None:
    assert split_self_report("Ships Monday.\nConfidence: 250") == ("Ships Monday.", None)


def test_the_instruction_asks_for_the_line_the_parser_reads() -> None:
    assert "'Confidence: '" in SELF_REPORT_INSTRUCTION and "between 0 and 1" in SELF_REPORT_INSTRUCTION


def test_logprobs_give_the_geometric_mean_probability() -> None:
    metadata = {"logprobs": {"content": [{"logprob": math.log(0.5)}, {"logprob": math.log(0.8)},
                                         {"logprob": True}, "junk", {"token": "x"}]}}
    assert from_logprobs(metadata) == pytest.approx(math.sqrt(0.5 * 0.8), abs=1e-4)


@pytest.mark.parametrize("metadata", [{}, {"logprobs": None}, {"logprobs": {"content": "x"}},
                                      {"logprobs": {"content": [{"logprob": "high"}]}}])
def test_missing_or_malformed_logprobs_give_none(metadata: dict[str, object]) -> None:
    assert from_logprobs(metadata) is None


def test_metadata_confidence_wins_over_logprobs() -> None:
    logprobs = {"content": [{"logprob": 0.0}]}
    assert from_metadata({"confidence": 0.3, "logprobs": logprobs}) == 0.3
    assert from_metadata({"confidence": 1}) == 1.0
    assert from_metadata({"confidence": True, "logprobs": logprobs}) == 1.0  # bool is no number
    assert from_metadata({"confidence": "high"}) is None
