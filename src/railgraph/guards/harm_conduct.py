"""Requests to commit non-violent crimes and to obtain indiscriminate weapons, as act x object.

Filled from the categories of public hazard taxonomies (see ``vocab/harm_conduct.yaml``);
the detector in :mod:`.harm` scores these as capability targets.
"""

from __future__ import annotations

__all__ = ["CONDUCT"]

CONDUCT: dict[str, tuple[str, ...]] = {}
"""Category -> patterns (each needs a request framing; protective framing damps it)."""
