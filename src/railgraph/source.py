"""Read a YAML file into plain data while remembering where every value sits.

The one reader of every YAML file railgraph loads: graph definitions, policies, scripted
model rules, API keys. PyYAML's composer already knows the line and column of every node;
this module keeps them in a table keyed by the path of the value (``("nodes", 2, "kind")``)
so that schema and reference errors can be reported as ``FILE:LINE:COL``; :func:`data_path`
and :func:`path_text` turn a pydantic error's ``loc`` into that path and into the words a
message uses (``rules[1].match[0]``).

Hostile input is expected: the file size, the nesting depth and the number of
values reached through aliases are bounded before anything else reads the data.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from railgraph.errors import DefinitionError, Problem

__all__ = [
    "MAX_BYTES",
    "MAX_DEPTH",
    "MAX_VALUES",
    "Located",
    "data_path",
    "locate",
    "parse_yaml",
    "path_text",
    "read_yaml",
]

MAX_BYTES = 2 * 1024 * 1024
"""Largest definition or policy file accepted."""
MAX_DEPTH = 64
"""Deepest nesting of mappings and lists accepted."""
MAX_VALUES = 200_000
"""Most values a document may expand to (stops alias bombs)."""

PathKey = tuple[Hashable, ...]


@dataclass
class Located:
    """Parsed YAML data plus the position of each value."""

    file: str
    """The file as the user named it."""
    data: Any
    """The document as plain Python data."""
    positions: dict[PathKey, tuple[int, int]] = field(default_factory=dict)
    """1-based (line, column) of the value at each path."""
    key_positions: dict[PathKey, tuple[int, int]] = field(default_factory=dict)
    """1-based (line, column) of the mapping key introducing each path."""

    def at(self, path: PathKey, message: str, *, key: bool = False) -> Problem:
        """A problem located at ``path``, or at its nearest located ancestor."""
        table = self.key_positions if key else self.positions
        probe = tuple(path)
        while probe:
            if probe in table:
                line, col = table[probe]
                return Problem(self.file, line, col, message)
            if probe in self.positions:
                line, col = self.positions[probe]
                return Problem(self.file, line, col, message)
            probe = probe[:-1]
        line, col = self.positions.get((), (1, 1))
        return Problem(self.file, line, col, message)


class _BoundedLoader(yaml.SafeLoader):
    """SafeLoader that refuses documents nested deeper than ``MAX_DEPTH``."""

    def __init__(self, stream: str) -> None:
        super().__init__(stream)
        self._depth = 0

    def compose_node(self, parent: Any, index: Any) -> Any:
        self._depth += 1
        try:
            if self._depth > MAX_DEPTH:
                mark = self.peek_event().start_mark
                raise yaml.MarkedYAMLError(
                    problem=f"nesting deeper than {MAX_DEPTH} levels", problem_mark=mark
                )
            return super().compose_node(parent, index)
        finally:
            self._depth -= 1


def _line_col(text: str, offset: int) -> tuple[int, int]:
    line = text.count("\n", 0, offset) + 1
    col = offset - (text.rfind("\n", 0, offset) + 1) + 1
    return line, col


def read_yaml(path: Path, display: str | None = None, *, max_bytes: int = MAX_BYTES) -> Located:
    """Parse ``path``; raise :class:`DefinitionError` with located problems."""
    name = display or str(path)

    def fail(line: int, col: int, message: str) -> DefinitionError:
        return DefinitionError([Problem(name, line, col, message)])

    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise fail(1, 1, f"file is {size / 1e6:.1f} MB; the limit is {max_bytes / 1e6:.1f} MB")
        raw = path.read_bytes()
    except DefinitionError:
        raise
    except IsADirectoryError:
        raise fail(1, 1, "is a directory, not a YAML file") from None
    except FileNotFoundError:
        raise fail(1, 1, "file not found") from None
    except OSError as exc:
        raise fail(1, 1, f"cannot read file: {exc.strerror or exc}") from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line, col = _line_col(raw[: exc.start].decode("utf-8", "replace"), exc.start)
        raise fail(line, col, "not UTF-8 text (is this a binary file?)") from None
    return parse_yaml(text, name)


def parse_yaml(text: str, name: str = "<string>") -> Located:
    """Parse YAML text; see :func:`read_yaml`."""
    if not text.strip():
        raise DefinitionError([Problem(name, 1, 1, "file is empty")])
    loader = None
    try:
        loader = _BoundedLoader(text)  # the reader rejects control characters right here
        node = loader.get_single_node()
        if node is None:
            raise DefinitionError([Problem(name, 1, 1, "file holds no YAML document")])
        located = Located(name, None)
        _index(node, (), located, [0])
        data = loader.construct_document(node)
    except DefinitionError:
        raise
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line, col = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        what = " ".join(str(p) for p in (exc.context, exc.problem) if p) or "invalid YAML"
        raise DefinitionError([Problem(name, line, col, f"YAML syntax: {what}")]) from None
    except yaml.reader.ReaderError as exc:
        line, col = _line_col(text, exc.position)
        raise DefinitionError(
            [Problem(name, line, col, f"YAML syntax: unacceptable character #x{exc.character:04x}")]
        ) from None
    except yaml.YAMLError as exc:
        raise DefinitionError([Problem(name, 1, 1, f"YAML syntax: {exc}")]) from None
    except RecursionError:
        raise DefinitionError([Problem(name, 1, 1, "document nested too deeply")]) from None
    except (ValueError, TypeError, OverflowError) as exc:
        # Constructors raise these for values such as unhashable mapping keys.
        raise DefinitionError([Problem(name, 1, 1, f"YAML value not supported: {exc}")]) from None
    finally:
        if loader is not None:
            loader.dispose()
    located.data = data
    return located


def _scalar_key(node: yaml.Node) -> Hashable:
    if isinstance(node, yaml.ScalarNode):
        return str(node.value)
    return f"<{type(node).__name__}>"


def _index(node: yaml.Node, path: PathKey, out: Located, budget: list[int]) -> None:
    budget[0] += 1
    if budget[0] > MAX_VALUES:
        mark = node.start_mark
        raise DefinitionError(
            [Problem(out.file, mark.line + 1, mark.column + 1,
                     f"document expands to more than {MAX_VALUES} values (alias bomb?)")]
        )
    # A quoted scalar's text starts one column after its quote.
    quoted = isinstance(node, yaml.ScalarNode) and node.style in ("'", '"')
    out.positions[path] = (node.start_mark.line + 1, node.start_mark.column + 1 + quoted)
    if isinstance(node, yaml.MappingNode):
        seen: dict[Hashable, yaml.Node] = {}
        for key_node, value_node in node.value:
            key = _scalar_key(key_node)
            if key_node.tag == "tag:yaml.org,2002:bool":
                mark = key_node.start_mark
                raise DefinitionError(
                    [Problem(out.file, mark.line + 1, mark.column + 1,
                             f"key '{key}' is read by YAML as a boolean; quote it ('{key}')")]
                )
            if key == "<<":
                continue  # merge keys: the merged values are indexed where they were written
            if key in seen:
                mark = key_node.start_mark
                raise DefinitionError(
                    [Problem(out.file, mark.line + 1, mark.column + 1,
                             f"duplicate key '{key}' (first at line {seen[key].start_mark.line + 1})")]
                )
            seen[key] = key_node
            child = (*path, key)
            out.key_positions[child] = (key_node.start_mark.line + 1, key_node.start_mark.column + 1)
            _index(value_node, child, out, budget)
    elif isinstance(node, yaml.SequenceNode):
        for i, item in enumerate(node.value):
            _index(item, (*path, i), out, budget)


def locate(located: Located, path: PathKey) -> tuple[int, int]:
    """Position of the value at ``path`` (or its nearest ancestor)."""
    problem = located.at(path, "")
    return problem.line, problem.column


def data_path(data: Any, loc: Iterable[Any]) -> PathKey:
    """The path in ``data`` a pydantic error's ``loc`` points at, for :meth:`Located.at`.

    Parts that are not in the data are skipped: tagged-union tags (``'guard'``), validator
    markers (``function-after[...]``), the name of a missing field; ``from_`` is found as
    ``from`` (fields named after keywords are spelled without the underscore in files).
    """
    path: list[Hashable] = []
    current = data
    for part in loc:
        in_dict = isinstance(current, dict) and part in current
        in_list = isinstance(current, list) and isinstance(part, int) and 0 <= part < len(current)
        if in_dict or in_list:
            path.append(part)
            current = current[part]
        elif isinstance(current, dict) and isinstance(part, str) and part.endswith("_"):
            alias = part.rstrip("_")
            if alias in current:
                path.append(alias)
                current = current[alias]
    return tuple(path)


def path_text(path: Iterable[Any]) -> str:
    """``("rules", 1, "match", 0)`` as a message names it: ``rules[1].match[0]``."""
    text = ""
    for part in path:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text
