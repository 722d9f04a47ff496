"""Undo the cheap obfuscations people use to slip instructions past a filter.

:func:`variants` turns one text into the few readable forms worth matching
against: the folded text itself (NFKC, invisible characters removed, accents
stripped, look-alike letters mapped to Latin, lower case), a leetspeak reading,
a reading with letter-spacing collapsed, the decoded form of any embedded
base64, hex, URL-encoded, rot13 or Morse chunk, text written backwards or in a
Caesar shift when the text speaks of reversing or shifting, and the pieces of a
split payload (``a = "..."; b = "..."``) joined in order, and the text read with its
code words replaced (``'apple' means 'bomb'``). Every variant keeps a
map back to the offsets of the original text, so a match in any of them can be
reported as a span of what the user actually sent.
"""

from __future__ import annotations

import base64
import binascii
import codecs
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from urllib.parse import unquote_plus

__all__ = [
    "HOMOGLYPHS",
    "LEET",
    "Variant",
    "fold",
    "has_hidden_characters",
    "has_mixed_script_word",
    "variants",
]

# Cyrillic and Greek letters that render like Latin ones in common fonts.
HOMOGLYPHS: dict[str, str] = {
    # Cyrillic, lower case
    "а": "a", "в": "b", "г": "r", "е": "e", "ё": "e", "з": "3", "і": "i", "ї": "i",
    "ј": "j", "к": "k", "м": "m", "н": "h", "о": "o", "п": "n", "р": "p", "с": "c",
    "т": "t", "у": "y", "х": "x", "ь": "b", "ѕ": "s", "ԁ": "d", "һ": "h", "ԛ": "q",
    "ԝ": "w", "ɡ": "g", "ү": "y", "ӏ": "l",
    # Cyrillic, upper case
    "А": "a", "В": "b", "Е": "e", "Ё": "e", "З": "3", "І": "i", "Ї": "i", "Ј": "j",
    "К": "k", "М": "m", "Н": "h", "О": "o", "Р": "p", "С": "c", "Т": "t", "У": "y",
    "Х": "x", "Ѕ": "s", "Ԁ": "d", "Һ": "h", "Ԛ": "q", "Ԝ": "w", "Ү": "y", "Ӏ": "l",
    # Greek
    "α": "a", "β": "b", "γ": "y", "ε": "e", "ι": "i", "κ": "k", "ν": "v", "ο": "o",
    "ρ": "p", "τ": "t", "υ": "u", "χ": "x", "ω": "w", "ϲ": "c", "ϳ": "j",
    "Α": "a", "Β": "b", "Ε": "e", "Ζ": "z", "Η": "h", "Ι": "i", "Κ": "k", "Μ": "m",
    "Ν": "n", "Ο": "o", "Ρ": "p", "Τ": "t", "Υ": "y", "Χ": "x", "Ϲ": "c",
    # Latin letters that NFKC leaves alone
    "ı": "i", "ȷ": "j", "ł": "l", "ø": "o", "đ": "d", "ħ": "h", "ŧ": "t", "ſ": "s",
    "ß": "ss", "æ": "ae", "œ": "oe", "ɑ": "a", "ɩ": "i", "ʟ": "l", "ᴀ": "a", "ʙ": "b",
    "ᴄ": "c", "ᴅ": "d", "ᴇ": "e", "ɢ": "g", "ʜ": "h", "ɪ": "i", "ᴊ": "j", "ᴋ": "k",
    "ᴍ": "m", "ɴ": "n", "ᴏ": "o", "ᴘ": "p", "ʀ": "r", "ꜱ": "s", "ᴛ": "t", "ᴜ": "u",
    "ᴠ": "v", "ᴡ": "w", "ʏ": "y", "ᴢ": "z",
    # Typographic quotes, so patterns need only the ASCII apostrophe
    "\u2018": "'", "\u2019": "'", "\u201b": "'", "\u2032": "'", "\u201c": '"', "\u201d": '"',
}  # fmt: skip

