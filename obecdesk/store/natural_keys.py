"""Deterministic ids for rows that are unique by nature (DESIGN.md §4).

Two replicas that invite the same actor to the same meeting, draw the same relation, add the same
member or insert the automatic "Kontrola úkolů" item while apart must land on *one* row when
their changes meet, not on two rows that both say the same thing. So these rows take the uuid5
of their natural key instead of a random uuid4:

=================  ==========================================
row                natural key
=================  ==========================================
attendance         meeting, actor (guests without an actor keep random ids)
actor relation     source actor, target actor, kind
review item        meeting (the automatic "Kontrola úkolů")
task review        reviewing meeting, action item
membership         body, actor, joining date (empty joins as ``-``)
cooperation        locality (one intake per locality)
condition          locality, condition code
=================  ==========================================

A row that was tombstoned and is created again is revived (``deleted`` back to false) under the
same id instead of inserting a duplicate key (:func:`obecdesk.core.records.natural_row`).

Existing stores are not migrated: rows created before these ids keep their random ids. The
services still find such rows by their natural key first (a query), so nothing is duplicated
locally; only a concurrent creation on two replicas of a row that existed before the upgrade can
still give two rows, as it always could.

The namespace below is part of the data: changing it would give every replica different ids
for the same rows. Never change it.
"""

from __future__ import annotations

import datetime as dt
import uuid

#: the one namespace of every natural-key id of obecdesk (fixed forever)
NAMESPACE = uuid.UUID("0b7e3c55-31a4-4f0e-9d2c-6a1f5e8b4c27")


def natural_id(kind: str, *parts: str) -> str:
    """The uuid5 of ``kind`` and the key parts; the same on every replica."""
    return str(uuid.uuid5(NAMESPACE, "/".join((kind, *parts))))


def attendance_id(meeting_id: str, actor_id: str) -> str:
    return natural_id("attendance", meeting_id, actor_id)


def relation_id(source_id: str, target_id: str, kind: str) -> str:
    return natural_id("relation", source_id, target_id, kind)


def review_item_id(meeting_id: str) -> str:
    return natural_id("review-item", meeting_id)


def membership_id(body_id: str, actor_id: str, joined_on: dt.date | None) -> str:
    return natural_id("membership", body_id, actor_id,
                      joined_on.isoformat() if joined_on else "-")


def task_review_id(meeting_id: str, action_item_id: str) -> str:
    return natural_id("task-review", meeting_id, action_item_id)


def cooperation_id(locality_id: str) -> str:
    return natural_id("cooperation", locality_id)


def cooperation_condition_id(locality_id: str, code: str) -> str:
    return natural_id("cooperation-condition", locality_id, code)
