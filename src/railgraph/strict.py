"""The strict base model of every file railgraph reads: definitions, policies, rules.

A leaf module (it imports nothing of railgraph), so the spec, the policies and the models
all build on it without importing each other.
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict

__all__ = ["StrictModel"]


class StrictModel(BaseModel):
    """A pydantic model where unknown fields are errors (a typo is reported, never ignored)
    and fields with an alias also accept their own name. Subclasses add options as class
    keywords, e.g. ``class Rule(StrictModel, frozen=True)``."""

    model_config = ConfigDict(extra="forbid", populate_by_name=True)
