"""Numbers, money and dates as Czech Excel and people write them."""

import datetime as dt

import pytest

from obecdesk.core.indicators.cells import (
    CellError,
    parse_amount_hal,
    parse_count,
    parse_date,
    parse_value,
)
from obecdesk.core.indicators.export import safe_text


@pytest.mark.parametrize(("text", "hal"), [
    ("1 250 000", 125_000_000), ("1 250 000,50 Kč", 125_000_050), ("1\u00a0250\u00a0000,5", 125_000_050),
    ("1.250.000,-", 125_000_000), ("3456789,50", 345_678_950), ("2 000 000 Kč", 200_000_000),
    ("250.000", 25_000_000), ("12,5", 1250), ("", None),
])
def test_amounts(text, hal):
    assert parse_amount_hal(text) == hal


@pytest.mark.parametrize("text", ["x", "1,2,3", "-5", "1,234"])
def test_bad_amounts_say_why(text):
    with pytest.raises(CellError):
        parse_amount_hal(text)


def test_counts_dates_and_values():
    assert parse_count("85") == 85
    with pytest.raises(CellError, match="celé"):
        parse_count("8,5")
    assert parse_date("13.6.2024") == dt.date(2024, 6, 13)
    assert parse_date("13. 6. 2024") == dt.date(2024, 6, 13)
    assert parse_date("2024-06-13") == dt.date(2024, 6, 13)
    with pytest.raises(CellError, match="není datum"):
        parse_date("31.2.2025")
    assert parse_value("40 %", "percent") == 40
    assert parse_value("Ano", "yes_no") == 1 and parse_value("ne", "yes_no") == 0
    assert parse_value("22,5", "count") == 22.5  # the unit rule refuses it later, with its reason


def test_formula_like_cells_are_escaped():
    assert safe_text('=HYPERLINK("http://x")') == "'=HYPERLINK(\"http://x\")"
    assert safe_text("@SUM(A1)") == "'@SUM(A1)" and safe_text("Doučování") == "Doučování"
