"""Phone numbers in the ways people write them, and log-line numbers that are not PII.

Cases written for this project: numbers use fictional ranges where a country has one
(North American 555-01xx, Ofcom's drama ranges, Australia's 5550 / 7010 blocks) and
otherwise made-up digits; log lines are in the shapes common servers, runtimes and
kernels print, with made-up values.
"""

from __future__ import annotations

import pytest

from railgraph.guards import build_detector


def _found(text: str) -> list[tuple[str, str]]:
    verdict = build_detector("pii", {}).check(text)
    return [(s.type, text[s.start : s.end]) for s in verdict.spans]


def _phones(text: str) -> list[str]:
    return [value for kind, value in _found(text) if kind == "PHONE_NUMBER"]


# --- formats -------------------------------------------------------------------------

@pytest.mark.parametrize(
    "number",
    [
        "+1 (212) 555-0142",
        "+1-212-555-0142",
        "001-212-555-0142x1234",  # international prefix, extension
        "(212)555-0142",  # no space after the area code
        "212.555.0142",
        "212-555-0142 ext. 42",
        "+44 (0)20 7946 0321",  # bracketed trunk prefix
        "+44(0)1632960555",
        "(0161) 4960123",  # area code in brackets, rest unsplit
        "0191 4980123",  # trunk-prefixed area code, rest unsplit
        "0207 946 0321",  # London written 4-3-4
        "+49 (0)30 1234567",
        "0316/123456",  # area code set apart by a slash
        "+33 6 12 34 56 78",
        "06 12 34 56 78",
        "+61 2 5550 1234",
        "(02) 5550 1234",
        "+91 98765 43210",
        "+39 06 6988 1234",  # Italian numbers keep their leading 0 after +39
        "+39 0322 152447",
        "+34 612 345 678",
        "+31 (0)20 123 4567",
        "+43 316 123456 78",  # a direct-dial extension glued to the number
        "+81 90-1234-5678",
    ],
)
def test_phone_formats_with_a_label(number: str) -> None:
    for text in (f"Call me at {number}.", f"Phone: {number}", f"my mobile is {number} thanks"):
        assert _phones(text) == [number], (text, _found(text))


def test_a_country_code_outweighs_ssn_and_card_shapes_inside_the_number() -> None:
    # Nine digits after +39 look like an SSN; twelve after +43 pass the card checksum.
    assert _found("Reach Anna on +39 032215244 tonight") == [("PHONE_NUMBER", "+39 032215244")]
    assert _found("Tel. +43 6574 72734 521") == [("PHONE_NUMBER", "+43 6574 72734 521")]
    assert _found("+49(0) 025228858") == [("PHONE_NUMBER", "+49(0) 025228858")]


@pytest.mark.parametrize(
    "text",
    [
        "The number to try is (212) 555-0142.",  # North American layout
        "Ask for Priya, 020 7946 0321, about the lease.",  # national grouping
        "Ring the shop: 0161 496 0123",
        "Mara Jones, 4 Elm Close, (0161) 4960123",
    ],
)
def test_phone_found_without_a_describing_word(text: str) -> None:
    assert len(_phones(text)) == 1, _found(text)


def test_labelled_ssn_and_card_still_win() -> None:
    assert _found("SSN 536-22-8726") == [("US_SSN", "536-22-8726")]
    assert _found("my social security number is 536228726") == [("US_SSN", "536228726")]
    assert _found("card 4539 1488 0343 6467") == [("CREDIT_CARD", "4539 1488 0343 6467")]
    assert _found("paid with 4539148803436467 yesterday") == [("CREDIT_CARD", "4539148803436467")]


# --- log lines without personal data -------------------------------------------------

LOG_LINES = [
    "2024-03-09 14:22:31,442 INFO [main] Worker - processed 48213 records in 1234 ms",
    "081109 203615 148 INFO dfs.DataNode$PacketResponder: block blk_3886504906413966 done",
    "Heap: used=512345678 committed=1073741824 max=2147483648",
    "mem=615955324 net_rx=952240019 net_tx=599936196",
    "checkpoint 3702 size 263192149 (956 MB) written",
    "offset 263192149 partition 7 lag 1532",
    "txn 6426995750488 committed at lsn 4539148803436467",
    "request_id=4539148803436467 status=200 duration_ms=12",
    "Order 973533 shipped, tracking 6381 3794 8375 17",
    "disk /dev/sdb2 82% full: 653263566 5793 666384 blocks",
    "Loaded module version 1.9.1.3 from cache",
    "kernel 5.15.0.91 booted",
    "snmp oid 1.3.6.1.4.1.9325.9.8 value 365918391",
    "status codes 200-299 ok, 400-499 client errors, 500-599 server errors",
    "ports 1024-49151 registered, 49152-65535 dynamic",
    "epoch 1706745600.123456 skew -12 ms",
    "Retrying in 5000 ms (attempt 2/5), request id 7f3e2a90-1c4d-4b8e-9a7b-55e1f0c2d3a4",
    "[1234567.890123] usb 1-1.2: new high-speed USB device number 5 using ehci-pci",
    "sequence 0000123456 acked, window 65535, rtt 23 ms",
    "job 20240201-030405-7781 failed after 3 retries (exit 137)",
    "Jun 14 15:16:01 combo sshd(pam_unix)[19939]: authentication failure; uid=0 euid=0",
    "03-17 16:13:38.811  1702  2395 D WindowManager: visible=true",
    "worker 6 handled 27455 requests (529 247 bytes total)",
    "elapsed 12:04:55 frames 4417 2290 dropped 12",
    "GET /api/v1/orders/5551234567?page=2 200 4.21ms 1832b",
    "build 1.24.3-rc2+b7781 (commit 4f9a2c1) started at 1706745600",
    "span_id=3f2a9b1c7d4e5f60 trace_id=4bf92f3577b34da6a3ce929d0e0e4736",
    "select * from t where id in (4187229, 1733880, 5550142)",
]


@pytest.mark.parametrize("line", LOG_LINES)
def test_log_lines_without_personal_data(line: str) -> None:
    assert _found(line) == [], _found(line)


@pytest.mark.parametrize(
    "number",
    ["(101) 661-3186", "1-178-245-0400", "039.099.6030", "148-338-0141 x269", "1 (926) 018-1590"],
)
def test_north_american_layout_is_a_phone_whatever_the_digits(number: str) -> None:
    # Made-up and test numbers use area codes and exchanges no plan assigns; the layout
    # is still unmistakable.
    assert _phones(f"Dana will be there at 5 with {number}.") == [number]


@pytest.mark.parametrize("text", ["sizes 148-338-014 and 12-345-6789", "build 123.456-7890",
                                  "counts 123 056 7890 processed"])
def test_mixed_or_short_groupings_are_not_that_layout(text: str) -> None:
    assert _phones(text) == []
