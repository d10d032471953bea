#!/usr/bin/env python3
"""Generate the thirteenth blind held-out corpus for Belt's ask engine: mail/ (Maildir++) and labels.json.

Standard library only, deterministic. Usage:  python3 tests/corpus_blind13/make_blind13_corpus.py
Rewrites mail/ and labels.json next to this script, reads them back, verifies every label against the
mailbox, prints the counts, and exits 1 if anything does not hold.

Written blind: without reading the ask engine, its tests, or the earlier blind corpora's threads. Labels
follow the rules in /work/shared/corpus/dev/README.md; README.md here lists the choices made where those rules
are silent. The mail tooling is the shared ../corpus_kit, given this corpus's Bengaluru Locale.
"""

from __future__ import annotations

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(1, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))  # tests/, for corpus_kit

import threads_automated
import threads_clients
import threads_cross
import threads_firm
import threads_more
from cast import ME, NOW
from corpus_kit import Locale
from corpus_kit.mailout import make_corpus

HERE = os.path.dirname(os.path.abspath(__file__))
LOCALE = Locale(
    year=2027,
    zone="Asia/Kolkata",
    language="en-IN",
    quote_headers="gb",
    message_ids="eu",
    host="kaveri-blr",
    zone_languages=(("Asia/Singapore", "en-SG"), ("Europe/London", "en-GB")),
)
MODULES = (threads_clients, threads_cross, threads_firm, threads_more, threads_automated)


def main() -> int:
    threads = [thread for module in MODULES for thread in module.THREADS]
    return make_corpus(threads, "blind13", LOCALE, HERE, ME, NOW)


if __name__ == "__main__":
    sys.exit(main())
