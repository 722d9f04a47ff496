"""The detectors' vocabulary is data with provenance for every entry."""

from __future__ import annotations

import re

from railgraph.guards.vocab import load


def test_every_injection_term_has_a_known_provenance_and_its_group_an_idea() -> None:
    vocab = load("injection")
    assert vocab.groups
    for group in vocab.groups.values():
        assert group.idea.strip(), group.name
        for term, source in group.terms.items():
            assert source in vocab.provenance, (group.name, term)
            re.compile(term)
    # Words taken from development rows are not in the vocabulary.
    assert not any("elucidation" in t for g in vocab.groups.values() for t in g.terms)
