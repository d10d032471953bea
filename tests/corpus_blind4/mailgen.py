"""The corpus model: people, messages with inline ask marks, threads, and how each message's text is built.

Standard library only. A message body marks every gold ask inline as ``[[sentence||owner|due|kind]]``;
the mark is replaced by the bare sentence, so a label can never drift from the text it labels. Quoting,
forwarding, signatures and disclaimers are added here the way real mail clients add them (North American
English locale), so the "own text" of each message is known exactly and the verifier can prove no ask
sits in quoted text.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

YEAR = 2026
KINDS = {"req": "request", "q": "question", "com": "commitment", "appr": "approval"}
ASK_MARK = re.compile(r"\[\[(.+?)\|\|([^|\]]+)\|([^|\]]*)\|(\w+)\]\]", re.S)
PEOPLE: dict[str, Person] = {}


@dataclass
class Person:
    key: str
    name: str
    addr: str
    client: str = "outlook"  # outlook | gmail | apple | plain
    zone: str = "America/Toronto"
    sig: str = ""
    short_sig: str | None = None
    disclaimer: str | None = None
    disclaimer_external_only: bool = False
    quote_style: str | None = None  # overrides the client's usual quoting

    def __post_init__(self) -> None:
        self.sig = self.sig.strip("\n")
        self.domain = self.addr.split("@", 1)[1]
        PEOPLE[self.key] = self


def who(key: str | Person) -> Person:
    return key if isinstance(key, Person) else PEOPLE[key]


@dataclass
class Ask:
    text: str
    owner: str
    due: str | None
    kind: str


@dataclass
class Msg:
    """One e-mail. `at` is "MM-DD HH:MM" in the sender's own time zone (daylight saving applied)."""

    frm: str
    to: list[str]
    at: str
    body: str = ""
    cc: list[str] = field(default_factory=list)
    subj: str | None = None
    reply: int | None = None  # index of the message this answers (quoted below unless quote=None)
    fwd: int | dict | None = None  # index of an in-thread message, or a dict describing an outside one
    quote: str | None = "auto"
    fmt: str | None = None  # plain | html | alt (default by client)
    cte: str | None = None
    hcte: str | None = None
    charset: str = "utf-8"
    unread: bool = False
    refs: bool = True  # False: no In-Reply-To/References (a header-less reply)
    sig: str | bool = "auto"
    disc: str | bool = "auto"
    attach: list[tuple[str, str]] = field(default_factory=list)
    headers: dict[str, str] = field(default_factory=dict)
    html: str | None = None  # raw HTML replacing the generated one
    plain: str | None = None  # raw text replacing the generated one; own text = its non-quoted lines
    ics: str | None = None
    report: tuple[str, str] | None = None  # (report-type, machine-readable part) for bounces and receipts
    asks: list[Ask] = field(default_factory=list)

    def __post_init__(self) -> None:
        found: list[Ask] = []

        def unmark(match: re.Match) -> str:
            text, owner, due, kind = match.groups()
            found.append(Ask(text, owner, due or None, KINDS[kind]))
            return text

        self.body = ASK_MARK.sub(unmark, self.body).strip("\n")
        if self.plain is not None:
            self.plain = ASK_MARK.sub(unmark, self.plain).strip("\n")
        self.asks = found


def R(frm: str, to: list[str], at: str, body: str = "", **kw) -> Msg:
    """A reply to the message just before it in the thread."""
    kw.setdefault("reply", -1)
    return Msg(frm, to, at, body, **kw)


@dataclass
class Thread:
    state: str
    msgs: list[Msg]

    def __post_init__(self) -> None:
        assert self.state in ("needs_reply", "awaiting_them", "none"), self.state


def T(state: str, *msgs: Msg) -> Thread:
    return Thread(state, list(msgs))


# ---- dates and due dates -------------------------------------------------------------------------
WEEKDAYS = {"mon": 0, "tue": 1, "wed": 2, "thu": 3, "fri": 4, "sat": 5, "sun": 6}


def local_time(at: str, person: Person) -> datetime:
    day, clock = at.split()
    month, dom = (int(x) for x in day.split("-"))
    hour, minute = (int(x) for x in clock.split(":"))
    return datetime(YEAR, month, dom, hour, minute, tzinfo=ZoneInfo(person.zone))


