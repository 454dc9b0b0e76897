"""Every synced table travels in bundles: a model that is ``Synced`` but missing from the
registry (``SYNCED_MODELS``) would never leave the laptop, and a bundle could not name it."""

from sqlalchemy.orm import DeclarativeBase, registry

from obecdesk.store.base import Base, Synced
from obecdesk.store.models import MODEL_BY_TABLE, SYNCED_MODELS
from obecdesk.sync.bundle_scope import locality_link


def synced_classes(of: registry) -> set[type]:
    return {m.class_ for m in of.mappers if issubclass(m.class_, Synced)}


def test_every_synced_model_is_in_the_registry():
    assert synced_classes(Base.registry) == set(SYNCED_MODELS)
    assert set(MODEL_BY_TABLE) == {m.__tablename__ for m in SYNCED_MODELS}


def test_the_registry_check_sees_a_synced_model_left_out():
    class Elsewhere(DeclarativeBase):
        pass

    class Forgotten(Synced, Elsewhere):  # a capability that forgot to register its table
        __tablename__ = "forgotten_rows"

    assert synced_classes(Elsewhere.registry) - set(SYNCED_MODELS) == {Forgotten}


def test_a_synced_row_belongs_to_a_locality_or_to_none_through_its_links():
    """Who receives a row is decided by its locality (docs/bundle-format.md): every chain of
    links ends at the localities or at a table outside any locality (a catalog)."""
    for table in MODEL_BY_TABLE:
        seen = [table]
        while (link := locality_link(seen[-1])) is not None and seen[-1] != "localities":
            assert link[1] not in seen, f"{table}: its links go round in a circle"
            seen.append(link[1])
        assert seen[-1] == "localities" or locality_link(seen[-1]) is None
    assert locality_link("agenda_items") == ("meeting_id", "meetings")
