#!/usr/bin/env python3
"""Generate the tenth blind held-out corpus for Belt's ask engine: mail/ (Maildir++) and labels.json.

Standard library only, deterministic. Usage:  python3 tests/corpus_blind10/make_blind10_corpus.py
Rewrites mail/ and labels.json next to this script, reads them back, verifies every label against the
mailbox, prints the counts, and exits 1 if anything does not hold.

Written blind: without reading the ask engine, its tests, or the earlier blind corpora's threads. Labels
follow the rules in /work/shared/corpus/dev/README.md; README.md here lists the choices made where those rules
are silent. The mail tooling is the shared ../corpus_kit, given this corpus's Dublin Locale.
"""

from __future__ import annotations

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(1, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))  # tests/, for corpus_kit

import threads_automated
import threads_corrib
import threads_extra
import threads_firm
import threads_insurance
import threads_more
from cast import ME, NOW
from corpus_kit import Locale
from corpus_kit.mailout import make_corpus

HERE = os.path.dirname(os.path.abspath(__file__))
LOCALE = Locale(
    year=2027,
    zone="Europe/Dublin",
    language="en-IE",
    quote_headers="gb",
    message_ids="eu",
    host="kilbride-dub",
    zone_languages=(("America/", "en-US"),),
)
MODULES = (threads_insurance, threads_corrib, threads_firm, threads_more, threads_extra, threads_automated)


def main() -> int:
    threads = [thread for module in MODULES for thread in module.THREADS]
    return make_corpus(threads, "blind10", LOCALE, HERE, ME, NOW)


if __name__ == "__main__":
    sys.exit(main())
