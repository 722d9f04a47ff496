"""A slow stand-in for the order tool, for crash tests run in a subprocess.

``SLOW_TOOL_SECONDS`` delays each call; ``SLOW_TOOL_MARKER`` names a file written when a call
starts, so a test knows the process is inside the tool step before it kills it.
"""

from __future__ import annotations

import os
import time
from pathlib import Path
from typing import Any

from nodes.support_tools import lookup_order as _lookup_order


def lookup_order(order_id: str) -> dict[str, Any]:
    """Look up an order by its order number (4 to 10 digits)."""
    marker = os.environ.get("SLOW_TOOL_MARKER")
    if marker:
        Path(marker).write_text(str(os.getpid()))
    time.sleep(float(os.environ.get("SLOW_TOOL_SECONDS") or 0))
    return _lookup_order(order_id)


CALLS: dict[str, int] = {}
"""Calls that reached :func:`unreachable_lookup`, by order id."""


def unreachable_lookup(order_id: str) -> dict[str, Any]:
    """An order service that is down: every call fails with a connection error."""
    CALLS[order_id] = CALLS.get(order_id, 0) + 1
    raise ConnectionError("order service at 10.0.0.7:8443 refused the connection")
