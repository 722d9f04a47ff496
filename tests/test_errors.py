"""Every exception railgraph defines lives in errors.py and derives from RailgraphError."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import railgraph.errors as errors
from railgraph.errors import RailgraphError, public_error

SRC = Path(errors.__file__).resolve().parent


def test_no_module_but_errors_defines_an_exception_class() -> None:
    names = set(errors.__all__) | {"Exception", "BaseException"}
    found = []
    for path in sorted(SRC.rglob("*.py")):
        if path.name == "errors.py" and path.parent == SRC:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.ClassDef):
                continue
            bases = [ast.unparse(base).rsplit(".", 1)[-1] for base in node.bases]
            if any(b in names or b.endswith(("Error", "Exception")) for b in bases):
                found.append(f"{path.relative_to(SRC)}: {node.name}")
    assert found == []


def test_every_exception_derives_from_railgraph_error() -> None:
    classes = [getattr(errors, n) for n in errors.__all__]
    exceptions = [c for c in classes if isinstance(c, type) and issubclass(c, BaseException)]
    assert len(exceptions) >= 15
    assert [c.__name__ for c in exceptions if not issubclass(c, RailgraphError)] == []


@pytest.mark.parametrize(("cls", "stdlib"), [
    (errors.ExpressionError, ValueError),
    (errors.MigrationError, ValueError),
    (errors.DottedPathError, ImportError),
])
def test_callers_catching_the_stdlib_base_still_catch(cls: type, stdlib: type) -> None:
    with pytest.raises(stdlib):
        raise cls("bad")


def test_public_error_names_the_class_and_status_only() -> None:
    assert public_error(errors.TransientModelError("secret detail", 503)) == (
        "TransientModelError (status 503)")
    assert public_error(KeyError("customer 42")) == "KeyError"
