"""The PII detector: phones, e-mails, cards, SSNs, IPs, IBANs, the types parameter and redaction."""

from __future__ import annotations

import pytest

from railgraph.guards import (
    PIIDetector,
    build_detector,
    redact,
)
from railgraph.guards.pii import iban_valid, luhn_valid, ssn_valid

# --- PII ------------------------------------------------------------------------------


def _found(text: str, **params: object) -> list[tuple[str, str]]:
    verdict = build_detector("pii", params).check(text)
    return [(s.type, text[s.start : s.end]) for s in verdict.spans]


@pytest.mark.parametrize(
    "number",
    [
        "(212) 555-0187",  # US national
        "+1 212-555-0187",
        "+44 20 7946 0958",  # UK London
        "020 7946 0958",
        "+49 30 901820",  # Berlin
        "+33 1 70 36 21 90",  # Paris
        "+91 98765 43210",  # India mobile
        "+61 2 9374 4000",  # Sydney
        "+81 3-3224-9999",  # Tokyo, found through its country code
    ],
)
def test_phone_numbers_in_international_formats(number: str) -> None:
    assert _found(f"Call me at {number} tomorrow.") == [("PHONE_NUMBER", number)]


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Phone:\n612 44 87", "612 44 87"),  # a local number under its label
        ("Mobile: 0475 61 32 09", "0475 61 32 09"),
        ("please text me on 88 417 302 after work", "88 417 302"),
        ("Desk: +41 (0)31 555 12 34", "+41 (0)31 555 12 34"),  # bracketed trunk prefix
        ("fax 0044 20 7946 0321", "0044 20 7946 0321"),  # 00 international prefix
        ("Reach me at 213-555-0143x207 today", "213-555-0143x207"),  # extension
        ("Sales (312) 555-0178", "(312) 555-0178"),  # North American layout, no label
        ("Our helpline 0800 123 4567 is free", "0800 123 4567"),
        ("my number is 61455512", "61455512"),
    ],
)
def test_phone_numbers_found_from_labels_layout_or_country_code(text: str, number: str) -> None:
    assert _found(text) == [("PHONE_NUMBER", number)]


@pytest.mark.parametrize(
    "text",
    [
        "Invoice 2024-118842 issued on 2024-03-09, total 1 482 330 EUR.",
        "order number 5554127789 has shipped",
        "The office is at 4418 2299 Harbour Road.",
        "ISBN 978-0-306-40615-7, 2nd printing",
        "tracking id 71 2204 8855 30",
        "Born 12.04.1987, passport 4410 778812",
        "We counted 4187 2290 1733 birds in total",
        "Reference 020 7946 0321",
        "Build 19045 3803 passed",
    ],
)
def test_numbers_that_are_not_phones(text: str) -> None:
    assert not any(kind == "PHONE_NUMBER" for kind, _ in _found(text)), _found(text)


def test_a_named_card_counts_when_luhn_valid_even_with_an_unlisted_issuer() -> None:
    number = "0604 1234 5678 1"
    assert luhn_valid(number.replace(" ", ""))
    assert _found(f"paid with card {number}") == [("CREDIT_CARD", number)]
    assert not any(kind == "CREDIT_CARD" for kind, _ in _found(f"ticket {number}"))


def test_email_addresses() -> None:
    text = "Write to ana.lopez+orders@example.co.uk or bob@xn--bcher-kva.example"
    assert [t for t, _ in _found(text)] == ["EMAIL_ADDRESS", "EMAIL_ADDRESS"]
    assert _found("not an address: name@domain.") == []


def test_credit_cards_are_luhn_checked_and_not_reported_as_phones() -> None:
    text = "Visa 4539 1488 0343 6467, Amex 3714-496353-98431 and a typo 4539 1488 0343 6468"
    found = _found(text)
    assert ("CREDIT_CARD", "4539 1488 0343 6467") in found
    assert ("CREDIT_CARD", "3714-496353-98431") in found
    assert all("6468" not in value for _, value in found)
    assert not any(kind == "PHONE_NUMBER" for kind, _ in found)
    assert luhn_valid("4539148803436467") and not luhn_valid("4539148803436468")


def test_ssn_rules_reject_never_issued_numbers() -> None:
    assert _found("SSN 536-22-8726") == [("US_SSN", "536-22-8726")]
    for invalid in ("000-12-3456", "666-12-3456", "912-12-3456", "536-00-8726", "536-22-0000"):
        assert not any(kind == "US_SSN" for kind, _ in _found(f"SSN {invalid}")), invalid
    assert ssn_valid("536228726") and not ssn_valid("666228726")


def test_ip_addresses_v4_and_v6() -> None:
    found = _found("hosts 10.20.30.40, 2001:db8:85a3::8a2e:370:7334 and fe80::1%eth0")
    assert found == [
        ("IP_ADDRESS", "10.20.30.40"),
        ("IP_ADDRESS", "2001:db8:85a3::8a2e:370:7334"),
        ("IP_ADDRESS", "fe80::1%eth0"),
    ]
    assert _found("version 1.2.3.400, time 12:30:45, std::string") == []


def test_iban_with_and_without_spaces() -> None:
    assert _found("IBAN DE89 3704 0044 0532 0130 00 please") == [
        ("IBAN_CODE", "DE89 3704 0044 0532 0130 00")
    ]
    assert _found("IBAN GB82WEST12345698765432.") == [("IBAN_CODE", "GB82WEST12345698765432")]
    assert not iban_valid("GB82WEST12345698765433")
    assert not any(kind == "IBAN_CODE" for kind, _ in _found("GB82WEST12345698765433"))


def test_pii_types_parameter_limits_what_is_reported() -> None:
    text = "mail a@b.io or call +44 20 7946 0958"
    assert [t for t, _ in _found(text, types=["EMAIL_ADDRESS"])] == ["EMAIL_ADDRESS"]


def test_pii_redaction_writes_typed_markers() -> None:
    text = "Email jo@example.com, card 4539148803436467, IP 192.168.1.20."
    verdict = PIIDetector().check(text)
    assert verdict.flagged and verdict.score == 1.0 and verdict.category == "pii"
    assert redact(text, verdict.spans) == (
        "Email <EMAIL_ADDRESS>, card <CREDIT_CARD>, IP <IP_ADDRESS>."
    )
    assert "jo@example.com" not in verdict.reason


def test_text_without_pii_is_not_flagged() -> None:
    verdict = PIIDetector().check("Order 12 of 40 shipped on 2024-05-01 at 10:30.")
    assert not verdict.flagged and verdict.spans == ()

