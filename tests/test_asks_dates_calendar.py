"""Calendar dates read without dateparser give dateparser's answers, and a scan never loads dateparser.

The fast reader (`read_calendar_phrase`) must agree with dateparser, called with the settings
`dates_resolve` uses (`dateparser_calendar_date`), on every shape the grammar hands over: month
spellings and abbreviations, day suffixes, "the ... of", years with and without a comma, numeric
dates month- or day-first with two- and four-digit years, ISO dates. Where it cannot be sure (a wrong
suffix, an impossible day) it answers None and dateparser decides.
"""

from __future__ import annotations

import itertools
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from belt_tui.asks.dates_calendar import dateparser_calendar_date, read_calendar_phrase

# (today, day first) pairs: a leap year and not, month first and day first.
READINGS = ((date(2026, 1, 9), False), (date(2024, 2, 10), True))
MONTHS = ("January", "feb", "MARCH", "Apr.", "May", "june", "Sept", "sept.", "Sep", "Oct", "Nov.", "Dec")


def _named_phrases() -> list[str]:
    phrases = []
    for month, day, suffix, year in itertools.product(
        MONTHS, ("1", "2", "3", "09", "22", "31"), ("", "st", "th"), ("", ", 1999")
    ):
        phrases += [
            f"{month} {day}{suffix}{year}",
            f"{day}{suffix} {month}{year}",
            f"the {day}{suffix} of {month}",
        ]
    return [*phrases, "March12", "31 October.", "the 4 November", "Jan. 16"]


NUMERIC = [
    f"{a}/{b}{year}"
    for a in (1, 9, 12, 13, 31)
    for b in (2, 12, 29, 31)
    for year in ("", "/26", "/68", "/69", "/99", "/2026")
]
ISO = ["2026-01-20", "2026-1-5", "1999-12-31", "2026-02-29", "2024-02-29", "2026-13-01", "0999-01-01"]


@pytest.mark.parametrize("phrases", [_named_phrases(), NUMERIC, ISO], ids=["named", "numeric", "iso"])
def test_fast_reading_matches_dateparser(phrases: list[str]) -> None:
    differ = []
    for phrase, (today, day_first) in itertools.product(phrases, READINGS):
        fast = read_calendar_phrase(phrase, today, day_first)
        if fast is not None and fast != dateparser_calendar_date(phrase, today, day_first):
            differ.append((phrase, today, day_first))
    assert differ == []


@pytest.mark.parametrize(
    ("phrase", "day_first", "expected"),
    [
        ("Jan 20", False, date(2026, 1, 20)),
        ("20th of January, 2027", False, date(2027, 1, 20)),
        ("1/20", False, date(2026, 1, 20)),
        ("20/1", True, date(2026, 1, 20)),
        ("1/2/69", False, date(1969, 1, 2)),
        ("1/2/68", False, date(2068, 1, 2)),
        ("2026-03-04", False, date(2026, 3, 4)),
    ],
)
def test_common_shapes_are_read_directly(phrase: str, day_first: bool, expected: date) -> None:
    assert read_calendar_phrase(phrase, date(2026, 1, 9), day_first) == expected


@pytest.mark.parametrize("phrase", ["Feb 30", "February 29", "22st March", "Mayo 3", "31/31", "0999-01-01"])
def test_doubtful_phrases_are_left_to_dateparser(phrase: str) -> None:
    assert read_calendar_phrase(phrase, date(2026, 1, 9), False) is None


def test_reading_mail_never_imports_dateparser() -> None:
    """Each scan worker would pay ~0.35 s for dateparser's import and first call."""
    corpus = Path(__file__).resolve().parent / "corpus_blind" / "mail"  # in the repo: runs on a fresh clone
    script = (
        "import sys\n"
        "from pathlib import Path\n"
        "from belt_tui.asks.engine import read_message\n"
        "from belt_tui.mail.maildir import iter_maildir\n"
        f"readings = [read_message(m) for m in iter_maildir(Path({str(corpus)!r}))]\n"
        "assert sum(len(r.asks) for r in readings) > 50\n"
        "print('dateparser' in sys.modules)\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "False"