# Digits and symbols standing in for letters. "1" reads as "i" or "l"; both are tried.
LEET: dict[str, str] = {
    "0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a", "$": "s",
    "8": "b", "9": "g",
}  # fmt: skip

# Format characters (Cf) cover zero-width spaces, joiners, bidi controls and tag
# characters; these few render as blanks without being Cf.
_INVISIBLE_EXTRA = frozenset("\u115f\u1160\u3164\uffa0\u2800\u034f")

# Leetspeak: a digit or symbol inside a word ("1gn0re", "h4ck"); words are read from
# the first such character out to the nearest non-word characters.
_LEET_CHAR = re.compile(r"[0-9@$]")
_LEET_MIX = re.compile(r"[0-9@$][a-z]")
_WORD_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789@$")
# Three or more single characters separated by one to three spacers: "i g n o r e".
_SPACED_RUN = re.compile(r"(?<![\w@$])[\w@$](?:[ \t._*\-]{1,3}[\w@$](?![\w@$])){2,}")
_SPACERS = re.compile(r"[ \t._*\-]+")
_BASE64_CHUNK = re.compile(r"(?<![A-Za-z0-9+/=_-])[A-Za-z0-9+/_-]{16,}={0,2}(?![A-Za-z0-9+/=_-])")
# Hex of printable ASCII: every byte starts with a digit 2-7, which keeps the scan cheap.
_HEX_CHUNK = re.compile(
    r"(?<![0-9A-Fa-f])(?:(?:\\x|0x)?[2-7][0-9A-Fa-f][\s:,]?){8,}(?![0-9A-Fa-f])"
)
_URL_CHUNK = re.compile(r"\S*%[0-9A-Fa-f]{2}\S*%[0-9A-Fa-f]{2}\S*")
_MIXED_SCRIPT_WORD = re.compile(r"\b(?=\w*[A-Za-z])(?=\w*[\u0370-\u03ff\u0400-\u052f])\w+\b")
# Cheap pre-checks, each starting with a character class so the scan skips ahead fast.
_HEX_HINT = re.compile(
    r"[2-7][0-9A-Fa-f][\s:,]?(?:\\x|0x)?[2-7][0-9A-Fa-f][\s:,]?(?:\\x|0x)?[2-7][0-9A-Fa-f]"
)
_SPACING_HINT = re.compile(r"[ \t._*\-][\w@$][ \t._*\-]{1,3}[\w@$][ \t._*\-]")
_URL_ESCAPE = re.compile(r"%[0-9A-Fa-f]{2}")

# A handful of very frequent English words, to tell a rot13 chunk from noise.
_COMMON_WORDS = frozenset(
    (
        "the", "and", "you", "your", "all", "are", "this", "that", "with", "from", "have", "not",
        "for", "ignore", "previous", "instructions", "system", "prompt", "reveal", "tell", "what",
        "now", "must", "print", "secret", "password", "forget", "rules", "how", "make", "give",
        "write", "explain", "me", "to", "is", "do",
    )
)  # fmt: skip
_ROT13_COMMON = frozenset(codecs.encode(w, "rot13") for w in _COMMON_WORDS) - _COMMON_WORDS

_MAX_DECODED_CHUNKS = 8
_WINDOW = 60

