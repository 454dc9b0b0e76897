"""Every synced table says how each of its columns travels (DESIGN.md §4)."""

from __future__ import annotations

from obecdesk.core.vocabulary.meetings import MeetingStatus
from obecdesk.store.models import SYNCED_MODELS
from obecdesk.store.models.meetings import STATUS_CHAIN
from obecdesk.store.sync_policy import ENVELOPE, Policy, sync_policy


def undeclared_columns(model) -> set[str]:
    columns = {column.name for column in model.__table__.columns}
    return columns - ENVELOPE - set(model.__sync__.declared())


def test_every_column_of_every_synced_table_has_a_policy():
    missing = {m.__tablename__: undeclared_columns(m) for m in SYNCED_MODELS}
    assert {table: cols for table, cols in missing.items() if cols} == {}


def test_no_column_is_declared_twice_or_names_a_column_that_does_not_exist():
    for model in SYNCED_MODELS:
        declared = model.__sync__.declared()
        assert len(declared) == len(set(declared)), model.__tablename__
        columns = {column.name for column in model.__table__.columns}
        assert set(declared) <= columns, model.__tablename__


def test_the_check_itself_sees_a_new_column_without_a_policy():
    class Fake:
        __sync__ = sync_policy(merged="name")

        class __table__:  # noqa: N801 - the shape of a SQLAlchemy table
            columns = [type("C", (), {"name": n}) for n in ("id", "updated_at", "name", "extra")]

    assert undeclared_columns(Fake) == {"extra"}


def test_the_fields_named_by_the_design_have_their_policies():
    by_table = {m.__tablename__: m.__sync__ for m in SYNCED_MODELS}
    assert by_table["actors"].of("search_text") is Policy.DERIVED
    assert by_table["agenda_items"].of("minutes_text") is Policy.DERIVED
    assert by_table["actors"].of("erased") is Policy.ONE_WAY
    assert by_table["meetings"].of("status") is Policy.ONE_WAY
    assert by_table["meetings"].of("deleted") is Policy.ONE_WAY
    assert by_table["actors"].of("tags") is Policy.SET
    assert by_table["localities"].of("themes") is Policy.SET


def test_the_status_chain_of_the_store_is_the_core_vocabulary_in_order():
    assert tuple(status.value for status in MeetingStatus) == STATUS_CHAIN


def test_one_way_values_only_move_forward():
    policy = sync_policy(one_way={"status": STATUS_CHAIN, "erased": (False, True)})
    assert policy.forward("status", "held", "planned") == "held"
    assert policy.forward("status", "planned", "minutes_approved") == "minutes_approved"
    assert policy.forward("erased", True, False) is True
    assert policy.forward("erased", False, True) is True
