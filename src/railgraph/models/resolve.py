"""Turn a model reference from a graph definition into a chat model.

References are ``scripted`` (the offline model with the default rules file),
``scripted:path/to/rules.yaml`` (relative to the project), or
``provider:model`` such as ``openai:gpt-4o-mini``. The long form is a mapping
``{provider, model, params}``; keys other than those three are parameters too.

Provider packages are optional: a reference to one that is not installed fails
with a :class:`~railgraph.errors.ModelResolutionError` that says what to
``pip install``, not with an ``ImportError`` from deep inside.

Parameters may reference the environment as ``${NAME}`` (secrets must: the loader refuses
a key written in a graph file). References are resolved each time a model is created, so
the definition, its snapshot and every checkpoint hold only the reference, and a rotated key
reaches threads that started before the rotation.

Two defaults differ from the provider classes' own: the SDK's retries are off
(``max_retries=0``) because the graph's ``RetryPolicy`` owns retries (the SDK's two retries
multiplied every railgraph attempt by three and hid ``Retry-After`` waits inside a call), and
``stream_usage=True`` where the class has it, so a streamed call still reports its tokens
(langchain-openai asks for usage only for its default endpoint). A YAML parameter overrides
either.
"""

from __future__ import annotations

import difflib
import importlib
import os
import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from langchain_core.language_models import BaseChatModel
from langchain_core.runnables import RunnableBinding

from railgraph.errors import ModelResolutionError
from railgraph.models.faults import FaultInjectingChatModel
from railgraph.models.scripted import SCRIPTED_MODEL_NAME, ScriptedChatModel

__all__ = [
    "DEFAULT_RULES",
    "ENV_REFERENCE",
    "PROVIDERS",
    "Provider",
    "expand_env",
    "is_secret_param",
    "model_name_of",
    "resolve_model",
]

DEFAULT_RULES = "policies/scripted_model.yaml"
"""Rules file of ``scripted`` without a path, relative to the project root."""


@dataclass(frozen=True, slots=True)
class Provider:
    """Where a provider's chat model class lives and how it takes the model name."""

    module: str
    """Python module of the class."""
    cls: str
    """Class name."""
    package: str
    """PyPI package to install."""
    model_arg: str = "model"
    """Keyword the class takes the model name as."""


PROVIDERS: dict[str, Provider] = {
    "openai": Provider("langchain_openai", "ChatOpenAI", "langchain-openai"),
    "azure_openai": Provider("langchain_openai", "AzureChatOpenAI", "langchain-openai"),
    "anthropic": Provider("langchain_anthropic", "ChatAnthropic", "langchain-anthropic"),
    "ollama": Provider("langchain_ollama", "ChatOllama", "langchain-ollama"),
    "google_genai": Provider(
        "langchain_google_genai", "ChatGoogleGenerativeAI", "langchain-google-genai"
    ),
    "google_vertexai": Provider(
        "langchain_google_vertexai", "ChatVertexAI", "langchain-google-vertexai"
    ),
    "mistralai": Provider("langchain_mistralai", "ChatMistralAI", "langchain-mistralai"),
    "groq": Provider("langchain_groq", "ChatGroq", "langchain-groq"),
    "bedrock": Provider("langchain_aws", "ChatBedrock", "langchain-aws", model_arg="model_id"),
    "bedrock_converse": Provider("langchain_aws", "ChatBedrockConverse", "langchain-aws"),
    "cohere": Provider("langchain_cohere", "ChatCohere", "langchain-cohere"),
    "fireworks": Provider("langchain_fireworks", "ChatFireworks", "langchain-fireworks"),
    "together": Provider("langchain_together", "ChatTogether", "langchain-together"),
    "deepseek": Provider("langchain_deepseek", "ChatDeepSeek", "langchain-deepseek"),
    "xai": Provider("langchain_xai", "ChatXAI", "langchain-xai"),
    "perplexity": Provider("langchain_perplexity", "ChatPerplexity", "langchain-perplexity"),
}
"""Providers railgraph can build without the ``langchain`` package, by name."""


ENV_REFERENCE = re.compile(r"\$\{(?P<name>[A-Za-z_][A-Za-z0-9_]*)\}")
"""``${NAME}``: a value taken from the environment when the model is created."""

_SECRET_PARAM = re.compile(r"(?i)(^|_)(api_?key|key|token|secret|password|credentials?)$")

_SDK_DEFAULTS: dict[str, Any] = {"max_retries": 0, "stream_usage": True}
"""Parameters railgraph sets unless the YAML does, where the model class has them."""


def is_secret_param(name: str) -> bool:
    """A model parameter that holds a credential (``api_key``, ``*_token``, ``password`` ...)."""
    return bool(_SECRET_PARAM.search(name))


def expand_env(value: Any, where: str) -> Any:
    """``value`` with every ``${NAME}`` replaced from the environment (in nested lists and
    mappings too); a variable that is not set is a :class:`ModelResolutionError`."""
    if isinstance(value, str):
        def lookup(found: re.Match[str]) -> str:
            name = found.group("name")
            if name not in os.environ:
                raise ModelResolutionError(f"{where} refers to ${{{name}}}, which is not set "
                                           "in the environment")
            return os.environ[name]

        return ENV_REFERENCE.sub(lookup, value)
    if isinstance(value, Mapping):
        return {k: expand_env(v, f"{where}.{k}") for k, v in value.items()}
    if isinstance(value, list):
        return [expand_env(v, f"{where}[{i}]") for i, v in enumerate(value)]
    return value


