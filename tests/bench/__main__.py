"""``python -m tests.bench``: every benchmark in one table (see tests/bench/suite.py)."""

from tests.bench.suite import main

raise SystemExit(main())
