"""plans, indicators, projects: the strategic plan with its versions, areas, goals, measures;
indicator definitions, per-period targets, values and their corrections; funding projects

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-30

New tables only; every store so far has none of these rows, so nothing is stamped here.
"""

import sqlalchemy as sa
from alembic import op

revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('indicators',
    sa.Column('locality_id', sa.String(length=36), nullable=False),
    sa.Column('measure_id', sa.String(length=36), nullable=True),
    sa.Column('catalog_code', sa.String(length=60), nullable=False),
    sa.Column('name', sa.String(length=300), nullable=False),
    sa.Column('unit', sa.String(length=20), nullable=False),
    sa.Column('direction', sa.String(length=10), nullable=False),
    sa.Column('aggregation', sa.String(length=10), nullable=False),
    sa.Column('result_type', sa.String(length=10), nullable=False),
    sa.Column('baseline_value', sa.Float(), nullable=True),
    sa.Column('baseline_date', sa.Date(), nullable=True),
    sa.Column('min_value', sa.Float(), nullable=True),
    sa.Column('max_value', sa.Float(), nullable=True),
    sa.Column('source', sa.String(length=300), nullable=False),
    sa.Column('frequency', sa.String(length=10), nullable=False),
    sa.Column('computed', sa.String(length=40), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('updated_at', sa.String(length=64), nullable=False),
    sa.Column('replica_id', sa.String(length=36), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['locality_id'], ['localities.id'], name=op.f('fk_indicators_locality_id_localities')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_indicators'))
    )
    with op.batch_alter_table('indicators', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_indicators_deleted'), ['deleted'], unique=False)
        batch_op.create_index(batch_op.f('ix_indicators_locality_id'), ['locality_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_indicators_measure_id'), ['measure_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_indicators_updated_at'), ['updated_at'], unique=False)

    op.create_table('projects',
    sa.Column('locality_id', sa.String(length=36), nullable=False),
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('programme', sa.String(length=200), nullable=False),
    sa.Column('applicant', sa.String(length=300), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('requested_hal', sa.Integer(), nullable=True),
    sa.Column('approved_hal', sa.Integer(), nullable=True),
    sa.Column('people_supported', sa.Integer(), nullable=True),
    sa.Column('submitted_on', sa.Date(), nullable=True),
    sa.Column('decided_on', sa.Date(), nullable=True),
    sa.Column('starts_on', sa.Date(), nullable=True),
    sa.Column('ends_on', sa.Date(), nullable=True),
    sa.Column('measures_text', sa.Text(), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('updated_at', sa.String(length=64), nullable=False),
    sa.Column('replica_id', sa.String(length=36), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['locality_id'], ['localities.id'], name=op.f('fk_projects_locality_id_localities')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_projects'))
    )
    with op.batch_alter_table('projects', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_projects_deleted'), ['deleted'], unique=False)
        batch_op.create_index(batch_op.f('ix_projects_locality_id'), ['locality_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_projects_status'), ['status'], unique=False)
        batch_op.create_index(batch_op.f('ix_projects_updated_at'), ['updated_at'], unique=False)

    op.create_table('strategic_plans',
    sa.Column('locality_id', sa.String(length=36), nullable=False),
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('adopted_on', sa.Date(), nullable=True),
    sa.Column('adopted_by', sa.String(length=300), nullable=False),
    sa.Column('valid_from', sa.Date(), nullable=True),
    sa.Column('valid_to', sa.Date(), nullable=True),
    sa.Column('previous_id', sa.String(length=36), nullable=True),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('updated_at', sa.String(length=64), nullable=False),
    sa.Column('replica_id', sa.String(length=36), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['locality_id'], ['localities.id'], name=op.f('fk_strategic_plans_locality_id_localities')),
    sa.ForeignKeyConstraint(['previous_id'], ['strategic_plans.id'], name=op.f('fk_strategic_plans_previous_id_strategic_plans')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_strategic_plans'))
    )
    with op.batch_alter_table('strategic_plans', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_strategic_plans_deleted'), ['deleted'], unique=False)
        batch_op.create_index(batch_op.f('ix_strategic_plans_locality_id'), ['locality_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_strategic_plans_updated_at'), ['updated_at'], unique=False)

    op.create_table('indicator_targets',
    sa.Column('locality_id', sa.String(length=36), nullable=False),
    sa.Column('indicator_id', sa.String(length=36), nullable=False),
    sa.Column('period', sa.String(length=10), nullable=False),
    sa.Column('value', sa.Float(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('updated_at', sa.String(length=64), nullable=False),
    sa.Column('replica_id', sa.String(length=36), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['indicator_id'], ['indicators.id'], name=op.f('fk_indicator_targets_indicator_id_indicators')),
    sa.ForeignKeyConstraint(['locality_id'], ['localities.id'], name=op.f('fk_indicator_targets_locality_id_localities')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_indicator_targets'))
    )
    with op.batch_alter_table('indicator_targets', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_indicator_targets_deleted'), ['deleted'], unique=False)
        batch_op.create_index(batch_op.f('ix_indicator_targets_locality_id'), ['locality_id'], unique=False)
        batch_op.create_index('ix_indicator_targets_period', ['indicator_id', 'period'], unique=False)
        batch_op.create_index(batch_op.f('ix_indicator_targets_updated_at'), ['updated_at'], unique=False)

    op.create_table('indicator_values',
    sa.Column('locality_id', sa.String(length=36), nullable=False),
    sa.Column('indicator_id', sa.String(length=36), nullable=False),
    sa.Column('period', sa.String(length=10), nullable=False),
    sa.Column('value', sa.Float(), nullable=False),
    sa.Column('source', sa.String(length=300), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('follow_up', sa.Boolean(), nullable=False),
    sa.Column('follow_up_reason', sa.Text(), nullable=False),
    sa.Column('entered_by', sa.String(length=200), nullable=False),
    sa.Column('entered_on', sa.Date(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('updated_at', sa.String(length=64), nullable=False),
    sa.Column('replica_id', sa.String(length=36), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['indicator_id'], ['indicators.id'], name=op.f('fk_indicator_values_indicator_id_indicators')),
    sa.ForeignKeyConstraint(['locality_id'], ['localities.id'], name=op.f('fk_indicator_values_locality_id_localities')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_indicator_values'))
    )
    with op.batch_alter_table('indicator_values', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_indicator_values_deleted'), ['deleted'], unique=False)
        batch_op.create_index(batch_op.f('ix_indicator_values_locality_id'), ['locality_id'], unique=False)
        batch_op.create_index('ix_indicator_values_period', ['indicator_id', 'period'], unique=False)
        batch_op.create_index(batch_op.f('ix_indicator_values_updated_at'), ['updated_at'], unique=False)

    op.create_table('plan_areas',
    sa.Column('locality_id', sa.String(length=36), nullable=False),
    sa.Column('plan_id', sa.String(length=36), nullable=False),
    sa.Column('origin_id', sa.String(length=36), nullable=True),
    sa.Column('theme', sa.String(length=40), nullable=False),
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('updated_at', sa.String(length=64), nullable=False),
    sa.Column('replica_id', sa.String(length=36), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['locality_id'], ['localities.id'], name=op.f('fk_plan_areas_locality_id_localities')),
    sa.ForeignKeyConstraint(['plan_id'], ['strategic_plans.id'], name=op.f('fk_plan_areas_plan_id_strategic_plans')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_plan_areas'))
    )
    with op.batch_alter_table('plan_areas', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_plan_areas_deleted'), ['deleted'], unique=False)
        batch_op.create_index(batch_op.f('ix_plan_areas_locality_id'), ['locality_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_plan_areas_plan_id'), ['plan_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_plan_areas_updated_at'), ['updated_at'], unique=False)

    op.create_table('project_measures',
    sa.Column('locality_id', sa.String(length=36), nullable=False),
    sa.Column('project_id', sa.String(length=36), nullable=False),
    sa.Column('measure_id', sa.String(length=36), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('updated_at', sa.String(length=64), nullable=False),
    sa.Column('replica_id', sa.String(length=36), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['locality_id'], ['localities.id'], name=op.f('fk_project_measures_locality_id_localities')),
    sa.ForeignKeyConstraint(['project_id'], ['projects.id'], name=op.f('fk_project_measures_project_id_projects')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_project_measures'))
    )
    with op.batch_alter_table('project_measures', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_project_measures_deleted'), ['deleted'], unique=False)
        batch_op.create_index(batch_op.f('ix_project_measures_locality_id'), ['locality_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_project_measures_measure_id'), ['measure_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_project_measures_project_id'), ['project_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_project_measures_updated_at'), ['updated_at'], unique=False)

    op.create_table('plan_goals',
    sa.Column('locality_id', sa.String(length=36), nullable=False),
    sa.Column('plan_id', sa.String(length=36), nullable=False),
    sa.Column('area_id', sa.String(length=36), nullable=False),
    sa.Column('origin_id', sa.String(length=36), nullable=True),
    sa.Column('title', sa.String(length=500), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('updated_at', sa.String(length=64), nullable=False),
    sa.Column('replica_id', sa.String(length=36), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['area_id'], ['plan_areas.id'], name=op.f('fk_plan_goals_area_id_plan_areas')),
    sa.ForeignKeyConstraint(['locality_id'], ['localities.id'], name=op.f('fk_plan_goals_locality_id_localities')),
    sa.ForeignKeyConstraint(['plan_id'], ['strategic_plans.id'], name=op.f('fk_plan_goals_plan_id_strategic_plans')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_plan_goals'))
    )
    with op.batch_alter_table('plan_goals', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_plan_goals_area_id'), ['area_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_plan_goals_deleted'), ['deleted'], unique=False)
        batch_op.create_index(batch_op.f('ix_plan_goals_locality_id'), ['locality_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_plan_goals_plan_id'), ['plan_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_plan_goals_updated_at'), ['updated_at'], unique=False)

    op.create_table('value_corrections',
    sa.Column('locality_id', sa.String(length=36), nullable=False),
    sa.Column('indicator_id', sa.String(length=36), nullable=False),
    sa.Column('value_id', sa.String(length=36), nullable=False),
    sa.Column('period', sa.String(length=10), nullable=False),
    sa.Column('old_value', sa.Float(), nullable=True),
    sa.Column('new_value', sa.Float(), nullable=True),
    sa.Column('changed_by', sa.String(length=200), nullable=False),
    sa.Column('changed_at', sa.String(length=40), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('updated_at', sa.String(length=64), nullable=False),
    sa.Column('replica_id', sa.String(length=36), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['indicator_id'], ['indicators.id'], name=op.f('fk_value_corrections_indicator_id_indicators')),
    sa.ForeignKeyConstraint(['locality_id'], ['localities.id'], name=op.f('fk_value_corrections_locality_id_localities')),
    sa.ForeignKeyConstraint(['value_id'], ['indicator_values.id'], name=op.f('fk_value_corrections_value_id_indicator_values')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_value_corrections'))
    )
    with op.batch_alter_table('value_corrections', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_value_corrections_deleted'), ['deleted'], unique=False)
        batch_op.create_index(batch_op.f('ix_value_corrections_indicator_id'), ['indicator_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_value_corrections_locality_id'), ['locality_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_value_corrections_updated_at'), ['updated_at'], unique=False)

    op.create_table('measures',
    sa.Column('locality_id', sa.String(length=36), nullable=False),
    sa.Column('plan_id', sa.String(length=36), nullable=False),
    sa.Column('area_id', sa.String(length=36), nullable=False),
    sa.Column('goal_id', sa.String(length=36), nullable=True),
    sa.Column('origin_id', sa.String(length=36), nullable=True),
    sa.Column('lineage_id', sa.String(length=36), nullable=False),
    sa.Column('catalog_code', sa.String(length=60), nullable=False),
    sa.Column('title', sa.String(length=500), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('responsible_id', sa.String(length=36), nullable=True),
    sa.Column('responsible_name', sa.String(length=300), nullable=False),
    sa.Column('partners', sa.Text(), nullable=False),
    sa.Column('starts_on', sa.Date(), nullable=True),
    sa.Column('ends_on', sa.Date(), nullable=True),
    sa.Column('budget_hal', sa.Integer(), nullable=True),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('updated_at', sa.String(length=64), nullable=False),
    sa.Column('replica_id', sa.String(length=36), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['area_id'], ['plan_areas.id'], name=op.f('fk_measures_area_id_plan_areas')),
    sa.ForeignKeyConstraint(['goal_id'], ['plan_goals.id'], name=op.f('fk_measures_goal_id_plan_goals')),
    sa.ForeignKeyConstraint(['locality_id'], ['localities.id'], name=op.f('fk_measures_locality_id_localities')),
    sa.ForeignKeyConstraint(['plan_id'], ['strategic_plans.id'], name=op.f('fk_measures_plan_id_strategic_plans')),
    sa.ForeignKeyConstraint(['responsible_id'], ['actors.id'], name=op.f('fk_measures_responsible_id_actors')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_measures'))
    )
    with op.batch_alter_table('measures', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_measures_area_id'), ['area_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_measures_deleted'), ['deleted'], unique=False)
        batch_op.create_index(batch_op.f('ix_measures_goal_id'), ['goal_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_measures_lineage_id'), ['lineage_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_measures_locality_id'), ['locality_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_measures_plan_id'), ['plan_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_measures_status'), ['status'], unique=False)
        batch_op.create_index(batch_op.f('ix_measures_updated_at'), ['updated_at'], unique=False)



TABLES = ("strategic_plans", "plan_areas", "plan_goals", "measures", "indicators",
          "indicator_targets", "indicator_values", "value_corrections", "projects",
          "project_measures")


def downgrade() -> None:
    # the clock table and the conflict log must not point at rows that go with the tables
    names = ", ".join(f"'{t}'" for t in TABLES)
    op.execute(f"DELETE FROM field_versions WHERE table_name IN ({names})")
    op.execute(f"DELETE FROM sync_conflicts WHERE table_name IN ({names})")
    with op.batch_alter_table('measures', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_measures_updated_at'))
        batch_op.drop_index(batch_op.f('ix_measures_status'))
        batch_op.drop_index(batch_op.f('ix_measures_plan_id'))
        batch_op.drop_index(batch_op.f('ix_measures_locality_id'))
        batch_op.drop_index(batch_op.f('ix_measures_lineage_id'))
        batch_op.drop_index(batch_op.f('ix_measures_goal_id'))
        batch_op.drop_index(batch_op.f('ix_measures_deleted'))
        batch_op.drop_index(batch_op.f('ix_measures_area_id'))

    op.drop_table('measures')
    with op.batch_alter_table('value_corrections', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_value_corrections_updated_at'))
        batch_op.drop_index(batch_op.f('ix_value_corrections_locality_id'))
        batch_op.drop_index(batch_op.f('ix_value_corrections_indicator_id'))
        batch_op.drop_index(batch_op.f('ix_value_corrections_deleted'))

    op.drop_table('value_corrections')
    with op.batch_alter_table('plan_goals', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_plan_goals_updated_at'))
        batch_op.drop_index(batch_op.f('ix_plan_goals_plan_id'))
        batch_op.drop_index(batch_op.f('ix_plan_goals_locality_id'))
        batch_op.drop_index(batch_op.f('ix_plan_goals_deleted'))
        batch_op.drop_index(batch_op.f('ix_plan_goals_area_id'))

    op.drop_table('plan_goals')
    with op.batch_alter_table('project_measures', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_project_measures_updated_at'))
        batch_op.drop_index(batch_op.f('ix_project_measures_project_id'))
        batch_op.drop_index(batch_op.f('ix_project_measures_measure_id'))
        batch_op.drop_index(batch_op.f('ix_project_measures_locality_id'))
        batch_op.drop_index(batch_op.f('ix_project_measures_deleted'))

    op.drop_table('project_measures')
    with op.batch_alter_table('plan_areas', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_plan_areas_updated_at'))
        batch_op.drop_index(batch_op.f('ix_plan_areas_plan_id'))
        batch_op.drop_index(batch_op.f('ix_plan_areas_locality_id'))
        batch_op.drop_index(batch_op.f('ix_plan_areas_deleted'))

    op.drop_table('plan_areas')
    with op.batch_alter_table('indicator_values', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_indicator_values_updated_at'))
        batch_op.drop_index('ix_indicator_values_period')
        batch_op.drop_index(batch_op.f('ix_indicator_values_locality_id'))
        batch_op.drop_index(batch_op.f('ix_indicator_values_deleted'))

    op.drop_table('indicator_values')
    with op.batch_alter_table('indicator_targets', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_indicator_targets_updated_at'))
        batch_op.drop_index('ix_indicator_targets_period')
        batch_op.drop_index(batch_op.f('ix_indicator_targets_locality_id'))
        batch_op.drop_index(batch_op.f('ix_indicator_targets_deleted'))

    op.drop_table('indicator_targets')
    with op.batch_alter_table('strategic_plans', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_strategic_plans_updated_at'))
        batch_op.drop_index(batch_op.f('ix_strategic_plans_locality_id'))
        batch_op.drop_index(batch_op.f('ix_strategic_plans_deleted'))

    op.drop_table('strategic_plans')
    with op.batch_alter_table('projects', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_projects_updated_at'))
        batch_op.drop_index(batch_op.f('ix_projects_status'))
        batch_op.drop_index(batch_op.f('ix_projects_locality_id'))
        batch_op.drop_index(batch_op.f('ix_projects_deleted'))

    op.drop_table('projects')
    with op.batch_alter_table('indicators', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_indicators_updated_at'))
        batch_op.drop_index(batch_op.f('ix_indicators_measure_id'))
        batch_op.drop_index(batch_op.f('ix_indicators_locality_id'))
        batch_op.drop_index(batch_op.f('ix_indicators_deleted'))

    op.drop_table('indicators')
