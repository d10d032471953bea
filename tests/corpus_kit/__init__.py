"""One mail-writing kit for the labelled test corpora (tests/corpus_blind2 to corpus_blind9).

A corpus defines its people (cast.py) and threads (threads_*.py) with `mailgen`, turns them into message
records with `mailbuild.build` and writes the Maildir and labels.json with `mailout`. Everything that differs
between corpora (the year, the home time zone, how the local Outlook writes its quote headers and
Message-IDs, language tags, the Maildir host name) is a `Locale`, so no corpus needs its own copy of the code.
Standard library only, deterministic.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Locale:
    """Where and when a corpus's mailbox lives, as far as the generated mail shows it."""

    year: int  # Msg.at ("MM-DD HH:MM") falls in this year
    zone: str  # the home time zone: a Person without one writes from here
    language: str  # "en-GB": Outlook's Content-Language and its HTML <body lang="EN-GB">
    # "gb": "Sent: 5 October 2025 14:03"; "au": "Sent: Monday, 5 October 2026 2:03 PM";
    # "na" (Canada/US): "Sent: Monday, October 5, 2026 2:03 PM", month-first Gmail/Apple, ISO plain dates
    quote_headers: str
    # "gb": Exchange Online in GBRPRD01 for .co.uk/.com/.in senders; "au": ausprd01 for all;
    # "na": CANPRD01 for Canadian senders (CANADA_ZONES or a .ca.test domain), namprd0N for the rest;
    # "hk": apcprd0N for Outlook senders in Asia and Australia, GBRPRD01 in Europe, namprd0N in the Americas
    # "eu": EURPRD0N for Outlook senders in continental Europe, GBRPRD01 in London, INDPRD01 in India,
    # BRAPRD01 in Brazil, namprd0N in the rest of the Americas
    # "za": ZAFP275 for Outlook senders in Africa/ zones, GBRPRD01 in Europe, namprd0N in the Americas
    message_ids: str
    host: str  # the host name ending each Maildir file name
    # (zone prefix, Content-Language) for senders away from home, first match wins; "" matches every zone
    zone_languages: tuple[tuple[str, str], ...] = ()
    # months from this one on fall in year - 1 (a mailbox spanning New Year); 13: never
    prior_year_from: int = 13

    def __post_init__(self) -> None:
        assert self.quote_headers in ("gb", "au", "na"), self.quote_headers
        assert self.message_ids in ("gb", "au", "na", "hk", "eu", "za"), self.message_ids

    def content_language(self, zone: str) -> str:
        return next((tag for prefix, tag in self.zone_languages if zone.startswith(prefix)), self.language)
