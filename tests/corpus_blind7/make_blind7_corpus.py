#!/usr/bin/env python3
"""Generate the seventh blind held-out corpus for Belt's ask engine: mail/ (Maildir++) and labels.json.

Standard library only, deterministic. Usage:  python3 tests/corpus_blind7/make_blind7_corpus.py
Rewrites mail/ and labels.json next to this script, reads them back, verifies every label against the
mailbox, prints the counts, and exits 1 if anything does not hold.

Written blind: without reading the ask engine, its tests, or the earlier blind corpora's threads. Labels
follow the rules in /work/shared/corpus/dev/README.md; README.md here lists the choices made where those rules
are silent. The mail tooling is the shared ../corpus_kit, given this corpus's Rotterdam Locale.
"""

from __future__ import annotations

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(1, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))  # tests/, for corpus_kit

import threads_automated
import threads_counsel
import threads_group
import threads_late
import threads_more
import threads_partners
import threads_week
from cast import ME, NOW
from corpus_kit import Locale
from corpus_kit.mailout import make_corpus

HERE = os.path.dirname(os.path.abspath(__file__))
LOCALE = Locale(
    year=2027,
    zone="Europe/Amsterdam",
    language="en-GB",
    quote_headers="gb",
    message_ids="eu",
    host="noordkade-rtm",
    zone_languages=(("America/Chicago", "en-US"), ("America/Sao_Paulo", "pt-BR"), ("Asia/Kolkata", "en-IN")),
    prior_year_from=12,
)
MODULES = (
    threads_counsel,
    threads_group,
    threads_partners,
    threads_more,
    threads_week,
    threads_late,
    threads_automated,
)


def main() -> int:
    threads = [thread for module in MODULES for thread in module.THREADS]
    return make_corpus(threads, "blind7", LOCALE, HERE, ME, NOW)


if __name__ == "__main__":
    sys.exit(main())
