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
   that region writes its numbers (``phonenumbers``' own national format) or with its
   area code set apart (in brackets, or a short first group with the trunk prefix 0),
   which is how people copy numbers and rarely how ids, amounts or dates look.

Dates, SSN and dotted-quad layouts, runs of one digit, house numbers followed by a
street name, ranges ("1024-49151") without a phone word before them, numbers followed
by a unit or by what they count ("4417 2290 ms", "529 247 rows"), numbers named by the
words of machine output ("offset", "queue depth", "timestamp") and bare digit strings
without any of that evidence are not reported. A leading ``00`` dials out only when
the country code is set apart: a bare run that starts with zeros is a padded counter.

A country code or a phone word is strong evidence (``find_phones`` reports it): it
outweighs an SSN shape or a card checksum found among the same digits.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

import phonenumbers

__all__ = ["MAX_DIGITS", "MIN_DIGITS", "find_phone_numbers", "find_phones"]

MIN_DIGITS = 7
"""Fewest digits of a subscriber number worth reporting (a local number without area code)."""
MAX_DIGITS = 15
"""Most digits a number can have under ITU-T E.164."""

# A digit group follows the previous one after one separator: a space, dot or dash, a
# bracketed trunk "(0)" or a bracketed area code; an area code with its trunk 0 may also
# be set apart by a slash, as in German-speaking countries ("0316/123456"). Nothing before may glue it to a
# word, an amount, a version or a path.
_CANDIDATE = re.compile(
    r"(?<![\w@#$€£¥%&+=/\\.:-])(?<!\d,)"
    r"(?P<num>(?:\+[ ]?|\b00[ ]?)?(?:\(\d{1,5}\)[ .-]?|0\d{1,5}[ ]?/[ ]?)?\d{1,15}"
    r"(?:(?:[ ]?\(0\)[ ]?|[ ]?\(\d{1,5}\)[ ]?|[ .-])\d{1,15}){0,7})"
    r"(?P<ext>[ ]?(?:x|ext\.?|extension)[ ]?\d{1,6})?"
    r"(?![\w@%/]|[.,:-]\d)"
)
# The North American layout: an area code in brackets, or three-three-four digits with one
# separator used throughout, is how phone numbers are written, whatever the digits (made-up
# and test numbers use codes no numbering plan has); spaces are only trusted with a plausible
# area code and exchange, since space-separated groups are also how counts are printed.
_NANP = re.compile(
    r"(?:\+?1[ .-]?|001[ .-]?)?(?:\(\d{3}\)[ ]?\d{3}[ .-]\d{4}|\d{3}([.-])\d{3}\1\d{4}"
    r"|[2-9]\d\d [2-9]\d\d \d{4})"
)
_DATE = re.compile(
    r"(?:19|20)\d\d([-./ ])(?:0?[1-9]|1[0-2])\1(?:0?[1-9]|[12]\d|3[01])"
    r"|(?:0?[1-9]|[12]\d|3[01])([-./ ])(?:0?[1-9]|[12]\d|3[01])\2(?:19|20)?\d\d"
)
# "00" dials out like "+" only when the country code is set apart ("0044 20 7946 0321",
# "00 44 ..."): a bare run that starts with 00 is a zero-padded counter.
_INTERNATIONAL_00 = re.compile(r"00[ ]?\d{1,3}[ .-]")
_DOTTED_QUAD = re.compile(r"\d{1,3}(?:\.\d{1,3}){3}")
_SSN_LAYOUT = re.compile(r"\d{3}([ -])\d{2}\1\d{4}")

# Words that say what a nearby number is. Prefixes are enough ("phon" for phone,
# phones, phoned); a match must start a word.
_PHONE_WORDS = (
    r"phon|tel\b|tel\.|telephon|mobile|mob\b|cell|fax|call|ring\b|dial|text(?:ed|ing)?\b|sms"
    r"|whatsapp|viber|signal\b|telegram|contact|reach|hotline|helpline|landline|voicemail"
    r"|answering|desk\b|office\b|home\b|work\b|messages?\b|extension|ph\b|ph\."
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
    # What the numbers of machine output measure or identify (log lines, metrics,
    # traces); only words that do not sit before a phone number in ordinary prose.
    r"|size|bytes?\b|len\b|length|count|offset|seq\b|sequence|block|blk|txn|lsn|pid\b"
    r"|tid\b|uid\b|ports?\b|epoch|timestamp|ts\b|uptime|elapsed|duration|latency|quota"
    r"|queue|depth|frame|stack|trace|span\b|session|hash|checksum|crc\b|nonce|build|job\b|rows?\b"
    r"|records?\b|partition|counter|metric|mem\b|memory|heap|inode|sector|cycle|iteration"
    r"|thread|worker|pool\b|cpu|gpu|disk|ram\b|kb\b|mb\b|gb\b"
)
# A number followed by the unit or the things it counts is a measure or a count.
_COUNT_AFTER = re.compile(
    r"[ ]?(?:ms|us|ns|s|sec|secs|seconds|bytes|b|kb|mb|gb|kib|mib|gib|%|items|rows|records"
    r"|entries|requests|events|files|blocks|packets|frames|hits|errors|retries|times|lines"
    r"|users|objects|keys|tokens)(?![\w])"
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


def _is_range(raw: str) -> bool:
    """Two numbers joined by a dash, the first smaller: a range ("1024-49151")."""
    parts = raw.split("-")
    return (len(parts) == 2 and all(p.isdigit() for p in parts)
            and int(parts[0]) < int(parts[1]) and not parts[1].startswith("0"))


def _labelled_before(text: str, start: int) -> bool:
    """A word naming a phone stands before ``start`` on its line."""
    line = text[max(0, start - _BEFORE) : start].lower().rsplit("\n", 1)[-1]
    found = list(_CONTEXT.finditer(line))
    return bool(found) and found[-1].group("other") is None


def _grouping(text: str) -> tuple[int, ...]:
    """Lengths of the digit groups: ``"020 7946 0958"`` → ``(3, 4, 4)``."""
    return tuple(len(g) for g in re.findall(r"\d+", text))


def _valid_somewhere(raw: str, regions: Iterable[str]) -> bool:
    """Valid in one of ``regions`` and written the way numbers of that region are written.

    That is the region's own national grouping (``phonenumbers``' national format), or
    any grouping that opens with the area code set apart: in brackets ("(0161) 4960066")
    or as a short first group that starts with the region's trunk prefix 0 ("0191
    4960657"), the two ways people split a number into "area" and "the rest". Counts,
    ids and amounts are not written with a leading zero in front of a short group (a
    trunk prefix of 1, as in North America, would not tell them apart).
    """
    groups = _grouping(raw)
    bracketed = raw.startswith("(")
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
        if len(groups) > 4 or min(groups[1:], default=0) < 3:
            continue
        trunk = _trunk_prefix(region)
        if bracketed or (trunk == "0" and raw.startswith(trunk) and 2 <= groups[0] <= 5):
            return True
    return False


def _trunk_prefix(region: str) -> str:
    """The national (trunk) prefix a region dials before an area code, ``""`` if none."""
    metadata = phonenumbers.PhoneMetadata.metadata_for_region(region)
    return (metadata.national_prefix if metadata is not None else None) or ""


def _international_possible(raw: str) -> bool:
    plus = raw.lstrip()
    if plus.startswith("00"):
        plus = "+" + plus[2:].lstrip()
    try:
        return phonenumbers.is_possible_number(phonenumbers.parse(plus.replace("(0)", ""), None))
    except phonenumbers.NumberParseException:
        return False


def _evidence(text: str, start: int, end: int, raw: str, regions: Iterable[str]) -> int:
    """How sure it is that ``raw`` at ``text[start:end]`` is a phone (see the module doc).

    0: not a phone; 1: by its layout or the numbering plans alone; 2: by a country code
    or a word that names it a phone, evidence that outweighs a nine-digit run inside it
    looking like an SSN or a digit group passing the card checksum.
    """
    digits = "".join(c for c in raw if c.isdigit())
    if not MIN_DIGITS <= len(digits) <= MAX_DIGITS or len(set(digits)) == 1:
        return 0
    stripped = raw.strip()
    if _DATE.fullmatch(stripped) or _DOTTED_QUAD.fullmatch(stripped):
        return 0
    context = _context(text, start, end)
    if context < 0 or _STREET_AFTER.match(text, end) or _COUNT_AFTER.match(text, end):
        return 0
    if _is_range(stripped) and not _labelled_before(text, start):
        return 0
    if stripped.startswith("+") and _international_possible(stripped):
        return 2
    if _INTERNATIONAL_00.match(stripped) and _international_possible(stripped):
        return 2
    grouped = not stripped.isdigit()
    if context > 0:
        # A labelled bare run still needs a plausible subscriber length.
        return 2 if grouped or len(digits) <= 13 else 0
    if _SSN_LAYOUT.fullmatch(stripped):
        return 0
    if _NANP.fullmatch(stripped):
        return 1
    return 1 if grouped and _valid_somewhere(stripped, regions) else 0


def find_phones(text: str, regions: Iterable[str]) -> Iterator[tuple[int, int, bool]]:
    """``(start, end, strong)`` of every phone number in ``text``; ``regions`` in order.

    ``strong`` is true when a country code or a describing word says it is a phone.
    """
    if sum(c.isdigit() for c in text) < MIN_DIGITS:
        return
    tried = tuple(dict.fromkeys(regions))
    for m in _CANDIDATE.finditer(text):
        raw = m.group("num")
        start = m.start("num")
        # The optional leading space after "+" or before a group is part of the match;
        # the reported span starts at the first sign or digit.
        start += len(raw) - len(raw.lstrip())
        evidence = _evidence(text, start, m.end(), raw, tried)
        if evidence:
            yield start, m.end(), evidence > 1


def find_phone_numbers(text: str, regions: Iterable[str]) -> Iterator[tuple[int, int]]:
    """``(start, end)`` of every phone number in ``text``; ``regions`` are tried in order."""
    for start, end, _strong in find_phones(text, regions):
        yield start, end
