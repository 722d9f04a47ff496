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

List items, headings and lines that introduce what follows ("Install it with:")
are how documents give steps and change logs, so they are not counted.

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
    rf"|(?:write|create|generate|produce|compose|draft|craft|come up with|give me|provide)"
    rf" (?:me )?(?:an?|one|two|three|some|a few|several|the) (?:[\w-]+ ){{0,3}}(?:{_PIECES})\b"
)
# Any verb a request to an assistant commonly opens with (imperative mood).
_REQUEST_VERBS = (
    r"write|create|generate|produce|make|develop|design|build|provide|give|show|tell|list|name"
    r"|find|recommend|suggest|help|determine|identify|calculate|solve|convert|discuss|define"
    r"|detail|evaluate|assess|compare|predict|plan|prepare|propose|share|teach|research"
    r"|investigate|estimate|forecast|encode|encrypt|decode|decrypt|reverse|invert|scramble"
    r"|jumble|shuffle|rearrange|replace|substitute|use|apply|add|include|insert|integrate"
    r"|incorporate|append|remove|render|respond|reply|answer|express|group|combine|misspell"
    r"|introduce|mention|highlight|emphasi[sz]e|enhance|augment|modify|change|format|say"
    r"|repeat|print|output|act|pretend|imagine|play|simulate|behave|ignore|forget|shift|spell"
    r"|count|sort|rank|rate|review|proofread|edit|fix|debug|optimi[sz]e|refactor|implement"
    r"|illustrate|demonstrate|clarify|interpret|guess|draw|sketch|offer|recite|quote|cite"
    r"|anagram|capitali[sz]e|number|split|merge|organi[sz]e|tag|label|extract|complete"
    + "|" + _TASK_VERBS
)
_QUESTION_WORDS = (
    r"what|what's|whats|how|why|who|whom|whose|which|when|where|is|are|was|were|can|could"
    r"|would|will|do|does|did|should|shall|may|might|has|have|had"
)
_REQUEST = re.compile(
    rf"(?:{_REQUEST_VERBS})\b[\s,]+\w"
    r"|(?:can|could|would|will|won't) you\b"
    r"|i (?:want|need|would like|'d like|wish|am asking|ask) (?:you|for you) to\b"
    r"|(?:i need|i want|i'm looking for|i am looking for) (?:a|an|some|help|advice|ideas)\b"
    r"|let's\b|let us (?:start|begin|play|imagine|pretend)\b"
)
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
            stripped.endswith(":") and line_start == m.start()
        ):
            # A list item, or a line that introduces what follows ("Install it with:").
            continue
        lead = _OPENER.match(sentence)
        at = lead.end() if lead else 0
        body = sentence[at:]
        task = _TASK.match(body) is not None
        if not (task or _REQUEST.match(body) or _QUESTION.match(body)):
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
