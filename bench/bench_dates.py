"""Benchmark and measure due-date reading; prints tables, asserts nothing.

    .venv/bin/python bench/bench_dates.py [CORPUS_DIR] [SENTENCES_TSV]

1. Cost: dateparser's first call, one calendar phrase uncached and cached, find_deadline per sentence,
   parse_when per typed input.
2. Accuracy: find_deadline over each labelled ask of a corpus (default: the dev corpus), with the base
   taken from its message's own Date header, against the gold `due`. Asks whose deadline sits in a
   neighbouring sentence are counted apart: finding those is the ask engine's job.
"""

from __future__ import annotations

import email
import email.utils
import json
import statistics
import sys
import time
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

DEFAULT_CORPUS = Path("/work/shared/corpus/dev")
DEFAULT_SENTENCES = Path("/work/shared/data/parakweet/Ask0729-fixed.txt")
BASE = datetime(2026, 1, 7, 10, 0, tzinfo=ZoneInfo("America/New_York"))
CALENDAR_PHRASES = ("Jan 20", "20 January 2026", "1/20", "Thursday, January 22", "March 3rd")
TYPED = ("fri", "eod", "tomorrow 3pm", "next week", "in 3 days", "2d", "1/20", "jan 20", "end of month")


def main() -> None:
    corpus = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_CORPUS
    sentences_file = Path(sys.argv[2]) if len(sys.argv) > 2 else DEFAULT_SENTENCES
    print_costs(sentences_file)
    if (corpus / "labels.json").exists():
        print_accuracy(corpus)


def print_costs(sentences_file: Path) -> None:
    started = time.perf_counter()
    import dateparser  # noqa: F401  (timed on purpose)

    imported = time.perf_counter()
    from belt_tui.asks import dates_resolve
    from belt_tui.asks.dates import find_deadline, parse_when

    parse_phrase = dates_resolve._parse_calendar_phrase
    first = _timed(lambda: parse_phrase.__wrapped__("Jan 20", BASE.date(), False))
    uncached = [
        _timed(lambda p=p: parse_phrase.__wrapped__(p, BASE.date(), False)) for p in CALENDAR_PHRASES * 20
    ]
    parse_phrase.cache_clear()
    for phrase in CALENDAR_PHRASES:
        parse_phrase(phrase, BASE.date(), False)
    cached = [_timed(lambda p=p: parse_phrase(p, BASE.date(), False)) for p in CALENDAR_PHRASES * 200]
    sentences = _sentences(sentences_file)
    per_sentence = [_timed(lambda s=s: find_deadline(s, BASE)) for s in sentences]
    typed = [_timed(lambda t=t: parse_when(t, BASE)) for t in TYPED * 20]

    print("| measure | median ms | p95 ms | n |")
    print("| --- | --- | --- | --- |")
    print(f"| import dateparser | {(imported - started) * 1000:.0f} | | 1 |")
    print(f"| first dateparser call | {first:.1f} | | 1 |")
    _row("calendar phrase, uncached", uncached)
    _row("calendar phrase, cached", cached)
    _row(f"find_deadline per sentence ({sentences_file.name if sentences else 'none'})", per_sentence)
    _row("parse_when per input", typed)
    print()


def print_accuracy(corpus: Path) -> None:
    from belt_tui.asks.dates import find_deadline

    labels = json.loads((corpus / "labels.json").read_text())
    dates = _message_dates(corpus / "mail")
    right = wrong_date = missing = invented = neighbour = 0
    asks = [ask for thread in labels["threads"] for ask in thread["asks"]]
    for ask in asks:
        found = find_deadline(ask["text"], dates[ask["message_id"]])
        got = found.due.date().isoformat() if found else None
        gold = ask["due"]
        if gold is None:
            invented += got is not None
        elif got == gold:
            right += 1
        elif got is None:
            missing += 1
            neighbour += not _states_a_date(ask["text"])
        else:
            wrong_date += 1
    gold_dated = sum(1 for ask in asks if ask["due"])
    accuracy = f"{right}/{gold_dated} = {right / gold_dated:.1%}"
    print(f"| due accuracy on {corpus.name} (sentence alone) | {accuracy} |")
    print("| --- | --- |")
    print(f"| wrong date | {wrong_date} |")
    print(f"| no date found, sentence names no date (neighbouring sentence or bullet header) | {neighbour} |")
    print(f"| no date found, sentence names one | {missing - neighbour} |")
    print(f"| date given where gold has none | {invented} of {len(asks) - gold_dated} |")


def _states_a_date(text: str) -> bool:
    from belt_tui.asks.dates_grammar import find_groups

    return bool(find_groups(text))


def _message_dates(maildir: Path) -> dict[str, datetime]:
    found = {}
    for path in maildir.rglob("*"):
        if path.is_file() and path.name != "maildirfolder":
            message = email.message_from_bytes(path.read_bytes())
            if message["Message-ID"] and message["Date"]:
                found[message["Message-ID"].strip()] = email.utils.parsedate_to_datetime(message["Date"])
    return found


def _sentences(path: Path) -> list[str]:
    if not path.exists():
        return []
    return [line.rstrip("\n").split("\t", 1)[-1] for line in path.read_text(encoding="utf-8").splitlines()]


def _timed(call) -> float:
    started = time.perf_counter()
    call()
    return (time.perf_counter() - started) * 1000


def _row(name: str, samples: list[float]) -> None:
    if not samples:
        return
    p95 = statistics.quantiles(samples, n=20)[-1] if len(samples) > 1 else samples[0]
    print(f"| {name} | {statistics.median(samples):.3f} | {p95:.3f} | {len(samples)} |")


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    main()
