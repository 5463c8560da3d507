"""The sync tests' PostgreSQL cluster (kamdesk.bench.pgcluster), failing the
tests rather than skipping them when it cannot start."""

from __future__ import annotations

import pytest

from kamdesk.bench.pgcluster import Cluster as _Cluster
from kamdesk.bench.pgcluster import PgError


class Cluster(_Cluster):
    def __init__(self) -> None:
        try:
            super().__init__()
        except PgError as exc:
            pytest.fail(str(exc))

    def run(self, args: list[str]) -> None:
        try:
            super().run(args)
        except PgError as exc:
            pytest.fail(str(exc))
