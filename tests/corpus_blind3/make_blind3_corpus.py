#!/usr/bin/env python3
"""Generate the third blind held-out corpus for Belt's ask engine: mail/ (Maildir++) and labels.json.

Standard library only, deterministic. Usage:  python3 tests/corpus_blind3/make_blind3_corpus.py
Rewrites mail/ and labels.json next to this script, reads them back, verifies every label against the
mailbox (each ask verbatim in its own message's decoded own text, each message in exactly one thread, dates
in order and before "now"), prints the counts, and exits 1 if anything does not hold.

Written blind: without reading the ask engine, its tests, or the earlier blind corpora's threads. Labels
follow the rules in /work/shared/corpus/dev/README.md; README.md here lists the choices made where those rules
are silent. The mail tooling (mailgen, mailbuild, mailout) is adapted from ../corpus_blind2.
"""

from __future__ import annotations

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import threads_automated
import threads_firm
import threads_landlord
import threads_office
import threads_purchase
import threads_retail
import threads_sales
import threads_settlement
from cast import ME, NOW
from mailbuild import build
from mailout import labels_of, summary, verify, write_labels, write_maildir

HERE = os.path.dirname(os.path.abspath(__file__))
MODULES = (
    threads_purchase,
    threads_settlement,
    threads_sales,
    threads_retail,
    threads_office,
    threads_landlord,
    threads_firm,
    threads_automated,
)


def main() -> int:
    threads = [thread for module in MODULES for thread in module.THREADS]
    built = build(threads, "blind3")
    mail_dir = os.path.join(HERE, "mail")
    write_maildir(built, mail_dir, ME)
    labels = labels_of(built, ME, NOW)
    write_labels(labels, os.path.join(HERE, "labels.json"))
    errors, files = verify(built, labels, mail_dir)
    print("\n".join(summary(labels, built, files, ME)))
    if errors:
        print(f"VERIFY FAILED ({len(errors)} problems):")
        print("\n".join("  - " + e for e in errors))
        return 1
    print(
        "verify: OK (each ask verbatim in its message's own decoded text; each message in exactly one thread)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
