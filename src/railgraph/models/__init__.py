"""Chat models: resolution of model references, the offline scripted model, fault injection."""

from __future__ import annotations

from railgraph.models.errors import is_transient, status_code_of
from railgraph.models.faults import FAULTS, FaultInjectingChatModel
from railgraph.models.resolve import DEFAULT_RULES, model_name_of, resolve_model
from railgraph.models.scripted import (
    SCRIPTED_MODEL_NAME,
    ScriptedChatModel,
    ScriptedRules,
    load_rules,
)

__all__ = [
    "DEFAULT_RULES",
    "FAULTS",
    "SCRIPTED_MODEL_NAME",
    "FaultInjectingChatModel",
    "ScriptedChatModel",
    "ScriptedRules",
    "is_transient",
    "load_rules",
    "model_name_of",
    "resolve_model",
    "status_code_of",
]
