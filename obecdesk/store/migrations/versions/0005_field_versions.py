"""sync: a version per field, the local change sequence, peers' acknowledgements, the conflict log

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-30

Every existing row gets a version for each of its synced fields (and each element of its sets)
at the row's own stamp, all in change sequence 1, so a store made by an earlier release merges
correctly from its first exchange on. The replica row gains the token that binds it to an
installation (empty here: the first open after the upgrade binds it) and becomes a singleton.
The table and field lists are frozen here on purpose: later model changes must not change what
this step does.
"""

import datetime as dt

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

#: synced fields per table as of this revision (sets are listed separately)
FIELDS = {
    "localities": "archived coordinator deleted mode name notes population region start_date",
    "actors": "address attitude consent_date decision_power deleted email erased influence "
              "interest kind legal_basis locality_id name notes organisation_id organisation_name "
              "phone purpose role sector",
    "actor_relations": "deleted kind locality_id note source_id target_id",
    "bodies": "archived code deleted facilitator_id kind leader_id locality_id name notes theme",
    "memberships": "actor_id body_id deleted joined_on left_on role",
    "meetings": "agenda_sent_on body_id date decision_rule deleted end_time facilitator goal "
                "head_count held_on invitations_sent_on kind locality_id minute_taker "
                "minutes_approved_on minutes_published_on notes place start_time status title",
    "agenda_items": "deleted expected_output meeting_id method minutes_html planned_minutes "
                    "position presenter title",
    "attendance": "actor_id deleted guest_name guest_organisation invited meeting_id status",
    "decisions": "agenda_item_id code deleted how_decided meeting_id number text "
                 "votes_abstained votes_against votes_for year",
    "action_items": "body_id deleted done_on due_date meeting_id owner_id status text",
}
SETS = {"localities": "themes", "actors": "tags"}

#: a row's stamp if it is well formed, else the oldest possible stamp of the row's replica (or
#: of this store's, for rows that never had one)
STAMP = ("CASE WHEN updated_at GLOB '[0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9]"
         "[0-9][0-9][0-9][0-9][0-9]-[0-9][0-9][0-9][0-9][0-9][0-9]-?*' THEN updated_at "
         "ELSE '000000000000000-000000-' || COALESCE(NULLIF(replica_id, ''), "
         "(SELECT id FROM local_replica LIMIT 1), 'unknown') END")
#: the same on PostgreSQL (a regular expression instead of GLOB)
PG_STAMP = ("CASE WHEN updated_at ~ '^[0-9]{15}-[0-9]{6}-.' THEN updated_at "
            "ELSE '000000000000000-000000-' || COALESCE(NULLIF(replica_id, ''), "
            "(SELECT id FROM local_replica LIMIT 1), 'unknown') END")


