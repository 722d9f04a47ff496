"""``railgraph eval``: measure the guards a graph applies, on a labelled JSON Lines file.

The detectors measured are the graph's own: those of its guard nodes at the stage
matching ``--source`` (``input`` for user text, ``tool`` for tool output) whose
detector serves the task (``injection``, ``harm`` or ``pii``), with the same
parameters the graph gives them. A text counts as flagged when any of them flags it.

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
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from railgraph.errors import RailgraphError
from railgraph.spec.loader import LoadedGraph
from railgraph.spec.model import GuardNode

__all__ = ["TASK_DETECTORS", "evaluate", "guard_detectors", "read_rows"]

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
    found = [
        _Check(node.id, build_detector(check.detector, check.params))
        for node in loaded.definition.nodes
        if isinstance(node, GuardNode) and node.params.stage == stage
        for check in node.params.checks
        if check.detector in kinds
    ]
    if not found:
        raise RailgraphError(f"graph '{loaded.definition.name}' applies no {task} check to "
                             f"{source} text (no guard node with stage '{stage}' runs "
                             f"{' or '.join(kinds)})")
    return found


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


def evaluate(loaded: LoadedGraph, dataset: Path, task: str, source: str = "user", *,
             progress: bool = True) -> dict[str, Any]:
    """Scores of the graph's guards on ``dataset`` (see the module docstring)."""
    if task not in TASK_DETECTORS:
        raise RailgraphError(f"unknown task '{task}' (expected injection, harm or pii)")
    if source not in _STAGE:
        raise RailgraphError(f"unknown source '{source}' (expected user or tool)")
    checks = guard_detectors(loaded, task, source)
    rows = list(read_rows(dataset))
    if not rows:
        raise RailgraphError(f"{dataset}: no rows")
    context = {"source": source}
    timings: list[float] = []
    if task == "pii":
        return _pii(rows, checks, context, timings, progress)
    tp = fp = positives = negatives = 0
    for row in _progress(rows, progress):
        label = row.get("label")
        if label not in (0, 1):
            raise RailgraphError(f"{dataset}:{row['_line']}:1: \"label\" must be 0 or 1")
        start = time.perf_counter()
        flagged = any(c.detector.check(row["text"], context).flagged for c in checks)
        timings.append((time.perf_counter() - start) * 1000)
        if label == 1:
            positives += 1
            tp += flagged
        else:
            negatives += 1
            fp += flagged
    return {
        "n": len(rows),
        "positives": positives,
        "negatives": negatives,
        "recall": round(tp / positives, 4) if positives else None,
        "fpr": round(fp / negatives, 4) if negatives else None,
        "precision": round(tp / (tp + fp), 4) if tp + fp else None,
        "p50_ms": round(statistics.median(timings), 4),
        "p99_ms": round(_percentile(timings, 0.99), 4),
    }


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _pii(rows: list[dict[str, Any]], checks: list[_Check], context: dict[str, str],
         timings: list[float], progress: bool) -> dict[str, Any]:
    found: dict[str, int] = {}
    support: dict[str, int] = {}
    predicted: dict[str, int] = {}
    correct: dict[str, int] = {}
    clean_rows = clean_flagged = 0
    for row in _progress(rows, progress):
        gold = [(int(s["start"]), int(s["end"]), str(s["type"])) for s in row.get("spans") or []]
        complete = row.get("spans_complete", True) is not False
        start = time.perf_counter()
        spans = [s for c in checks for s in c.detector.check(row["text"], context).spans]
        timings.append((time.perf_counter() - start) * 1000)
        for g_start, g_end, kind in gold:
            support[kind] = support.get(kind, 0) + 1
            if any(s.type == kind and _overlaps((s.start, s.end), (g_start, g_end))
                   for s in spans):
                found[kind] = found.get(kind, 0) + 1
        if complete:
            for s in spans:
                predicted[s.type] = predicted.get(s.type, 0) + 1
                if any(kind == s.type and _overlaps((s.start, s.end), (g0, g1))
                       for g0, g1, kind in gold):
                    correct[s.type] = correct.get(s.type, 0) + 1
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
        "p50_ms": round(statistics.median(timings), 4),
        "p99_ms": round(_percentile(timings, 0.99), 4),
    }
