"""Personal data with a checkable shape: e-mail, phone, US SSN, card, IP address, IBAN.

Every finding is validated, not just pattern-matched: phone numbers by their
country code, the words around them or the ``phonenumbers`` metadata of real
numbering plans (:mod:`.phones`), cards by Luhn and issuer
ranges, SSNs by the SSA's never-issued blocks, IP addresses by :mod:`ipaddress`,
IBANs by their country length and the ISO 7064 mod-97 check. Where two findings
overlap, the more specific type wins (a card number is never also a phone).
"""

from __future__ import annotations

import ipaddress
import re
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping
from typing import Any, Literal

import phonenumbers
from pydantic import BaseModel, ConfigDict, Field, field_validator

from railgraph.guards.base import Span, Verdict
from railgraph.guards.phones import find_phones

__all__ = [
    "DEFAULT_REGIONS",
    "IBAN_LENGTHS",
    "PII_TYPES",
    "PIIDetector",
    "PIIType",
    "iban_valid",
    "luhn_valid",
    "ssn_valid",
]

PIIType = Literal[
    "EMAIL_ADDRESS", "PHONE_NUMBER", "US_SSN", "CREDIT_CARD", "IP_ADDRESS", "IBAN_CODE"
]
PII_TYPES: tuple[PIIType, ...] = (
    "EMAIL_ADDRESS",
    "IBAN_CODE",
    "CREDIT_CARD",
    "US_SSN",
    "IP_ADDRESS",
    "PHONE_NUMBER",
)
"""Supported entity types, most specific first: that order settles overlaps."""

DEFAULT_REGIONS: tuple[str, ...] = ("US", "GB", "DE", "FR", "IN", "AU")
"""Regions whose national formats are tried for numbers written without ``+``."""

# Length of a valid IBAN per country (ISO 13616 registry).
IBAN_LENGTHS: dict[str, int] = {
    "AD": 24, "AE": 23, "AL": 28, "AT": 20, "AZ": 28, "BA": 20, "BE": 16, "BG": 22, "BH": 22,
    "BI": 27, "BR": 29, "BY": 28, "CH": 21, "CR": 22, "CY": 28, "CZ": 24, "DE": 22, "DJ": 27,
    "DK": 18, "DO": 28, "EE": 20, "EG": 29, "ES": 24, "FI": 18, "FK": 18, "FO": 18, "FR": 27,
    "GB": 22, "GE": 22, "GI": 23, "GL": 18, "GR": 27, "GT": 28, "HR": 21, "HU": 28, "IE": 22,
    "IL": 23, "IQ": 23, "IS": 26, "IT": 27, "JO": 30, "KW": 30, "KZ": 20, "LB": 28, "LC": 32,
    "LI": 21, "LT": 20, "LU": 20, "LV": 21, "LY": 25, "MC": 27, "MD": 24, "ME": 22, "MK": 19,
    "MN": 20, "MR": 27, "MT": 31, "MU": 30, "NI": 28, "NL": 18, "NO": 15, "OM": 23, "PK": 24,
    "PL": 28, "PS": 29, "PT": 25, "QA": 29, "RO": 24, "RS": 22, "RU": 33, "SA": 24, "SC": 31,
    "SD": 18, "SE": 24, "SI": 19, "SK": 24, "SM": 27, "SO": 23, "ST": 25, "SV": 28, "TL": 23,
    "TN": 24, "TR": 26, "UA": 29, "VA": 22, "VG": 24, "XK": 20, "YE": 30,
}  # fmt: skip

