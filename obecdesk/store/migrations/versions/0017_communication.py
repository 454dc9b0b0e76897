"""communication: the situation log with its attachments, risk scenarios, audience groups and
their attitude readings, the communication plan, texts with versions, recommendations

Revision ID: 0017
Revises: 0016
Create Date: 2026-11-30

New tables only; no existing row changes.
"""

import sqlalchemy as sa
from alembic import op

revision = "0017"
down_revision = "0016"
branch_labels = None
depends_on = None

#: children before parents, the order they are dropped in
TABLES = ("situation_attachments", "risk_scenarios", "communication_text_versions",
          "communication_recommendations", "communication_plans", "attitude_readings",
          "situation_events", "communication_texts", "audience_groups")


def upgrade() -> None:
    op.create_table('audience_groups',
    sa.Column('locality_id', sa.String(length=36), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('updated_at', sa.String(length=64), nullable=False),
    sa.Column('replica_id', sa.String(length=36), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['locality_id'], ['localities.id'], name=op.f('fk_audience_groups_locality_id_localities')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_audience_groups'))
    )
    with op.batch_alter_table('audience_groups', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_audience_groups_deleted'), ['deleted'], unique=False)
        batch_op.create_index(batch_op.f('ix_audience_groups_locality_id'), ['locality_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_audience_groups_updated_at'), ['updated_at'], unique=False)

    op.create_table('communication_texts',
    sa.Column('locality_id', sa.String(length=36), nullable=False),
    sa.Column('kind', sa.String(length=30), nullable=False),
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('body', sa.Text(), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('audience', sa.String(length=300), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('updated_at', sa.String(length=64), nullable=False),
    sa.Column('replica_id', sa.String(length=36), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['locality_id'], ['localities.id'], name=op.f('fk_communication_texts_locality_id_localities')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_communication_texts'))
    )
    with op.batch_alter_table('communication_texts', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_communication_texts_deleted'), ['deleted'], unique=False)
        batch_op.create_index(batch_op.f('ix_communication_texts_locality_id'), ['locality_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_communication_texts_updated_at'), ['updated_at'], unique=False)

    op.create_table('situation_events',
    sa.Column('locality_id', sa.String(length=36), nullable=False),
    sa.Column('occurred_on', sa.Date(), nullable=False),
    sa.Column('kind', sa.String(length=30), nullable=False),
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('source', sa.String(length=300), nullable=False),
    sa.Column('reach', sa.Integer(), nullable=True),
    sa.Column('severity', sa.Integer(), nullable=False),
    sa.Column('actor_ids', sa.JSON(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('updated_at', sa.String(length=64), nullable=False),
    sa.Column('replica_id', sa.String(length=36), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['locality_id'], ['localities.id'], name=op.f('fk_situation_events_locality_id_localities')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_situation_events'))
    )
    with op.batch_alter_table('situation_events', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_situation_events_deleted'), ['deleted'], unique=False)
        batch_op.create_index(batch_op.f('ix_situation_events_kind'), ['kind'], unique=False)
        batch_op.create_index(batch_op.f('ix_situation_events_locality_id'), ['locality_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_situation_events_occurred_on'), ['occurred_on'], unique=False)
        batch_op.create_index(batch_op.f('ix_situation_events_updated_at'), ['updated_at'], unique=False)

    op.create_table('attitude_readings',
    sa.Column('locality_id', sa.String(length=36), nullable=False),
    sa.Column('group_id', sa.String(length=36), nullable=False),
    sa.Column('read_on', sa.Date(), nullable=False),
    sa.Column('attitude', sa.Integer(), nullable=False),
    sa.Column('tension', sa.Integer(), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('source', sa.String(length=300), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('updated_at', sa.String(length=64), nullable=False),
    sa.Column('replica_id', sa.String(length=36), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['group_id'], ['audience_groups.id'], name=op.f('fk_attitude_readings_group_id_audience_groups')),
    sa.ForeignKeyConstraint(['locality_id'], ['localities.id'], name=op.f('fk_attitude_readings_locality_id_localities')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_attitude_readings'))
    )
    with op.batch_alter_table('attitude_readings', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_attitude_readings_deleted'), ['deleted'], unique=False)
        batch_op.create_index(batch_op.f('ix_attitude_readings_group_id'), ['group_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_attitude_readings_locality_id'), ['locality_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_attitude_readings_updated_at'), ['updated_at'], unique=False)

    op.create_table('communication_plans',
    sa.Column('locality_id', sa.String(length=36), nullable=False),
    sa.Column('key_messages', sa.Text(), nullable=False),
    sa.Column('spokesperson_id', sa.String(length=36), nullable=True),
    sa.Column('channels', sa.Text(), nullable=False),
    sa.Column('holding_statements', sa.Text(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('updated_at', sa.String(length=64), nullable=False),
    sa.Column('replica_id', sa.String(length=36), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['locality_id'], ['localities.id'], name=op.f('fk_communication_plans_locality_id_localities')),
    sa.ForeignKeyConstraint(['spokesperson_id'], ['actors.id'], name=op.f('fk_communication_plans_spokesperson_id_actors')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_communication_plans'))
    )
    with op.batch_alter_table('communication_plans', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_communication_plans_deleted'), ['deleted'], unique=False)
        batch_op.create_index(batch_op.f('ix_communication_plans_locality_id'), ['locality_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_communication_plans_updated_at'), ['updated_at'], unique=False)

    op.create_table('communication_recommendations',
    sa.Column('locality_id', sa.String(length=36), nullable=False),
    sa.Column('title', sa.String(length=500), nullable=False),
    sa.Column('given_on', sa.Date(), nullable=True),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('responsible_id', sa.String(length=36), nullable=True),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('updated_at', sa.String(length=64), nullable=False),
    sa.Column('replica_id', sa.String(length=36), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['locality_id'], ['localities.id'], name=op.f('fk_communication_recommendations_locality_id_localities')),
    sa.ForeignKeyConstraint(['responsible_id'], ['actors.id'], name=op.f('fk_communication_recommendations_responsible_id_actors')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_communication_recommendations'))
    )
    with op.batch_alter_table('communication_recommendations', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_communication_recommendations_deleted'), ['deleted'], unique=False)
        batch_op.create_index(batch_op.f('ix_communication_recommendations_locality_id'), ['locality_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_communication_recommendations_updated_at'), ['updated_at'], unique=False)

    op.create_table('communication_text_versions',
    sa.Column('locality_id', sa.String(length=36), nullable=False),
    sa.Column('text_id', sa.String(length=36), nullable=False),
    sa.Column('saved_at', sa.String(length=40), nullable=False),
    sa.Column('number', sa.Integer(), nullable=False),
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('body', sa.Text(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('updated_at', sa.String(length=64), nullable=False),
    sa.Column('replica_id', sa.String(length=36), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['locality_id'], ['localities.id'], name=op.f('fk_communication_text_versions_locality_id_localities')),
    sa.ForeignKeyConstraint(['text_id'], ['communication_texts.id'], name=op.f('fk_communication_text_versions_text_id_communication_texts')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_communication_text_versions'))
    )
    with op.batch_alter_table('communication_text_versions', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_communication_text_versions_deleted'), ['deleted'], unique=False)
        batch_op.create_index(batch_op.f('ix_communication_text_versions_locality_id'), ['locality_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_communication_text_versions_text_id'), ['text_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_communication_text_versions_updated_at'), ['updated_at'], unique=False)

    op.create_table('risk_scenarios',
    sa.Column('locality_id', sa.String(length=36), nullable=False),
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('likelihood', sa.Integer(), nullable=False),
    sa.Column('impact', sa.Integer(), nullable=False),
    sa.Column('warning_signals', sa.Text(), nullable=False),
    sa.Column('prepared_response', sa.Text(), nullable=False),
    sa.Column('responsible_id', sa.String(length=36), nullable=True),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('updated_at', sa.String(length=64), nullable=False),
    sa.Column('replica_id', sa.String(length=36), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['locality_id'], ['localities.id'], name=op.f('fk_risk_scenarios_locality_id_localities')),
    sa.ForeignKeyConstraint(['responsible_id'], ['actors.id'], name=op.f('fk_risk_scenarios_responsible_id_actors')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_risk_scenarios'))
    )
    with op.batch_alter_table('risk_scenarios', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_risk_scenarios_deleted'), ['deleted'], unique=False)
        batch_op.create_index(batch_op.f('ix_risk_scenarios_locality_id'), ['locality_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_risk_scenarios_updated_at'), ['updated_at'], unique=False)

    op.create_table('situation_attachments',
    sa.Column('locality_id', sa.String(length=36), nullable=False),
    sa.Column('event_id', sa.String(length=36), nullable=False),
    sa.Column('file_name', sa.String(length=255), nullable=False),
    sa.Column('media_type', sa.String(length=100), nullable=False),
    sa.Column('size', sa.Integer(), nullable=False),
    sa.Column('content', sa.LargeBinary(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('updated_at', sa.String(length=64), nullable=False),
    sa.Column('replica_id', sa.String(length=36), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['event_id'], ['situation_events.id'], name=op.f('fk_situation_attachments_event_id_situation_events')),
    sa.ForeignKeyConstraint(['locality_id'], ['localities.id'], name=op.f('fk_situation_attachments_locality_id_localities')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_situation_attachments'))
    )
    with op.batch_alter_table('situation_attachments', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_situation_attachments_deleted'), ['deleted'], unique=False)
        batch_op.create_index(batch_op.f('ix_situation_attachments_event_id'), ['event_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_situation_attachments_locality_id'), ['locality_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_situation_attachments_updated_at'), ['updated_at'], unique=False)



def downgrade() -> None:
    # the clock table and the conflict log must not point at rows that go with the tables
    for table in TABLES:
        op.execute(f"DELETE FROM field_versions WHERE table_name = '{table}'")
        op.execute(f"DELETE FROM sync_conflicts WHERE table_name = '{table}'")
    for table in TABLES:
        op.drop_table(table)
