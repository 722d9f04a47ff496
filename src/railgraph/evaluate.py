"""``railgraph eval``: measure the guards a graph applies, on a labelled JSON Lines file.

The detectors measured are the graph's own: those of its guard nodes at the stage
matching ``--source`` (``input`` for user text, ``tool`` for tool output) whose
detector serves the task (``injection``, ``harm`` or ``pii``), with the same
parameters the graph gives them. A text counts as flagged when any of them flags it.

Several files can be scored at once: the figures are pooled over all their rows and, with
``by_source``, also given per source (a row's ``"source"`` field, or its file's name when it
has none), so a detector tuned on some sources can be reported on the others as unseen.

Classification rows are ``{"text", "label": 1|0}``. PII rows are ``{"text", "spans":
[{"start", "end", "type"}]}``; a predicted span is right when it overlaps a labelled
span of the same type, and rows marked ``"spans_complete": false`` are left out of
precision and of the no-PII count (their labels may miss real PII).
"""

from __future__ import annotations

import json
import statistics
import sys
import time
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from railgraph.errors import RailgraphError
from railgraph.spec.kinds.guard import GuardNode
from railgraph.spec.loader import LoadedGraph

__all__ = ["TASK_DETECTORS", "evaluate", "guard_detectors", "read_rows", "row_source"]

TASK_DETECTORS = {"injection": ("injection",), "harm": ("harm",), "pii": ("pii",)}
"""Which detector kinds serve each task."""
_STAGE = {"user": "input", "tool": "tool"}


@dataclass(frozen=True)
class _Check:
    node: str
    detector: Any


def guard_detectors(loaded: LoadedGraph, task: str, source: str) -> list[_Check]:
    """The detectors the graph applies to ``source`` text for ``task``."""
    from railgraph.guards.registry import build_detector

    stage = _STAGE[source]
    kinds = TASK_DETECTORS[task]
    found: list[_Check] = []
    for node in loaded.definition.nodes:
        if not (isinstance(node, GuardNode) and node.params.stage == stage):
            continue
        for check in node.params.checks:
            if check.detector in kinds:
                found.append(_Check(node.id, build_detector(check.detector, check.params)))
            elif check.detector in MODEL_BACKED:
                # A classifier or judge serves the tasks its categories name (built like the
                # graph builds it: the project's root, models and prices).
                detector = build_detector(check.detector, check.params, _env(loaded, node))
                if task in (getattr(detector, "categories", ()) or ()):
                    found.append(_Check(node.id, detector))
    if not found:
        raise RailgraphError(f"graph '{loaded.definition.name}' applies no {task} check to "
                             f"{source} text (no guard node with stage '{stage}' runs "
                             f"{' or '.join(kinds)})")
    return found


MODEL_BACKED = ("classifier", "judge")
"""Detectors whose task is given by the categories they are configured with."""


def _env(loaded: LoadedGraph, node: GuardNode) -> Any:
    from railgraph.nodes.context import BuildContext

    return BuildContext(loaded).detector_env(node.params.prices)


def read_rows(path: Path) -> Iterator[dict[str, Any]]:
    """The rows of a JSON Lines file; a bad line is an error naming it."""
    try:
        handle = path.open(encoding="utf-8")
    except OSError as exc:
        raise RailgraphError(f"{path}: cannot read ({exc.strerror or exc})") from None
    with handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError as exc:
                raise RailgraphError(f"{path}:{number}:{exc.colno}: not JSON: {exc.msg}") from None
            if not isinstance(row, dict) or not isinstance(row.get("text"), str):
                raise RailgraphError(f"{path}:{number}:1: each line needs a \"text\" string")
            row["_line"] = number
            yield row


def _percentile(values: list[float], q: float) -> float:
    if not values:
        return 0.0
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def _progress(rows: list[dict[str, Any]], enabled: bool) -> Iterable[dict[str, Any]]:
    if not enabled:
        return rows
    from tqdm import tqdm

    return tqdm(rows, desc="evaluating", unit="row", file=sys.stderr, leave=False)


def row_source(row: dict[str, Any], path: Path) -> str:
    """The source a row is reported under: its ``"source"`` field, else its file's name."""
    source = row.get("source")
    return source if isinstance(source, str) and source.strip() else path.stem