_EMAIL = re.compile(
    r"(?<![\w.%+'-])[A-Za-z0-9][A-Za-z0-9._%+'-]{0,63}@"
    r"(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+"
    r"(?:[A-Za-z]{2,63}|xn--[A-Za-z0-9-]{1,59})(?![\w-])"
)
# Digit groups joined by single spaces or dashes; cards are found inside such runs.
_DIGIT_RUN = re.compile(r"(?<![\w+.,/-])\d+(?:[ -]\d+)*(?![\w/]|[.,]\d)")
_SSN = re.compile(r"(?<![\w.-])(\d{3})([ .-]?)(\d{2})([ .-]?)(\d{4})(?![\w]|[.-]\d)")
# Four dotted numbers inside a longer dotted chain (an OID "1.3.6.1.4.1") are not an
# address, nor are they after a word naming a version ("version 2.0.0.1", "build 10.0.1.5").
_IPV4 = re.compile(r"(?<![\w.])((?:\d{1,3}\.){3}\d{1,3})(?:/(\d+))?(?!\w|\.\d)")
_VERSION_BEFORE = re.compile(
    r"(?<![a-z])(?:versions?|ver|v|release|rel|build|firmware|fw|driver|kernel|oid|sdk"
    r"|patch|revision|rev)\.?[ :=]*$"
)
_IPV6 = re.compile(
    r"(?<![\w:.%])((?:[0-9A-Fa-f]{0,4}:){2,7}[0-9A-Fa-f.]*)(%[A-Za-z0-9_.-]+)?(?:/(\d+))?(?![\w:])"
)
_IBAN_START = re.compile(r"(?<![A-Za-z0-9])([A-Za-z]{2})(\d{2})")

# Never issued, or voided after being printed in advertising.
_VOID_SSNS = frozenset({"078051120", "219099999", "457555462", "123456789"})


def luhn_valid(digits: str) -> bool:
    """True when ``digits`` passes the Luhn (mod 10) check."""
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = ord(ch) - 48
        if i % 2:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def _issuer_known(digits: str) -> bool:
    """The number's length fits an issuer whose range it starts with."""
    n = len(digits)
    p2 = int(digits[:2])
    p4 = int(digits[:4])
    if digits[0] == "4":  # Visa
        return n in (13, 16, 19)
    if 51 <= p2 <= 55 or 2221 <= p4 <= 2720 or 2200 <= p4 <= 2204:  # Mastercard, Mir
        return n == 16
    if p2 in (34, 37):  # American Express
        return n == 15
    if 300 <= int(digits[:3]) <= 305 or p2 in (36, 38, 39):  # Diners Club
        return 14 <= n <= 19
    if p2 == 35:  # JCB
        return 16 <= n <= 19
    if digits[0] == "1" or p4 == 2131:  # UATP, early JCB
        return n == 15
    if digits[0] == "6" or p2 == 50 or 56 <= p2 <= 58:  # Discover, UnionPay, Maestro, RuPay
        return 12 <= n <= 19
    return False


def ssn_valid(digits: str) -> bool:
    """True for a nine-digit string the SSA could have issued as a Social Security number."""
    area, group, serial = digits[:3], digits[3:5], digits[5:]
    if area in ("000", "666") or area[0] == "9" or group == "00" or serial == "0000":
        return False
    return digits not in _VOID_SSNS and len(set(digits)) > 1


def iban_valid(candidate: str) -> bool:
    """True when ``candidate`` (spaces allowed) has its country's length and passes mod 97."""
    compact = candidate.replace(" ", "").replace("-", "").upper()
    if len(compact) != IBAN_LENGTHS.get(compact[:2], -1) or not compact.isalnum():
        return False
    rearranged = compact[4:] + compact[:4]
    number = "".join(str(int(c, 36)) for c in rearranged)
    return int(number) % 97 == 1


