"""The reference deployment's own Python: domain tools and custom node functions."""
