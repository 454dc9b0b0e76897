"""Search folding ignores case and diacritics the same way for any text, remembered or not."""

import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from obecdesk.core.text import fold


def unremembered(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def test_czech_names_fold_to_plain_lower_case():
    assert fold("Šťastná ČEŘOVÁ") == "stastna cerova"
    assert fold("Ing. Jan NOVÁK, Ph.D.") == "ing. jan novak, ph.d."


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_folding_is_the_same_for_any_text_and_when_asked_again(text):
    assert fold(text) == unremembered(text)
    assert fold(text) == unremembered(text)
