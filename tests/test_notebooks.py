"""Notebooks run headless, top to bottom, offline."""

from __future__ import annotations

from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient

NOTEBOOKS = sorted((Path(__file__).resolve().parent.parent / "notebooks").glob("*.ipynb"))


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


def test_there_are_notebooks() -> None:
    assert NOTEBOOKS
