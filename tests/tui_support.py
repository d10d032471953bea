"""Shared by the TUI tests: a small real Maildir (three threads) and waiting for the load worker."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from belt_tui.core import Belt
from belt_tui.store import Store
from belt_tui.tui.app import BeltApp

NOW = datetime(2026, 3, 6, 9, 30, tzinfo=UTC)
ME = "me@firm.example"


def write_message(maildir: Path, name: str, text: str) -> None:
    for sub in ("cur", "new", "tmp"):
        (maildir / sub).mkdir(parents=True, exist_ok=True)
    (maildir / "cur" / f"{name}:2,S").write_text(text, encoding="utf-8")


def mail(
    message_id: str, sender: str, to: str, subject: str, date: str, body: str, reply_to: str = ""
) -> str:
    threading = f"In-Reply-To: {reply_to}\nReferences: {reply_to}\n" if reply_to else ""
    return (
        f"Message-ID: {message_id}\nFrom: {sender}\nTo: {to}\nSubject: {subject}\n"
        f"Date: {date}\n{threading}Content-Type: text/plain; charset=utf-8\n\n{body}\n"
    )


def build_small_maildir(tmp_path: Path) -> Path:
    """Three threads: one waits on me, one waits on them, one a long exchange."""
    maildir = tmp_path / "Mail"
    write_message(
        maildir,
        "1",
        mail(
            "<a1@client.example>",
            "Ann Client <ann@client.example>",
            ME,
            "Lease [bold]renewal[/] terms",
            "Thu, 05 Mar 2026 10:00:00 +0000",
            "Could you send me the revised lease by Friday?",
        ),
    )
    write_message(
        maildir,
        "2",
        mail(
            "<b1@firm.example>",
            f"Me <{ME}>",
            "Bob Counsel <bob@other.example>",
            "Disclosure schedule",
            "Wed, 04 Mar 2026 09:00:00 +0000",
            "Can you confirm the disclosure schedule is final?",
        ),
    )
    for number, (sender, day, body) in enumerate(
        [
            ("Cara <cara@client.example>", "01", "Please review the board minutes."),
            (f"Me <{ME}>", "02", "Will do, thanks."),
            ("Cara <cara@client.example>", "03", "Also, can you check the resolutions?"),
        ],
        start=1,
    ):
        reply_to = f"<c{number - 1}@x.example>" if number > 1 else ""
        write_message(
            maildir,
            f"c{number}",
            mail(
                f"<c{number}@x.example>",
                sender,
                ME if "cara" in sender else "cara@client.example",
                "Board minutes" if number == 1 else "Re: Board minutes",
                f"Mon, {day} Mar 2026 08:00:00 +0000",
                body,
                reply_to,
            ),
        )
    return maildir


def open_small_belt(small_maildir: Path, tmp_path: Path) -> Belt:
    return Belt(
        maildir=small_maildir,
        me=frozenset({ME}),
        store=Store.open(tmp_path / "data"),
        time_zone=UTC,
        clock=lambda: NOW,
    )


async def loaded(app: BeltApp, pilot) -> None:
    """Wait for the mail load, which the app starts only after its first frame."""
    await pilot.pause()
    await app.workers.wait_for_complete()
    await pilot.pause()


def pane_lines(app: BeltApp) -> list[str]:
    """The reading pane's lines as painted on screen, trailing spaces dropped."""
    from belt_tui.tui.widgets.reading_pane import ReadingPane

    pane = app.screen.query_one(ReadingPane)
    return [pane.render_line(y).text.rstrip() for y in range(pane.size.height)]


def pane_text(app: BeltApp) -> str:
    """The reading pane's visible text with wrapped lines joined again, for phrase checks."""
    return " ".join(line.strip() for line in pane_lines(app) if line.strip())
