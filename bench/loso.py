"""Leave-one-source-out figures for the tuned part of the rule guards: the decision threshold.

Usage: ``python bench/loso.py [EVALDATA_DIR] [--max-fpr 0.02] [--json OUT] [--markdown]``

The rules themselves are written from ideas (bench/eval_split.md says which sources were
looked at while writing them); what is *chosen on data* is each detector's threshold. For
every source in turn, this script chooses the threshold on all the other sources only
(the lowest threshold whose pooled false-positive rate on the other benign sources stays
within ``--max-fpr``, which maximises their recall), then reports the held-out source at
that threshold, beside the shipped threshold. A held-out figure far from the shipped one
means the threshold was fitted to that source.

Scored detectors (as the reference graph configures them): the injection detector on user
text and on tool output, and the harm detector on user text (its highest category score;
the shipped threshold is 0.5 for every category). The "shipped" columns are the detectors'
own verdicts at the shipped threshold.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from railgraph.evaluate import read_rows
from railgraph.guards.harm import HarmDetector
from railgraph.guards.injection import InjectionDetector

DEFAULT_DIR = Path(__file__).resolve().parents[2] / "shared" / "evaldata"
GRID = tuple(round(0.05 * i, 2) for i in range(1, 20))
"""Thresholds considered (0.05 ... 0.95)."""


@dataclass(frozen=True)
class Task:
    name: str
    files: tuple[str, ...]
    score: Callable[[str], float]
    shipped: Callable[[str], bool]
    threshold: float


def _tasks() -> list[Task]:
    user, tool, harm = InjectionDetector(), InjectionDetector(source="tool"), HarmDetector()
    benign = ("benign_alpaca_eval", "benign_gsm8k", "benign_safe_prompts", "benign_self_instruct",
              "benign_system_prompts")
    return [
        Task("injection/user", ("pi_jailbreakbench", "pi_latent_jailbreak", "pi_promptinject",
                                "pi_awesome_chatgpt_roleplay", "pi_notinject_benign", *benign),
             lambda t: user.score(t, "user")[0], lambda t: user.check(t).flagged, user.threshold),
        Task("injection/tool", ("pi_bipia", "benign_system_prompts"),
             lambda t: tool.score(t, "tool")[0],
             lambda t: tool.check(t, {"source": "tool"}).flagged, tool.threshold),
        Task("harm/user", ("harm_advbench", "harm_ailuminate", "pi_notinject_benign",
                           "pi_awesome_chatgpt_roleplay", *benign),
             lambda t: max(harm.scores(t)[0].values(), default=0.0),
             lambda t: harm.check(t).flagged, 0.5),
    ]


Rates = tuple[float | None, float | None]


def _rates(rows: Sequence[tuple[int, float, bool]], threshold: float | None) -> Rates:
    """(recall, FPR) at ``threshold`` (``None``: the shipped verdicts)."""
    def hit(score: float, shipped: bool) -> bool:
        return shipped if threshold is None else score >= threshold
    pos = [hit(s, f) for label, s, f in rows if label == 1]
    neg = [hit(s, f) for label, s, f in rows if label == 0]
    return (sum(pos) / len(pos) if pos else None, sum(neg) / len(neg) if neg else None)


def _choose(rows: Sequence[tuple[int, float, bool]], max_fpr: float) -> float:
    """The lowest grid threshold whose FPR on ``rows`` is within ``max_fpr``."""
    for threshold in GRID:
        _, fpr = _rates(rows, threshold)
        if fpr is None or fpr <= max_fpr:
            return threshold
    return GRID[-1]


def measure(directory: Path, max_fpr: float) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for task in _tasks():
        scored: dict[str, list[tuple[int, float, bool]]] = {}
        for name in task.files:
            path = directory / f"{name}.jsonl"
            if path.exists():
                scored[name] = [(int(r["label"]), task.score(r["text"]), task.shipped(r["text"]))
                                for r in read_rows(path)]
        for held, rows in scored.items():
            rest = [row for name, rs in scored.items() if name != held for row in rs]
            chosen = _choose(rest, max_fpr)
            recall, fpr = _rates(rows, chosen)
            s_recall, s_fpr = _rates(rows, None)
            out.append({"task": task.name, "held_out": held, "n": len(rows),
                        "threshold": chosen, "recall": recall, "fpr": fpr,
                        "shipped_threshold": task.threshold, "shipped_recall": s_recall,
                        "shipped_fpr": s_fpr})
    return out


def _f(value: float | None) -> str:
    return "—" if value is None else f"{value:.3f}"


def markdown(rows: list[dict[str, Any]]) -> str:
    lines = ["| task | held-out source | n | threshold chosen on the rest | recall | FPR "
             "| shipped recall | shipped FPR |", "|---|---|---|---|---|---|---|---|"]
    for r in rows:
        lines.append(f"| {r['task']} | {r['held_out']} | {r['n']} | {r['threshold']:.2f} "
                     f"| {_f(r['recall'])} | {_f(r['fpr'])} | {_f(r['shipped_recall'])} "
                     f"| {_f(r['shipped_fpr'])} |")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("directory", nargs="?", type=Path, default=DEFAULT_DIR)
    parser.add_argument("--max-fpr", type=float, default=0.02)
    parser.add_argument("--json", type=Path)
    parser.add_argument("--markdown", action="store_true")
    args = parser.parse_args()
    rows = measure(args.directory, args.max_fpr)
    if args.json:
        args.json.write_text(json.dumps(rows, indent=1) + "\n")
    print(markdown(rows) if args.markdown else json.dumps(rows, indent=1))


if __name__ == "__main__":
    main()
