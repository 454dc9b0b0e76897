"""``report method-card`` and ``report facilitator-kit``: the printouts that need the method
catalog besides (or instead of) a meeting."""

from __future__ import annotations

import argparse
from collections.abc import Callable

from obecdesk.core.meetings.service import MeetingService
from obecdesk.core.methods.service import MethodsService
from obecdesk.errors import UserError
from obecdesk.store import Store


def report_method_card(args: argparse.Namespace, store: Store) -> int:
    if not args.method:
        raise UserError("Zadejte metodu: --method ID (seznam: obecdesk list methods).")
    method = MethodsService(store).get(args.method)
    from obecdesk.reports.method_card import write_method_card  # reportlab loads only now

    print(f"Uloženo: {write_method_card(method, args.out)}")
    return 0


def report_facilitator_kit(args: argparse.Namespace, store: Store) -> int:
    if not args.meeting:
        raise UserError("Zadejte jednání: --meeting ID.")
    meetings = MeetingService(store)
    detail = meetings.detail(meetings.resolve_id(args.meeting))
    methods = MethodsService(store).methods(detail.meeting.locality_id)
    from obecdesk.reports.facilitator_kit import write_facilitator_kit

    print(f"Uloženo: {write_facilitator_kit(detail, args.out, methods)}")
    return 0


#: report kinds beyond the three meeting printouts, by the name ``obecdesk report`` takes
METHOD_REPORTS: dict[str, Callable[[argparse.Namespace, Store], int]] = {
    "method-card": report_method_card,
    "facilitator-kit": report_facilitator_kit,
}