def upgrade() -> None:
    op.create_table(
        "field_versions",
        sa.Column("table_name", sa.String(40), nullable=False),
        sa.Column("row_id", sa.String(36), nullable=False),
        sa.Column("field", sa.String(60), nullable=False),
        sa.Column("element", sa.String(200), nullable=False),
        sa.Column("stamp", sa.String(80), nullable=False),
        sa.Column("base", sa.String(80), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("removed", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("table_name", "row_id", "field", "element",
                                name=op.f("pk_field_versions")),
    )
    op.create_index("ix_field_versions_seq", "field_versions", ["seq"])
    op.create_table(
        "change_batches",
        sa.Column("seq", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("origin", sa.String(36), nullable=False),
        sa.Column("committed_at", sa.String(40), nullable=False),
        sa.PrimaryKeyConstraint("seq", name=op.f("pk_change_batches")),
    )
    op.create_table(
        "peer_acks",
        sa.Column("peer_id", sa.String(36), nullable=False),
        sa.Column("acked_seq", sa.Integer(), nullable=False),
        sa.Column("updated_at", sa.String(40), nullable=False),
        sa.PrimaryKeyConstraint("peer_id", name=op.f("pk_peer_acks")),
    )
    op.create_table(
        "sync_conflicts",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("table_name", sa.String(40), nullable=False),
        sa.Column("row_id", sa.String(36), nullable=False),
        sa.Column("field", sa.String(60), nullable=False),
        sa.Column("element", sa.String(200), nullable=False),
        sa.Column("kept_stamp", sa.String(80), nullable=False),
        sa.Column("kept_value", sa.JSON(), nullable=True),
        sa.Column("lost_stamp", sa.String(80), nullable=False),
        sa.Column("lost_value", sa.JSON(), nullable=True),
        sa.Column("message", sa.Text(), nullable=False),
        sa.Column("detected_at", sa.String(40), nullable=False),
        sa.Column("resolved", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_conflicts")),
    )
    op.create_index("ux_sync_conflicts_version", "sync_conflicts",
                    ["kind", "table_name", "row_id", "field", "element", "lost_stamp"],
                    unique=True)
    bind = op.get_bind()
    # a second replica row has never been written by obecdesk; keep the oldest if one exists
    sqlite = bind.dialect.name == "sqlite"
    if sqlite:
        bind.execute(sa.text("DELETE FROM local_replica WHERE rowid NOT IN "
                             "(SELECT min(rowid) FROM local_replica)"))
    else:  # PostgreSQL: no rowid; keep the replica row that sorts first
        bind.execute(sa.text("DELETE FROM local_replica WHERE id <> "
                             "(SELECT min(id) FROM local_replica)"))
    with op.batch_alter_table("local_replica") as batch:
        batch.add_column(sa.Column("singleton", sa.Integer(), nullable=False,
                                   server_default="1"))
        batch.add_column(sa.Column("ancestor_id", sa.String(36), nullable=False,
                                   server_default=""))
        batch.add_column(sa.Column("token", sa.String(36), nullable=False, server_default=""))
        batch.create_unique_constraint(op.f("uq_local_replica_singleton"), ["singleton"])
        batch.create_check_constraint("one_row", "singleton = 1")
    _fill_versions(bind)


def _fill_versions(bind) -> None:
    sqlite = bind.dialect.name == "sqlite"
    stamp = STAMP if sqlite else PG_STAMP
    now = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
    bind.execute(sa.text("INSERT INTO change_batches (seq, origin, committed_at) "
                         "VALUES (1, 'migration', :now)"), {"now": now})
    if not sqlite:  # an explicit key does not move PostgreSQL's sequence: the next batch is 2
        bind.execute(sa.text("SELECT setval(pg_get_serial_sequence('change_batches', 'seq'), 1)"))
    for table, fields in FIELDS.items():
        for field in fields.split():
            bind.execute(sa.text(
                f"INSERT INTO field_versions (table_name, row_id, field, element, stamp, base, "
                f"seq, removed) SELECT '{table}', id, '{field}', '', {stamp}, '', 1, FALSE "
                f"FROM {table}"
            ))
    for table, field in SETS.items():
        if not sqlite:  # PostgreSQL: the set's elements from its JSON array
            bind.execute(sa.text(
                f"INSERT INTO field_versions (table_name, row_id, field, element, stamp, base, "
                f"seq, removed) SELECT '{table}', t.id, '{field}', e.value, {stamp}, '', 1, FALSE "
                f"FROM {table} t, json_array_elements_text(CAST(t.{field} AS json)) e "
                f"WHERE json_typeof(CAST(t.{field} AS json)) = 'array' ON CONFLICT DO NOTHING"
            ))
            continue
        bind.execute(sa.text(
            f"INSERT OR IGNORE INTO field_versions (table_name, row_id, field, element, stamp, "
            f"base, seq, removed) SELECT '{table}', t.id, '{field}', CAST(e.value AS TEXT), "
            f"{STAMP}"  # updated_at and replica_id can only be t's: json_each has neither
            f", '', 1, FALSE FROM {table} t, json_each(t.{field}) e "
            f"WHERE json_valid(t.{field}) AND json_type(t.{field}) = 'array'"
        ))


def downgrade() -> None:
    with op.batch_alter_table("local_replica") as batch:
        batch.drop_constraint("one_row", type_="check")
        batch.drop_constraint(op.f("uq_local_replica_singleton"), type_="unique")
        batch.drop_column("token")
        batch.drop_column("ancestor_id")
        batch.drop_column("singleton")
    op.drop_index("ux_sync_conflicts_version", table_name="sync_conflicts")
    op.drop_table("sync_conflicts")
    op.drop_table("peer_acks")
    op.drop_table("change_batches")
    op.drop_index("ix_field_versions_seq", table_name="field_versions")
    op.drop_table("field_versions")
