"""The asynchronous job pattern on the LangGraph server: submit a background run, poll it.

A client that cannot hold a request open for a whole turn (a web front end, a queue worker, a
slow model) submits the turn as a *background run*, gets a run id back at once, and polls the
run's status until it is done; then it reads the answer from the thread's state. A run that
asks for a human ends ``success`` too, with the hand-over request in the thread's state
(``tasks[].interrupts``); the thread waits there, durably, for ``command={"resume": ...}``.

    railgraph serve &                                     # http://127.0.0.1:2024
    RAILGRAPH_API_KEY=... python examples/async_jobs.py "Where is my order 10042?"
"""

from __future__ import annotations

import argparse
import os
import sys
import time

from langgraph_sdk import get_sync_client

DONE = {"success", "error", "timeout", "interrupted"}
"""Run statuses that end polling (``pending`` and ``running`` do not)."""


def submit_and_poll(url: str, key: str, message: str, *, every: float = 1.0,
                    deadline: float = 120.0) -> dict[str, object]:
    """Submit one turn as a background run and poll until it ends; returns a summary."""
    client = get_sync_client(url=url, headers={"Authorization": f"Bearer {key}"})
    thread = client.threads.create()
    # 1. Submit: the server answers at once with the run's id and status "pending".
    run = client.runs.create(thread["thread_id"], "support",
                             input={"messages": [{"role": "user", "content": message}]})
    print(f"submitted run {run['run_id']} on thread {thread['thread_id']}: {run['status']}")
    # 2. Poll: the client is free in between (a real one would come back later, or use a webhook).
    #    Every poll is a request against the key's rate limit: poll no faster than it allows.
    give_up = time.monotonic() + deadline
    while run["status"] not in DONE:
        if time.monotonic() > give_up:
            raise TimeoutError(f"run {run['run_id']} still {run['status']} after {deadline} s")
        time.sleep(every)
        run = client.runs.get(thread["thread_id"], run["run_id"])
        print(f"  status: {run['status']}")
    # 3. Collect: the answer (or the human hand-over request) is in the thread's state.
    state = client.threads.get_state(thread["thread_id"])
    values = state["values"] if isinstance(state["values"], dict) else {}
    interrupts = [i["value"] for task in state["tasks"] for i in task.get("interrupts", [])]
    return {"thread_id": thread["thread_id"], "status": run["status"],
            "response": values.get("response"), "waiting_for_human": interrupts[0] if interrupts else None}


def main() -> int:
    parser = argparse.ArgumentParser(description="Submit a support turn as a background run and poll it.")
    parser.add_argument("message", nargs="?", default="Where is my order 10042?")
    parser.add_argument("--url", default=os.environ.get("RAILGRAPH_URL", "http://127.0.0.1:2024"))
    args = parser.parse_args()
    key = os.environ.get("RAILGRAPH_API_KEY")
    if not key:
        print("set RAILGRAPH_API_KEY to a key of the server", file=sys.stderr)
        return 2
    outcome = submit_and_poll(args.url, key, args.message)
    if outcome["waiting_for_human"]:
        print(f"{outcome['status']}, waiting for a human: {outcome['waiting_for_human']}")
    else:
        print(f"{outcome['status']}: {outcome['response']}")
    return 0 if outcome["status"] == "success" else 1


if __name__ == "__main__":
    raise SystemExit(main())
