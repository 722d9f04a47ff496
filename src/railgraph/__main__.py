"""``python -m railgraph`` is the ``railgraph`` command."""

from railgraph.cli import main

raise SystemExit(main())
