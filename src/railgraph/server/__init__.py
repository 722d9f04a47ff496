"""railgraph on the LangGraph server: graph factories, API-key auth with tenants and rate
limits, extra routes, the generated ``langgraph.json`` and ``railgraph serve``.

Modules: :mod:`~railgraph.server.graphs` (factories), :mod:`~railgraph.server.keys` (API keys),
:mod:`~railgraph.server.auth` (the ``Auth`` handler), :mod:`~railgraph.server.app` (``/metrics``),
:mod:`~railgraph.server.config` (``langgraph.json``), :mod:`~railgraph.server.serve` (the command).
Importing this package imports none of them, so the CLI stays fast.
"""

__all__: list[str] = []
