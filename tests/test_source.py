"""The YAML reader: pydantic error locations mapped onto the file's data and into words."""

from __future__ import annotations

from railgraph.source import data_path, parse_yaml, path_text


def test_data_path_skips_what_is_not_in_the_data() -> None:
    located = parse_yaml("nodes:\n  - id: a\n    from: x\n", "g.yaml")
    # a tagged-union tag, a validator marker and a keyword-named field spelled `from_`
    loc = ("nodes", 0, "guard", "function-after[check]", "from_")
    assert data_path(located.data, loc) == ("nodes", 0, "from")
    assert located.at(data_path(located.data, loc), "bad").line == 3
    assert data_path(located.data, ("nodes", 5, "id")) == ("nodes",)


def test_path_text_names_list_items_with_brackets() -> None:
    assert path_text(("rules", 1, "match", 0)) == "rules[1].match[0]"
    assert path_text(()) == ""
