"""The table of every synced kind, as plain data, in the order of ``SYNCED_MODELS``.

``obecdesk stats`` answers from these names with the standard ``sqlite3`` module, without
loading SQLAlchemy and the models (most of its run time). ``tests/unit/test_kinds.py`` fails
when a synced model is missing here or named differently: a new model is added in both places.
"""

from __future__ import annotations

#: entity kind (the CLI's plural code) -> its table
KIND_TABLES: dict[str, str] = {
    "localities": "localities",
    "actors": "actors",
    "relations": "actor_relations",
    "bodies": "bodies",
    "memberships": "memberships",
    "meetings": "meetings",
    "agenda_items": "agenda_items",
    "attendance": "attendance",
    "decisions": "decisions",
    "action_items": "action_items",
    "stored_methods": "methods",
    "method_ratings": "method_ratings",
    "strategic_plans": "strategic_plans",
    "plan_areas": "plan_areas",
    "plan_goals": "plan_goals",
    "measures": "measures",
    "indicators": "indicators",
    "indicator_targets": "indicator_targets",
    "indicator_values": "indicator_values",
    "value_corrections": "value_corrections",
    "projects": "projects",
    "project_measures": "project_measures",
    "minutes_versions": "minutes_versions",
    "task_reviews": "task_reviews",
    "cooperations": "cooperations",
    "cooperation-conditions": "cooperation_conditions",
    "participation-events": "participation_events",
    "proposals": "proposals",
    "mediation-cases": "mediation_cases",
    "mediation-parties": "mediation_parties",
    "mediation-sessions": "mediation_sessions",
    "mediation-notes": "mediation_notes",
    "situation-events": "situation_events",
    "situation-attachments": "situation_attachments",
    "risk-scenarios": "risk_scenarios",
    "audience-groups": "audience_groups",
    "attitude-readings": "attitude_readings",
    "communication-plans": "communication_plans",
    "communication-texts": "communication_texts",
    "communication-text-versions": "communication_text_versions",
    "communication-recommendations": "communication_recommendations",
    "process-agendas": "process_agendas",
    "process-steps": "process_steps",
    "process-documents": "process_documents",
    "process-interviews": "process_interviews",
    "critical-points": "critical_points",
    "recommendations": "recommendations",
    "recommendation-follow-ups": "recommendation_follow_ups",
    "hq_reviews": "hq_reviews",
}

#: the sync bookkeeping ``stats`` also reads: committed change batches, unresolved conflicts and
#: the replica's own row
CHANGE_BATCHES = "change_batches"
SYNC_CONFLICTS = "sync_conflicts"
LOCAL_REPLICA = "local_replica"
