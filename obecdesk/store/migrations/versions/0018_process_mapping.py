"""process mapping: agendas of the municipality, their steps (formal and informal practice),
documents analysed, interviews, critical points, recommendations and their follow-ups

Revision ID: 0018
Revises: 0017
Create Date: 2026-11-30

New tables only; no store has these rows yet, so nothing is stamped here.
"""

import sqlalchemy as sa
from alembic import op

revision = '0018'
down_revision = '0017'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('process_agendas',
    sa.Column('locality_id', sa.String(length=36), nullable=False),
    sa.Column('name', sa.String(length=300), nullable=False),
    sa.Column('theme', sa.String(length=40), nullable=False),
    sa.Column('department', sa.String(length=200), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('updated_at', sa.String(length=64), nullable=False),
    sa.Column('replica_id', sa.String(length=36), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['locality_id'], ['localities.id'], name=op.f('fk_process_agendas_locality_id_localities')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_process_agendas'))
    )
    with op.batch_alter_table('process_agendas', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_process_agendas_deleted'), ['deleted'], unique=False)
        batch_op.create_index(batch_op.f('ix_process_agendas_locality_id'), ['locality_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_process_agendas_updated_at'), ['updated_at'], unique=False)

    op.create_table('process_documents',
    sa.Column('locality_id', sa.String(length=36), nullable=False),
    sa.Column('agenda_id', sa.String(length=36), nullable=False),
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('issued_on', sa.Date(), nullable=True),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('updated_at', sa.String(length=64), nullable=False),
    sa.Column('replica_id', sa.String(length=36), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['agenda_id'], ['process_agendas.id'], name=op.f('fk_process_documents_agenda_id_process_agendas')),
    sa.ForeignKeyConstraint(['locality_id'], ['localities.id'], name=op.f('fk_process_documents_locality_id_localities')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_process_documents'))
    )
    with op.batch_alter_table('process_documents', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_process_documents_agenda_id'), ['agenda_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_process_documents_deleted'), ['deleted'], unique=False)
        batch_op.create_index(batch_op.f('ix_process_documents_locality_id'), ['locality_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_process_documents_updated_at'), ['updated_at'], unique=False)

    op.create_table('process_interviews',
    sa.Column('locality_id', sa.String(length=36), nullable=False),
    sa.Column('agenda_id', sa.String(length=36), nullable=False),
    sa.Column('held_on', sa.Date(), nullable=True),
    sa.Column('respondent_group', sa.String(length=20), nullable=False),
    sa.Column('respondent_code', sa.String(length=200), nullable=False),
    sa.Column('respondent_name', sa.String(length=200), nullable=False),
    sa.Column('legal_basis', sa.String(length=100), nullable=False),
    sa.Column('consent_date', sa.Date(), nullable=True),
    sa.Column('purpose', sa.String(length=300), nullable=False),
    sa.Column('erased', sa.Boolean(), nullable=False),
    sa.Column('summary', sa.Text(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('updated_at', sa.String(length=64), nullable=False),
    sa.Column('replica_id', sa.String(length=36), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['agenda_id'], ['process_agendas.id'], name=op.f('fk_process_interviews_agenda_id_process_agendas')),
    sa.ForeignKeyConstraint(['locality_id'], ['localities.id'], name=op.f('fk_process_interviews_locality_id_localities')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_process_interviews'))
    )
    with op.batch_alter_table('process_interviews', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_process_interviews_agenda_id'), ['agenda_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_process_interviews_deleted'), ['deleted'], unique=False)
        batch_op.create_index(batch_op.f('ix_process_interviews_locality_id'), ['locality_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_process_interviews_updated_at'), ['updated_at'], unique=False)

    op.create_table('process_steps',
    sa.Column('locality_id', sa.String(length=36), nullable=False),
    sa.Column('agenda_id', sa.String(length=36), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=300), nullable=False),
    sa.Column('responsible', sa.String(length=200), nullable=False),
    sa.Column('formal_practice', sa.Text(), nullable=False),
    sa.Column('informal_practice', sa.Text(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('updated_at', sa.String(length=64), nullable=False),
    sa.Column('replica_id', sa.String(length=36), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['agenda_id'], ['process_agendas.id'], name=op.f('fk_process_steps_agenda_id_process_agendas')),
    sa.ForeignKeyConstraint(['locality_id'], ['localities.id'], name=op.f('fk_process_steps_locality_id_localities')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_process_steps'))
    )
    with op.batch_alter_table('process_steps', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_process_steps_agenda_id'), ['agenda_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_process_steps_deleted'), ['deleted'], unique=False)
        batch_op.create_index(batch_op.f('ix_process_steps_locality_id'), ['locality_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_process_steps_updated_at'), ['updated_at'], unique=False)

    op.create_table('recommendations',
    sa.Column('locality_id', sa.String(length=36), nullable=False),
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('solution', sa.Text(), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('responsible', sa.String(length=200), nullable=False),
    sa.Column('critical_point_ids', sa.JSON(), nullable=False),
    sa.Column('referral_actor_id', sa.String(length=36), nullable=True),
    sa.Column('referral_organisation', sa.String(length=300), nullable=False),
    sa.Column('referral_note', sa.Text(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('updated_at', sa.String(length=64), nullable=False),
    sa.Column('replica_id', sa.String(length=36), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['locality_id'], ['localities.id'], name=op.f('fk_recommendations_locality_id_localities')),
    sa.ForeignKeyConstraint(['referral_actor_id'], ['actors.id'], name=op.f('fk_recommendations_referral_actor_id_actors')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_recommendations'))
    )
    with op.batch_alter_table('recommendations', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_recommendations_deleted'), ['deleted'], unique=False)
        batch_op.create_index(batch_op.f('ix_recommendations_locality_id'), ['locality_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_recommendations_status'), ['status'], unique=False)
        batch_op.create_index(batch_op.f('ix_recommendations_updated_at'), ['updated_at'], unique=False)

    op.create_table('critical_points',
    sa.Column('locality_id', sa.String(length=36), nullable=False),
    sa.Column('agenda_id', sa.String(length=36), nullable=False),
    sa.Column('step_id', sa.String(length=36), nullable=True),
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('concern', sa.String(length=20), nullable=False),
    sa.Column('severity', sa.String(length=10), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('evidence', sa.Text(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('updated_at', sa.String(length=64), nullable=False),
    sa.Column('replica_id', sa.String(length=36), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['agenda_id'], ['process_agendas.id'], name=op.f('fk_critical_points_agenda_id_process_agendas')),
    sa.ForeignKeyConstraint(['locality_id'], ['localities.id'], name=op.f('fk_critical_points_locality_id_localities')),
    sa.ForeignKeyConstraint(['step_id'], ['process_steps.id'], name=op.f('fk_critical_points_step_id_process_steps')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_critical_points'))
    )
    with op.batch_alter_table('critical_points', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_critical_points_agenda_id'), ['agenda_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_critical_points_deleted'), ['deleted'], unique=False)
        batch_op.create_index(batch_op.f('ix_critical_points_locality_id'), ['locality_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_critical_points_severity'), ['severity'], unique=False)
        batch_op.create_index(batch_op.f('ix_critical_points_step_id'), ['step_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_critical_points_updated_at'), ['updated_at'], unique=False)

    op.create_table('recommendation_follow_ups',
    sa.Column('locality_id', sa.String(length=36), nullable=False),
    sa.Column('recommendation_id', sa.String(length=36), nullable=False),
    sa.Column('held_on', sa.Date(), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('updated_at', sa.String(length=64), nullable=False),
    sa.Column('replica_id', sa.String(length=36), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['locality_id'], ['localities.id'], name=op.f('fk_recommendation_follow_ups_locality_id_localities')),
    sa.ForeignKeyConstraint(['recommendation_id'], ['recommendations.id'], name=op.f('fk_recommendation_follow_ups_recommendation_id_recommendations')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_recommendation_follow_ups'))
    )
    with op.batch_alter_table('recommendation_follow_ups', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_recommendation_follow_ups_deleted'), ['deleted'], unique=False)
        batch_op.create_index(batch_op.f('ix_recommendation_follow_ups_locality_id'), ['locality_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_recommendation_follow_ups_recommendation_id'), ['recommendation_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_recommendation_follow_ups_updated_at'), ['updated_at'], unique=False)



TABLES = ("process_agendas", "process_steps", "process_documents", "process_interviews",
          "critical_points", "recommendations", "recommendation_follow_ups")


def downgrade() -> None:
    # the clock table and the conflict log must not point at rows that go with the tables
    names = ", ".join(f"'{t}'" for t in TABLES)
    op.execute(f"DELETE FROM field_versions WHERE table_name IN ({names})")
    op.execute(f"DELETE FROM sync_conflicts WHERE table_name IN ({names})")
    with op.batch_alter_table('recommendation_follow_ups', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_recommendation_follow_ups_updated_at'))
        batch_op.drop_index(batch_op.f('ix_recommendation_follow_ups_recommendation_id'))
        batch_op.drop_index(batch_op.f('ix_recommendation_follow_ups_locality_id'))
        batch_op.drop_index(batch_op.f('ix_recommendation_follow_ups_deleted'))

    op.drop_table('recommendation_follow_ups')
    with op.batch_alter_table('critical_points', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_critical_points_updated_at'))
        batch_op.drop_index(batch_op.f('ix_critical_points_step_id'))
        batch_op.drop_index(batch_op.f('ix_critical_points_severity'))
        batch_op.drop_index(batch_op.f('ix_critical_points_locality_id'))
        batch_op.drop_index(batch_op.f('ix_critical_points_deleted'))
        batch_op.drop_index(batch_op.f('ix_critical_points_agenda_id'))

    op.drop_table('critical_points')
    with op.batch_alter_table('recommendations', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_recommendations_updated_at'))
        batch_op.drop_index(batch_op.f('ix_recommendations_status'))
        batch_op.drop_index(batch_op.f('ix_recommendations_locality_id'))
        batch_op.drop_index(batch_op.f('ix_recommendations_deleted'))

    op.drop_table('recommendations')
    with op.batch_alter_table('process_steps', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_process_steps_updated_at'))
        batch_op.drop_index(batch_op.f('ix_process_steps_locality_id'))
        batch_op.drop_index(batch_op.f('ix_process_steps_deleted'))
        batch_op.drop_index(batch_op.f('ix_process_steps_agenda_id'))

    op.drop_table('process_steps')
    with op.batch_alter_table('process_interviews', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_process_interviews_updated_at'))
        batch_op.drop_index(batch_op.f('ix_process_interviews_locality_id'))
        batch_op.drop_index(batch_op.f('ix_process_interviews_deleted'))
        batch_op.drop_index(batch_op.f('ix_process_interviews_agenda_id'))

    op.drop_table('process_interviews')
    with op.batch_alter_table('process_documents', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_process_documents_updated_at'))
        batch_op.drop_index(batch_op.f('ix_process_documents_locality_id'))
        batch_op.drop_index(batch_op.f('ix_process_documents_deleted'))
        batch_op.drop_index(batch_op.f('ix_process_documents_agenda_id'))

    op.drop_table('process_documents')
    with op.batch_alter_table('process_agendas', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_process_agendas_updated_at'))
        batch_op.drop_index(batch_op.f('ix_process_agendas_locality_id'))
        batch_op.drop_index(batch_op.f('ix_process_agendas_deleted'))

    op.drop_table('process_agendas')
