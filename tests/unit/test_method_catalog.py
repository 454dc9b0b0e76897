"""The method catalog: every shipped file is valid and complete, broken files are reported by name
and line while the rest loads, and search understands Czech word forms."""

from __future__ import annotations

import shutil

import pytest

from obecdesk.catalog import method_schema
from obecdesk.catalog.method_files import load_directory, methods_dir
from obecdesk.core.methods.search import search
from obecdesk.core.vocabulary.methods import ConflictLevel, Participation, Purpose, Skill

REQUIRED = [
    "world-cafe", "opera", "problem-tree", "design-thinking", "thematic-micro-teams",
    "focus-group", "round-table", "public-meeting", "planning-meeting", "open-space", "fishbowl",
    "one-two-four-all", "dot-voting", "affinity-diagram", "stakeholder-mapping", "walking-tour",
    "participatory-budgeting", "structured-interviews", "survey", "mediation",
    "consensus-workshop", "brainstorming", "swot", "scenario-planning", "future-workshop",
    "gallery-walk", "appreciative-inquiry", "citizens-panel", "neighbourhood-meeting",
]
BLOCKS = ["welcome", "energiser", "break", "task-review", "summary"]


@pytest.fixture(scope="module")
def catalog():
    return load_directory()


def test_the_shipped_catalog_loads_whole(catalog):
    assert catalog.errors == []
    methods = [m for m in catalog.methods.values() if not m.is_block]
    assert len(methods) >= 30
    assert set(REQUIRED) <= set(catalog.methods)
    assert {m.id for m in catalog.methods.values() if m.is_block} == set(BLOCKS)


def test_every_method_is_complete_and_its_steps_fit_its_duration(catalog):
    for method in catalog.methods.values():
        assert method.name_en and method.summary_en, method.id
        assert method.materials_cs or method.is_block or method.id == "energiser", method.id
        assert method.pitfalls_cs and len(method.pitfalls_cs) == len(method.pitfalls_en), method.id
        assert all(step.en for step in method.steps), method.id
        assert method.minutes_min <= method.steps_minutes <= method.minutes_max, method.id
        if not method.is_block:
            assert method.sources and method.variants_cs, method.id


def test_the_vocabulary_labels_every_schema_code():
    assert tuple(p.value for p in Purpose) == method_schema.PURPOSES
    assert tuple(p.value for p in Participation) == method_schema.PARTICIPATION
    assert tuple(c.value for c in ConflictLevel) == method_schema.CONFLICT
    assert tuple(s.value for s in Skill) == method_schema.SKILL


@pytest.fixture
def folder(tmp_path):
    """A copy of three good methods to break."""
    for name in ("world-cafe", "opera", "dot-voting"):
        shutil.copy(methods_dir() / f"{name}.toml", tmp_path)
    return tmp_path


def _replace(path, old, new):
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def _line(path, start):
    return next(n for n, line in enumerate(path.read_text().splitlines(), 1)
                if line.startswith(start))


def test_a_toml_typo_is_reported_by_file_and_line_and_the_rest_loads(folder):
    path = folder / "opera.toml"
    _replace(path, 'participation = "collaborate"', "participation = collaborate")
    loaded = load_directory(folder)
    assert set(loaded.methods) == {"world-cafe", "dot-voting"}
    [error] = loaded.errors
    assert error.file == "opera.toml" and error.line == _line(path, "participation")
    assert str(error).startswith(f"opera.toml, řádek {error.line}: chybný zápis TOML")


def test_an_unknown_purpose_names_the_line_of_purposes(folder):
    path = folder / "world-cafe.toml"
    _replace(path, '"relationships"]', '"fun"]')
    [error] = load_directory(folder).errors
    assert (error.file, error.line) == ("world-cafe.toml", _line(path, "purposes"))
    assert "Neznámý účel 'fun'" in error.message


def test_a_step_without_minutes_names_its_step_table(folder):
    path = folder / "dot-voting.toml"
    _replace(path, "minutes = 7\n", "")
    [error] = load_directory(folder).errors
    second_step = [n for n, line in enumerate(path.read_text().splitlines(), 1)
                   if line.strip() == "[[steps]]"][1]
    assert (error.file, error.line) == ("dot-voting.toml", second_step)
    assert error.message.startswith("Krok 2: minutes")


@pytest.mark.parametrize(("old", "new", "words"), [
    ("group_min = 12", "group_min = 500", "group_min je větší"),
    ('conflict = "tension"', 'conflict = "war"', "conflict = 'war'"),
    ("low_literacy = true", 'low_literacy = "yes"', "low_literacy musí být"),
    ('id = "world-cafe"', 'id = "World Café"', "id musí být"),
])
def test_schema_rules_name_the_field(folder, old, new, words):
    _replace(folder / "world-cafe.toml", old, new)
    loaded = load_directory(folder)
    [error] = loaded.errors
    assert words in error.message and error.line > 1
    assert len(loaded.methods) == 2


def test_two_files_with_one_id_keep_the_first(folder):
    shutil.copy(folder / "opera.toml", folder / "x-opera-copy.toml")
    loaded = load_directory(folder)
    assert [e.file for e in loaded.errors] == ["x-opera-copy.toml"]
    assert "už má jiný soubor" in loaded.errors[0].message


@pytest.mark.parametrize(("query", "expected"), [
    ("konfliktu", "mediation"),        # inflected form of the purpose label
    ("stromování", "problem-tree"),
    ("procházky", "walking-tour"),
    ("kavarna", "world-cafe"),          # no diacritics
    ("hlasování body", "dot-voting"),
    ("sousedy", "neighbourhood-meeting"),
    ("priorit", "opera"),               # half-typed word
])
def test_search_understands_czech_word_forms(catalog, query, expected):
    found = [m.id for m in search(catalog.methods.values(), query)]
    assert expected in found


def test_search_puts_name_matches_first_and_finds_nothing_for_nonsense(catalog):
    assert search(catalog.methods.values(), "mediace")[0].id == "mediation"
    assert search(catalog.methods.values(), "xyzzy") == []
    assert "brainstorming" not in [m.id for m in search(catalog.methods.values(), "konflikt")]