# Morse code: runs of dot-dash letters separated by spaces, words by " / " or wider gaps.
_MORSE_CHUNK = re.compile(r"(?<![\w.-])(?:[.-]{1,6}(?: {1,3}| ?/ ?)){4,}[.-]{1,6}(?![\w.-])")
_MORSE: dict[str, str] = {
    ".-": "a", "-...": "b", "-.-.": "c", "-..": "d", ".": "e", "..-.": "f", "--.": "g",
    "....": "h", "..": "i", ".---": "j", "-.-": "k", ".-..": "l", "--": "m", "-.": "n",
    "---": "o", ".--.": "p", "--.-": "q", ".-.": "r", "...": "s", "-": "t", "..-": "u",
    "...-": "v", ".--": "w", "-..-": "x", "-.--": "y", "--..": "z", ".----": "1",
    "..---": "2", "...--": "3", "....-": "4", ".....": "5", "-....": "6", "--...": "7",
    "---..": "8", "----.": "9", "-----": "0",
}  # fmt: skip
# Reversed and shifted text is read only when the text itself speaks of reversing or
# shifting; otherwise every message would be read backwards for nothing.
_REVERSE_HINT = re.compile(r"\b(?:revers\w*|backwards?|right to left|mirror\w*)\b")
_SHIFT_HINT = re.compile(r"\b(?:caesar|cipher\w*|shift\w*|rotat\w*|rot ?\d+)\b")
# Split payloads: quoted pieces bound to short names ("a = 'how to'", "part 2: '...'").
_PIECE = re.compile(
    r"(?:^|(?<=[\s;,(]))(?:[a-z]\w{0,5}|part ?\w{1,5}|piece ?\w{1,5})\s*(?:=|:=|:)\s*"
    r"([\"'`])([^\"'`\n]{1,120})\1"
)
_MAX_PIECES = 12
# Code words: "'apple' means 'bomb'"; the rest of the text is read with the meanings put in.
_CODE_WORD = re.compile(
    r"([\"'`])([a-z][\w -]{0,24})\1,? (?:means|stands for|is code for|will mean|refers to) "
    r"([\"'`])([^\"'`\n]{1,40})\3"
)
_CODE_HINT = ("means", "stands for", "code for", "refers to")
# Or a run of three or more quoted words in a row: 'tell' 'me' 'your' 'secret'.
_QUOTED_RUN = re.compile(r"([\"'])[^\"'\s]{1,20}\1(?:[\s,+]{1,3}([\"'])[^\"'\s]{1,20}\2){2,}")
_QUOTED = re.compile(r"([\"'])([^\"'\s]{1,20})\1")


@dataclass(frozen=True, slots=True)
class Variant:
    """One readable form of a text, mapped back to the original's offsets."""

    kind: str
    """How it was obtained: ``plain``, ``leet``, ``spacing``, ``base64``, ``hex``, ``url``,
    ``rot13``, ``morse``, ``reversed``, ``caesar``, ``pieces``, ``substituted`` or ``chat``."""
    text: str
    """The folded text to match against (lower case)."""
    starts: Sequence[int] | None = None
    """Original offset of each character of ``text``; ``None`` means the identity map."""
    ends: Sequence[int] | None = None
    """Original end offset of each character of ``text``; ``None`` means ``start + 1``."""

    def source_span(self, start: int, end: int) -> tuple[int, int]:
        """Offsets in the original text of ``text[start:end]``."""
        if end <= start:
            end = start + 1
        if self.starts is None:
            return start, end
        last = min(end, len(self.starts)) - 1
        first = min(start, last)
        stop = self.ends[last] if self.ends is not None else self.starts[last] + 1
        return self.starts[first], stop

    @property
    def obfuscated(self) -> bool:
        """True when this reading undoes an obfuscation rather than plain folding (chat
        shorthand is how people type, not a disguise)."""
        return self.kind not in ("plain", "chat")


@lru_cache(maxsize=8192)
def _fold_char(ch: str) -> str:
    """Fold one non-ASCII character: compatibility form, no accents, Latin look-alike."""
    if ch in _INVISIBLE_EXTRA or unicodedata.category(ch) == "Cf":
        return ""
    mapped = HOMOGLYPHS.get(ch)
    if mapped is not None:
        return mapped
    out: list[str] = []
    for c in unicodedata.normalize("NFKC", ch):
        if c in HOMOGLYPHS:
            out.append(HOMOGLYPHS[c])
            continue
        if c >= "\u3000":
            # Kana, Hangul and CJK: a voicing mark or a jamo is part of the letter, not an accent.
            out.append(c)
            continue
        # Strip accents so "ïgnörë" reads as "ignore"; combining marks carry no letter.
        for d in unicodedata.normalize("NFD", c):
            if not unicodedata.combining(d):
                out.append(HOMOGLYPHS.get(d, d).lower())
    return "".join(out)


