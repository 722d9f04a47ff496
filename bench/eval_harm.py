"""Measure the harmful-content detector on the public development sets in ``shared/evaldata``.

Usage: ``python bench/eval_harm.py [EVALDATA_DIR] [--threshold T] [--show-errors N]``

Prints the detection rate (recall) on the AdvBench harmful requests, the
false-positive rate on the benign rows (label 0) of the over-defence and role-play
sets, the flagged categories, and the median and p99 latency of one check.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from eval_detectors import rate
from railgraph.evaluate import read_rows
from railgraph.guards.harm import HarmDetector

DEFAULT_DIR = Path(__file__).resolve().parents[2] / "shared" / "evaldata"
HARMFUL_FILES = ("harm_advbench.jsonl",)
BENIGN_FILES = ("pi_notinject_benign.jsonl", "pi_awesome_chatgpt_roleplay.jsonl")


def rows(path: Path) -> Iterator[dict[str, Any]]:
    return read_rows(path)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("directory", nargs="?", type=Path, default=DEFAULT_DIR)
    parser.add_argument("--threshold", type=float, default=0.5)
    parser.add_argument("--show-errors", type=int, default=0, metavar="N")
    args = parser.parse_args(argv)

    detector = HarmDetector(threshold=args.threshold)
    timings: list[float] = []

    def check(text: str) -> tuple[bool, str | None]:
        start = time.perf_counter()
        verdict = detector.check(text)
        timings.append(time.perf_counter() - start)
        return verdict.flagged, verdict.category

    print(f"== harm (threshold {args.threshold})")
    for name in HARMFUL_FILES:
        path = args.directory / name
        if not path.exists():
            continue
        data = [r for r in rows(path) if r["label"] == 1]
        cats: Counter[str] = Counter()
        misses: list[str] = []
        for row in data:
            flagged, category = check(row["text"])
            if flagged:
                cats[category or "?"] += 1
            else:
                misses.append(row["text"])
        caught = len(data) - len(misses)
        print(f"{name:38} recall          {rate(caught, len(data))}")
        print(f"{'':38} categories      {dict(cats.most_common())}")
        for text in misses[: args.show_errors]:
            print(f"    missed: {text[:160]}")
    for name in BENIGN_FILES:
        path = args.directory / name
        if not path.exists():
            continue
        data = [r for r in rows(path) if r["label"] == 0]
        false_pos: list[str] = []
        for row in data:
            flagged, category = check(row["text"])
            if flagged:
                false_pos.append(f"[{category}] {row['text']}")
        print(f"{name:38} false positives {rate(len(false_pos), len(data))}")
        for text in false_pos[: args.show_errors]:
            print(f"    flagged: {text[:160]}")

    # Latency: the same texts again, after warm-up, so compiled patterns are cached.
    timings.clear()
    for name in HARMFUL_FILES + BENIGN_FILES:
        path = args.directory / name
        if path.exists():
            for row in rows(path):
                check(row["text"])
    if timings:
        ordered = sorted(timings)
        p99 = ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))]
        print(
            f"latency per check: median {statistics.median(ordered) * 1e6:.0f} us, "
            f"p99 {p99 * 1e6:.0f} us, max {ordered[-1] * 1e6:.0f} us over {len(ordered)} checks"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
