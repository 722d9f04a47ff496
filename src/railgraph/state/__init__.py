"""Durable state: where checkpoints live."""

from railgraph.state.embedded import open_checkpointer, state_home

__all__ = ["open_checkpointer", "state_home"]
