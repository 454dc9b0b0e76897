"""A method as a timed agenda block: steps fitted to the item's minutes, with clock times; the
method a free-text agenda entry names."""

from __future__ import annotations

import datetime as dt

import pytest

from obecdesk.catalog.method_files import load_directory
from obecdesk.core.methods.blocks import fitted_minutes, match_method, method_steps, timed_steps


@pytest.fixture(scope="module")
def methods():
    return list(load_directory().methods.values())


@pytest.mark.parametrize(("durations", "total", "expected"), [
    ([10, 20, 20, 15, 15], 80, [10, 20, 20, 15, 15]),
    ([10, 20, 20, 15, 15], 60, [8, 15, 15, 11, 11]),
    ([10, 20], 100, [33, 67]),
    ([1, 2, 4, 5], 8, [1, 1, 3, 3]),
    ([5], 3, [3]),
])
def test_fitted_minutes_add_up_to_the_item(durations, total, expected):
    fitted = fitted_minutes(durations, total)
    assert fitted == expected and sum(fitted) == total


def test_world_cafe_in_an_hour_from_nine_forty(methods):
    cafe = next(m for m in methods if m.id == "world-cafe")
    steps = timed_steps(method_steps(cafe, 60), dt.time(9, 40))
    assert [s.minutes for s in steps] == [8, 15, 15, 11, 11]
    assert steps[0].starts_at == dt.time(9, 40) and steps[1].starts_at == dt.time(9, 48)
    assert steps[-1].ends_at == dt.time(10, 40)
    assert steps[0].text.startswith("Úvod")
    assert method_steps(cafe, lang="en")[0][0].startswith("Opening")


def test_steps_without_a_start_have_no_clock(methods):
    steps = timed_steps(method_steps(methods[0]), None)
    assert all(s.starts_at is None and s.ends_at is None for s in steps)


@pytest.mark.parametrize(("text", "method_id"), [
    ("World café", "world-cafe"), ("world cafe", "world-cafe"), ("stromování", "problem-tree"),
    ("tematické mikrotýmy", "thematic-micro-teams"), ("OPERA", "opera"),
    ("Kontrola úkolů", "task-review"), ("dot-voting", "dot-voting"),
])
def test_free_text_methods_of_older_agendas_are_recognised(methods, text, method_id):
    assert match_method(text, methods).id == method_id


@pytest.mark.parametrize("text", ["", "prezentace", "diskuse"])
def test_unknown_methods_stay_free_text(methods, text):
    assert match_method(text, methods) is None