def evaluate(loaded: LoadedGraph, dataset: Path | Sequence[Path], task: str, source: str = "user",
             *, progress: bool = True, by_source: bool = False) -> dict[str, Any]:
    """Scores of the graph's guards on ``dataset`` (one file or several; see the module docstring).

    The result holds the pooled figures; with ``by_source`` it also has ``"by_source"``, the
    same figures for each source, in the order the sources first appear.
    """
    if task not in TASK_DETECTORS:
        raise RailgraphError(f"unknown task '{task}' (expected injection, harm or pii)")
    if source not in _STAGE:
        raise RailgraphError(f"unknown source '{source}' (expected user or tool)")
    paths = [dataset] if isinstance(dataset, Path) else list(dataset)
    if not paths:
        raise RailgraphError("no dataset given")
    checks = guard_detectors(loaded, task, source)
    rows: list[dict[str, Any]] = []
    for path in paths:
        found = list(read_rows(path))
        if not found:
            raise RailgraphError(f"{path}: no rows")
        for row in found:
            row["_path"] = path
            row["_source"] = row_source(row, path)
        rows.extend(found)
    context = {"source": source}
    timings: list[float] = []
    measure = _pii if task == "pii" else _classify
    result = measure(rows, checks, context, timings, progress)
    outcomes = result.pop("_outcomes")
    if by_source:
        groups: dict[str, list[int]] = {}
        for i, row in enumerate(rows):
            groups.setdefault(row["_source"], []).append(i)
        result["by_source"] = {
            name: _summarise(task, [outcomes[i] for i in idx], [timings[i] for i in idx])
            for name, idx in groups.items()
        }
    return result


def _timing(timings: list[float]) -> dict[str, float]:
    return {
        "p50_ms": round(statistics.median(timings), 4) if timings else 0.0,
        "p99_ms": round(_percentile(timings, 0.99), 4),
    }


def _classify(rows: list[dict[str, Any]], checks: list[_Check], context: dict[str, str],
              timings: list[float], progress: bool) -> dict[str, Any]:
    outcomes: list[tuple[int, bool]] = []
    for row in _progress(rows, progress):
        label = row.get("label")
        if label not in (0, 1):
            raise RailgraphError(f"{row['_path']}:{row['_line']}:1: \"label\" must be 0 or 1")
        start = time.perf_counter()
        flagged = any(c.detector.check(row["text"], context).flagged for c in checks)
        timings.append((time.perf_counter() - start) * 1000)
        outcomes.append((int(label), flagged))
    result = _summarise("injection", outcomes, timings)
    result["_outcomes"] = outcomes
    return result


def _summarise(task: str, outcomes: list[Any], timings: list[float]) -> dict[str, Any]:
    if task == "pii":
        return _pii_summary(outcomes) | _timing(timings)
    tp = sum(1 for label, flagged in outcomes if label == 1 and flagged)
    fp = sum(1 for label, flagged in outcomes if label == 0 and flagged)
    positives = sum(1 for label, _ in outcomes if label == 1)
    negatives = len(outcomes) - positives
    return {
        "n": len(outcomes),
        "positives": positives,
        "negatives": negatives,
        "recall": round(tp / positives, 4) if positives else None,
        "fpr": round(fp / negatives, 4) if negatives else None,
        "precision": round(tp / (tp + fp), 4) if tp + fp else None,
    } | _timing(timings)


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


@dataclass(frozen=True)
class _PiiOutcome:
    gold: list[tuple[int, int, str]]
    predicted: list[tuple[int, int, str]]
    complete: bool


def _pii(rows: list[dict[str, Any]], checks: list[_Check], context: dict[str, str],
         timings: list[float], progress: bool) -> dict[str, Any]:
    outcomes: list[_PiiOutcome] = []
    for row in _progress(rows, progress):
        gold = [(int(s["start"]), int(s["end"]), str(s["type"])) for s in row.get("spans") or []]
        complete = row.get("spans_complete", True) is not False
        start = time.perf_counter()
        spans = [(s.start, s.end, s.type) for c in checks
                 for s in c.detector.check(row["text"], context).spans]
        timings.append((time.perf_counter() - start) * 1000)
        outcomes.append(_PiiOutcome(gold, spans, complete))
    result = _pii_summary(outcomes) | _timing(timings)
    result["_outcomes"] = outcomes
    return result


def _pii_summary(outcomes: list[_PiiOutcome]) -> dict[str, Any]:
    found: dict[str, int] = {}
    support: dict[str, int] = {}
    predicted: dict[str, int] = {}
    correct: dict[str, int] = {}
    clean_rows = clean_flagged = 0
    for outcome in outcomes:
        gold, spans = outcome.gold, outcome.predicted
        for g_start, g_end, kind in gold:
            support[kind] = support.get(kind, 0) + 1
            if any(s_kind == kind and _overlaps((s0, s1), (g_start, g_end))
                   for s0, s1, s_kind in spans):
                found[kind] = found.get(kind, 0) + 1
        if outcome.complete:
            for s0, s1, s_kind in spans:
                predicted[s_kind] = predicted.get(s_kind, 0) + 1
                if any(kind == s_kind and _overlaps((s0, s1), (g0, g1)) for g0, g1, kind in gold):
                    correct[s_kind] = correct.get(s_kind, 0) + 1
            if not gold:
                clean_rows += 1
                clean_flagged += bool(spans)
    per_type = {
        kind: {
            "recall": round(found.get(kind, 0) / support[kind], 4) if support.get(kind) else None,
            "precision": (round(correct.get(kind, 0) / predicted[kind], 4)
                          if predicted.get(kind) else None),
            "support": support.get(kind, 0),
        }
        for kind in sorted(set(support) | set(predicted))
    }
    return {
        "per_type": per_type,
        "negatives_flagged_rate": round(clean_flagged / clean_rows, 4) if clean_rows else None,
    }
