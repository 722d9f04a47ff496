"""PII detector on written phone formats and on synthetic log lines without personal data.

    python bench/pii_formats.py [--lines 6000] [--json OUT]

Two figures the detector's own tests cannot give as rates:

* phone recall over the formats of many locales, with the numbers drawn by Faker (when
  installed; it is not a dependency) and placed after a phone word, and with no
  describing word at all;
* the share of log lines without personal data that get any finding, over lines built
  here from the shapes that servers, runtimes and kernels print (timestamps, durations,
  byte counts, ids, versions, ranges, ports, trace ids), with random values.

Neither is held-back data: both were used while writing the rules.
"""

from __future__ import annotations

import argparse
import json
import random
import uuid
from collections import Counter
from collections.abc import Callable

from railgraph.guards.pii import PIIDetector

LOCALES = ("en_US", "en_GB", "de_DE", "de_AT", "fr_FR", "en_IN", "en_AU", "es_ES", "it_IT",
           "nl_NL", "pt_BR", "en_CA", "ja_JP", "en_NZ", "en_IE", "sv_SE", "pl_PL", "es_MX")
LABELLED = ("Call me at {p}.", "Phone: {p}", "my phone number is {p} thanks",
            "Contact {p} for support", "Reach Dana on {p} or by mail.", "Tel. {p}\nEmail a@b.com")
UNLABELLED = ("Dana will be there at 5 with {p}.", "{p}", "see {p}")


def _log_templates(r: random.Random) -> list[Callable[[], str]]:
    def d(n: int) -> str:
        return str(r.randint(10 ** (n - 1), 10**n - 1))

    def z(n: int) -> str:
        return str(r.randint(0, 10**n - 1)).zfill(n)

    def ts() -> str:
        return (f"20{r.randint(10, 25)}-{r.randint(1, 12):02d}-{r.randint(1, 28):02d} "
                f"{r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}")

    def hexs(n: int) -> str:
        return "".join(r.choice("0123456789abcdef") for _ in range(n))

    def ip() -> str:
        return f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"

    return [
        lambda: f"{ts()},{z(3)} INFO [pool-{r.randint(1, 9)}-thread-{r.randint(1, 40)}] Worker -"
                f" processed {d(r.randint(3, 9))} records in {d(r.randint(2, 5))} ms",
        lambda: f"{z(6)} {z(6)} {r.randint(1, 999)} INFO dfs.DataNode$PacketResponder: Received"
                f" block blk_{d(18)} of size {d(8)}",
        lambda: f"{ts()} pid={d(r.randint(3, 6))} tid={d(r.randint(3, 6))} msg=\"done\""
                f" duration_ms={d(r.randint(1, 5))} bytes={d(r.randint(3, 10))} status=200",
        lambda: f"{r.randint(1, 12):02d}-{r.randint(1, 28):02d} 16:13:38.{z(3)}  {d(4)}  {d(4)} D"
                f" ActivityManager: Start proc {d(r.randint(4, 5))}:com.example/u0a{d(3)}",
        lambda: f"Heap: used={d(9)} committed={d(10)} max={d(10)} gc_count={d(r.randint(1, 6))}",
        lambda: f"- {d(10)} {ts()[:10].replace('-', '.')} R{z(2)}-M1-N{r.randint(0, 9)} RAS KERNEL"
                f" INFO {d(r.randint(1, 7))} double-hummer alignment exceptions",
        lambda: f"job {ts()[:10].replace('-', '')}-{z(6)}-{d(4)} finished: {d(r.randint(2, 7))}"
                f" rows, {d(r.randint(1, 4))} errors, exit {r.randint(0, 255)}",
        lambda: f"GET /api/v1/orders/{d(r.randint(5, 12))}?page={r.randint(1, 99)} 200"
                f" {r.randint(1, 999)}.{z(2)}ms {d(r.randint(2, 6))}b",
        lambda: f"Retrying in {d(r.randint(3, 5))} ms (attempt {r.randint(1, 5)}/5), request id"
                f" {uuid.UUID(int=r.getrandbits(128))}",
        lambda: f"kernel: [{d(r.randint(3, 7))}.{z(6)}] usb {r.randint(1, 4)}-{r.randint(1, 4)}:"
                f" new high-speed USB device number {r.randint(1, 30)}",
        lambda: f"sequence {z(10)} acked, window {r.randint(1, 65535)}, rtt {r.randint(1, 500)} ms",
        lambda: f"{ts()} WARN disk /dev/sdb1 {r.randint(50, 99)}% full: {d(r.randint(4, 9))}"
                f" {d(r.randint(3, 8))} {d(r.randint(3, 8))} blocks",
        lambda: f"build {r.randint(0, 9)}.{r.randint(0, 40)}.{r.randint(0, 300)}-rc1+b{d(4)}"
                f" (commit {hexs(7)}) started at {d(10)}",
        lambda: f"Loaded module version {r.randint(1, 9)}.{r.randint(0, 9)}.{r.randint(0, 9)}."
                f"{r.randint(0, 9)} from cache",
        lambda: f"snmp oid 1.3.6.1.4.1.{d(4)}.{r.randint(1, 9)} value {d(r.randint(1, 9))}",
        lambda: f"{ts()} trace_id={hexs(32)} span_id={hexs(16)} took {r.randint(1, 9)}.{z(3)}s",
        lambda: f"Order {d(r.randint(6, 12))} shipped, tracking {d(4)} {d(4)} {d(4)} {d(2)}",
        lambda: f"txn {d(r.randint(12, 19))} committed at lsn {d(r.randint(6, 16))}",
        lambda: f"{ts()} metrics mem={d(r.randint(6, 10))} net_rx={d(r.randint(4, 12))}"
                f" net_tx={d(r.randint(4, 12))}",
        lambda: f"range {r.randint(100, 599)}-{r.randint(100, 599)} allowed; ports"
                f" {r.randint(1024, 49151)}-{r.randint(49152, 65535)} reserved",
        lambda: f"[{ts()}] worker {r.randint(1, 64)} handled {d(r.randint(1, 7))} requests"
                f" ({d(r.randint(1, 4))} {d(3)} bytes total)",
        lambda: f"{ts()} sshd[{d(r.randint(3, 6))}]: Accepted publickey from {ip()} port"
                f" {r.randint(1024, 65535)} ssh2",
        lambda: f"{ts()} INFO checkpoint {d(r.randint(1, 6))} size {d(r.randint(4, 11))}"
                f" ({r.randint(1, 999)} MB) written to s3://bucket/ckpt/{d(r.randint(8, 13))}",
        lambda: f"offset {d(r.randint(6, 12))} partition {r.randint(0, 63)} lag {d(r.randint(1, 7))}",
        lambda: f"{ts()} mysqld {d(r.randint(3, 6))} Query select * from t where id in"
                f" ({d(r.randint(3, 7))}, {d(r.randint(3, 7))}, {d(r.randint(3, 7))})",
        lambda: f"stats {d(r.randint(1, 4))} {d(r.randint(3, 4))} {d(r.randint(3, 4))}"
                f" {d(r.randint(1, 4))}",
        lambda: f"{ts()} INFO home dir quota {d(3)} {d(4)} {d(4)} used",
        lambda: f"call stack depth {r.randint(1, 99)}: frame {d(3)}-{d(3)}-{d(4)} at 0x{hexs(8)}",
        lambda: f"contact sync: {d(3)}.{d(3)}.{d(4)} items, {r.randint(0, 9)} conflicts",
        lambda: f"message queue depth {d(3)} {d(3)} {d(3)}",
        lambda: f"timestamp {d(4)} {d(3)} {d(4)} delta {d(3)}",
        lambda: f"ranges {d(4)}-{d(4)}, {d(5)}-{d(5)} scanned",
        lambda: f"ticket #{d(7)} moved to review by bot",
    ]


