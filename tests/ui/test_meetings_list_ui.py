"""The meeting list filters by body, status and "no body" in SQL, a page at a time."""

import datetime as dt

from meetings_support import make_view

from obecdesk.core.meetings.meeting_types import MeetingData
from obecdesk.core.meetings.service import MeetingService
from obecdesk.ui.meetings.list_model import PAGE, Column
from obecdesk.ui.meetings.list_panel import NO_BODY


def test_no_body_and_status_filters_page_through_the_service(qtbot, ctx, services):
    service = MeetingService(ctx.store)
    first = dt.date(2020, 1, 6)
    created = [service.create(ctx.locality_id, MeetingData(
        title=f"Veřejné setkání č. {n + 1}", date=first + dt.timedelta(days=7 * n),
        kind="round_table" if n % 50 == 0 else "public")) for n in range(PAGE + 5)]
    for meeting in created[:3]:
        service.set_status(meeting.id, "held", on=meeting.date)

    view = make_view(qtbot, ctx, services)
    panel = view.list_panel
    panel.body_filter.setCurrentIndex(panel.body_filter.findData(NO_BODY))
    # one page is read, the count comes from SQL: the rest is fetched only when scrolled to
    assert panel.count_label.text() == f"{PAGE + 5} jednání"
    assert panel.model.rowCount() == PAGE
    assert panel.model.index(0, Column.TITLE).data() == f"Veřejné setkání č. {PAGE + 5}"
    assert panel.model.canFetchMore()
    panel.model.fetchMore()
    assert panel.model.rowCount() == PAGE + 5 and not panel.model.canFetchMore()
    assert {panel.model.index(r, Column.BODY).data() for r in range(PAGE + 5)} == {
        "veřejné setkání", "kulatý stůl"}

    panel.status_filter.setCurrentIndex(panel.status_filter.findData("held"))
    assert panel.count_label.text() == "3 jednání"
    assert [panel.model.index(r, Column.TITLE).data() for r in range(3)] == [
        "Veřejné setkání č. 3", "Veřejné setkání č. 2", "Veřejné setkání č. 1"]
    panel.status_filter.setCurrentIndex(panel.status_filter.findData("planned"))
    assert panel.count_label.text() == f"{PAGE + 2} jednání"
    assert panel.model.rowCount() == PAGE

    panel.body_filter.setCurrentIndex(panel.body_filter.findText("PS Bydlení"))
    assert panel.count_label.text() == "1 jednání"  # the demo's planned PS Bydlení meeting
