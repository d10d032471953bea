#!/usr/bin/env python3
"""Generate the fourth blind held-out corpus for Belt's ask engine: mail/ (Maildir++) and labels.json.

Standard library only, deterministic. Usage:  python3 tests/corpus_blind4/make_blind4_corpus.py
Rewrites mail/ and labels.json next to this script, reads them back, verifies every label against the
mailbox (each ask verbatim in its own message's decoded own text, each message in exactly one thread, dates
in order and before "now"), prints the counts, and exits 1 if anything does not hold.

Written blind: without reading the ask engine, its tests, or the earlier blind corpora's threads. Labels
follow the rules in /work/shared/corpus/dev/README.md; README.md here lists the choices made where those rules
are silent. The mail tooling (mailgen, mailbuild, mailout) is a self-contained copy adapted from
../corpus_blind3 (Canadian/US locale), so this corpus does not move when shared tooling changes.
"""

from __future__ import annotations

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import threads_automated
import threads_disputes
import threads_firm
import threads_followups
import threads_northhaven
import threads_quebec
import threads_us
import threads_west
from cast import ME, NOW
from mailbuild import build
from mailout import labels_of, summary, verify, write_labels, write_maildir

HERE = os.path.dirname(os.path.abspath(__file__))
MODULES = (
    threads_northhaven,
    threads_quebec,
    threads_west,
    threads_us,
    threads_disputes,
    threads_followups,
    threads_firm,
    threads_automated,
)


def main() -> int:
    threads = [thread for module in MODULES for thread in module.THREADS]
    built = build(threads, "blind4")
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
