"""Telemetry scrubbing: personal data and secrets become typed markers, structure is kept."""

from __future__ import annotations

from langchain_core.messages import HumanMessage
from pydantic import BaseModel

from railgraph.observe.redact import scrub, scrub_text

KEY = "sk-proj-" + "Ab3dEf6hIj9kLm2nOp5qRs8tUv1wXy4z"


def test_scrub_text_replaces_emails_and_keys_with_typed_markers() -> None:
    text = f"mail jane.doe@example.com, key {KEY}"
    scrubbed = scrub_text(text)
    assert "jane.doe@example.com" not in scrubbed and KEY not in scrubbed
    assert "<EMAIL_ADDRESS>" in scrubbed and "<SECRET>" in scrubbed
    assert scrubbed.startswith("mail ")


def test_text_without_personal_data_is_unchanged() -> None:
    assert scrub_text("Where is my order?") == "Where is my order?"
    assert scrub_text("a@b") == "a@b"  # too short to hold anything


def test_long_text_is_scrubbed_too() -> None:
    text = "x " * 5000 + "contact jane.doe@example.com"
    assert "jane.doe@example.com" not in scrub_text(text)


def test_scrub_walks_mappings_and_sequences_and_keeps_scalars() -> None:
    value = {"user": "jane.doe@example.com", "n": 3, "ok": True, "none": None, "ratio": 0.5,
             "items": ("jane.doe@example.com", ["fine"]), 7: {"deep": "jane.doe@example.com"}}
    out = scrub(value)
    assert out == {"user": "<EMAIL_ADDRESS>", "n": 3, "ok": True, "none": None, "ratio": 0.5,
                   "items": ["<EMAIL_ADDRESS>", ["fine"]], "7": {"deep": "<EMAIL_ADDRESS>"}}
    assert value["user"] == "jane.doe@example.com"  # a copy, not in place


def test_bytes_are_summarised_and_deep_nesting_is_truncated() -> None:
    assert scrub(b"\x00\x01secret") == "<8 bytes>"
    nested: object = "jane.doe@example.com"
    for _ in range(20):
        nested = [nested]
    flat = str(scrub(nested))
    assert "<truncated>" in flat and "jane.doe" not in flat


def test_models_and_messages_are_dumped_then_scrubbed() -> None:
    class Ticket(BaseModel):
        owner: str
        priority: int

    assert scrub(Ticket(owner="jane.doe@example.com", priority=2)) == {
        "owner": "<EMAIL_ADDRESS>", "priority": 2}
    message = scrub(HumanMessage("I am jane.doe@example.com"))
    assert message["content"] == "I am <EMAIL_ADDRESS>" and message["type"] == "human"


def test_other_objects_are_scrubbed_as_their_text() -> None:
    class Opaque:
        def __str__(self) -> str:
            return "owner jane.doe@example.com"

    assert scrub(Opaque()) == "owner <EMAIL_ADDRESS>"
