"""Measure the optional Presidio detector (people and places) on Presidio's synthetic set.

Usage: ``python bench/eval_presidio.py [EVALDATA_DIR]`` (needs ``pip install -e '.[presidio]'``)

The data names places ``GPE`` (cities, countries) and ``STREET_ADDRESS``; Presidio calls both
``LOCATION``. Recall is per gold type: a gold span counts as found when a predicted span of
the matching Presidio type overlaps it. Precision is per predicted type: a predicted span is
right when it overlaps a gold span of a matching type (rows marked ``spans_complete: false``
are left out of precision). Latency is per check, after the model has loaded.
"""

from __future__ import annotations

import statistics
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from eval_detectors import DEFAULT_DIR, overlaps, rate, rows
from railgraph.integrations.presidio import PresidioDetector

MATCHES = {"PERSON": {"PERSON"}, "LOCATION": {"GPE", "STREET_ADDRESS", "LOCATION"}}
"""Presidio type -> the gold types it stands for."""


def main() -> None:
    directory = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_DIR
    detector = PresidioDetector(entities=sorted(MATCHES))
    detector.check("warm-up: Jane lives in Paris.")
    found, support, right, predicted = Counter[str](), Counter[str](), Counter[str](), Counter[str]()
    times: list[float] = []
    for row in rows(directory / "pii_presidio_synth_v2.jsonl"):
        text = row["text"]
        start = time.perf_counter()
        spans = detector.check(text).spans
        times.append((time.perf_counter() - start) * 1000)
        gold = [(int(s["start"]), int(s["end"]), str(s["type"])) for s in row.get("spans") or []]
        for g_start, g_end, g_type in gold:
            kinds = [k for k, golds in MATCHES.items() if g_type in golds]
            if not kinds:
                continue
            support[g_type] += 1
            found[g_type] += any(s.type in kinds and overlaps((s.start, s.end), (g_start, g_end))
                                 for s in spans)
        if row.get("spans_complete", True) is False:
            continue
        for s in spans:
            predicted[s.type] += 1
            right[s.type] += any(g_type in MATCHES[s.type] and overlaps((s.start, s.end), (a, b))
                                 for a, b, g_type in gold)
    print("Presidio (spaCy en_core_web_sm) on pii_presidio_synth_v2.jsonl")
    for g_type in sorted(support):
        print(f"  recall    {g_type:<15} {rate(found[g_type], support[g_type])}")
    for p_type in sorted(predicted):
        print(f"  precision {p_type:<15} {rate(right[p_type], predicted[p_type])}")
    times.sort()
    print(f"  per check: p50 {statistics.median(times):.2f} ms, "
          f"p99 {times[int(len(times) * 0.99)]:.2f} ms")


if __name__ == "__main__":
    main()
