"""A mayor or council member decides by office; a town hall ("radnice") or OSPOD does not."""

from __future__ import annotations

from obecdesk.core.stakeholders.decision_roles import decides_by_role
from obecdesk.core.stakeholders.imports.rows import _row_data


def test_offices_that_decide():
    for role in ("starosta", "Místostarostka", "radní pro bydlení a sociální oblast",
                 "náměstek primátora", "členka rady města", "Primátor"):
        assert decides_by_role(role), role
    for role in ("Radnice", "OSPOD", "kurátor pro mládež", "ředitel/ka školy", ""):
        assert not decides_by_role(role), role


def test_an_imported_mayor_decides_unless_the_file_says_no():
    mayor, _ = _row_data({"name": "Ing. Pavel Kučera", "role": "starosta"})
    assert mayor.decision_power is True
    unticked, _ = _row_data({"name": "Ing. Pavel Kučera", "role": "starosta",
                             "decision_power": "ne"})
    assert unticked.decision_power is False
    clerk, _ = _row_data({"name": "Marie Dvořáková", "role": "OSPOD"})
    assert clerk.decision_power is False
