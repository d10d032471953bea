#!/usr/bin/env python3
"""Generate the BLIND held-out corpus for Belt's ask engine: mail/ (Maildir++) and labels.json.

Usage: python3 tests/corpus_blind/make_blind_corpus.py

Written without reading the engine, by the labelling rules in /work/shared/corpus/dev/README.md, with
different people, matters, practice areas, time zone and "now" than the dev set, so a score here says
how well the engine generalises. Standard library only and deterministic; it rewrites both outputs,
reads the mailbox back, and exits 1 if any label does not match the mail.
"""

from __future__ import annotations

import json
import os
import sys
from collections import Counter

import blind_threads_automated
import blind_threads_company
import blind_threads_ip
import blind_threads_people
import blind_threads_property
import blind_threads_team
from blind_build import build, labels_of, verify, write_maildir
from blind_cast import ME, NOW

HERE = os.path.dirname(os.path.abspath(__file__))
MAIL_DIR = os.path.join(HERE, "mail")
LABELS = os.path.join(HERE, "labels.json")
THREADS = [
    *blind_threads_people.THREADS,
    *blind_threads_team.THREADS,
    *blind_threads_property.THREADS,
    *blind_threads_ip.THREADS,
    *blind_threads_company.THREADS,
    *blind_threads_automated.THREADS,
]


def main() -> int:
    built = build(THREADS, "blind")
    write_maildir(built, MAIL_DIR, ME)
    labels = labels_of(built, ME, NOW)
    with open(LABELS, "w", encoding="utf-8") as handle:
        json.dump(labels, handle, indent=1, ensure_ascii=False)
        handle.write("\n")
    errors, files = verify(built, labels, MAIL_DIR)
    threads = labels["threads"]
    states = Counter(t["state"] for t in threads)
    kinds = Counter(a["kind"] for t in threads for a in t["asks"])
    asks = [a for t in threads for a in t["asks"]]
    messages = sum(len(t["message_ids"]) for t in threads)
    sent = sum(1 for _, recs in built for r in recs if r["person"].addr == ME)
    print(f"threads: {len(threads)}   messages: {messages} (files read back: {files}; Sent {sent})")
    print("states: " + ", ".join(f"{s}={states[s]}" for s in ("needs_reply", "awaiting_them", "none")))
    print(f"asks: {len(asks)} (with due date: {sum(1 for a in asks if a['due'])})")
    print("kinds: " + ", ".join(f"{k}={kinds[k]}" for k in ("request", "question", "commitment", "approval")))
    if errors:
        print(f"VERIFY FAILED ({len(errors)} problems):")
        for error in errors:
            print("  - " + error)
        return 1
    print("verify: OK (each message in exactly one thread, every ask verbatim in its message's own text)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
