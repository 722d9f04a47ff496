"""Notebooks run headless, top to bottom, offline."""

from __future__ import annotations

from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient

pytestmark = pytest.mark.slow

NOTEBOOKS = sorted((Path(__file__).resolve().parents[2] / "notebooks").glob("*.ipynb"))


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_notebook_executes(path: Path, redis_url: str, redis_prefix: str,
                           monkeypatch: pytest.MonkeyPatch) -> None:
    # The kernel inherits these: the suite's Redis, under this test's own key prefix.
    monkeypatch.setenv("REDIS_URL", redis_url)
    monkeypatch.setenv("RAILGRAPH_REDIS_PREFIX", redis_prefix)
    notebook = nbformat.read(path, as_version=4)
    client = NotebookClient(notebook, timeout=120, kernel_name="python3",
                            resources={"metadata": {"path": str(path.parent)}})
    client.execute()  # raises CellExecutionError naming the failing cell
    outputs = [o for cell in notebook.cells if cell.cell_type == "code" for o in cell.outputs]
    assert not [o for o in outputs if o.get("output_type") == "error"]
    text = "".join(o.get("text", "") for o in outputs)
    assert "<EMAIL_ADDRESS>" in text and "user_requested" in text
    if path.name == "explore_support.ipynb":
        shown = "".join(o.get("data", {}).get("text/markdown", "") for o in outputs)
        assert shown.startswith("```mermaid") and "input_guard" in shown  # drawn offline
        assert "whole thread: $" in text and "original thread still answers" in text


def test_notebooks_match_their_generator() -> None:
    import importlib.util

    spec = importlib.util.spec_from_file_location("notebooks_build", NOTEBOOKS[0].parent / "build.py")
    assert spec is not None and spec.loader is not None
    build = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build)
    committed = nbformat.read(NOTEBOOKS[0].parent / "explore_support.ipynb", as_version=4)
    generated = build.build(build.EXPLORE_SUPPORT)
    assert [(c.cell_type, c.source) for c in committed.cells] == \
        [(c.cell_type, c.source) for c in generated.cells], "run: python notebooks/build.py"


def test_there_are_notebooks() -> None:
    assert NOTEBOOKS
