"""Sentences that ask their reader to do something, found in text that should be data.

A tool result, a retrieved page or an e-mail is material for the model to read, not
a message to it. Data does contain imperatives ("Reply to this e-mail", "Add your
card") and questions ("Any questions?"), so one of them proves nothing; two shapes
do stand out:

* **a task for an assistant**: a sentence that opens with a verb that sets a
  writing or reasoning task ("Explain ...", "Summarize ...", "Translate ...",
  "Write a poem ...") is the way people prompt a model and is out of place
  anywhere in a document;
* **a bare request**: a text that is mostly requests, questions addressed to the
  reader or polite commands ("Can you ...", "Help me ...", "What is ...?"), with
  little else around them, is an instruction in the place where data should be;
  so is such a request written as prose between the rows of a table.

Not every imperative is a request to an assistant. Interfaces, error messages and
manuals tell a person what to do with everyday verbs ("Provide a valid order
number.", "Add a payment method."); such a sentence counts only when it is about the
requester ("show me", "my computer"), the reader's answer, a piece of information
to hand over ("provide a list of ...") or a quoted passage. List items, headings,
lines that introduce what follows ("Install it with:") and sentences with code
markup are how documents give steps and change logs, so they are not counted.

The sentence split is deliberately simple (sentence punctuation and line breaks;
code blocks are skipped): it runs on every tool result, so it has to stay well under
a millisecond, and a statistical splitter would add a model download for little gain
on the short, plain sentences that injected instructions are.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["Request", "find_requests"]

# Verbs that open a writing or reasoning task. They are rare at the start of a
# sentence in mail, tables, code answers or web pages, and common in prompts.
_TASK_VERBS = (
    r"explain|describe|summari[sz]e|translate|compose|draft|paraphrase|rephrase|brainstorm"
    r"|elaborate on|critique|classify|categori[sz]e|analy[sz]e|outline the|break down"
)
# A written piece an assistant is asked to produce ("write a short poem about ...").
_PIECES = (
    r"story|stories|poem|essay|speech|song|lyrics|haiku|limerick|joke|article|blog(?: post)?"
    r"|tweet|slogan|tagline|sonnet|dialogue|monologue|riddle|rap|ode|ballad|fable|fairy tale"
)
# What follows a task verb when it sets a task: an object or a question ("explain how").
_TASK_OBJECT = (
    r"the|a|an|this|these|that|those|how|what|why|whether|which|who|when|where|in|me|my"
    r"|each|every|all|some|its|their|his|her|to me|for me"
)
_TASK = re.compile(
    rf"(?:{_TASK_VERBS}) (?:{_TASK_OBJECT})\b"
    rf"|(?:write|create|generate|produce|compose|draft|craft|develop|come up with|give me"
    rf"|provide)"
    rf" (?:me )?(?:an?|one|two|three|some|a few|several|the) (?:[\w-]+ ){{0,3}}(?:{_PIECES})\b"
)
# Verbs that, opening a sentence, ask the reader to produce an answer or reshape text.
_ASK_VERBS = (
    r"write|generate|produce|recommend|suggest|tell|list|determine|identify|calculate|solve"
    r"|compare|evaluate|assess|discuss|define|predict|forecast|estimate|research|investigate"
    r"|teach|rewrite|proofread|illustrate|demonstrate|clarify|interpret|guess|recite|encode"
    r"|encrypt|decode|decrypt|reverse|invert|scramble|jumble|shuffle|rearrange|replace"
    r"|substitute|misspell|anagram|capitali[sz]e|pretend|imagine|simulate|roleplay"
    r"|convert|render|express|propose|elaborate|outline"
    + "|" + _TASK_VERBS
)
# Verbs that user interfaces, error messages and manuals use to tell a person what to do
# ("Provide a valid order number.", "Add a payment method."). They count as a request
# to an assistant only when the sentence is about the requester ("me", "my"), the
# reader's answer, or a piece of information to hand over.
_DO_VERBS = (
    r"use|add|include|insert|integrate|incorporate|append|remove|apply|modify|change|format"
    r"|make|build|create|develop|design|provide|give|show|find|help|name|sort|split|merge"
    r"|organi[sz]e|extract|complete|fix|edit|debug|optimi[sz]e|refactor|implement|print"
    r"|output|count|rank|rate|share|prepare|offer|play|act|introduce|mention|highlight"
    r"|emphasi[sz]e|enhance|augment|group|combine|shift|spell|draw|sketch|quote|cite|detail"
    r"|respond|reply|answer|say|repeat|review|plan|break"
)
_ABOUT_REQUESTER = re.compile(
    r"\b(?:me|my|mine)\b|\byour (?:answer|answers|response|responses|reply|replies|message"
    r"|output)\b|\b(?:list|examples?|summary|overview|insights?|explanation|description"
    r"|analysis|comparison|breakdown|tutorial|tips|ideas|suggestions|recommendations|advice"
    r"|commands?|code|snippet|recipe|equivalent|translation|definition|opinion|timeline"
    r"|forecast|prediction|outline|essay|story|poem|speech)\b"
)
_QUESTION_WORDS = (
    r"what|what's|whats|how|why|who|whom|whose|which|when|where|is|are|was|were|can|could"
    r"|would|will|do|does|did|should|shall|may|might|has|have|had"
)
# Many of those verbs are also nouns ("List and set types are ...", "Output is ..."):
# followed by a verb or a conjunction, the word is the subject, not an order; followed
# by a noun of a status line ("Rate limit reached:", "Output error:"), it is a label.
_NOT_AN_ORDER = (
    r"and|or|is|are|was|were|of|has|have|had|can|could|will|would|should|must|may|might"
    r"|does|do|did|needs|seems|looks|files?|types?|values?|names?|limits?|errors?|status"
    r"|reached|exceeded|failed|denied"
)
_ASK = re.compile(
    # "Tell your friends ...", "List your skills": a form or an advert speaking to a person.
    rf"(?:{_ASK_VERBS})\b[\s,]+(?!(?:{_NOT_AN_ORDER}|your)\b)\w"
    r"|(?:can|could|would|will|won't) you\b"
    r"|i (?:want|need|would like|'d like|wish|am asking|ask) (?:you|for you) to\b"
    r"|(?:i need|i want|i'm looking for|i am looking for) (?:a|an|some|help|advice|ideas)\b"
    r"|let's\b|let us (?:start|begin|play|imagine|pretend)\b"
)
# "Rate this review: '...'": a request about a quoted passage is a task on that passage.
_QUOTED_PAYLOAD = re.compile(r":\s*[\"'\u201c\u2018]")
_DO = re.compile(rf"(?:{_DO_VERBS})\b[\s,]+(?!(?:{_NOT_AN_ORDER})\b)\w")
_QUESTION = re.compile(rf"(?:{_QUESTION_WORDS})\b[^?]*\?")
# Openers that do not change what the sentence asks: "Please, now also explain ...".
_OPENER = re.compile(
    r"(?:[\s>*#•·\-–—\[\](){}\"'`|]|\d+[.)])*"
    r"(?:(?:please|kindly|now|also|then|and|so|ok|okay|finally|additionally|lastly|first|next"
    r"|hey|hi|hello|quick question|question|task|request|instruction|p\.?s\.?)\b[\s,:;!.-]*)*"
)
_SENTENCE = re.compile(r"[^.!?\n]+(?:[.!?]+[\"'\u201d\u2019)\]]*|\n|$)|[.!?\n]+")
_FENCE = re.compile(r"```.*?(?:```|$)", re.S)
_QUOTES = "\"'\u201c\u2018"
_CLOSING = ("\"", "'", "\u201d", "\u2019")
_ENDINGS = (".", "!", "?", ":", ")", *_CLOSING)
_BARE_SHARE = 0.7
_TABLE_MIN_ROWS = 3
_TABLE_SHARE = 0.6
# List items, headings and table rows are how documents lay out steps, change logs
# and records.
_LISTED = re.compile(r"[ \t]*(?:(?:[-*+•#>]|\d+[.)])[ \t]|\|)")


@dataclass(frozen=True, slots=True)
class Request:
    """A sentence of the text that asks its reader to do something."""

    start: int
    """Offset of the sentence in the text that was analysed."""
    end: int
    """Offset after the sentence."""
    task: bool
    """True when it sets a writing or reasoning task (a prompt, not a call to action)."""


def _letters(text: str) -> int:
    return sum(c.isalnum() for c in text)


def find_requests(text: str) -> tuple[list[Request], bool, bool]:
    """The requests in folded (lower-case) ``text``: (requests, bare, out of place).

    *bare*: requests are most of the text. *Out of place*: the text is a table and a
    request stands among its rows as prose, where only records belong.

    A request that ends in ``:`` or ``?`` and is followed by a quoted passage takes the
    passage with it ("Translate this: '...'"): the passage is the request's payload.
    """
    prose = _FENCE.sub(lambda m: " " * len(m.group(0)), text)
    found: list[Request] = []
    covered = 0
    pending = False  # the last request ended in ":" or "?": a quoted payload may follow
    in_quote = False
    for m in _SENTENCE.finditer(prose):
        sentence = m.group(0)
        stripped = sentence.strip()
        if not stripped:
            continue
        if in_quote or (pending and stripped[0] in _QUOTES):
            covered += _letters(sentence)
            in_quote = not stripped.endswith(_CLOSING)
            pending = False
            continue
        pending = False
        line_start = prose.rfind("\n", 0, m.start()) + 1
        if _LISTED.match(prose, line_start) or (
            stripped.endswith(":")
            and line_start == m.start()
            and prose[m.end() :].lstrip()[:1] not in _QUOTES
        ):
            # A list item, or a line that introduces what follows ("Install it with:");
            # a line that introduces a quoted passage is a request about the passage.
            continue
        lead = _OPENER.match(sentence)
        at = lead.end() if lead else 0
        body = sentence[at:]
        if "`" in body or not stripped.endswith(_ENDINGS):
            # Code markup marks technical documentation; a line without closing
            # punctuation is a heading or a label, not something said to someone.
            continue
        task = _TASK.match(body) is not None
        asks = task or _ASK.match(body) or _QUESTION.match(body)
        if not asks and not (_DO.match(body) and (_ABOUT_REQUESTER.search(body)
                                                  or _QUOTED_PAYLOAD.search(body))):
            continue
        found.append(Request(m.start() + at, m.end(), task))
        covered += _letters(sentence)
        if ":" in stripped and stripped.split(":", 1)[1].lstrip()[:1] in _QUOTES:
            in_quote = not stripped.endswith(_CLOSING)
        elif stripped.endswith((":", "?")):
            pending = True
    total = _letters(text)
    bare = bool(found) and total > 0 and covered / total >= _BARE_SHARE
    return found, bare, bool(found) and _is_table(text)


def _is_table(text: str) -> bool:
    """Most non-empty lines are table rows (``| a | b |``)."""
    lines = [line for line in text.splitlines() if line.strip()]
    rows = sum(line.lstrip().startswith("|") for line in lines)
    return len(lines) >= _TABLE_MIN_ROWS and rows / len(lines) >= _TABLE_SHARE
