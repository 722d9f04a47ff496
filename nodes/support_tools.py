"""Tools of the reference support agent for an online shop.

Plain typed functions: a graph names them under ``tools:`` by dotted path
(``nodes.support_tools:lookup_order``), and langchain-core turns each into a tool
whose description is the docstring and whose arguments pydantic validates from
the type hints. The order table is a fixed, in-module fake so that the demo,
the tests and the notebooks give the same answers everywhere, offline.
"""

from __future__ import annotations

import copy
import hashlib
import re
from typing import Any, Literal

__all__ = [
    "ORDERS",
    "REFUND_POLICIES",
    "cancel_order",
    "create_ticket",
    "customer_record",
    "lookup_order",
    "refund_policy",
]

ORDER_ID = re.compile(r"\d{4,10}")
"""Order numbers are 4 to 10 digits, as printed on the confirmation e-mail."""

ORDERS: dict[str, dict[str, Any]] = {
    "10042": {
        "status": "shipped",
        "items": ["Trail running shoes (size 42)", "Merino socks (2 pairs)"],
        "carrier": "DHL",
        "tracking_number": "JD014600006281234567",
        "eta": "2026-11-27",
        "email": "jane.doe@example.com",
    },
    "10043": {
        "status": "processing",
        "items": ["Espresso machine"],
        "carrier": "not yet assigned",
        "tracking_number": None,
        "eta": "2026-12-02",
        "email": "sam.lee@example.com",
    },
    "10044": {
        "status": "delivered",
        "items": ["Desk lamp", "LED bulb (E27)"],
        "carrier": "UPS",
        "tracking_number": "1Z999AA10123456784",
        "eta": "2026-11-18",
        "email": "jane.doe@example.com",
    },
    "20001": {
        "status": "delayed",
        "items": ["Garden chair (set of 4)"],
        "carrier": "DPD",
        "tracking_number": "01234567890123",
        "eta": "2026-12-04",
        "email": "omar.haddad@example.org",
    },
    "31337": {
        "status": "cancelled",
        "items": ["Mechanical keyboard"],
        "carrier": None,
        "tracking_number": None,
        "eta": None,
        "email": "alex.kim@example.net",
    },
    "40000": {
        "status": "delivered",
        "items": ["E-book: The Pragmatic Gardener"],
        "carrier": "digital download",
        "tracking_number": None,
        "eta": "2026-11-10",
        "email": "jane.doe@example.com",
    },
}
"""The fake order table: order number → order. Every address is an example domain."""

REFUND_POLICIES: dict[str, dict[str, Any]] = {
    "general": {
        "policy": (
            "You can return most items within 30 days of delivery for a full refund. Items "
            "must be unused and in their original packaging. Refunds go back to the original "
            "payment method within 5-7 business days after we receive the return."
        ),
        "summary": "Returns within 30 days of delivery, unused, refunded in 5-7 business days.",
        "window_days": 30,
    },
    "damaged": {
        "policy": (
            "If an item arrives damaged or defective, tell us within 14 days of delivery with "
            "a photo of the damage. We send a free replacement or a full refund, including "
            "shipping costs, and you do not need to return the damaged item."
        ),
        "summary": "Damaged items: report within 14 days with a photo; free replacement or refund.",
        "window_days": 14,
    },
    "late": {
        "policy": (
            "If your order arrives more than 5 business days after its estimated delivery "
            "date, we refund the shipping costs. If it has not arrived 15 business days after "
            "that date, you can cancel the order for a full refund."
        ),
        "summary": "Late orders: shipping refunded after 5 days late; full refund after 15.",
        "window_days": 15,
    },
    "digital": {
        "policy": (
            "Digital products (e-books, downloads, gift codes) can be refunded within 14 days "
            "of purchase as long as they have not been downloaded or redeemed."
        ),
        "summary": "Digital products: refund within 14 days if not downloaded or redeemed.",
        "window_days": 14,
    },
}
"""Refund policy by topic."""