class PIIDetector:
    """Finds personal data with a verifiable shape (name ``pii``).

    Reports spans typed ``EMAIL_ADDRESS``, ``PHONE_NUMBER``, ``US_SSN``,
    ``CREDIT_CARD``, ``IP_ADDRESS`` and ``IBAN_CODE``; ``score`` is 1.0 when any is found.
    """

    name: str = "pii"
    """Name graph definitions use for this detector."""

    class Params(BaseModel):
        """Parameters of the ``pii`` detector in a graph definition."""

        model_config = ConfigDict(extra="forbid")

        types: list[PIIType] = Field(
            default_factory=lambda: list(PII_TYPES),
            min_length=1,
            description="Entity types to look for; all supported types when omitted.",
        )
        regions: list[str] = Field(
            default_factory=lambda: list(DEFAULT_REGIONS),
            description="ISO 3166 region codes whose national phone formats are tried; numbers "
            "written with a `+` country code are found whatever the list.",
        )

        @field_validator("regions")
        @classmethod
        def _known_regions(cls, value: list[str]) -> list[str]:
            codes = [v.upper() for v in value]
            unknown = [c for c in codes if c not in phonenumbers.SUPPORTED_REGIONS]
            if unknown:
                raise ValueError(f"unknown phone region(s): {', '.join(unknown)}")
            return codes

    def __init__(
        self,
        types: Iterable[str] | None = None,
        regions: Iterable[str] = DEFAULT_REGIONS,
    ) -> None:
        chosen = list(types) if types is not None else list(PII_TYPES)
        unknown = [t for t in chosen if t not in PII_TYPES]
        if unknown:
            raise ValueError(f"unknown PII type(s): {', '.join(unknown)}")
        self.types: tuple[str, ...] = tuple(t for t in PII_TYPES if t in chosen)
        self.regions: tuple[str, ...] = tuple(r.upper() for r in regions) or ("ZZ",)

    def find(self, text: str, regions: Iterable[str] = ()) -> list[Span]:
        """Every finding in ``text``, overlaps resolved, in reading order.

        The more specific type wins an overlap, except that a phone number written with
        a country code or named by a word ("+39 032215244", "Tel. 6574 72734 521")
        keeps the SSN-shaped or checksum-passing digits inside it.
        """
        candidates: list[tuple[float, Span]] = []
        rank: dict[str, float] = {kind: i for i, kind in enumerate(PII_TYPES)}
        for kind in self.types:
            if kind == "PHONE_NUMBER":
                for start, end, strong in find_phones(text, (*regions, *self.regions)):
                    weight = rank["CREDIT_CARD"] - 0.5 if strong else rank[kind]
                    candidates.append((weight, Span(start, end, "PHONE_NUMBER")))
            else:
                candidates.extend((rank[kind], span) for span in _FINDERS[kind](text))
        kept: list[Span] = []
        for _, span in sorted(candidates, key=lambda c: (c[0], c[1].start - c[1].end, c[1].start)):
            if all(span.end <= k.start or span.start >= k.end for k in kept):
                kept.append(span)
        return sorted(kept, key=lambda s: (s.start, s.end))

    def check(self, text: str, context: Mapping[str, Any] | None = None) -> Verdict:
        """Flag ``text`` when it contains personal data of the configured types.

        ``context["region"]``, when given, is tried first for national phone formats.
        """
        hint = (context or {}).get("region")
        extra = (hint.upper(),) if isinstance(hint, str) and hint.upper() in _REGIONS else ()
        spans = self.find(text, extra)
        if not spans:
            return Verdict(self.name, False, 0.0, None, "no personal data found")
        counts = Counter(s.type for s in spans)
        summary = ", ".join(f"{n} {kind}" for kind, n in sorted(counts.items()))
        return Verdict(
            detector=self.name,
            flagged=True,
            score=1.0,
            category="pii",
            reason=f"found {summary}",
            spans=tuple(spans),
        )


_REGIONS = frozenset(phonenumbers.SUPPORTED_REGIONS)


def _emails(text: str) -> Iterator[Span]:
    if "@" not in text:
        return
    for m in _EMAIL.finditer(text):
        yield Span(m.start(), m.end(), "EMAIL_ADDRESS")


