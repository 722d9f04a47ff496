"""Vocabulary of the rule-based detectors, kept as data with the provenance of every entry.

Each ``<detector>.yaml`` file holds a ``provenance`` table (short key -> where entries came
from) and ``groups``: for each group, the ``idea`` it stands for and its ``terms``, a mapping
of term -> provenance key. A term is a regular-expression fragment in the detector's own
dialect (a space is a word separator); a group compiles to one alternation, ``(?:a|b|...)``.
Nothing here is copied from evaluation data: every entry is written for an idea or taken from
a named public taxonomy, and the provenance says which.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

import yaml

__all__ = ["Group", "Vocabulary", "load"]


@dataclass(frozen=True, slots=True)
class Group:
    """One named group of terms."""

    name: str
    """Key of the group in its file."""
    idea: str
    """What the terms have in common (the idea a signal detects with them)."""
    terms: dict[str, str]
    """Term (a regex fragment) -> provenance key."""

    def alt(self) -> str:
        """The terms as one non-capturing alternation."""
        return "(?:" + "|".join(self.terms) + ")"


@dataclass(frozen=True, slots=True)
class Vocabulary:
    """The groups of one detector and what their provenance keys mean."""

    provenance: dict[str, str]
    """Provenance key -> where the entries marked with it came from."""
    groups: dict[str, Group]
    """Groups by name."""

    def alt(self, name: str) -> str:
        """Alternation of group ``name``."""
        return self.groups[name].alt()


def _parse(raw: Any, name: str) -> Vocabulary:
    if not isinstance(raw, dict) or not isinstance(raw.get("groups"), dict):
        raise ValueError(f"vocabulary {name}: needs 'provenance' and 'groups' mappings")
    provenance = {str(k): str(v) for k, v in (raw.get("provenance") or {}).items()}
    groups: dict[str, Group] = {}
    for key, body in raw["groups"].items():
        terms = {str(t): str(p) for t, p in (body.get("terms") or {}).items()}
        unknown = sorted({p for p in terms.values() if p not in provenance})
        if unknown or not terms:
            raise ValueError(f"vocabulary {name}, group {key}: "
                             + (f"unknown provenance {unknown}" if unknown else "no terms"))
        groups[str(key)] = Group(str(key), str(body.get("idea", "")), terms)
    return Vocabulary(provenance, groups)


@cache
def load(name: str) -> Vocabulary:
    """The vocabulary shipped as ``railgraph/guards/vocab/<name>.yaml``."""
    text = resources.files(__package__).joinpath(f"{name}.yaml").read_text(encoding="utf-8")
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    return _parse(yaml.load(text, Loader=loader), name)