def log_lines(n: int, seed: int = 7) -> list[str]:
    """``n`` synthetic log lines without personal data (IP addresses of hosts aside)."""
    r = random.Random(seed)
    templates = _log_templates(r)
    return [r.choice(templates)() for _ in range(n)]


def log_false_alarms(detector: PIIDetector, lines: list[str]) -> dict[str, object]:
    flagged = 0
    kinds: Counter[str] = Counter()
    for line in lines:
        # Host addresses in machine output are IP_ADDRESS findings by design.
        found = [s for s in detector.find(line) if s.type != "IP_ADDRESS"]
        flagged += bool(found)
        kinds.update(s.type for s in found)
    return {"lines": len(lines), "flagged_rate": round(flagged / len(lines), 4),
            "by_type": dict(kinds)}


def phone_recall(detector: PIIDetector, per_locale: int = 200) -> dict[str, object] | None:
    try:
        from faker import Faker
    except ImportError:
        return None
    out: dict[str, object] = {}
    for templates, name in ((LABELLED, "labelled"), (UNLABELLED, "unlabelled")):
        total = hits = 0
        per: dict[str, float] = {}
        for locale in LOCALES:
            fake = Faker(locale)
            fake.seed_instance(2)
            n = k = 0
            for _ in range(per_locale):
                number = fake.phone_number()
                for template in templates:
                    text = template.format(p=number)
                    at = text.index(number)
                    n += 1
                    k += any(s.type == "PHONE_NUMBER" and s.start < at + len(number)
                             and s.end > at for s in detector.find(text))
            per[locale] = round(k / n, 4)
            total, hits = total + n, hits + k
        out[name] = {"recall": round(hits / total, 4), "by_locale": per}
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--lines", type=int, default=6000)
    parser.add_argument("--json", help="write the figures to this file")
    args = parser.parse_args()
    detector = PIIDetector()
    result = {"log_lines": log_false_alarms(detector, log_lines(args.lines)),
              "phones": phone_recall(detector)}
    text = json.dumps(result, indent=2)
    print(text)
    if args.json:
        with open(args.json, "w", encoding="utf-8") as fh:
            fh.write(text + "\n")


if __name__ == "__main__":
    main()
