"""Czech alphabetical order (czech-sort underneath): what a person expects of a Czech list."""

import czech_sort
from hypothesis import given, settings
from hypothesis import strategies as st

from obecdesk.core.collation import (
    actor_key,
    collation_key,
    czech_sorted,
    person_key,
    surname_first,
)

SURNAMES = ["Šťastná", "Chalupa", "Čermák", "Řezníček", "Cibulka", "Hruška", "Sýkora", "Rybář",
            "Zeman", "Žák", "Adámek", "Ábel"]


def test_czech_letters_sort_after_their_base_letter_and_ch_after_h():
    assert czech_sorted(SURNAMES) == ["Ábel", "Adámek", "Cibulka", "Čermák", "Hruška", "Chalupa",
                                      "Rybář", "Řezníček", "Sýkora", "Šťastná", "Zeman", "Žák"]


def test_persons_sort_by_surname_then_first_name_ignoring_titles():
    names = ["Ing. Jiří Čermák", "Mgr. Marie Šťastná, Ph.D.", "Petr Chalupa", "Adam Cibulka",
             "Bc. Eva Hruška", "Anna Hruška", "Ing. Luboš Rybář", "Ondřej Řezníček"]
    assert sorted(names, key=person_key) == [
        "Adam Cibulka", "Ing. Jiří Čermák", "Anna Hruška", "Bc. Eva Hruška", "Petr Chalupa",
        "Ing. Luboš Rybář", "Ondřej Řezníček", "Mgr. Marie Šťastná, Ph.D."]
    assert surname_first("MUDr. Jan Adámek, Ph.D.") == "Adámek Jan"
    assert surname_first("Novák") == "Novák"


def test_organisations_sort_by_their_name_as_written():
    # "Jan Čech" is Čech Jan (Č after C), "Charita Česko" is Charita (Ch after H)
    assert actor_key("person", "Jan Čech") < actor_key("organisation", "Charita Česko")
    assert actor_key("organisation", "Charita Česko") < actor_key("person", "Jan Ivan")
    assert actor_key("person", "Jan Tomeš") < actor_key("organisation", "Úřad práce")


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_the_key_is_czech_sorts_own_byte_key_for_any_text(text):
    # the stored sort keys of earlier versions stay valid: nothing to recompute
    assert collation_key(text) == czech_sort.bytes_key(text.strip())
    assert collation_key(text) == czech_sort.bytes_key(text.strip())  # a remembered key too
