"""State settings from the environment: bad values are reported, not guessed around."""

from __future__ import annotations

import pytest


def test_bad_state_settings_are_reported(monkeypatch: pytest.MonkeyPatch) -> None:
    from railgraph.errors import RailgraphError
    from railgraph.state.settings import StateSettings

    monkeypatch.setenv("RAILGRAPH_ENCRYPTION_KEY", "not a key")
    with pytest.raises(RailgraphError, match="RAILGRAPH_ENCRYPTION_KEY must be"):
        StateSettings.from_env()
    monkeypatch.setenv("RAILGRAPH_ENCRYPTION_KEY", "00" * 32)
    monkeypatch.setenv("RAILGRAPH_STATE_TTL", "-5")
    with pytest.raises(RailgraphError, match="positive"):
        StateSettings.from_env()