def _split(spec: str | Mapping[str, Any]) -> tuple[str, str, dict[str, Any]]:
    if isinstance(spec, str):
        provider, _, model = spec.strip().partition(":")
        return provider.strip(), model.strip(), {}
    if not isinstance(spec, Mapping):
        raise ModelResolutionError(
            f"a model reference is a string or a mapping, not {type(spec).__name__}"
        )
    params = dict(spec.get("params") or {})
    params.update({k: v for k, v in spec.items() if k not in ("provider", "model", "params")})
    return str(spec.get("provider") or "").strip(), str(spec.get("model") or "").strip(), params


def _missing_package(provider: str, package: str, exc: ImportError) -> ModelResolutionError:
    detail = f" (it needs '{exc.name}')" if exc.name and exc.name.replace("_", "-") != package \
        else ""
    return ModelResolutionError(
        f"model provider '{provider}' needs the package '{package}', which is not installed"
        f"{detail}: pip install {package}"
    )


def _from_table(provider: str, model: str, params: dict[str, Any]) -> BaseChatModel:
    entry = PROVIDERS[provider]
    try:
        module = importlib.import_module(entry.module)
    except ImportError as exc:
        raise _missing_package(provider, entry.package, exc) from None
    cls = getattr(module, entry.cls, None)
    if cls is None:
        raise ModelResolutionError(
            f"'{entry.module}' has no '{entry.cls}': upgrade it with pip install -U {entry.package}"
        )
    fields = getattr(cls, "model_fields", {})
    defaults = {k: v for k, v in _SDK_DEFAULTS.items() if k in fields and k not in params}
    instance: BaseChatModel = cls(**{entry.model_arg: model, **defaults, **params})
    return instance


def _with_langchain(provider: str, model: str, params: dict[str, Any]) -> BaseChatModel | None:
    """The model through ``init_chat_model``; None when ``langchain`` is not installed."""
    try:
        from langchain.chat_models import init_chat_model
    except ImportError:
        return None
    try:
        instance: BaseChatModel = init_chat_model(model, model_provider=provider, **params)
    except ImportError as exc:
        package = (exc.name or f"langchain_{provider}").replace("_", "-")
        raise _missing_package(provider, package, exc) from None
    except ValueError as exc:
        if "provider" not in str(exc).lower():
            raise
        raise ModelResolutionError(f"unknown model provider '{provider}': {exc}") from None
    return instance


def resolve_model(spec: str | Mapping[str, Any], base_dir: Path) -> BaseChatModel:
    """The chat model a reference names; relative rules paths resolve from ``base_dir``.

    Raises :class:`~railgraph.errors.ModelResolutionError` for an unknown provider,
    a missing provider package or a model that cannot be created, and
    :class:`~railgraph.errors.DefinitionError` for a missing or invalid rules file.
    """
    provider, model, params = _split(spec)
    params = {k: expand_env(v, f"model '{provider}:{model}' parameter '{k}'")
              for k, v in params.items()}
    if provider == SCRIPTED_MODEL_NAME:
        return ScriptedChatModel.from_file(Path(base_dir) / (model or DEFAULT_RULES), **params)
    if not provider or not model:
        raise ModelResolutionError(
            f"model reference '{spec}' is not 'scripted', 'scripted:RULES.yaml' or "
            "'provider:model' (for example 'openai:gpt-4o-mini')"
        )
    try:
        if provider in PROVIDERS:
            # Checked first so a missing package gives the same message with or without langchain.
            return _from_table(provider, model, params)
        resolved = _with_langchain(provider, model, params)
    except ModelResolutionError:
        raise
    except Exception as exc:  # the provider's own constructor (missing key, bad parameter)
        raise ModelResolutionError(
            f"cannot create model '{provider}:{model}': {type(exc).__name__}: {exc}"
        ) from exc
    if resolved is None:
        close = difflib.get_close_matches(provider, [SCRIPTED_MODEL_NAME, *PROVIDERS], n=1)
        hint = f" (did you mean '{close[0]}'?)" if close else ""
        raise ModelResolutionError(
            f"unknown model provider '{provider}'{hint}; known without the 'langchain' package: "
            f"{', '.join([SCRIPTED_MODEL_NAME, *PROVIDERS])}"
        )
    return resolved


def model_name_of(model: Any) -> str:
    """The name a chat model reports (``scripted``, ``gpt-4o-mini`` ...), through wrappers."""
    seen = 0
    # Tool binding and fault injection wrap the real model; its name is the one that counts.
    while seen < 8:
        seen += 1
        if isinstance(model, RunnableBinding):
            model = model.bound
        elif isinstance(model, FaultInjectingChatModel):
            model = model.inner
        else:
            break
    for attr in ("model_name", "model", "model_id", "deployment_name"):
        value = getattr(model, attr, None)
        if isinstance(value, str) and value:
            return value
    llm_type = getattr(model, "_llm_type", None)
    return llm_type if isinstance(llm_type, str) and llm_type else type(model).__name__
