"""Schema migrations: old definitions are refused with a pointer to ``railgraph migrate``,
which upgrades them."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

from railgraph.cli import main
from railgraph.spec import migrate as migrations
from railgraph.spec.loader import load_graph

from .test_loader import DEGRADATION, NODES, VALID


def _from_draft(data: dict[str, Any]) -> dict[str, Any]:
    """Fixture schema 0: nodes were a mapping by id and `start` named the entry."""
    out = {k: v for k, v in data.items() if k not in ("nodes", "start")}
    out["entry"] = data["start"]
    out["nodes"] = [{"id": node_id, **body} for node_id, body in data["nodes"].items()]
    return out


@pytest.fixture
def draft_schema() -> Iterator[None]:
    migrations.register(0, _from_draft)
    yield
    migrations.unregister(0)


def _draft_text() -> str:
    data = yaml.safe_load(VALID)
    data["railgraph"] = 0
    data["start"] = data.pop("entry")
    data["nodes"] = {n.pop("id"): n for n in data["nodes"]}
    return "# yaml-language-server: $schema=graph.schema.json\n" + yaml.safe_dump(data, sort_keys=False)


def test_old_schema_is_refused_with_a_pointer_to_migrate(tmp_path: Path, draft_schema: None,
                                                         capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "old.yaml"
    path.write_text(_draft_text())
    assert main(["validate", str(path)]) == 2
    assert f"run `railgraph migrate {path}`" in capsys.readouterr().err


def test_migrate_upgrades_a_fixture_schema(tmp_path: Path, draft_schema: None) -> None:
    (tmp_path / "degradation.yaml").write_text(DEGRADATION)
    (tmp_path / "tinynodes.py").write_text(NODES)
    path = tmp_path / "old.yaml"
    path.write_text(_draft_text())
    assert main(["migrate", "--write", str(path)]) == 0
    text = path.read_text()
    assert text.startswith("# yaml-language-server:")
    loaded = load_graph(path)
    assert loaded.definition.entry == "first"
    assert [n.id for n in loaded.definition.nodes] == ["first", "work", "answer"]
    # Same content as the current-schema file it was derived from.
    (tmp_path / "new.yaml").write_text(VALID)
    assert loaded.graph_hash == load_graph(tmp_path / "new.yaml").graph_hash
    assert main(["migrate", str(path)]) == 0  # already current: nothing to do


def test_migrate_without_a_path_fails_cleanly(tmp_path: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "old.yaml"
    path.write_text(_draft_text())
    assert main(["migrate", str(path)]) == 2
    assert "no migration path from schema 0" in capsys.readouterr().err
