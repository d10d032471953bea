"""`belt classify`: one sentence per line on stdin, one JSON verdict per line on stdout."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import datetime

from belt_tui.cli.arguments import aware_datetime


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "classify",
        help="say whether each sentence on stdin is an ask (JSON lines)",
        description="Read one sentence per line; print {text, ask, kind, due} as one JSON object per line.",
    )
    parser.add_argument(
        "--now", type=aware_datetime, metavar="ISO", help="resolve due dates from this moment"
    )


def run(args: argparse.Namespace) -> int:
    from belt_tui.asks.engine import classify_sentence

    now = args.now or datetime.now().astimezone()
    for line in sys.stdin:
        text = line.rstrip("\r\n")
        if not text.strip():
            continue
        is_ask, kind, due = classify_sentence(text.strip(), now)
        verdict = {
            "text": text,
            "ask": is_ask,
            "kind": kind.value if kind else None,
            "due": due.date().isoformat() if due else None,
        }
        sys.stdout.write(json.dumps(verdict, ensure_ascii=False) + "\n")
        sys.stdout.flush()
    return 0
