"""The communication plan of a locality: key messages, the spokesperson, channels and holding
statements. One plan per locality, under a natural-key id, so two replicas that start it apart
land on one row."""

from __future__ import annotations

from obecdesk.store.natural_keys import natural_id


def plan_id(locality_id: str) -> str:
    return natural_id("communication_plan", locality_id)
