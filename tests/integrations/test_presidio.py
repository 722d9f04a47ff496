"""The optional Presidio detector (people, places) as a guard check written in the YAML."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from langchain_core.messages import HumanMessage

from railgraph.guards.base import redact
from railgraph.nodes import guard as guard_node
from railgraph.nodes.context import BuildContext
from railgraph.spec.loader import load_graph
from tests.integrations.test_guardrails_ai import problems, write_graph

presidio = pytest.importorskip("railgraph.integrations.presidio")
if presidio._missing():
    # The test extra installs it, so CI runs these; elsewhere they skip with the reason.
    if os.environ.get("CI"):
        pytest.fail(presidio._missing() or "", pytrace=False)
    pytest.skip(f"the 'presidio' extra is not installed: {presidio._missing()}",
                allow_module_level=True)

PRESIDIO = "railgraph.integrations.presidio:PresidioDetector"


def test_people_and_places_are_found_with_typed_spans() -> None:
    detector = presidio.PresidioDetector()
    text = "Hello, I am Maria Gonzalez and I moved from Madrid to Toronto last year."
    verdict = detector.check(text)
    assert verdict.flagged and verdict.category == "pii"
    found = {(text[s.start:s.end], s.type) for s in verdict.spans}
    assert ("Maria Gonzalez", "PERSON") in found
    assert {("Madrid", "LOCATION"), ("Toronto", "LOCATION")} <= found
    assert redact(text, verdict.spans) == ("Hello, I am <PERSON> and I moved from <LOCATION> to "
                                           "<LOCATION> last year.")
    assert "Maria" not in verdict.reason and "Madrid" not in verdict.reason


def test_text_without_names_or_places_passes() -> None:
    verdict = presidio.PresidioDetector().check("Where is my order 1002? It was due on Monday.")
    assert not verdict.flagged and verdict.spans == ()


def test_only_the_requested_entities_are_reported() -> None:
    text = "Maria Gonzalez lives in Madrid."
    people = presidio.PresidioDetector(entities=["PERSON"]).check(text)
    assert {s.type for s in people.spans} == {"PERSON"}


async def test_a_guard_redacts_names_from_the_yaml(tmp_path: Path) -> None:
    path = write_graph(tmp_path, f"""
        - detector: "{PRESIDIO}"
          params: {{entities: [PERSON]}}
          action: redact
    """)
    loaded = load_graph(path)
    body = guard_node.build(loaded.definition.node("g"), BuildContext(loaded))
    update = await body({"messages": [HumanMessage(content="This is John Smith, order 1002.",
                                                   id="m1")]}, {})
    assert update["messages"][0].content == "This is <PERSON>, order 1002."
    assert update["verdicts"][0]["verdict"] == "redact"
    assert "John" not in str(update["audit"])


def test_bad_parameters_and_a_missing_extra_are_located_errors(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = write_graph(tmp_path, f"""
        - detector: "{PRESIDIO}"
          params: {{entities: [PASSPORT]}}
    """)
    [problem] = problems(path)
    assert "graph.yaml:" in problem and "entities" in problem
    monkeypatch.setattr(presidio, "MODEL_PACKAGE", "no_such_spacy_model_package")
    path = write_graph(tmp_path, f"""
        - {{detector: "{PRESIDIO}"}}
    """)
    [problem] = problems(path)
    assert "graph.yaml:" in problem
    assert "no_such_spacy_model_package" in problem and "railgraph[presidio]" in problem
