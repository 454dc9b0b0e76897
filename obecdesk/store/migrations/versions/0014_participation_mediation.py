"""participation and mediation: events with head counts, proposals with their disposition;
mediation cases with parties, sessions and notes

Revision ID: 0014
Revises: 0013
Create Date: 2026-11-30

New tables only. ``mediation_notes.text`` is a local-only column: it never travels, so it has no
field versions (docs/sync-store.md).
"""

import sqlalchemy as sa
from alembic import op

revision = '0014'
down_revision = '0013'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('mediation_cases',
    sa.Column('locality_id', sa.String(length=36), nullable=False),
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('conflict', sa.Text(), nullable=False),
    sa.Column('mediators', sa.Text(), nullable=False),
    sa.Column('rules', sa.Text(), nullable=False),
    sa.Column('opened_on', sa.Date(), nullable=True),
    sa.Column('closed_on', sa.Date(), nullable=True),
    sa.Column('result', sa.String(length=20), nullable=False),
    sa.Column('agreement_text', sa.Text(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('updated_at', sa.String(length=64), nullable=False),
    sa.Column('replica_id', sa.String(length=36), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['locality_id'], ['localities.id'], name=op.f('fk_mediation_cases_locality_id_localities')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_mediation_cases'))
    )
    with op.batch_alter_table('mediation_cases', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_mediation_cases_deleted'), ['deleted'], unique=False)
        batch_op.create_index(batch_op.f('ix_mediation_cases_locality_id'), ['locality_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_mediation_cases_updated_at'), ['updated_at'], unique=False)

    op.create_table('participation_events',
    sa.Column('locality_id', sa.String(length=36), nullable=False),
    sa.Column('kind', sa.String(length=30), nullable=False),
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('method_id', sa.String(length=80), nullable=False),
    sa.Column('date', sa.Date(), nullable=True),
    sa.Column('place', sa.String(length=300), nullable=False),
    sa.Column('attendance_total', sa.Integer(), nullable=True),
    sa.Column('attendance_target', sa.Integer(), nullable=True),
    sa.Column('outreach', sa.Text(), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('updated_at', sa.String(length=64), nullable=False),
    sa.Column('replica_id', sa.String(length=36), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['locality_id'], ['localities.id'], name=op.f('fk_participation_events_locality_id_localities')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_participation_events'))
    )
    with op.batch_alter_table('participation_events', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_participation_events_deleted'), ['deleted'], unique=False)
        batch_op.create_index(batch_op.f('ix_participation_events_locality_id'), ['locality_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_participation_events_updated_at'), ['updated_at'], unique=False)

    op.create_table('mediation_notes',
    sa.Column('locality_id', sa.String(length=36), nullable=False),
    sa.Column('case_id', sa.String(length=36), nullable=False),
    sa.Column('written_on', sa.Date(), nullable=False),
    sa.Column('author', sa.String(length=200), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('shared', sa.Boolean(), nullable=False),
    sa.Column('shared_text', sa.Text(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('updated_at', sa.String(length=64), nullable=False),
    sa.Column('replica_id', sa.String(length=36), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['case_id'], ['mediation_cases.id'], name=op.f('fk_mediation_notes_case_id_mediation_cases')),
    sa.ForeignKeyConstraint(['locality_id'], ['localities.id'], name=op.f('fk_mediation_notes_locality_id_localities')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_mediation_notes'))
    )
    with op.batch_alter_table('mediation_notes', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_mediation_notes_case_id'), ['case_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_mediation_notes_deleted'), ['deleted'], unique=False)
        batch_op.create_index(batch_op.f('ix_mediation_notes_locality_id'), ['locality_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_mediation_notes_updated_at'), ['updated_at'], unique=False)

    op.create_table('mediation_parties',
    sa.Column('locality_id', sa.String(length=36), nullable=False),
    sa.Column('case_id', sa.String(length=36), nullable=False),
    sa.Column('name', sa.String(length=300), nullable=False),
    sa.Column('representatives', sa.JSON(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('updated_at', sa.String(length=64), nullable=False),
    sa.Column('replica_id', sa.String(length=36), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['case_id'], ['mediation_cases.id'], name=op.f('fk_mediation_parties_case_id_mediation_cases')),
    sa.ForeignKeyConstraint(['locality_id'], ['localities.id'], name=op.f('fk_mediation_parties_locality_id_localities')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_mediation_parties'))
    )
    with op.batch_alter_table('mediation_parties', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_mediation_parties_case_id'), ['case_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_mediation_parties_deleted'), ['deleted'], unique=False)
        batch_op.create_index(batch_op.f('ix_mediation_parties_locality_id'), ['locality_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_mediation_parties_updated_at'), ['updated_at'], unique=False)

    op.create_table('mediation_sessions',
    sa.Column('locality_id', sa.String(length=36), nullable=False),
    sa.Column('case_id', sa.String(length=36), nullable=False),
    sa.Column('date', sa.Date(), nullable=False),
    sa.Column('attended', sa.Text(), nullable=False),
    sa.Column('outcome', sa.Text(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('updated_at', sa.String(length=64), nullable=False),
    sa.Column('replica_id', sa.String(length=36), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['case_id'], ['mediation_cases.id'], name=op.f('fk_mediation_sessions_case_id_mediation_cases')),
    sa.ForeignKeyConstraint(['locality_id'], ['localities.id'], name=op.f('fk_mediation_sessions_locality_id_localities')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_mediation_sessions'))
    )
    with op.batch_alter_table('mediation_sessions', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_mediation_sessions_case_id'), ['case_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_mediation_sessions_deleted'), ['deleted'], unique=False)
        batch_op.create_index(batch_op.f('ix_mediation_sessions_locality_id'), ['locality_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_mediation_sessions_updated_at'), ['updated_at'], unique=False)

    op.create_table('proposals',
    sa.Column('locality_id', sa.String(length=36), nullable=False),
    sa.Column('event_id', sa.String(length=36), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('author', sa.String(length=300), nullable=False),
    sa.Column('disposition', sa.String(length=20), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('response', sa.Text(), nullable=False),
    sa.Column('decided_on', sa.Date(), nullable=True),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('updated_at', sa.String(length=64), nullable=False),
    sa.Column('replica_id', sa.String(length=36), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['event_id'], ['participation_events.id'], name=op.f('fk_proposals_event_id_participation_events')),
    sa.ForeignKeyConstraint(['locality_id'], ['localities.id'], name=op.f('fk_proposals_locality_id_localities')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_proposals'))
    )
    with op.batch_alter_table('proposals', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_proposals_deleted'), ['deleted'], unique=False)
        batch_op.create_index(batch_op.f('ix_proposals_event_id'), ['event_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_proposals_locality_id'), ['locality_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_proposals_updated_at'), ['updated_at'], unique=False)



def downgrade() -> None:
    # the clock rows of the dropped tables would describe rows that no longer exist
    op.execute("DELETE FROM field_versions WHERE table_name IN ('participation_events', "
               "'proposals', 'mediation_cases', 'mediation_parties', 'mediation_sessions', "
               "'mediation_notes')")
    with op.batch_alter_table('proposals', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_proposals_updated_at'))
        batch_op.drop_index(batch_op.f('ix_proposals_locality_id'))
        batch_op.drop_index(batch_op.f('ix_proposals_event_id'))
        batch_op.drop_index(batch_op.f('ix_proposals_deleted'))

    op.drop_table('proposals')
    with op.batch_alter_table('mediation_sessions', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_mediation_sessions_updated_at'))
        batch_op.drop_index(batch_op.f('ix_mediation_sessions_locality_id'))
        batch_op.drop_index(batch_op.f('ix_mediation_sessions_deleted'))
        batch_op.drop_index(batch_op.f('ix_mediation_sessions_case_id'))

    op.drop_table('mediation_sessions')
    with op.batch_alter_table('mediation_parties', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_mediation_parties_updated_at'))
        batch_op.drop_index(batch_op.f('ix_mediation_parties_locality_id'))
        batch_op.drop_index(batch_op.f('ix_mediation_parties_deleted'))
        batch_op.drop_index(batch_op.f('ix_mediation_parties_case_id'))

    op.drop_table('mediation_parties')
    with op.batch_alter_table('mediation_notes', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_mediation_notes_updated_at'))
        batch_op.drop_index(batch_op.f('ix_mediation_notes_locality_id'))
        batch_op.drop_index(batch_op.f('ix_mediation_notes_deleted'))
        batch_op.drop_index(batch_op.f('ix_mediation_notes_case_id'))

    op.drop_table('mediation_notes')
    with op.batch_alter_table('participation_events', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_participation_events_updated_at'))
        batch_op.drop_index(batch_op.f('ix_participation_events_locality_id'))
        batch_op.drop_index(batch_op.f('ix_participation_events_deleted'))

    op.drop_table('participation_events')
    with op.batch_alter_table('mediation_cases', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_mediation_cases_updated_at'))
        batch_op.drop_index(batch_op.f('ix_mediation_cases_locality_id'))
        batch_op.drop_index(batch_op.f('ix_mediation_cases_deleted'))

    op.drop_table('mediation_cases')