_TOPIC_ALIASES = {
    "broken": "damaged",
    "defective": "damaged",
    "faulty": "damaged",
    "delayed": "late",
    "delay": "late",
    "download": "digital",
    "ebook": "digital",
    "e-book": "digital",
}


def lookup_order(order_id: str) -> dict[str, Any]:
    """Look up an order by its order number (4 to 10 digits).

    Returns the order's status, items, carrier, tracking number, estimated
    delivery date (eta) and the e-mail address that shipping updates are sent to.
    An unknown order number returns an ``error`` field instead.
    """
    wanted = order_id.strip().removeprefix("#")
    if not ORDER_ID.fullmatch(wanted):
        raise ValueError(
            f"order_id must be an order number of 4 to 10 digits, got {order_id!r}"
        )
    order = ORDERS.get(wanted)
    if order is None:
        return {
            "order_id": wanted,
            "error": "order_not_found",
            "message": f"No order {wanted} was found. Please check the number on the "
            "order confirmation e-mail.",
        }
    # A copy: callers (and tool-result post-processing) must not edit the table.
    return {"order_id": wanted, **copy.deepcopy(order)}


def refund_policy(topic: str = "general") -> dict[str, Any]:
    """Get the shop's refund and return policy for a topic.

    Topics: general, damaged (broken or defective items), late (delayed
    deliveries) and digital (e-books, downloads). Other topics get the general policy.
    """
    key = topic.strip().lower()
    key = _TOPIC_ALIASES.get(key, key)
    if key in REFUND_POLICIES:
        return {"topic": key, **REFUND_POLICIES[key]}
    return {
        "topic": "general",
        "requested_topic": topic,
        "note": f"There is no specific policy for '{topic}'; the general policy applies.",
        **REFUND_POLICIES["general"],
    }


def create_ticket(
    summary: str, priority: Literal["low", "normal", "high"] = "normal"
) -> dict[str, Any]:
    """Open a support ticket for the human support team.

    Use it when the customer's problem needs a person (a complaint, a change to an
    order, anything the tools cannot do). ``summary`` says what the customer needs.
    """
    text = " ".join(summary.split())
    if not text:
        raise ValueError("summary must describe the customer's problem; it is empty")
    if len(text) > 1000:
        raise ValueError(f"summary is {len(text)} characters; keep it under 1000")
    # The id is derived from the content so that replays of a conversation agree.
    digest = hashlib.sha256(f"{priority}|{text}".encode()).hexdigest()[:8].upper()
    return {
        "ticket_id": f"TCK-{digest}",
        "summary": text,
        "priority": priority,
        "status": "open",
        "queue": "customer-support",
    }


def _order(order_id: str) -> tuple[str, dict[str, Any]]:
    wanted = order_id.strip().removeprefix("#")
    if not ORDER_ID.fullmatch(wanted):
        raise ValueError(f"order_id must be an order number of 4 to 10 digits, got {order_id!r}")
    if wanted not in ORDERS:
        raise LookupError(f"no order {wanted}")
    return wanted, ORDERS[wanted]


def cancel_order(order_id: str, reason: str = "customer request") -> dict[str, Any]:
    """Cancel an order that has not shipped yet, refunding the customer in full.

    It changes the order and moves money, so the tools policy marks it as a
    write with high stakes: it only runs once a person has confirmed it.
    """
    wanted, order = _order(order_id)
    if order["status"] not in ("processing",):
        return {"order_id": wanted, "cancelled": False,
                "message": f"Order {wanted} is {order['status']} and can no longer be cancelled."}
    # The fake table is not changed: the demo and the tests must give the same answers each run.
    return {"order_id": wanted, "cancelled": True, "refund": "full", "reason": reason[:200],
            "message": f"Order {wanted} is cancelled and will be refunded in full."}


def customer_record(order_id: str) -> dict[str, Any]:
    """The customer behind an order and all of their orders (for support staff only)."""
    wanted, order = _order(order_id)
    email = order["email"]
    orders = sorted(k for k, v in ORDERS.items() if v["email"] == email)
    return {"order_id": wanted, "email": email, "orders": orders}
