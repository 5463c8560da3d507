"""Alembic environment: runs on the connection KAMdesk hands over, in batch
mode (SQLite cannot ALTER most things) with the models' naming convention."""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection

from kamdesk.store.models import Base

config = context.config


def _run(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        render_as_batch=True,
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


connection = config.attributes.get("connection")
if connection is None:
    from sqlalchemy import create_engine

    engine = create_engine(config.get_main_option("sqlalchemy.url") or "sqlite://")
    with engine.begin() as conn:
        _run(conn)
else:
    _run(connection)