# Words that name a payment card just before a number: with one of them, a Luhn-valid
# number counts even when its issuer prefix is not in the table (old Maestro ranges,
# private-label and fleet cards).
_CARD_CONTEXT = re.compile(
    r"\b(?:card|cards|visa|mastercard|master card|amex|american express|maestro|discover"
    r"|diners|jcb|unionpay|cc|credit|debit|pan)\b[^\n\d]{0,24}$"
)
_CARD_CONTEXT_REACH = 40


# How card numbers are printed when grouped: fours (the last group may be shorter,
# 13- and 19-digit cards), or 4-6-5 / 4-6-4 (American Express, Diners Club).
_CARD_GROUPINGS = re.compile(r"4(?: 4)+(?: [1-4])?|4 6 [45]")
# A bare digit run that a word before it names as something else, or that is the value
# of a key ("lsn 5055370804634", "txn=4539148803436467", "offset: ..."), is an id or a
# count, not a card, unless a card word names it.
_NOT_CARD_BEFORE = re.compile(
    r"(?:(?<![a-z])(?:ids?|uid|guid|txn|tx|transaction|lsn|offset|seq|sequence|block|blk"
    r"|size|bytes|len|length|count|total|epoch|timestamp|ts|time|elapsed|duration|mem|heap"
    r"|used|max|min|free|port|value|val|hash|checksum|crc|nonce|order|invoice|tracking"
    r"|ref|reference|build|job|task|session|request|req|trace|span|frame|row|rows|records"
    r"|partition|key|serial|imei|isbn|ean|upc|gtin|account|acct|no\.|nr\.?|#)[ :=#-]*"
    r"|[=:#])$"
)
_UNIT_AFTER = re.compile(r" ?(?:ms|us|ns|s|sec|secs|bytes?|b|kb|mb|gb|kib|mib|gib|%)(?![\w])", re.I)


def _cards(text: str) -> Iterator[Span]:
    for run in _DIGIT_RUN.finditer(text):
        before = text[max(0, run.start() - _CARD_CONTEXT_REACH) : run.start()].lower()
        named = _CARD_CONTEXT.search(before) is not None
        groups = [(m.start(), m.end()) for m in re.finditer(r"\d+", run.group(0))]
        found: list[tuple[int, int, int, int]] = []  # first group, last group, start, end
        i = 0
        while i < len(groups):
            card = _card_from(run.group(0), groups, i, named)
            if card is None:
                i += 1
                continue
            j, start, end = card
            found.append((i, j, start, end))
            i = j + 1
        taken = {g for i, j, _, _ in found for g in range(i, j + 1)}
        for i, j, start, end in found:
            # Groups glued to a grouped card that belong to no card make it part of a
            # longer number (a tracking or account number), not a card.
            alone = (i == 0 or i - 1 in taken) and (j == len(groups) - 1 or j + 1 in taken)
            if named or _plausible_card(text, run.start() + start, run.start() + end, alone):
                yield Span(run.start() + start, run.start() + end, "CREDIT_CARD")


def _plausible_card(text: str, start: int, end: int, whole: bool) -> bool:
    """Whether a checksum-valid run that no card word names is still written as a card.

    Grouped, it is printed in a card's grouping and is the whole run of groups (a card
    is not written with more groups glued to it, a tracking number is); bare or grouped,
    no word before it names it an id, a count or a measure, it is not the value of a key
    and no unit follows it.
    """
    chunk = text[start:end]
    if not chunk.isdigit():
        layout = " ".join(str(len(g)) for g in re.findall(r"\d+", chunk))
        if not whole or _CARD_GROUPINGS.fullmatch(layout) is None:
            return False
    head = text[max(0, start - _CARD_CONTEXT_REACH) : start].lower().rsplit("\n", 1)[-1]
    return _NOT_CARD_BEFORE.search(head) is None and _UNIT_AFTER.match(text, end) is None


