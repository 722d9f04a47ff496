"""The observe package's entry point: which callback handlers observe a graph's runs."""

from __future__ import annotations

from pathlib import Path

import pytest

from railgraph.observe import AuditLog, callbacks_for
from railgraph.observe.callbacks import TurnObserver
from railgraph.spec.loader import load_graph

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def no_langfuse(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("LANGFUSE_PUBLIC_KEY", "LANGFUSE_SECRET_KEY"):
        monkeypatch.delenv(name, raising=False)


def test_the_turn_observer_alone_without_langfuse_keys(no_langfuse: None) -> None:
    loaded = load_graph(ROOT / "graphs" / "support.yaml")
    [observer] = callbacks_for(loaded)
    assert isinstance(observer, TurnObserver)
    assert len(callbacks_for(loaded, langfuse=False)) == 1


def test_requiring_langfuse_without_keys_is_a_clear_error(no_langfuse: None) -> None:
    loaded = load_graph(ROOT / "graphs" / "support.yaml")
    with pytest.raises(ValueError, match="LANGFUSE_PUBLIC_KEY and LANGFUSE_SECRET_KEY"):
        callbacks_for(loaded, langfuse=True)


def test_langfuse_false_leaves_it_out_even_with_keys(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LANGFUSE_PUBLIC_KEY", "pk-lf-x")
    monkeypatch.setenv("LANGFUSE_SECRET_KEY", "sk-lf-x")
    loaded = load_graph(ROOT / "graphs" / "support.yaml")
    assert [type(h) for h in callbacks_for(loaded, langfuse=False)] == [TurnObserver]


def test_the_observer_gets_the_audit_log_and_context(no_langfuse: None) -> None:
    loaded = load_graph(ROOT / "graphs" / "support.yaml")
    audit = AuditLog(object(), "railgraph")
    [observer] = callbacks_for(loaded, {"user_id": "u1", "tenant_id": None}, audit=audit)
    assert observer.audit_log is audit
    assert observer.context == {"user_id": "u1"}
    assert observer.identity == loaded.identity
