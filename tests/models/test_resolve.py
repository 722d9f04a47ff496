"""Model references resolved to chat models: scripted, providers, located failures."""

from __future__ import annotations

import sys
import types
from pathlib import Path
from typing import Any

import pytest

from railgraph.errors import (
    DefinitionError,
    ModelResolutionError,
)
from railgraph.models import (
    ScriptedChatModel,
    model_name_of,
    resolve_model,
)
from tests.models.support import SMALL_RULES

ROOT = Path(__file__).resolve().parents[2]





# ------------------------------------------------------------------ resolve_model


def test_resolve_scripted_default_and_relative(tmp_path: Path) -> None:
    model = resolve_model("scripted", ROOT)
    assert isinstance(model, ScriptedChatModel)
    assert model_name_of(model) == "scripted"
    (tmp_path / "mine.yaml").write_text(SMALL_RULES)
    mine = resolve_model("scripted:mine.yaml", tmp_path)
    assert mine.invoke("hello").content == "Hello there."
    long_form = resolve_model({"provider": "scripted", "model": "mine.yaml", "params": {}},
                              tmp_path)
    assert long_form.invoke("hello").content == "Hello there."


def test_resolve_scripted_missing_rules(tmp_path: Path) -> None:
    with pytest.raises(DefinitionError, match=r"scripted_model.yaml:1:1: .*not found"):
        resolve_model("scripted", tmp_path)


def test_unknown_provider(tmp_path: Path) -> None:
    with pytest.raises(ModelResolutionError, match=r"unknown model provider 'opanai'.*'openai'"):
        resolve_model("opanai:gpt-4o-mini", tmp_path)


@pytest.mark.parametrize("spec", ["gpt-4o", "openai:", ":gpt-4o", ""])
def test_malformed_reference(spec: str) -> None:
    with pytest.raises(ModelResolutionError, match="provider:model"):
        resolve_model(spec, ROOT)


def test_missing_provider_package_names_it(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "langchain_openai", None)  # import now fails
    with pytest.raises(ModelResolutionError, match="pip install langchain-openai"):
        resolve_model("openai:gpt-4o-mini", ROOT)


def test_provider_class_gets_model_and_params(monkeypatch: pytest.MonkeyPatch) -> None:
    created: list[dict[str, Any]] = []

    class ChatOllama(ScriptedChatModel):
        def __init__(self, **kwargs: Any) -> None:
            created.append(kwargs)
            super().__init__(rules=ScriptedChatModel.from_rules(SMALL_RULES).rules,
                             model_name=kwargs["model"])

    fake = types.ModuleType("langchain_ollama")
    fake.ChatOllama = ChatOllama  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "langchain_ollama", fake)
    model = resolve_model({"provider": "ollama", "model": "llama3.2", "params":
                           {"temperature": 0}, "num_ctx": 4096}, ROOT)
    assert created == [{"model": "llama3.2", "temperature": 0, "num_ctx": 4096}]
    assert model_name_of(model) == "llama3.2"


def test_provider_constructor_failure_is_a_resolution_error(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    fake = types.ModuleType("langchain_groq")

    def chat_groq(**kwargs: Any) -> Any:
        raise ValueError("GROQ_API_KEY is not set")

    fake.ChatGroq = chat_groq  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "langchain_groq", fake)
    with pytest.raises(ModelResolutionError, match=r"cannot create model 'groq:llama'.*API_KEY"):
        resolve_model("groq:llama", ROOT)

