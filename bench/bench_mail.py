"""Mail source speed: Maildir listing (os.scandir vs mailbox.Maildir), parsing, and threading.

The parse rows compare, in the same process, `parse_message` with and without its pre-passes (see
`belt_tui.mail.boundaries`, `belt_tui.mail.twins` and `belt_tui.mail.elide`) on mail where they
matter: multipart mail with a boundary of its own (plain and HTML twins, or a small PDF beside the
text), and mail with a big PDF attached.

Builds a synthetic 10,000-file Maildir in a temp directory (plain, HTML-only and multipart mail) and
100,000 synthetic Messages for threading (target: well under a few seconds). Prints a table of
medians; the listing rows compare our scandir walk with stdlib mailbox.Maildir doing the same job
(every key with its size and mtime), the reason maildir.py lists files itself.
"""

from __future__ import annotations

import mailbox
import os
import random
import re
import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from pathlib import Path

from belt_tui.mail import boundaries, parse
from belt_tui.mail.elide import ElidedParts
from belt_tui.mail.maildir import iter_maildir, iter_maildir_files
from belt_tui.mail.threads import build_threads
from belt_tui.model import Address, Message

FILES = 10_000
THREADED = 100_000
REPEATS = 5
START = datetime(2025, 1, 1, tzinfo=UTC)


def synthetic_mail(index: int, rng: random.Random) -> bytes:
    msg = EmailMessage()
    msg["From"] = f"Person {index % 97} <p{index % 97}@example.test>"
    msg["To"] = "Me <me@example.test>"
    msg["Subject"] = f"Re: Matter {index % 700}"
    msg["Date"] = (START + timedelta(minutes=index * 7)).strftime("%a, %d %b %Y %H:%M:%S +0000")
    msg["Message-ID"] = f"<m{index}@example.test>"
    if index % 3:
        msg["In-Reply-To"] = f"<m{index - 1}@example.test>"
    paragraph = "Could you review the draft and send comments by Friday? " * rng.randrange(2, 30)
    kind = index % 4
    if kind == 0:
        msg.set_content(
            f"<html><body><p>{paragraph}</p><ul><li>one</li><li>two</li></ul></body></html>", "html"
        )
    else:
        msg.set_content(paragraph)
        if kind == 1:
            msg.add_alternative(f"<p>{paragraph}</p>", subtype="html")
        if kind == 2:
            msg.add_attachment(
                b"%PDF" + bytes(20_000), maintype="application", subtype="pdf", filename="a.pdf"
            )
    return bytes(msg)


def write_maildir(root: Path) -> None:
    rng = random.Random(3)
    for sub in ("cur", "new", "tmp"):
        (root / sub).mkdir(parents=True)
    for index in range(FILES):
        subdir, info = ("new", "") if index % 10 == 0 else ("cur", ":2,S")
        (root / subdir / f"{1_700_000_000 + index}.M{index}P1.bench{info}").write_bytes(
            synthetic_mail(index, rng)
        )


def list_with_mailbox(root: Path) -> int:
    box = mailbox.Maildir(root, factory=None, create=False)
    count = 0
    for key in box.iterkeys():
        stat = os.stat(os.path.join(root, box._lookup(key)))  # the only way to a key's path
        count += stat.st_size > 0
    return count


def synthetic_messages(count: int) -> list[Message]:
    rng = random.Random(1)
    people = [Address(f"p{i}@example.test") for i in range(300)]
    messages: list[Message] = []
    conversation = 0
    while len(messages) < count:
        conversation += 1
        first, second = rng.sample(people, 2)
        opened = START + timedelta(minutes=rng.randrange(500_000))
        chain: list[str] = []
        for turn in range(rng.choice((1, 1, 1, 2, 3, 5, 8, 20))):
            mid = f"<c{conversation}.{turn}@example.test>"
            headerless = rng.random() < 0.02
            messages.append(
                Message(
                    message_id=mid,
                    subject=("Re: " if turn else "") + f"Matter {rng.randrange(2000)}",
                    sender=first if turn % 2 == 0 else second,
                    to=(second if turn % 2 == 0 else first,),
                    cc=(),
                    date=opened + timedelta(hours=turn),
                    in_reply_to=chain[-1] if chain and not headerless else None,
                    references=() if headerless else tuple(chain),
                )
            )
            chain.append(mid)
    rng.shuffle(messages)
    return messages


