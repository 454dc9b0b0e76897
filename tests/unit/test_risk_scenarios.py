"""Risk scenarios: the scale, the level of likelihood × impact, the order of the list."""

from __future__ import annotations

import pytest

from obecdesk.core.communication.risks import RiskData, RiskService
from obecdesk.core.localities import LocalityData, LocalityService
from obecdesk.core.vocabulary.communication import RiskLevel, risk_level
from obecdesk.errors import ValidationError


def test_the_level_bands_of_the_matrix():
    assert [risk_level(1, 1), risk_level(2, 2), risk_level(3, 3), risk_level(3, 5),
            risk_level(5, 5)] == [RiskLevel.LOW, RiskLevel.MEDIUM, RiskLevel.HIGH,
                                  RiskLevel.CRITICAL, RiskLevel.CRITICAL]
    assert risk_level(1, 3) is RiskLevel.LOW and risk_level(2, 4) is RiskLevel.MEDIUM


def test_scenarios_come_greatest_risk_first_and_bad_ones_are_refused(store):
    loc = LocalityService(store).create(LocalityData(name="Lipová nad Ohří")).id
    risks = RiskService(store)
    risks.add(loc, RiskData("Rodiče odhlásí děti", 2, 3))
    fight = risks.add(loc, RiskData("Další potyčka", 3, 5, prepared_response="hlídky"))
    risks.add(loc, RiskData("Fámy na sítích", 5, 3))
    assert [(r.data.title, r.score) for r in risks.of_locality(loc)] == [
        ("Další potyčka", 15), ("Fámy na sítích", 15), ("Rodiče odhlásí děti", 6)]
    with pytest.raises(ValidationError, match="stupnici 1 až 5"):
        risks.update(fight, RiskData("Další potyčka", 6, 5))
    with pytest.raises(ValidationError, match="popis"):
        risks.add(loc, RiskData(" "))
    risks.update(fight, RiskData("Další potyčka", 2, 5, status="closed"))
    assert risks.of_locality(loc)[1].data.status == "closed"
    risks.remove(fight)
    assert len(risks.of_locality(loc)) == 2
