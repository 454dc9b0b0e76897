"""The plain table names ``obecdesk stats`` reads without SQLAlchemy stay those of the models."""

from obecdesk.store.kinds import CHANGE_BATCHES, KIND_TABLES, LOCAL_REPLICA, SYNC_CONFLICTS
from obecdesk.store.models import SYNCED_MODELS, ChangeBatch, LocalReplica, SyncConflict


def test_every_synced_kind_has_its_table_in_the_plain_list_in_the_same_order():
    assert list(KIND_TABLES.items()) == [(m.__kind__, m.__tablename__) for m in SYNCED_MODELS], (
        "a synced model was added or renamed: put its kind and table in obecdesk/store/kinds.py")


def test_the_bookkeeping_tables_are_named_as_their_models():
    models = (ChangeBatch, SyncConflict, LocalReplica)
    assert [m.__tablename__ for m in models] == [CHANGE_BATCHES, SYNC_CONFLICTS, LOCAL_REPLICA]
