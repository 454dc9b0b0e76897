"""The method assistant ranks the catalog for realistic agenda items from the seeds and says why;
the order and the sentences are deterministic."""

from __future__ import annotations

import pytest

from obecdesk.catalog.method_files import load_directory
from obecdesk.core.methods.ranking import Experience, Need, suggest
from obecdesk.errors import UserError


@pytest.fixture(scope="module")
def methods():
    return list(load_directory().methods.values())


def ids(result, n=None):
    return [r.method.id for r in result.ranked][:n]


# (case, need, must be in the top three, must not be ranked at all)
CASES = [
    ("PS Bydlení decides how to allocate municipal flats, 25 members, an hour, tension",
     Need("decide", 25, 60, "tension"), {"opera", "round-table"}, {"mediation", "citizens-panel"}),
    ("steering group collects ideas for the plan revision, 40 people, 15 minutes",
     Need("ideas", 40, 15), {"one-two-four-all"}, {"world-cafe", "design-thinking", "open-space"}),
    ("neighbours of one building in open conflict, 8 people, two hours, little trust",
     Need("conflict", 8, 120, "open", low_trust=True), {"mediation"}, {"brainstorming"}),
    ("residents of the excluded locality give their views, 30 people, 90 minutes, low literacy",
     Need("views", 30, 90, "tension", low_literacy=True), {"world-cafe"}, {"focus-group"}),
    ("working group analyses why families lose housing, 10 people, 90 minutes",
     Need("analyse", 10, 90), {"problem-tree"}, {"citizens-panel", "mediation"}),
    ("working group plans measures for two hours, 12 people",
     Need("plan", 12, 120), {"planning-meeting"}, {"citizens-panel"}),
    ("parents from the locality, 8 people, language barrier, an hour to hear their experience",
     Need("views", 8, 60, "tension", low_trust=True, language_barriers=True),
     {"focus-group"}, {"citizens-panel", "open-space"}),
]


@pytest.mark.parametrize(("case", "need", "top", "absent"), CASES, ids=[c[0] for c in CASES])
def test_realistic_cases(methods, case, need, top, absent):
    result = suggest(methods, need)
    assert top <= set(ids(result, 3)), (case, ids(result, 5))
    assert not absent & set(ids(result)), case
    for ranked in result.ranked:
        assert need.purpose in ranked.method.purposes and ranked.why
    assert not [e for e in result.excluded if e.method.is_block]
    assert not [r for r in result.ranked if r.method.is_block]


def test_why_and_fails_say_the_numbers(methods):
    result = suggest(methods, Need("decide", 25, 60, "tension"))
    opera = next(r for r in result.ranked if r.method.id == "opera")
    assert "je pro 6–40 lidí, čekáte 25" in opera.why
    assert "unese i napětí" in opera.why
    planning = next(r for r in result.ranked if r.method.id == "planning-meeting")
    assert "potřebuje 90 min, máte 60" in planning.fails
    assert planning.score < opera.score


def test_excluded_methods_carry_their_reason(methods):
    result = suggest(methods, Need("ideas", 40, 15))
    reasons = {e.method.id: e.reason for e in result.excluded}
    assert reasons["world-cafe"] == "potřebuje aspoň 60 min, máte 15"
    assert reasons["brainstorming"] == "je pro 3–15 lidí, čekáte 40 lidí"
    assert reasons["mediation"].startswith("slouží k jiným účelům")
    # the ones that could serve the purpose come before those for other purposes
    purposes = ["ideas" in e.method.purposes for e in result.excluded]
    assert purposes == sorted(purposes, reverse=True)


def test_open_conflict_excludes_methods_for_calm_groups(methods):
    result = suggest(methods, Need("ideas", 10, 30, "open"))
    reasons = {e.method.id: e.reason for e in result.excluded}
    assert reasons["brainstorming"] == ("unese nanejvýš bez konfliktu, u vás je otevřený "
                                        "konflikt")


def test_low_literacy_demotes_written_methods(methods):
    plain = suggest(methods, Need("prioritise", 20, 90))
    literacy = suggest(methods, Need("prioritise", 20, 90, low_literacy=True))
    opera = next(r for r in literacy.ranked if r.method.id == "opera")
    assert "spoléhá na čtení a psaní (nízká gramotnost)" in opera.fails
    assert ids(literacy).index("opera") > ids(plain).index("opera")
    assert ids(literacy)[0] == "dot-voting"


def test_the_localitys_ratings_move_a_method_and_say_so(methods):
    need = Need("decide", 25, 60, "tension")
    before = suggest(methods, need)
    assert ids(before, 2) == ["opera", "round-table"]
    liked = suggest(methods, need, {"round-table": Experience(4, 4.5)})
    table = liked.ranked[0]
    assert table.method.id == "round-table" and table.score == before.ranked[1].score + 8
    assert "v této lokalitě použita 4×, průměrné hodnocení 4,5" in table.why
    disliked = suggest(methods, need, {"opera": Experience(2, 1.5)})
    opera = next(r for r in disliked.ranked if r.method.id == "opera")
    assert "v této lokalitě použita 2×, průměrné hodnocení 1,5" in opera.fails
    assert ids(disliked).index("opera") > ids(before).index("opera")


def test_a_method_one_conflict_level_short_is_ranked_with_the_reason(methods):
    result = suggest(methods, Need("conflict", 20, 60, "open"))
    fishbowl = next(r for r in result.ranked if r.method.id == "fishbowl")
    assert "unese nanejvýš napětí, u vás je otevřený konflikt" in fishbowl.fails
    assert ids(result).index("fishbowl") > ids(result).index("round-table")


def test_the_same_need_gives_the_same_order(methods):
    need = Need("views", 30, 90, "tension")
    assert ids(suggest(methods, need)) == ids(suggest(list(reversed(methods)), need))


@pytest.mark.parametrize(("need", "words"), [
    (Need("fun", 5, 30), "Neznámý účel"),
    (Need("ideas", 0, 30), "alespoň 1"),
    (Need("ideas", 5, 0), "alespoň 1 minuta"),
    (Need("ideas", 5, 30, "war"), "Neznámá úroveň konfliktu"),
])
def test_bad_needs_get_one_czech_sentence(methods, need, words):
    with pytest.raises(UserError, match=words):
        suggest(methods, need)
