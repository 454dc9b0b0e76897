"""The countdown to a cooperation's planned end as the screens say it ("zbývá 23 dní (do 14. 1.
2027)"), translatable, with the colour that marks the last two weeks."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from obecdesk.core.cooperation.service import CooperationFrame
from obecdesk.core.cooperation.timeline import Countdown
from obecdesk.core.formatting import date_text
from obecdesk.core.i18n import QT_TRANSLATE_NOOP
from obecdesk.core.vocabulary.localities import CooperationMode
from obecdesk.ui.i18n import vocab

#: the three Czech forms of a day count (1, 2–4, 5 and more), each one whole phrase
LEFT = (QT_TRANSLATE_NOOP("Countdown", "zbývá {0} den (do {1})"),
        QT_TRANSLATE_NOOP("Countdown", "zbývají {0} dny (do {1})"),
        QT_TRANSLATE_NOOP("Countdown", "zbývá {0} dní (do {1})"))
OVER = (QT_TRANSLATE_NOOP("Countdown", "{0} den po plánovaném konci ({1})"),
        QT_TRANSLATE_NOOP("Countdown", "{0} dny po plánovaném konci ({1})"),
        QT_TRANSLATE_NOOP("Countdown", "{0} dní po plánovaném konci ({1})"))
LAST_DAY = QT_TRANSLATE_NOOP("Countdown", "dnes je poslední den spolupráce ({0})")
WARNING_STYLE = "color: #b3261e; font-weight: bold;"
CALM_STYLE = "color: #1f5e2c; font-weight: bold;"


def _form(n: int) -> int:
    return 0 if n == 1 else 1 if 2 <= n <= 4 else 2


def countdown_label(value: Countdown) -> str:
    end = date_text(value.end)
    if value.days_left == 0:
        return QCoreApplication.translate("Countdown", LAST_DAY).format(end)
    n = abs(value.days_left)
    phrases = LEFT if value.days_left > 0 else OVER
    return QCoreApplication.translate("Countdown", phrases[_form(n)]).format(n, end)


def prominent_label(value: Countdown) -> str:
    """The countdown, in the last two weeks and after the end with what to do about it."""
    if not value.warning:
        return countdown_label(value)
    return QCoreApplication.translate(
        "Countdown", "⚠ {0} – připravte závěrečnou zprávu").format(countdown_label(value))


def countdown_style(value: Countdown) -> str:
    return WARNING_STYLE if value.warning else CALM_STYLE


def warning_sentence(locality: str, value: Countdown) -> str:
    """The status-bar line of a cooperation in its last two weeks or past its end."""
    if value.over:
        text = QT_TRANSLATE_NOOP("Countdown", "Spolupráce s lokalitou {0} měla skončit: {1}. "
                                    "Připravte závěrečnou zprávu (Spolupráce).")
    else:
        text = QT_TRANSLATE_NOOP("Countdown", "Spolupráce s lokalitou {0} se blíží ke konci: {1}. "
                                    "Připravte závěrečnou zprávu (Spolupráce).")
    return QCoreApplication.translate("Countdown", text).format(locality, countdown_label(value))


def planned_text(frame: CooperationFrame) -> str:
    """The planned end and where it comes from; a hint when the municipality asked for another
    mode than the locality has (the mode, which decides the end, is changed in Lokality)."""
    translate = QCoreApplication.translate
    value = frame.countdown
    if frame.mode == CooperationMode.LONG_TERM:
        text = translate("CooperationView", "dlouhodobá spolupráce: plán fází, bez pevného konce")
    elif value is None:
        text = translate("CooperationView", "zatím neurčen")
    elif frame.data.planned_end_override:
        text = translate("CooperationView", "{0} (určen ručně)").format(date_text(value.end))
    elif frame.data.agreed_on:
        text = translate("CooperationView", "{0} (od memoranda)").format(date_text(value.end))
    else:
        text = translate("CooperationView", "{0} (od zahájení)").format(date_text(value.end))
    asked = frame.data.requested_mode
    if asked and asked != frame.mode:
        text += translate("CooperationView", "; obec žádá: {0}, režim lokality změníte v "
                                             "Lokalitách").format(
            vocab(CooperationMode.label_of(asked)))
    return text
