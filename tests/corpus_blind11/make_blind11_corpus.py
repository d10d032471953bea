#!/usr/bin/env python3
"""Generate the eleventh blind held-out corpus for Belt's ask engine: mail/ (Maildir++) and labels.json.

Standard library only, deterministic. Usage:  python3 tests/corpus_blind11/make_blind11_corpus.py
Rewrites mail/ and labels.json next to this script, reads them back, verifies every label against the
mailbox (each ask verbatim in its own message's decoded own text, each message in exactly one thread, dates
in order and before "now"), prints the counts, and exits 1 if anything does not hold.

Written blind: without reading the ask engine, its tests, or the earlier blind corpora's threads. Labels
follow the rules in /work/shared/corpus/dev/README.md; README.md here lists the choices made where those rules
are silent. The mail tooling is the shared ../corpus_kit, given this corpus's Chicago Locale.
"""

from __future__ import annotations

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(1, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))  # tests/, for corpus_kit

import cast  # noqa: F401  (defines the people)
import threads_more
import threads_office
import threads_pruitt
import threads_rojas
import threads_wisniewski
from cast import ME, NOW
from corpus_kit import Locale
from corpus_kit.mailout import make_corpus

HERE = os.path.dirname(os.path.abspath(__file__))
LOCALE = Locale(
    year=2026,
    zone="America/Chicago",
    language="en-US",
    quote_headers="na",
    message_ids="na",
    host="kestrelvance-chi",
)
MODULES = (threads_wisniewski, threads_rojas, threads_pruitt, threads_more, threads_office)


def main() -> int:
    threads = [thread for module in MODULES for thread in module.THREADS]
    return make_corpus(threads, "blind11", LOCALE, HERE, ME, NOW)


if __name__ == "__main__":
    sys.exit(main())
