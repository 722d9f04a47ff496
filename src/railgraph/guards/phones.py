"""Phone numbers in running text: digit runs shaped like a number, then judged on evidence.

Numbering-plan validation alone misses most real-world numbers: people write local
numbers without an area code, leave out the trunk prefix, add extensions, and use
groupings of their own, and many numbers in circulation (test ranges, new blocks)
are not in the metadata yet. So a candidate (digits joined by single spaces, dots,
dashes or an area code in brackets) is accepted on the strongest evidence available,
in this order:

1. it is written with a ``+`` or ``00`` country code and ``phonenumbers`` says the
   length is possible for that country;
2. a word near it says what it is: "phone", "mobile", "fax", "call me at" make it a
   phone; "order", "invoice", "card", "licence", "account" make it something else
   (the nearest such word wins);
3. it has the North American ``(NXX) NXX-XXXX`` layout;
4. it is a valid number in one of the configured regions *and* is grouped the way
   that region writes its numbers (``phonenumbers``' own national format), which is
   how people copy numbers and rarely how ids, amounts or dates look.

Dates, SSN and dotted-quad layouts, runs of one digit, house numbers followed by a
street name and bare digit strings without any of that evidence are not reported.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

import phonenumbers

__all__ = ["MAX_DIGITS", "MIN_DIGITS", "find_phone_numbers"]

MIN_DIGITS = 7
"""Fewest digits of a subscriber number worth reporting (a local number without area code)."""
MAX_DIGITS = 15
"""Most digits a number can have under ITU-T E.164."""

# A digit group follows the previous one after one separator: a space, dot or dash, a
# bracketed trunk "(0)" or a bracketed area code. Nothing before may glue it to a
# word, an amount, a version or a path.
_CANDIDATE = re.compile(
    r"(?<![\w@#$€£¥%&+=/\\.:-])(?<!\d,)"
    r"(?P<num>(?:\+[ ]?|\b00[ ]?)?(?:\(\d{1,5}\)[ .-]?)?\d{1,15}"
    r"(?:(?:[ ]?\(0\)[ ]?|[ ]?\(\d{1,5}\)[ ]?|[ .-])\d{1,15}){0,7})"
    r"(?P<ext>[ ]?(?:x|ext\.?|extension)[ ]?\d{1,6})?"
    r"(?![\w@%/]|[.,:-]\d)"
)
_NANP = re.compile(r"(?:\+?1[ .-]?|001[ .-]?)?(?:\([2-9]\d\d\)[ ]?|[2-9]\d\d[ .-])[2-9]\d\d[ .-]\d{4}")
_DATE = re.compile(
    r"(?:19|20)\d\d([-./ ])(?:0?[1-9]|1[0-2])\1(?:0?[1-9]|[12]\d|3[01])"
    r"|(?:0?[1-9]|[12]\d|3[01])([-./ ])(?:0?[1-9]|[12]\d|3[01])\2(?:19|20)?\d\d"
)
_DOTTED_QUAD = re.compile(r"\d{1,3}(?:\.\d{1,3}){3}")
_SSN_LAYOUT = re.compile(r"\d{3}([ -])\d{2}\1\d{4}")

# Words that say what a nearby number is. Prefixes are enough ("phon" for phone,
# phones, phoned); a match must start a word.
_PHONE_WORDS = (
    r"phon|tel\b|tel\.|telephon|mobile|mob\b|cell|fax|call|ring\b|dial|text(?:ed|ing)?\b|sms"
    r"|whatsapp|viber|signal\b|telegram|contact|reach|hotline|helpline|landline|voicemail"
    r"|answering|desk\b|office\b|home\b|work\b|messages?\b|registered|extension|ph\b|ph\."
    r"|tlf|tfn|handy|portable|tél"
)
# "number" says phone unless another word qualifies it ("card number", "order no.").
_GENERIC_WORDS = r"numbers?\b|no\.|nr\.?\b|num\b"
_OTHER_WORDS = (
    r"order|invoice|account|acct|card|licen[cs]e|passport|ssn|social security|tax|tracking"
    r"|reference|ref\b|ref\.|serial|routing|iban|swift|bic\b|policy|member|ticket|booking"
    r"|confirmation|isbn|vin\b|transaction|customer id|id\b|ids\b|zip|postal|post ?code|sku"
    r"|item|model|part\b|case\b|claim|employee|student|patient|badge|pin\b|otp|version|price"
    r"|total|amount|balance|usd|eur|gbp|\$|€|£"
)
_CONTEXT = re.compile(
    rf"(?<![a-z])(?:(?P<phone>{_PHONE_WORDS})|(?P<other>{_OTHER_WORDS})|(?P<generic>{_GENERIC_WORDS}))"
)
_QUALIFIER_REACH = 24
# A number followed by a street name is a house number ("17 2202 Main St").
_STREET_AFTER = re.compile(
    r"[ ,]+(?:[A-Z][\w'.-]*[ ]+){0,3}(?:St|Street|Rd|Road|Ave|Avenue|Blvd|Boulevard|Lane|Ln|Dr"
    r"|Drive|Way|Court|Ct|Place|Pl|Square|Sq|Terrace|Crescent|Cres|Highway|Hwy|Parkway|Pkwy"
    r"|Route|Rte|Alley|Close|Row|Strasse|Straße|Rue|Via|Calle)\b\.?"
)
_BEFORE = 48
_AFTER = 16


def _context(text: str, start: int, end: int) -> int:
    """+1 when the nearest describing word says phone, -1 when it says something else, else 0."""
    before = text[max(0, start - _BEFORE) : start].lower()
    # Only the number's own line, or the line above when the number starts its line
    # (a "Phone:" label above the value).
    lines = before.split("\n")
    own = lines[-1]
    before = own if own.strip() or len(lines) < 2 else lines[-2] + "\n" + own
    found = list(_CONTEXT.finditer(before))
    if not found:
        after = text[end : end + _AFTER].lower().split("\n", 1)[0]
        found = list(_CONTEXT.finditer(after))[:1]
    if not found:
        return 0
    nearest = found[-1]
    if nearest.group("generic") is not None:
        # "card number", "phone number", "my US number": the word before decides.
        qualifier = found[-2] if len(found) > 1 else None
        if qualifier is not None and nearest.start() - qualifier.end() <= _QUALIFIER_REACH:
            return -1 if qualifier.group("other") is not None else 1
        return 1
    return 1 if nearest.group("phone") is not None else -1


def _grouping(text: str) -> tuple[int, ...]:
    """Lengths of the digit groups: ``"020 7946 0958"`` → ``(3, 4, 4)``."""
    return tuple(len(g) for g in re.findall(r"\d+", text))


def _valid_somewhere(raw: str, regions: Iterable[str]) -> bool:
    """Valid in one of ``regions`` and grouped the way that region writes it."""
    groups = _grouping(raw)
    for region in regions:
        try:
            number = phonenumbers.parse(raw, region)
        except phonenumbers.NumberParseException:
            continue
        if not phonenumbers.is_valid_number_for_region(number, region):
            continue
        national = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
        if _grouping(national) == groups:
            return True
    return False


def _international_possible(raw: str) -> bool:
    plus = raw.lstrip()
    if plus.startswith("00"):
        plus = "+" + plus[2:].lstrip()
    try:
        return phonenumbers.is_possible_number(phonenumbers.parse(plus.replace("(0)", ""), None))
    except phonenumbers.NumberParseException:
        return False


def _is_phone(text: str, start: int, end: int, raw: str, regions: Iterable[str]) -> bool:
    """Whether the candidate ``raw`` at ``text[start:end]`` is a phone (see the module doc)."""
    digits = "".join(c for c in raw if c.isdigit())
    if not MIN_DIGITS <= len(digits) <= MAX_DIGITS or len(set(digits)) == 1:
        return False
    stripped = raw.strip()
    if _DATE.fullmatch(stripped) or _DOTTED_QUAD.fullmatch(stripped):
        return False
    context = _context(text, start, end)
    if context < 0 or _STREET_AFTER.match(text, end):
        return False
    if stripped.startswith(("+", "00")) and _international_possible(stripped):
        return True
    grouped = not stripped.isdigit()
    if context > 0:
        # A labelled bare run still needs a plausible subscriber length.
        return grouped or len(digits) <= 13
    if _SSN_LAYOUT.fullmatch(stripped):
        return False
    if _NANP.fullmatch(stripped):
        return True
    return grouped and _valid_somewhere(stripped, regions)


def find_phone_numbers(text: str, regions: Iterable[str]) -> Iterator[tuple[int, int]]:
    """``(start, end)`` of every phone number in ``text``; ``regions`` are tried in order."""
    if sum(c.isdigit() for c in text) < MIN_DIGITS:
        return
    tried = tuple(dict.fromkeys(regions))
    for m in _CANDIDATE.finditer(text):
        raw = m.group("num")
        start = m.start("num")
        # The optional leading space after "+" or before a group is part of the match;
        # the reported span starts at the first sign or digit.
        start += len(raw) - len(raw.lstrip())
        if _is_phone(text, start, m.end(), raw, tried):
            yield start, m.end()
