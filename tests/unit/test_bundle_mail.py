"""The e-mail draft that carries a bundle: addressed, attached whole, and saying nothing personal."""

from __future__ import annotations

import datetime as dt
from email import policy
from email.parser import BytesParser

import pytest

from obecdesk.errors import UserError, ValidationError
from obecdesk.sync.bundle_mail import write_bundle_draft

NOW = dt.datetime(2026, 11, 30, 15, 0, tzinfo=dt.UTC)


def read(path):
    return BytesParser(policy=policy.default).parsebytes(path.read_bytes())


def test_the_draft_is_addressed_to_hq_with_the_bundle_attached(tmp_path):
    bundle = tmp_path / "laptop-2026-11-30.obecbundle"
    bundle.write_bytes(b"OBEC\x00" + bytes(range(256)) * 40)
    eml = write_bundle_draft(bundle, sender_name="Laptop Horní Lhota",
                             counts={"actors": 3, "meetings": 1, "decisions": 0},
                             to_name="Centrála ASZ", to_email="sync@example.cz", now=NOW)
    assert eml == tmp_path / "laptop-2026-11-30.eml"
    message = read(eml)
    assert message["X-Unsent"] == "1" and message["To"].addresses[0].username == "sync"
    assert message["Subject"] == "Synchronizace obecdesk: Laptop Horní Lhota – 30. 11. 2026"
    [attachment] = list(message.iter_attachments())
    assert attachment.get_filename() == bundle.name
    assert attachment.get_content() == bundle.read_bytes()
    body = message.get_body(preferencelist=("plain",)).get_content()
    assert "Aktéři: 3" in body and "Jednání: 1" in body and "Usnesení" not in body


def test_without_an_address_the_draft_leaves_the_recipient_to_the_user(tmp_path):
    bundle = tmp_path / "b.obecbundle"
    bundle.write_bytes(b"x")
    message = read(write_bundle_draft(bundle, sender_name="Laptop", counts={}, now=NOW,
                                      eml=tmp_path / "draft.eml"))
    assert message["To"] is None
    assert "Nenese žádné nové změny" in message.get_body(preferencelist=("plain",)).get_content()


def test_a_bad_address_or_a_missing_bundle_is_refused_in_czech(tmp_path):
    bundle = tmp_path / "b.obecbundle"
    bundle.write_bytes(b"x")
    with pytest.raises(ValidationError, match="není platný e-mail"):
        write_bundle_draft(bundle, sender_name="Laptop", counts={}, to_email="centrala")
    with pytest.raises(UserError, match="nelze přečíst"):
        write_bundle_draft(tmp_path / "none.obecbundle", sender_name="Laptop", counts={})
    assert not (tmp_path / "b.eml").exists()
