"""Alembic environment: runs on the connection the store hands over (or a URL, for autogenerate).

On PostgreSQL the upgrade ends by making every foreign key deferrable (:data:`DEFERRABLE_LINKS`).
Either way the whole upgrade is one transaction (:func:`migrate.migration_transaction`): Alembic
never begins or commits one per migration, so a store is never left between two revisions.
"""

from alembic import context
from sqlalchemy import create_engine, text

from obecdesk.store.migrate import include_object_on, migration_transaction
from obecdesk.store.models import Base

#: on PostgreSQL every foreign key, also one a later migration adds, may be checked at commit:
#: the merge writes a batch's parents and children in any order (SQLite: ``defer_foreign_keys``)
DEFERRABLE_LINKS = """
DO $$
DECLARE link record;
BEGIN
    FOR link IN SELECT conrelid::regclass AS tbl, conname FROM pg_constraint
                WHERE contype = 'f' AND NOT condeferrable
                  AND connamespace = current_schema()::regnamespace
    LOOP
        EXECUTE format('ALTER TABLE %s ALTER CONSTRAINT %I DEFERRABLE INITIALLY IMMEDIATE',
                       link.tbl, link.conname);
    END LOOP;
END $$
"""

config = context.config
target_metadata = Base.metadata


def run_migrations(connection) -> None:
    if not connection.in_transaction():
        raise RuntimeError("migrations run inside one transaction the caller began")
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,
        compare_type=True,
        include_object=include_object_on(connection.dialect.name),
        transaction_per_migration=False,
    )
    with context.begin_transaction():
        context.run_migrations()
    if connection.dialect.name == "postgresql":
        connection.execute(text(DEFERRABLE_LINKS))


connection = config.attributes.get("connection")
if connection is not None:
    run_migrations(connection)
else:
    from obecdesk.store.opening import prepare_sqlite

    engine = create_engine(config.get_main_option("sqlalchemy.url"))
    prepare_sqlite(engine)
    with migration_transaction(engine) as conn:
        run_migrations(conn)