def _card_from(
    run: str, groups: list[tuple[int, int]], i: int, named: bool = False
) -> tuple[int, int, int] | None:
    """Longest valid card starting at group ``i``: (last group, start, end) in ``run``."""
    best: tuple[int, int, int] | None = None
    for j in range(i, len(groups)):
        start, end = groups[i][0], groups[j][1]
        chunk = run[start:end]
        digits = chunk.replace(" ", "").replace("-", "")
        if len(digits) > 19:
            break
        if len(digits) < 12 or (" " in chunk and "-" in chunk):
            continue
        if len(set(digits)) > 1 and (named or _issuer_known(digits)) and luhn_valid(digits):
            best = (j, start, end)
    return best


# Words that name an SSN. An unseparated nine-digit run needs one of them before it on
# its line: written bare, nine digits are far more often a count, a size or an id
# ("used=512345678", "offset 263192149") than a Social Security number, whose own
# layout is 3-2-4.
_SSN_CONTEXT = re.compile(
    r"(?<![a-z])(?:ssn|ssns|ss ?#|ss no|social security|soc\.? ?sec|social|taxpayer)(?![a-z])"
)
_SSN_CONTEXT_REACH = 48


def _ssns(text: str) -> Iterator[Span]:
    for m in _SSN.finditer(text):
        first, second = m.group(2), m.group(4)
        # Mixed separators ("078-05.1123") are not how an SSN is written, and a lone
        # space ("17151 2450") is a house number followed by another number.
        if (first and second and first != second) or (bool(first) != bool(second) and
                                                        (first or second) != "-"):
            continue
        if not (first or second):
            line = text[max(0, m.start() - _SSN_CONTEXT_REACH) : m.start()].rsplit("\n", 1)[-1]
            if _SSN_CONTEXT.search(line.lower()) is None:
                continue
        if ssn_valid(m.group(1) + m.group(3) + m.group(5)):
            yield Span(m.start(), m.end(), "US_SSN")


def _ip_addresses(text: str) -> Iterator[Span]:
    if "." in text:
        for m in _IPV4.finditer(text):
            try:
                ipaddress.IPv4Address(m.group(1))
            except ValueError:
                continue
            if _VERSION_BEFORE.search(text[max(0, m.start() - 12) : m.start()].lower()):
                continue
            prefix = m.group(2)
            end = m.end() if prefix is not None and int(prefix) <= 32 else m.end(1)
            yield Span(m.start(), end, "IP_ADDRESS")
    if "::" in text or text.count(":") >= 2:
        for m in _IPV6.finditer(text):
            address = m.group(1).rstrip(".")
            zone = m.group(2) or ""
            try:
                ipaddress.IPv6Address(address + zone)
            except ValueError:
                continue
            end = m.start(1) + len(address) + len(zone)
            prefix = m.group(3)
            if prefix is not None and not m.group(1).endswith(".") and int(prefix) <= 128:
                end = m.end()
            yield Span(m.start(), end, "IP_ADDRESS")


def _ibans(text: str) -> Iterator[Span]:
    for m in _IBAN_START.finditer(text):
        length = IBAN_LENGTHS.get(m.group(1).upper())
        if length is None:
            continue
        # Walk forward over letters and digits, allowing one space or dash between
        # groups, until the country's length is reached.
        count, pos, end = 4, m.end(), len(text)
        while count < length and pos < end:
            ch = text[pos]
            if ch.isascii() and ch.isalnum():
                count += 1
                pos += 1
            elif ch in " -" and pos + 1 < end and text[pos + 1].isascii() and text[pos + 1].isalnum():
                pos += 1
            else:
                break
        if count != length or (pos < end and text[pos].isascii() and text[pos].isalnum()):
            continue
        if iban_valid(text[m.start() : pos]):
            yield Span(m.start(), pos, "IBAN_CODE")


_FINDERS = {
    "EMAIL_ADDRESS": _emails,
    "CREDIT_CARD": _cards,
    "US_SSN": _ssns,
    "IP_ADDRESS": _ip_addresses,
    "IBAN_CODE": _ibans,
}
