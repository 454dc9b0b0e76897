"""Closed lists of the domain (cooperation modes, sectors, statuses) with their Czech labels.

The stored value is a stable English code; the label is Czech (the source language) and marked for
translation, so the UI shows ``QCoreApplication.translate("Vocabulary", member.label)``.
"""

from __future__ import annotations

from enum import StrEnum


class LabeledEnum(StrEnum):
    """A ``StrEnum`` whose members also carry a human label: ``A = "code", "Štítek"``."""

    label: str

    def __new__(cls, value: str, label: str = "") -> LabeledEnum:
        member = str.__new__(cls, value)
        member._value_ = value
        member.label = label or value
        return member

    @classmethod
    def choices(cls) -> list[tuple[str, str]]:
        return [(m.value, m.label) for m in cls]

    @classmethod
    def label_of(cls, value: str | None) -> str:
        try:
            return cls(value).label
        except ValueError:
            return value or ""
