"""decisions: every locality names the replica that gives its final decision numbers

Revision ID: 0006
Revises: 0004
Create Date: 2026-11-30

A number printed in published minutes never changes and never points at two decisions, so only
one replica per locality gives final numbers; any other gives provisional ones
(``core/meetings/decision_numbers.py``, ``docs/decision-numbers.md``). Every store so far has
been the only replica of the localities it holds, so each of its localities is numbered by the
store's own replica. The rows keep their sync stamps: the value is what was true all along.
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("localities", sa.Column("numbering_replica_id", sa.String(36),
                                          nullable=False, server_default=""))
    op.execute("UPDATE localities SET numbering_replica_id = "
               "COALESCE((SELECT id FROM local_replica LIMIT 1), '')")


def downgrade() -> None:
    with op.batch_alter_table("localities") as batch:
        batch.drop_column("numbering_replica_id")
