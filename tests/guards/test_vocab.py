"""The detectors' vocabulary is data with provenance for every entry."""

from __future__ import annotations

import re

import pytest

from railgraph.guards.vocab import load


@pytest.mark.parametrize("name", ["injection", "harm", "harm_conduct", "tool_actions"])
def test_every_term_has_a_known_provenance_and_its_group_an_idea(name: str) -> None:
    vocab = load(name)
    assert vocab.groups
    for group in vocab.groups.values():
        assert group.idea.strip(), group.name
        for term, source in group.terms.items():
            assert source in vocab.provenance, (group.name, term)
            re.compile(term)
        re.compile(group.alt())


def test_words_taken_from_development_rows_are_not_in_the_vocabulary() -> None:
    injection = load("injection")
    assert not any("elucidation" in t for g in injection.groups.values() for t in g.terms)
    harm = load("harm")
    assert not any("racist or sexist decisions" in t for g in harm.groups.values() for t in g.terms)


def test_harm_vocabulary_holds_the_people_weapons_drugs_and_verbs() -> None:
    groups = load("harm").groups
    for name in ("person", "group", "minor", "weapons", "explosives", "drugs", "malware",
                 "create", "request_verbs"):
        assert name in groups
