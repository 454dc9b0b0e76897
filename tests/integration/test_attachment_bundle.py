"""An attachment's bytes survive a real sync bundle from a field laptop to HQ."""

from __future__ import annotations

import base64
import datetime as dt
import json

import pytest
from bundle_support import decrypted_payload, field_and_hq, receive, send

from obecdesk.core.communication.situation import EventData, SituationLog
from obecdesk.core.localities import LocalityData, LocalityService
from obecdesk.sync.bundle_format import BundleRefused
from obecdesk.sync.bundle_validation import parse_record


def test_the_bytes_of_an_attachment_arrive_whole(tmp_path, monkeypatch):
    (field,), hq = field_and_hq(tmp_path, monkeypatch)
    loc = LocalityService(field).create(LocalityData(name="Lipová nad Ohří"))
    log = SituationLog(field)
    event_id = log.add(loc.id, EventData(dt.date(2026, 9, 14), "incident", "Potyčka", severity=4))
    content = bytes(range(256)) * 1000 + "Tovární ulice".encode()
    info = log.attach_bytes(event_id, "fotka potyčky.jpg", content)

    path = send(field, hq, tmp_path)
    assert base64.b64encode(content) in decrypted_payload(path, hq)
    receive(hq, path, field)

    held, data = SituationLog(hq).content(info.id)
    assert data == content
    assert (held.file_name, held.media_type, held.size) == ("fotka potyčky.jpg", "image/jpeg",
                                                            len(content))
    assert [a.id for a in SituationLog(hq).events(loc.id)[0].attachments] == [info.id]


def test_a_content_that_is_not_base64_refuses_the_bundle():
    record = ["situation_attachments", "6f1c2a52-4d0e-4b8e-9a57-0b5d3c1e9a10", "content", "",
              "not base64!", "000001764500000000-000003-6f1c2a52-4d0e-4b8e-9a57-0b5d3c1e9a10",
              "", False]
    with pytest.raises(BundleRefused, match="chybný typ"):
        parse_record(json.loads(json.dumps(record)), 1764500000000, "x")