def _plain(text: str) -> Variant:
    if text.isascii():
        return Variant("plain", text.lower())
    out: list[str] = []
    starts: list[int] = []
    for i, ch in enumerate(text):
        if ch < "\x80":
            out.append(ch.lower())
            starts.append(i)
            continue
        folded = _fold_char(ch)
        out.append(folded)
        starts.extend([i] * len(folded))
    return Variant("plain", "".join(out), starts)


def fold(text: str) -> str:
    """The plain folded reading of ``text`` (NFKC, no invisibles, Latin look-alikes, lower)."""
    return _plain(text).text



def has_hidden_characters(text: str) -> bool:
    """True when an invisible character sits between two letters (a word split on purpose)."""
    if text.isascii():
        return False
    for i in range(1, len(text) - 1):
        ch = text[i]
        if (ch in _INVISIBLE_EXTRA or unicodedata.category(ch) == "Cf") and (
            text[i - 1].isalpha() and text[i + 1].isalpha()
        ):
            return True
    return False


def has_mixed_script_word(text: str) -> bool:
    """True when one word mixes Latin with Cyrillic or Greek letters, a homoglyph tell."""
    return not text.isascii() and _MIXED_SCRIPT_WORD.search(text) is not None


def _window(kind: str, text: str, starts: Sequence[int] | None, changed: list[tuple[int, int]]) -> Variant:
    """Only the rewritten stretches of ``text`` with some context, joined by newlines.

    The rest of the text reads the same as the plain variant, already checked, so
    re-matching it would only cost time.
    """
    ranges: list[list[int]] = []
    for s, e in sorted(changed):
        lo = max(0, s - _WINDOW)
        lo = text.rfind(" ", 0, lo) + 1 if lo else 0  # start on a word boundary
        hi = min(len(text), e + _WINDOW)
        if ranges and lo <= ranges[-1][1]:
            ranges[-1][1] = max(ranges[-1][1], hi)
        else:
            ranges.append([lo, hi])
    parts: list[str] = []
    index: list[int] = []
    for lo, hi in ranges:
        if parts:
            parts.append("\n")
            index.append(index[-1])
        parts.append(text[lo:hi])
        index.extend(range(lo, hi) if starts is None else starts[lo:hi])
    return Variant(kind, "".join(parts), index)


def _leet_words(text: str) -> list[tuple[int, int]]:
    """Spans of the words in which a leet character touches a letter."""
    words: list[tuple[int, int]] = []
    for m in _LEET_CHAR.finditer(text):
        at = m.start()
        if words and at < words[-1][1]:
            continue
        before = text[at - 1] if at else ""
        after = text[at + 1] if at + 1 < len(text) else ""
        if not (before.isalpha() or after.isalpha()):
            continue
        start, end = at, at + 1
        while start > 0 and text[start - 1] in _WORD_CHARS:
            start -= 1
        while end < len(text) and text[end] in _WORD_CHARS:
            end += 1
        words.append((start, end))
    return words


def _fold_leet_word(word: str, one: str) -> str:
    """Fold one word; ``one`` is what "1" becomes, or ``"?"`` to guess from its neighbours."""
    out: list[str] = []
    for i, c in enumerate(word):
        if c != "1" or one != "?":
            out.append(one if c == "1" else LEET.get(c, c))
            continue
        prev = out[-1] if out else ""
        nxt = word[i + 1] if i + 1 < len(word) else ""
        # After a vowel or another l, and before another 1, a "1" usually stands for
        # "l" ("a11", "ru1es", "wi11"); elsewhere for "i" ("1gnore", "pr3v10us").
        out.append("l" if prev in ("a", "e", "o", "u", "l") or nxt == "1" else "i")
    return "".join(out)


def _leet(base: Variant, one: str) -> Variant | None:
    text = base.text
    changed = _leet_words(text)
    if not changed:
        return None
    pieces: list[str] = []
    cursor = 0
    for start, end in changed:
        pieces.append(text[cursor:start])
        pieces.append(_fold_leet_word(text[start:end], one))
        cursor = end
    pieces.append(text[cursor:])
    # Leetspeak maps one character to one, so offsets stay those of ``base``.
    return _window("leet", "".join(pieces), base.starts, changed)