def median_seconds(run: Callable[[], object], repeats: int = REPEATS) -> float:
    samples = []
    for _ in range(repeats):
        started = time.perf_counter()
        run()
        samples.append(time.perf_counter() - started)
    return statistics.median(samples)


def parse_rows() -> list[tuple[str, float]]:
    """ms per message for mail the pre-passes are for, with them and without, as (label, ms) rows."""
    rng = random.Random(9)
    multipart = [synthetic_mail(4 * index + 1, rng) for index in range(400)]  # each with its own boundary
    attached = []
    for index in range(20):
        msg = EmailMessage()
        msg["From"], msg["To"], msg["Message-ID"] = "a@example.test", "me@example.test", f"<pdf{index}@x>"
        msg.set_content("Please sign the attached by Friday.")
        msg.add_attachment(rng.randbytes(1_000_000), "application", "pdf", filename="deed.pdf")
        attached.append(bytes(msg))
    rows = []
    for label, raws in (("multipart, own boundary", multipart), ("1 MB PDF attached", attached)):
        for way in ("stdlib only", "Belt"):
            boundaries.NEEDED = way == "Belt"
            parse.elide_big_payloads = elide if way == "Belt" else _whole  # type: ignore[assignment]
            parse.drop_html_twins = twins if way == "Belt" else _as_is  # type: ignore[assignment]
            seconds = median_seconds(lambda raws=raws: _parse_afresh(raws))
            rows.append((f"{label}: {way}", 1000 * seconds / len(raws)))
    boundaries.NEEDED, parse.elide_big_payloads, parse.drop_html_twins = NEEDED, elide, twins
    return rows


NEEDED, elide, twins = boundaries.NEEDED, parse.elide_big_payloads, parse.drop_html_twins


def _parse_afresh(raws: list[bytes]) -> None:
    """Parse each message as if for the first time: no boundary pattern left in `re`'s cache."""
    re.purge()
    for raw in raws:
        parse.parse_message(raw)


def _as_is(raw: bytes) -> bytes:
    return raw


def _whole(raw: bytes) -> tuple[bytes, ElidedParts]:
    return raw, ElidedParts()


def main() -> None:
    with tempfile.TemporaryDirectory() as temp:
        root = Path(temp) / "Mail"
        write_maildir(root)
        rows = [
            (
                f"list {FILES} files: os.scandir + stat",
                median_seconds(lambda: list(iter_maildir_files(root))),
            ),
            (f"list {FILES} files: mailbox.Maildir + stat", median_seconds(lambda: list_with_mailbox(root))),
            (
                f"read + parse {FILES} files (one run)",
                median_seconds(lambda: list(iter_maildir(root)), repeats=1),
            ),
        ]
    messages = synthetic_messages(THREADED)
    rows.append((f"build_threads {len(messages)} messages", median_seconds(lambda: build_threads(messages))))
    width = max(len(name) for name, _ in rows)
    print(f"{'benchmark (median of %d)'.ljust(width) % REPEATS}  seconds")
    for name, seconds in rows:
        print(f"{name.ljust(width)}  {seconds:7.3f}")
    print(f"\n{'parse (same process, median of %d)'.ljust(width) % REPEATS}  ms/message")
    for name, milliseconds in parse_rows():
        print(f"{name.ljust(width)}  {milliseconds:7.3f}")


if __name__ == "__main__":
    main()
