"""Mechanics of the blind corpus: people, messages and threads in, RFC 5322 files and gold labels out.

Standard library only and deterministic, so the held-out mailbox can be rebuilt byte for byte. Asks are
marked inline as [[sentence||owner|due|kind]]; the marker is removed from the mail and becomes a label,
so a label can never drift from the words it points at.
"""

from __future__ import annotations

import hashlib
import html
import re
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from email.headerregistry import Address
from zoneinfo import ZoneInfo

YEAR = 2026
PEOPLE: dict[str, Person] = {}
KINDS = {"req": "request", "q": "question", "com": "commitment", "appr": "approval"}
ASK_MARK = re.compile(r"\[\[(.+?)\|\|([^|\]]+)\|([^|\]]*)\|(\w+)\]\]", re.S)
WEEKDAYS = {"mon": 0, "tue": 1, "wed": 2, "thu": 3, "fri": 4, "sat": 5, "sun": 6}


@dataclass
class Person:
    """Someone who writes mail: which client they use decides quoting, ids and MIME shape."""

    key: str
    name: str
    addr: str
    client: str = "outlook"  # outlook | outlook_classic | gmail | apple | exchange_de | system
    tz: str = "America/Los_Angeles"
    sig: str = ""
    short_sig: str | None = None
    disclaimer: str | None = None
    disclaimer_external_only: bool = True

    def __post_init__(self) -> None:
        PEOPLE[self.key] = self

    @property
    def domain(self) -> str:
        return self.addr.split("@", 1)[1]


def who(key: str | Person) -> Person:
    return key if isinstance(key, Person) else PEOPLE[key]


@dataclass
class GoldAsk:
    text: str
    owner: str
    due: str | None
    kind: str


@dataclass
class Msg:
    """One message as the author wrote it; `reply`/`fwd` point at an earlier message of the thread."""

    frm: str
    to: tuple[str, ...] = ()
    cc: tuple[str, ...] = ()
    at: str = ""
    subj: str | None = None
    body: str = ""
    reply: int | None = None
    fwd: int | dict | None = None
    quote: bool = True
    fmt: str | None = None  # plain | alt | html; None = the client's habit
    cte: str | None = None
    charset: str = "utf-8"
    unread: bool = False
    refs: bool = True
    sig: str | bool = "auto"
    disclaimer: bool = True
    attach: tuple[str, ...] = ()
    headers: dict[str, str] = field(default_factory=dict)
    raw_plain: str | None = None
    raw_html: str | None = None
    ics: str | None = None
    # multipart/report shape for bounces and read receipts: (report-type, [{field: value}, ...]).
    report: tuple[str, list[dict[str, str]]] | None = None
    asks: list[GoldAsk] = field(default_factory=list)

    def __post_init__(self) -> None:
        def unmark(match: re.Match[str]) -> str:
            text, owner, due, kind = match.groups()
            self.asks.append(GoldAsk(text, owner, due or None, KINDS[kind]))
            return text

        self.body = ASK_MARK.sub(unmark, self.body).strip("\n")


def M(frm: str, to: tuple[str, ...] | list[str] = (), **kw: object) -> Msg:
    return Msg(frm, tuple(to), **{k: tuple(v) if k == "cc" else v for k, v in kw.items()})  # type: ignore[arg-type]


def R(frm: str, to: tuple[str, ...] | list[str] = (), **kw: object) -> Msg:
    """A reply to the previous message unless `reply=` says which one."""
    kw.setdefault("reply", -1)
    return M(frm, to, **kw)


@dataclass
class Thread:
    state: str
    msgs: list[Msg]


def T(state: str, *msgs: Msg) -> Thread:
    assert state in ("needs_reply", "awaiting_them", "none"), state
    return Thread(state, list(msgs))


# ---------------------------------------------------------------- dates and due tokens
def local_time(at: str, person: Person) -> datetime:
    day, clock = at.split()
    month, dom = (int(x) for x in day.split("-"))
    hour, minute = (int(x) for x in clock.split(":"))
    return datetime(YEAR, month, dom, hour, minute, tzinfo=ZoneInfo(person.tz))


