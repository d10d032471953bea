"""Measure author-zone extraction (belt_tui.asks.clean) against maintained quote/signature strippers.

Each extractor gets a message's displayed body (as `parse_message` makes it) and returns the text
it believes the sender wrote in that message. On the dev corpus (or any Maildir with a labels.json
in the same format) it is scored on:

- ask recall: gold asks (sentences labelled on that message) whose text lies inside the extracted
  text (whitespace-insensitive). Text cut here is an ask lost for good. Asks whose text is not in
  the body as parsed (typographic quotes, HTML stripped differently) are left out for everyone.
- quoted asks kept: gold asks of *earlier* messages of the thread that appear again in this body
  (quoted or forwarded history), yet were kept. Each one would be reported twice, as the wrong
  person's ask.
- repeated lines kept: lines of 20+ characters that already appeared in an earlier message of the
  thread (quoted history, a repeated signature or disclaimer) and were kept. Lower is better; a
  person repeating their own sentence verbatim is rare.
- chars kept: characters kept per message; at equal recall and leakage, less is cleaner.
- ms/message: extraction time alone.

Libraries not installed are listed as such. Usage:
    python tools/measure_clean.py [--corpus ../shared/corpus/dev]
"""

from __future__ import annotations

import argparse
import json
import re
import time
from collections.abc import Callable
from pathlib import Path

from belt_tui.asks.clean import author_zone
from belt_tui.mail.maildir import iter_maildir
from belt_tui.model import Message

DEFAULT_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "dev"
_SPACE = re.compile(r"\s+")
_QUOTE_MARKS = re.compile(r"^[\s>]+")
_MIN_LINE = 20

Extractor = Callable[[Message], str]


def _norm(text: str) -> str:
    return _SPACE.sub(" ", text).strip()


def ours(message: Message) -> str:
    sender = message.sender
    zone = author_zone(message.body, sender.name if sender else "", sender.addr if sender else "")
    return zone.text_in(message.body)


def mail_parser_reply() -> Extractor:
    from mailparser_reply import EmailReplyParser

    parser = EmailReplyParser(languages=["en", "de", "fr", "es"])

    def extract(message: Message) -> str:
        replies = parser.read(message.body).replies
        return replies[0].body if replies else ""

    return extract


def quotequail() -> Extractor:
    import quotequail as qq

    def extract(message: Message) -> str:
        unwrapped = qq.unwrap(message.body)
        if unwrapped and "text_top" in unwrapped:
            return unwrapped["text_top"]
        return "\n".join(text for shown, text in qq.quote(message.body) if shown)

    return extract


def talon() -> Extractor:
    from talon import quotations
    from talon.signature.bruteforce import extract_signature

    def extract(message: Message) -> str:
        reply = quotations.extract_from_plain(message.body)
        text, _signature = extract_signature(reply)
        return text

    return extract


def _load(corpus: Path) -> tuple[dict[str, Message], list[dict]]:
    messages = {m.message_id: m for m in iter_maildir(corpus / "mail")}
    threads = json.loads((corpus / "labels.json").read_text())["threads"]
    return messages, threads


def score(extract: Extractor, messages: dict[str, Message], threads: list[dict]) -> dict[str, float]:
    asks_found = asks_total = quoted_kept = quoted_total = lines_kept = lines_total = chars = 0
    elapsed = 0.0
    for thread in threads:
        earlier_asks: list[str] = []
        earlier_lines: set[str] = set()
        for message_id in thread["message_ids"]:
            message = messages[message_id]
            started = time.perf_counter()
            kept = _norm(extract(message))
            elapsed += time.perf_counter() - started
            chars += len(kept)
            body = _norm(message.body)
            own = [_norm(a["text"]) for a in thread["asks"] if a["message_id"] == message_id]
            own = [ask for ask in own if ask in body]
            asks_total += len(own)
            asks_found += sum(1 for ask in own if ask in kept)
            for ask in earlier_asks:
                if ask in body:
                    quoted_total += 1
                    quoted_kept += ask in kept
            lines = {_norm(_QUOTE_MARKS.sub("", line)) for line in message.body.splitlines()}
            lines = {line for line in lines if len(line) >= _MIN_LINE}
            for line in lines & earlier_lines:
                lines_total += 1
                lines_kept += line in kept
            earlier_asks += [ask for ask in own if ask not in earlier_asks]
            earlier_lines |= lines
    return {
        "ask recall": asks_found / max(asks_total, 1),
        "quoted asks kept": quoted_kept / max(quoted_total, 1),
        "repeated lines kept": lines_kept / max(lines_total, 1),
        "chars kept": chars / max(len(messages), 1),
        "ms/message": 1000 * elapsed / max(len(messages), 1),
        "counts": f"{asks_total} asks, {quoted_total} quoted asks, {lines_total} repeated lines",
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    args = parser.parse_args()
    messages, threads = _load(args.corpus)
    extractors: dict[str, Callable[[], Extractor]] = {
        "belt (clean.py)": lambda: ours,
        "mail-parser-reply": mail_parser_reply,
        "quotequail": quotequail,
        "talon": talon,
    }
    print(
        f"{'extractor':<20}{'ask recall':>12}{'quoted asks kept':>18}{'repeated lines kept':>21}"
        f"{'chars kept':>12}{'ms/msg':>8}"
    )
    counts = ""
    for name, make in extractors.items():
        try:
            extract = make()
        except ImportError:
            print(f"{name:<20}  (not installed)")
            continue
        result = score(extract, messages, threads)
        counts = str(result["counts"])
        print(
            f"{name:<20}{result['ask recall']:>12.3f}{result['quoted asks kept']:>18.3f}"
            f"{result['repeated lines kept']:>21.3f}{result['chars kept']:>12.0f}{result['ms/message']:>8.2f}"
        )
    print(f"({len(messages)} messages: {counts})")


if __name__ == "__main__":
    main()
