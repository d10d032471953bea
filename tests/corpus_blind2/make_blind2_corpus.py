#!/usr/bin/env python3
"""Generate the second blind held-out corpus for Belt's ask engine: mail/ (Maildir++) and labels.json.

Standard library only, deterministic. Usage:  python3 tests/corpus_blind2/make_blind2_corpus.py
Rewrites mail/ and labels.json next to this script, reads them back, verifies every label against the
mailbox (each ask verbatim in its own message's decoded own text, each message in exactly one thread, dates
in order and before "now"), prints the counts, and exits 1 if anything does not hold.

Written blind: without reading the ask engine, its tests, or the first blind corpus. Labels follow the rules
in /work/shared/corpus/dev/README.md; README.md here lists the choices made where those rules are silent.
"""

from __future__ import annotations

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(1, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))  # tests/, for corpus_kit

import threads_automated
import threads_commercial
import threads_corporate
import threads_disputes
import threads_people
import threads_privacy
import threads_procurement
import threads_property_ip
from cast import ME, NOW
from corpus_kit import Locale
from corpus_kit.mailout import make_corpus

HERE = os.path.dirname(os.path.abspath(__file__))
LOCALE = Locale(
    year=2025,
    zone="Europe/London",
    language="en-GB",
    quote_headers="gb",
    message_ids="gb",
    host="lapwing",
)
MODULES = (
    threads_commercial,
    threads_procurement,
    threads_property_ip,
    threads_privacy,
    threads_people,
    threads_disputes,
    threads_corporate,
    threads_automated,
)


def main() -> int:
    threads = [thread for module in MODULES for thread in module.THREADS]
    return make_corpus(threads, "blind2", LOCALE, HERE, ME, NOW)


if __name__ == "__main__":
    sys.exit(main())