def resolve_due(token: str | None, sent: date) -> str | None:
    """Gold due dates from the labelling rules, always relative to the message's own date."""
    if token is None:
        return None
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", token):
        return token
    if token in ("today", "eod"):
        due = sent
    elif token == "tomorrow":
        due = sent + timedelta(days=1)
    elif token in WEEKDAYS:
        due = sent + timedelta(days=(WEEKDAYS[token] - sent.weekday()) % 7 or 7)
    elif token == "nextweek":
        due = sent + timedelta(days=7 - sent.weekday())
    elif token == "eow":
        due = sent + timedelta(days=(4 - sent.weekday()) % 7)
    elif token.startswith("+"):
        due = sent + timedelta(days=int(token[1:]))
    else:
        raise ValueError(f"bad due token {token!r}")
    return due.isoformat()


# ---------------------------------------------------------------- quoting styles
def clock12(dt: datetime) -> str:
    return f"{dt.hour % 12 or 12}:{dt.minute:02d} {'AM' if dt.hour < 12 else 'PM'}"


def person_list(keys: tuple[str, ...]) -> str:
    return "; ".join(f"{who(k).name} <{who(k).addr}>" for k in keys)


GERMAN_DAYS = ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag")
GERMAN_MONTHS = ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September")


def header_block(style: str, src: dict, when: datetime) -> str:
    """The From/Sent/To block Outlook-family clients put above quoted or forwarded text."""
    if style == "exchange_de":
        lines = [
            "-----Ursprüngliche Nachricht-----",
            f"Von: {src['name']} <{src['addr']}>",
            f"Gesendet: {GERMAN_DAYS[when.weekday()]}, {when.day}. {GERMAN_MONTHS[when.month - 1]} "
            f"{when.year} {when:%H:%M}",
            f"An: {src['to']}",
        ]
        if src["cc"]:
            lines.append(f"Cc: {src['cc']}")
        return "\n".join([*lines, f"Betreff: {src['subj']}"])
    top = "-----Original Message-----" if style == "outlook_classic" else "________________________________"
    lines = [
        top,
        f"From: {src['name']} <{src['addr']}>",
        f"Sent: {when:%A}, {when:%B} {when.day}, {when.year} {clock12(when)}",
        f"To: {src['to']}",
    ]
    if src["cc"]:
        lines.append(f"Cc: {src['cc']}")
    return "\n".join([*lines, f"Subject: {src['subj']}"])


def attribution(style: str, src: dict, when: datetime) -> str:
    if style == "gmail":
        return (
            f"On {when:%a}, {when:%b} {when.day}, {when.year} at {clock12(when)} "
            f"{src['name']} <{src['addr']}> wrote:"
        )
    return f"On {when:%b} {when.day}, {when.year}, at {clock12(when)}, {src['name']} <{src['addr']}> wrote:"


def angle_quote(text: str) -> str:
    return "\n".join(
        ">" + line if line.startswith(">") else ("> " + line if line else ">") for line in text.split("\n")
    )


def quoted_tail(style: str, src: dict, when: datetime) -> str:
    if style in ("gmail", "apple"):
        return attribution(style, src, when) + "\n\n" + angle_quote(src["plain"])
    return header_block(style, src, when) + "\n\n" + src["plain"]


def forward_block(style: str, src: dict, when: datetime) -> str:
    if style == "gmail":
        head = [
            "---------- Forwarded message ---------",
            f"From: {src['name']} <{src['addr']}>",
            f"Date: {when:%a}, {when:%b} {when.day}, {when.year} at {clock12(when)}",
            f"Subject: {src['subj']}",
            f"To: {src['to']}",
        ]
        return "\n".join(head) + "\n\n" + src["plain"]
    if style == "apple":
        head = [
            "Begin forwarded message:",
            "",
            f"From: {src['name']} <{src['addr']}>",
            f"Subject: {src['subj']}",
            f"Date: {when:%B} {when.day}, {when.year} at {clock12(when)} {when.tzname()}",
            f"To: {src['to']}",
        ]
        return "\n".join(head) + "\n\n" + src["plain"]
    return header_block(style, src, when) + "\n\n" + src["plain"]