def resolve_due(token: str | None, sent: date) -> str | None:
    """Due tokens, read against the message's own local date as the labelling rules require."""
    if token is None:
        return None
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", token):
        return token
    monday = sent - timedelta(days=sent.weekday())
    if token in ("today", "eod"):
        result = sent
    elif re.fullmatch(r"\+\d+", token):
        result = sent + timedelta(days=int(token[1:]))
    elif token == "tomorrow":
        result = sent + timedelta(days=1)
    elif token in WEEKDAYS:
        result = sent + timedelta(days=(WEEKDAYS[token] - sent.weekday()) % 7 or 7)
    elif token == "nextweek":
        result = monday + timedelta(days=7)
    elif token == "eow":
        result = monday + timedelta(days=4)
    elif token == "eonw":
        result = monday + timedelta(days=11)
    elif token == "eom":
        first_next = date(sent.year + sent.month // 12, sent.month % 12 + 1, 1)
        result = first_next - timedelta(days=1)
    else:
        raise ValueError(f"bad due token {token!r}")
    return result.isoformat()


# ---- subjects, quote headers, forwards -------------------------------------------------------------
def reply_subject(prev: str, client: str) -> str:
    if client in ("gmail", "apple", "plain"):
        return prev if re.match(r"(?i)re:", prev) else "Re: " + prev
    return prev if prev.startswith("RE: ") else "RE: " + re.sub(r"^(?i:re):\s*", "", prev)


def forward_subject(prev: str, client: str) -> str:
    prefix = {"gmail": "Fwd: ", "apple": "Fwd: ", "plain": "Fwd: "}.get(client, "FW: ")
    return prefix + prev


def names(people: list[Person]) -> str:
    return "; ".join(f"{p.name} <{p.addr}>" for p in people)


def clock12(when: datetime) -> str:
    return f"{when.hour % 12 or 12}:{when:%M} {'AM' if when.hour < 12 else 'PM'}"


def header_block(style: str, src: dict, when: datetime) -> str:
    """The 'From/Sent/To/Subject' block Outlook puts above quoted or forwarded text (English, Canada/US)."""
    if style == "original":
        lines = ["-----Original Message-----", f"From: {src['name']} <{src['addr']}>"]
        lines += [f"Sent: {when:%A}, {when:%B} {when.day}, {when.year} {clock12(when)}", f"To: {src['to']}"]
        lines += [f"Cc: {src['cc']}"] if src["cc"] else []
        return "\n".join([*lines, f"Subject: {src['subj']}"])
    lines = [
        f"From: {src['name']} <{src['addr']}>",
        f"Sent: {when:%A}, {when:%B} {when.day}, {when.year} {clock12(when)}",
        f"To: {src['to']}",
    ]
    lines += [f"Cc: {src['cc']}"] if src["cc"] else []
    return "\n".join([*lines, f"Subject: {src['subj']}"])


def attribution(style: str, src: dict, when: datetime) -> str:
    """The one-line 'On ... wrote:' that Gmail, Apple Mail and Thunderbird put above '>' quotes."""
    if style == "gmail":
        stamp = f"{when:%a}, {when:%b} {when.day}, {when.year} at {clock12(when)}"
        return f"On {stamp} {src['name']} <{src['addr']}> wrote:"
    if style == "apple":
        return (
            f"On {when:%b} {when.day}, {when.year}, at {clock12(when)}, {src['name']} <{src['addr']}> wrote:"
        )
    return f"On {when:%Y-%m-%d %H:%M}, {src['name']} wrote:"


def gt_quote(text: str) -> str:
    return "\n".join(
        ">" + line if line.startswith(">") else ("> " + line if line else ">") for line in text.split("\n")
    )


def quoted_tail(style: str, src: dict, when: datetime) -> str:
    if style in ("gmail", "apple", "plain"):
        return attribution(style, src, when) + "\n\n" + gt_quote(src["body"])
    if style == "original":
        return header_block(style, src, when) + "\n\n" + src["body"]
    return "________________________________\n" + header_block(style, src, when) + "\n\n" + src["body"]


def forward_block(style: str, src: dict, when: datetime) -> str:
    if style == "gmail":
        lines = ["---------- Forwarded message ---------", f"From: {src['name']} <{src['addr']}>"]
        lines += [
            f"Date: {when:%a}, {when:%b} {when.day}, {when.year} at {clock12(when)}",
            f"Subject: {src['subj']}",
        ]
        lines += [f"To: {src['to']}"] + ([f"Cc: {src['cc']}"] if src["cc"] else [])
        return "\n".join(lines) + "\n\n" + src["body"]
    if style == "apple":
        lines = [
            "Begin forwarded message:",
            "",
            f"From: {src['name']} <{src['addr']}>",
            f"Subject: {src['subj']}",
        ]
        lines += [f"Date: {when:%B} {when.day}, {when.year} at {clock12(when)} {when:%Z}", f"To: {src['to']}"]
        return "\n".join(lines) + "\n\n" + src["body"]
    return "________________________________\n" + header_block(style, src, when) + "\n\n" + src["body"]


QUOTE_STYLE = {
    "outlook": "outlook",
    "gmail": "gmail",
    "apple": "apple",
    "plain": "plain",
}


CANADA_ZONES = ("America/Toronto", "America/Vancouver", "America/Edmonton", "America/Regina")


# ---- message ids ------------------------------------------------------------------------------------
def message_id(person: Person, seed: str) -> str:
    """Message-IDs shaped like each client's real ones, derived from a seed so every run is identical."""
    h = hashlib.sha256(seed.encode()).hexdigest()
    if person.client == "outlook":
        box = ["YT2PR01", "YQBPR01", "YT3PR01", "YQXPR01", "YT4PR01", "YQZPR01"][int(h[0], 16) % 6]
        canada = person.domain.endswith(".ca.test") or person.zone in CANADA_ZONES
        farm = "CANPRD01" if canada else "namprd0" + str(int(h[2], 16) % 9 + 1)
        box = box if canada else ["BN8PR04", "CH3PR11", "MN2PR12", "SA1PR05"][int(h[0], 16) % 4]
        return f"<{box}MB{int(h[1:5], 16) % 9000 + 1000}{h[5:17].upper()}@{box}.{farm}.PROD.OUTLOOK.COM>"
    if person.client == "gmail":
        alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
        n, chars = int(h, 16), []
        for _ in range(42):
            n, r = divmod(n, 62)
            chars.append(alphabet[r])
        return f"<CA{'+-_'[int(h[0], 16) % 3]}{''.join(chars)}@mail.gmail.com>"
    if person.client == "apple":
        u = h.upper()
        return f"<{u[:8]}-{u[8:12]}-{u[12:16]}-{u[16:20]}-{u[20:32]}@{person.domain}>"
    return f"<{h[:16]}.{int(h[16:24], 16) % 10**6}@{person.domain}>"