def _collapse_spacing(base: Variant) -> Variant | None:
    text = base.text
    if not _SPACING_HINT.search(" " + text):
        return None
    runs = [r for r in _SPACED_RUN.finditer(text) if sum(c.isalpha() for c in r.group(0)) >= 2]
    if not runs:
        return None
    out: list[str] = []
    starts: list[int] = []
    changed: list[tuple[int, int]] = []
    cursor = 0

    def keep(lo: int, hi: int) -> None:
        out.append(text[lo:hi])
        starts.extend(base.source_span(j, j + 1)[0] for j in range(lo, hi))

    for run in runs:
        keep(cursor, run.start())
        begin = len(starts)
        chunk = run.group(0)
        gaps = list(_SPACERS.finditer(chunk))
        narrow = min(len(g.group(0)) for g in gaps)
        gap_iter = iter(gaps)
        for at, c in enumerate(chunk):
            if c.isalnum() or c in "@$":
                out.append(c)
                starts.append(base.source_span(run.start() + at, run.start() + at + 1)[0])
                gap = next(gap_iter, None)
                # A wider gap than the rest of the run separates two spaced-out words.
                if gap is not None and len(gap.group(0)) > narrow:
                    out.append(" ")
                    starts.append(starts[-1])
        changed.append((begin, len(starts)))
        cursor = run.end()
    keep(cursor, len(text))
    return _window("spacing", "".join(out), starts, changed)


def _readable(decoded: str) -> bool:
    """Mostly printable, mostly letters and spaces: worth matching as text."""
    if len(decoded) < 4:
        return False
    printable = sum(1 for c in decoded if c.isprintable() or c in "\n\t")
    letters = sum(1 for c in decoded if c.isalpha() or c == " ")
    return printable / len(decoded) >= 0.9 and letters / len(decoded) >= 0.6


def _chunk_variant(kind: str, decoded: str, start: int, end: int) -> Variant:
    plain = _plain(decoded).text
    return Variant(kind, plain, [start] * len(plain), [end] * len(plain))


def _decode_base64(chunk: str) -> str | None:
    body = chunk.rstrip("=")
    if body.isalpha() and (body.islower() or body.isupper()):
        return None  # an ordinary long word, not an encoding
    padded = body + "=" * (-len(body) % 4)
    try:
        raw = base64.b64decode(padded.replace("-", "+").replace("_", "/"), validate=True)
        return raw.decode("utf-8")
    except (binascii.Error, ValueError):
        return None


def _decode_hex(chunk: str) -> str | None:
    digits = re.sub(r"\\x|0x|[\s:,]", "", chunk)
    if len(digits) % 2:
        return None
    try:
        return bytes.fromhex(digits).decode("utf-8")
    except ValueError:
        return None


def _decoded(text: str) -> Iterable[Variant]:
    found = 0
    # A base64 chunk is one long token; most texts have none, so skip the scan.
    long_token = any(len(token) >= 16 for token in text.split())
    for kind, pattern, decode in (
        ("base64", _BASE64_CHUNK, _decode_base64),
        ("hex", _HEX_CHUNK, _decode_hex),
    ):
        if (kind == "base64" and not long_token) or (kind == "hex" and not _HEX_HINT.search(text)):
            continue
        for m in pattern.finditer(text):
            decoded = decode(m.group(0).strip())
            if decoded is not None and _readable(decoded):
                yield _chunk_variant(kind, decoded, m.start(), m.end())
                found += 1
                if found >= _MAX_DECODED_CHUNKS:
                    return
    if "%" in text and _URL_ESCAPE.search(text):
        for m in _URL_CHUNK.finditer(text):
            decoded = unquote_plus(m.group(0))
            if decoded != m.group(0) and _readable(decoded):
                yield _chunk_variant("url", decoded, m.start(), m.end())


def _rot13(plain: Variant) -> Variant | None:
    hits = _ROT13_COMMON.intersection(plain.text.split())
    # Two distinct common words appearing in rot13 is rare by chance.
    if len(hits) < 2:
        return None
    return Variant("rot13", codecs.encode(plain.text, "rot13"), plain.starts, plain.ends)


