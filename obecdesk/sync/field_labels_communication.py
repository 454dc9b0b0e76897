"""Czech names of the communication stream's fields and codes, for the conflict review (kept
apart from :mod:`obecdesk.sync.field_labels`, which merges them in, so that module stays small).
"""

from __future__ import annotations

from obecdesk.core.i18n import QT_TRANSLATE_NOOP
from obecdesk.core.vocabulary import LabeledEnum
from obecdesk.core.vocabulary.communication import (
    EventKind,
    RecommendationStatus,
    RiskStatus,
    TextKind,
    TextStatus,
)

COMMUNICATION_FIELDS: dict[str, str] = {
    "occurred_on": QT_TRANSLATE_NOOP("Fields", "Datum události"),
    "description": QT_TRANSLATE_NOOP("Fields", "Popis"),
    "source": QT_TRANSLATE_NOOP("Fields", "Zdroj"),
    "reach": QT_TRANSLATE_NOOP("Fields", "Dosah"),
    "severity": QT_TRANSLATE_NOOP("Fields", "Závažnost"),
    "actor_ids": QT_TRANSLATE_NOOP("Fields", "Zapojení aktéři"),
    "file_name": QT_TRANSLATE_NOOP("Fields", "Název souboru"),
    "content": QT_TRANSLATE_NOOP("Fields", "Obsah souboru"),
    "likelihood": QT_TRANSLATE_NOOP("Fields", "Pravděpodobnost"),
    "impact": QT_TRANSLATE_NOOP("Fields", "Dopad"),
    "warning_signals": QT_TRANSLATE_NOOP("Fields", "Varovné signály"),
    "prepared_response": QT_TRANSLATE_NOOP("Fields", "Připravená reakce"),
    "responsible_id": QT_TRANSLATE_NOOP("Fields", "Odpovídá"),
    "read_on": QT_TRANSLATE_NOOP("Fields", "Datum záznamu"),
    "tension": QT_TRANSLATE_NOOP("Fields", "Napětí"),
    "key_messages": QT_TRANSLATE_NOOP("Fields", "Klíčová sdělení"),
    "spokesperson_id": QT_TRANSLATE_NOOP("Fields", "Mluvčí"),
    "channels": QT_TRANSLATE_NOOP("Fields", "Kanály"),
    "holding_statements": QT_TRANSLATE_NOOP("Fields", "Připravená prohlášení"),
    "body": QT_TRANSLATE_NOOP("Fields", "Znění textu"),
    "audience": QT_TRANSLATE_NOOP("Fields", "Pro koho"),
    "given_on": QT_TRANSLATE_NOOP("Fields", "Dáno"),
}

COMMUNICATION_CODES: dict[tuple[str, str], type[LabeledEnum]] = {
    ("situation_events", "kind"): EventKind,
    ("risk_scenarios", "status"): RiskStatus,
    ("communication_texts", "kind"): TextKind,
    ("communication_texts", "status"): TextStatus,
    ("communication_recommendations", "status"): RecommendationStatus,
}
