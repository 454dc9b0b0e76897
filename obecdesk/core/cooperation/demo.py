"""The acute demo's intake: the mayor's request, the conditions checked with notes, the decision
and a memorandum signed a few days after the start (registered in ``ACUTE_DEMO_PARTS``)."""

from __future__ import annotations

from obecdesk.core.demo_acute import AcuteDemo
from obecdesk.store.models import Cooperation, CooperationCondition
from obecdesk.store.natural_keys import cooperation_condition_id, cooperation_id

SITUATION = (
    "Po zářijové potyčce u ubytovny v Tovární ulici se situace vyhrotila: obyvatelé sepsali "
    "petici za uzavření ubytovny, proběhlo protestní shromáždění a na sociálních sítích se šíří "
    "výzvy k „řešení na vlastní pěst“. Potřebujeme pomoc s komunikací vůči občanům i médiím a "
    "s přípravou veřejného setkání, abychom situaci uklidnili.")

CONDITIONS = {
    "capacity": (True, "Starostka a tajemník vyčlenili čas na týdenní konzultace; za úřad "
                       "komunikuje sociální pracovnice obce."),
    "active": (True, "Obec se ozvala sama, hned po protestu; rada souhlasila se spoluprací."),
    "values": (True, "Starostka se veřejně vymezila proti výzvám k násilí a kolektivní vině."),
    "inclusive": (False, "Místostarosta prosazuje zrušení ubytovny bez náhradního řešení; "
                         "proinkluzivní přístup je třeba posilovat v radě."),
    "open": (True, "Obec je připravena svolat veřejné setkání a zveřejňovat průběžné "
                   "informace na webu a ve zpravodaji."),
}


def add_cooperation_demo(session, demo: AcuteDemo) -> None:
    session.add(Cooperation(
        id=cooperation_id(demo.locality_id), locality_id=demo.locality_id,
        requested_by_id=demo.actors["starostka"], requested_on=demo.day(-3),
        themes=["coexistence", "security"], requested_mode="acute", situation=SITUATION,
        decision="accepted", decision_reason="Akutní situace, obec splňuje podmínky; "
        "proinkluzivní přístup posílíme během spolupráce.", decided_on=demo.day(-1),
        agreed_on=demo.day(4),
    ))
    for code, (met, note) in CONDITIONS.items():
        session.add(CooperationCondition(
            id=cooperation_condition_id(demo.locality_id, code), locality_id=demo.locality_id,
            code=code, met=met, note=note))
