"""Participation and mediation vocabularies (seed 000: public meetings, round tables, planning
meetings; what happened to each proposal; how a mediation ended)."""

from obecdesk.core.i18n import QT_TRANSLATE_NOOP
from obecdesk.core.vocabulary import LabeledEnum


class EventKind(LabeledEnum):
    PUBLIC_MEETING = "public_meeting", QT_TRANSLATE_NOOP("Vocabulary", "veřejné setkání")
    ROUND_TABLE = "round_table", QT_TRANSLATE_NOOP("Vocabulary", "kulatý stůl")
    PLANNING_MEETING = "planning_meeting", QT_TRANSLATE_NOOP("Vocabulary", "plánovací setkání")
    WALK = "neighbourhood_walk", QT_TRANSLATE_NOOP("Vocabulary", "procházka po sousedství")
    SURVEY = "survey", QT_TRANSLATE_NOOP("Vocabulary", "anketa")


class ProposalKind(LabeledEnum):
    PROPOSAL = "proposal", QT_TRANSLATE_NOOP("Vocabulary", "návrh")
    COMMENT = "comment", QT_TRANSLATE_NOOP("Vocabulary", "připomínka")


class Disposition(LabeledEnum):
    OPEN = "open", QT_TRANSLATE_NOOP("Vocabulary", "čeká na vyjádření")
    ACCEPTED = "accepted", QT_TRANSLATE_NOOP("Vocabulary", "přijato")
    IN_PROGRESS = "in_progress", QT_TRANSLATE_NOOP("Vocabulary", "v řešení")
    REJECTED = "rejected", QT_TRANSLATE_NOOP("Vocabulary", "zamítnuto")


class MediationResult(LabeledEnum):
    OPEN = "open", QT_TRANSLATE_NOOP("Vocabulary", "probíhá")
    AGREEMENT = "agreement", QT_TRANSLATE_NOOP("Vocabulary", "dohoda")
    PARTIAL = "partial", QT_TRANSLATE_NOOP("Vocabulary", "částečná dohoda")
    NONE = "none", QT_TRANSLATE_NOOP("Vocabulary", "bez dohody")
