"""Guard quality of graphs/support.yaml per development source, seen and unseen apart.

Usage: ``python bench/eval_sources.py [EVALDATA_DIR] [--graph PATH] [--json OUT] [--markdown]``

Runs ``railgraph.evaluate.evaluate`` (what ``railgraph eval --by-source`` runs) on each file of
``shared/evaldata`` for the task it serves, with the guards the graph applies at the stage the
text would reach: user input for prompts, tool output for BIPIA's injected documents and clean
contexts (and NotInject's sentences and the system prompts, as false alarms there). Each line
says whether the rules were tuned on that source (``bench/eval_split.md``); the unseen ones
are the honest estimate.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from railgraph.evaluate import evaluate
from railgraph.spec.loader import load_graph

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DIR = ROOT.parent / "shared" / "evaldata"
UNSEEN = frozenset({"pi_jailbreakbench", "harm_ailuminate", "benign_self_instruct",
                    "benign_system_prompts"})
"""Sources held out when the rules were written (bench/eval_split.md)."""

BENIGN = ("benign_alpaca_eval", "benign_gsm8k", "benign_safe_prompts", "benign_self_instruct",
          "benign_system_prompts")
RUNS: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("injection", "user", ("pi_jailbreakbench", "pi_latent_jailbreak", "pi_promptinject",
                           "pi_awesome_chatgpt_roleplay", "pi_notinject_benign", *BENIGN)),
    # A user's request found in tool output is flagged by design (instructions in data), so the
    # benign prompt sets are no false-alarm measure there; documents and system texts are.
    ("injection", "tool", ("pi_bipia", "pi_notinject_benign", "benign_system_prompts")),
    ("harm", "user", ("harm_advbench", "harm_ailuminate", "pi_notinject_benign",
                      "pi_awesome_chatgpt_roleplay", *BENIGN)),
)


def measure(directory: Path, graph: Path) -> list[dict[str, Any]]:
    loaded = load_graph(graph)
    out: list[dict[str, Any]] = []
    for task, source, names in RUNS:
        for name in names:
            path = directory / f"{name}.jsonl"
            if not path.exists():
                continue
            scores = evaluate(loaded, path, task, source, progress=False)
            out.append({"task": task, "stage": source, "file": name, "unseen": name in UNSEEN,
                        "n": scores["n"], "recall": scores["recall"], "fpr": scores["fpr"],
                        "p50_ms": scores["p50_ms"]})
    return out


def _pct(value: float | None) -> str:
    return "—" if value is None else f"{value:.3f}"


def table(rows: list[dict[str, Any]], before: list[dict[str, Any]] | None = None) -> str:
    old = {(r["task"], r["stage"], r["file"]): r for r in before or []}
    lines = ["| task | stage | source | n | recall | FPR |", "|---|---|---|---|---|---|"]
    for r in rows:
        name = f"**{r['file']}** (unseen)" if r["unseen"] else r["file"]
        prev = old.get((r["task"], r["stage"], r["file"]))
        recall, fpr = _pct(r["recall"]), _pct(r["fpr"])
        if prev is not None:
            if r["recall"] is not None:
                recall = f"{_pct(prev['recall'])} → {recall}"
            if r["fpr"] is not None:
                fpr = f"{_pct(prev['fpr'])} → {fpr}"
        lines.append(f"| {r['task']} | {r['stage']} | {name} | {r['n']} | {recall} | {fpr} |")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("directory", nargs="?", type=Path, default=DEFAULT_DIR)
    parser.add_argument("--graph", type=Path, default=ROOT / "graphs" / "support.yaml")
    parser.add_argument("--json", type=Path, help="write the figures to this file")
    parser.add_argument("--before", type=Path, help="earlier --json output to show beside")
    args = parser.parse_args()
    rows = measure(args.directory, args.graph)
    if args.json:
        args.json.write_text(json.dumps(rows, indent=1) + "\n")
    before = json.loads(args.before.read_text()) if args.before else None
    print(table(rows, before))


if __name__ == "__main__":
    main()