def _morse(text: str) -> Iterable[Variant]:
    """Morse-coded chunks, decoded letter by letter."""
    if ".-" not in text and "-." not in text:
        return
    for m in _MORSE_CHUNK.finditer(text):
        words: list[str] = []
        for word in re.split(r" ?/ ?| {2,}", m.group(0).strip()):
            letters = [_MORSE.get(code, "") for code in word.split()]
            if letters and all(letters):
                words.append("".join(letters))
        decoded = " ".join(words)
        if len(words) >= 2 and _readable(decoded):
            yield _chunk_variant("morse", decoded, m.start(), m.end())


def _reversed(plain: Variant) -> Variant | None:
    """The text read backwards, when it asks for something to be reversed."""
    if _REVERSE_HINT.search(plain.text) is None:
        return None
    backwards = plain.text[::-1]
    if plain.starts is None:
        n = len(plain.text)
        return Variant("reversed", backwards, list(range(n - 1, -1, -1)))
    return Variant("reversed", backwards, list(reversed(plain.starts)))


def _shift(text: str, by: int) -> str:
    out = []
    for c in text:
        if "a" <= c <= "z":
            out.append(chr((ord(c) - 97 + by) % 26 + 97))
        else:
            out.append(c)
    return "".join(out)


def _caesar(plain: Variant) -> Variant | None:
    """The best Caesar shift of the text, when it speaks of ciphers or shifting and one
    shift (other than rot13, read anyway) turns at least three words into common ones."""
    if _SHIFT_HINT.search(plain.text) is None:
        return None
    words = set(re.findall(r"[a-z]{2,}", plain.text)) - _COMMON_WORDS
    best, best_hits = 0, 2
    for by in range(1, 26):
        if by == 13:
            continue
        hits = sum(1 for w in words if _shift(w, by) in _COMMON_WORDS)
        if hits > best_hits:
            best, best_hits = by, hits
    if not best:
        return None
    return Variant("caesar", _shift(plain.text, best), plain.starts, plain.ends)


def _joined_pieces(plain: Variant) -> Variant | None:
    """Quoted pieces bound to names, joined in order: the payload a split prompt assembles."""
    if "=" not in plain.text and ":" not in plain.text and "' '" not in plain.text and (
        '" "' not in plain.text
    ):
        return None
    pieces = list(_PIECE.finditer(plain.text))[:_MAX_PIECES]
    if len(pieces) < 2:
        run = _QUOTED_RUN.search(plain.text)
        if run is None:
            return None
        pieces = list(_QUOTED.finditer(plain.text, run.start(), run.end()))[:_MAX_PIECES]
    out: list[str] = []
    starts: list[int] = []
    for m in pieces:
        lo = m.start(2)
        value = m.group(2).strip()
        lo += m.group(2).index(value[0]) if value else 0
        if out:
            out.append(" ")
            starts.append(starts[-1])
        out.append(value)
        starts.extend(plain.source_span(j, j + 1)[0] for j in range(lo, lo + len(value)))
    return Variant("pieces", "".join(out), starts)


def _substituted(plain: Variant) -> Variant | None:
    """The text after its code-word definitions, with each code word replaced by its meaning."""
    text = plain.text
    if not any(hint in text for hint in _CODE_HINT):
        return None
    pairs = list(_CODE_WORD.finditer(text))[:_MAX_PIECES]
    if not pairs:
        return None
    meaning = {m.group(2).strip(): m.group(4).strip() for m in pairs}
    rest = pairs[-1].end()
    words = re.compile(r"\b(?:" + "|".join(re.escape(k) for k in meaning) + r")\b")
    out: list[str] = []
    starts: list[int] = []
    cursor = rest
    changed = False
    for m in words.finditer(text, rest):
        out.append(text[cursor : m.start()])
        starts.extend(plain.source_span(j, j + 1)[0] for j in range(cursor, m.start()))
        value = meaning[m.group(0)]
        out.append(value)
        starts.extend([plain.source_span(m.start(), m.start() + 1)[0]] * len(value))
        cursor = m.end()
        changed = True
    if not changed:
        return None
    out.append(text[cursor:])
    starts.extend(plain.source_span(j, j + 1)[0] for j in range(cursor, len(text)))
    return Variant("substituted", "".join(out), starts)