# ---------------------------------------------------------------- HTML
def text_to_html(text: str) -> str:
    """Paragraph lines become <div>/<p>, bullet and numbered lines become list items."""
    out: list[str] = []
    open_list = ""
    for line in text.split("\n"):
        bullet = re.match(r"^\s*(?:([-*\u2022])|\d+[.)])\s+(.*)$", line)
        if bullet:
            kind = "ul" if bullet.group(1) else "ol"
            if open_list != kind:
                out.append(f"</{open_list}>" if open_list else "")
                out.append(f"<{kind}>")
                open_list = kind
            out.append(f"<li>{html.escape(bullet.group(2), quote=False)}</li>")
            continue
        if open_list:
            out.append(f"</{open_list}>")
            open_list = ""
        out.append(f"<div>{html.escape(line, quote=False)}</div>" if line.strip() else "<div><br></div>")
    if open_list:
        out.append(f"</{open_list}>")
    return "\n".join(x for x in out if x)


def html_document(own: str, tail: str, footer: str, client: str) -> str:
    body = text_to_html(own)
    if tail:
        if client in ("gmail", "apple"):
            quote_style = "margin:0 0 0 .8ex"
            body += (
                f'\n<br><blockquote type="cite" style="{quote_style}">\n{text_to_html(tail)}\n</blockquote>'
            )
        else:
            body += f'\n<hr tabindex="-1">\n<div id="divRplyFwdMsg">\n{text_to_html(tail)}\n</div>'
    if footer:
        body += f'\n<p style="font-size:8pt;color:#808080">{html.escape(footer, quote=False)}</p>'
    if client in ("gmail", "apple"):
        return f'<div dir="ltr">\n{body}\n</div>\n'
    return (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
        "<style>div{font-family:Aptos,Calibri,sans-serif;font-size:11pt}</style></head>\n"
        f'<body lang="EN-US">\n<div class="elementToProof">\n{body}\n</div>\n</body></html>\n'
    )


def tag_strip(markup: str) -> str:
    return re.sub(r"<[^>]+>", "", markup)


# ---------------------------------------------------------------- ids
def message_id(person: Person, seed: str) -> str:
    digest = hashlib.sha256(seed.encode()).hexdigest()
    if person.client in ("outlook", "outlook_classic"):
        pod, server = int(digest[0:2], 16) % 9, int(digest[2:4], 16) % 20
        box = f"SJ{pod}PR{server:02d}MB{int(digest[4:8], 16) % 9999:04d}"
        return f"<{box}{digest[8:30].upper()}@{box}.namprd{int(digest[30:32], 16) % 20:02d}.prod.outlook.com>"
    if person.client == "gmail":
        return f"<CAK{digest[:6]}+{digest[6:38]}=Q@mail.gmail.com>"
    if person.client == "apple":
        u = digest.upper()
        return f"<{u[:8]}-{u[8:12]}-{u[12:16]}-{u[16:20]}-{u[20:32]}@{person.domain}>"
    if person.client == "exchange_de":
        return f"<{digest[:28]}@EX01.{person.domain}>"
    return f"<{digest[:14]}.{digest[14:22]}@{person.domain}>"


def address_objects(keys: tuple[str, ...]) -> list[Address]:
    return [Address(display_name=who(k).name, addr_spec=who(k).addr) for k in keys]


def strip_reply_prefixes(subject: str) -> str:
    while match := re.match(r"^\s*(re|aw|fwd|fw|wg)\s*:\s*", subject, re.I):
        subject = subject[match.end() :]
    return subject
