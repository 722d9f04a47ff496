"""Resolve dotted paths (``package.module:attribute``) from a project root."""

from __future__ import annotations

import importlib
import re
import sys
from pathlib import Path
from typing import Any

from railgraph.errors import DottedPathError

__all__ = ["DOTTED_PATH", "DottedPathError", "import_dotted"]

DOTTED_PATH = re.compile(r"^[A-Za-z_][\w.]*:[A-Za-z_][\w.]*$")


def import_dotted(path: str, root: Path | None = None) -> Any:
    """Import ``module:attr`` with ``root`` on ``sys.path``."""
    if not DOTTED_PATH.match(path):
        raise DottedPathError(f"'{path}' is not a dotted path of the form package.module:name")
    if root is not None:
        entry = str(root.resolve())
        if entry not in sys.path:
            sys.path.insert(0, entry)
    module_name, _, attr = path.partition(":")
    try:
        module = importlib.import_module(module_name)
    except ModuleNotFoundError as exc:
        raise DottedPathError(f"cannot import '{path}': no module named '{exc.name}'") from None
    except Exception as exc:  # the user's module itself failed while importing
        raise DottedPathError(
            f"cannot import '{path}': module '{module_name}' raised "
            f"{type(exc).__name__}: {exc}"
        ) from None
    target: Any = module
    for part in attr.split("."):
        try:
            target = getattr(target, part)
        except AttributeError:
            raise DottedPathError(f"cannot import '{path}': '{module_name}' has no '{attr}'") from None
    return target