# Chat shorthand and dropped apostrophes, spelt out so the patterns read "ignore ur rules"
# as "ignore your rules" (common chat abbreviations; general knowledge).
_CHAT_WORDS: dict[str, str] = {
    "ur": "your", "u": "you", "yu": "you", "r": "are", "pls": "please",
    "plz": "please", "plss": "please", "b4": "before", "bfore": "before", "msg": "message",
    "msgs": "messages", "nvm": "never mind", "ive": "i've",
    "dont": "don't", "cant": "can't", "wont": "won't", "doesnt": "doesn't", "didnt": "didn't",
    "youre": "you're", "youll": "you'll", "wat": "what", "wut": "what", "whats": "what's",
    "wats": "what's", "thats": "that's", "abt": "about", "bc": "because", "cuz": "because",
    "coz": "because", "rn": "right now", "w/o": "without", "ppl": "people",
    "instrucions": "instructions", "instuctions": "instructions", "intructions": "instructions",
    "instrctions": "instructions", "ingore": "ignore", "ignroe": "ignore", "igonre": "ignore",
    "forgt": "forget", "frget": "forget", "pasword": "password", "passwrd": "password",
    "paswrd": "password", "passowrd": "password", "pssword": "password", "passwd": "password",
    "pw": "password", "pwd": "password", "prev": "previous", "previos": "previous",
    "prevous": "previous", "rulez": "rules", "gonna": "going to", "wanna": "want to",
    "gimme": "give me", "lemme": "let me",
}  # fmt: skip
_CHAT_TOKEN = re.compile(r"(?<![\w'])(?:" + "|".join(
    re.escape(w) for w in sorted(_CHAT_WORDS, key=len, reverse=True)) + r")(?![\w'])")


def _chat(plain: Variant) -> Variant | None:
    """The text with chat shorthand and common misspellings spelt out, or ``None``."""
    text = plain.text
    out: list[str] = []
    starts: list[int] = []
    changed: list[tuple[int, int]] = []
    cursor = 0
    length = 0
    for m in _CHAT_TOKEN.finditer(text):
        out.append(text[cursor : m.start()])
        starts.extend(plain.source_span(j, j + 1)[0] for j in range(cursor, m.start()))
        length += m.start() - cursor
        value = _CHAT_WORDS[m.group(0)]
        out.append(value)
        starts.extend([plain.source_span(m.start(), m.start() + 1)[0]] * len(value))
        changed.append((length, length + len(value)))
        length += len(value)
        cursor = m.end()
    if not out:
        return None
    out.append(text[cursor:])
    starts.extend(plain.source_span(j, j + 1)[0] for j in range(cursor, len(text)))
    # Only the rewritten stretches with their context: the rest reads as the plain fold.
    return _window("chat", "".join(out), starts, changed)


def variants(text: str) -> list[Variant]:
    """Every reading of ``text`` worth checking; the first is always the plain fold.

    Leetspeak and letter-spacing variants hold only the rewritten stretches (with
    context), so a long text with one odd token costs little more than a short one.
    """
    plain = _plain(text)
    out = [plain]
    spaced = _collapse_spacing(plain)
    if spaced is not None:
        out.append(spaced)
    for base in list(out):
        if _LEET_MIX.search(base.text):
            for one in ("?", "i") if "1" in base.text else ("i",):
                leet = _leet(base, one)
                if leet is not None and all(leet.text != v.text for v in out):
                    out.append(leet)
    for reading in (_chat(plain), _rot13(plain), _reversed(plain), _caesar(plain),
                    _joined_pieces(plain), _substituted(plain)):
        if reading is not None:
            out.append(reading)
    out.extend(_decoded(text))
    out.extend(_morse(text))
    return out
