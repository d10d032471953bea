"""The corpus model: people, messages with inline ask marks, threads, and how each message's text is built.

Standard library only. A message body marks every gold ask inline as ``[[sentence||owner|due|kind]]``;
the mark is replaced by the bare sentence, so a label can never drift from the text it labels. Quoting,
forwarding, signatures and disclaimers are added here the way real mail clients add them in the corpus's
`Locale`, so the "own text" of each message is known exactly and the verifier can prove no ask sits in quoted
text.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from corpus_kit import Locale

KINDS = {"req": "request", "q": "question", "com": "commitment", "appr": "approval"}
ASK_MARK = re.compile(r"\[\[(.+?)\|\|([^|\]]+)\|([^|\]]*)\|(\w+)\]\]", re.S)
PEOPLE: dict[str, Person] = {}


@dataclass
class Person:
    key: str
    name: str
    addr: str
    client: str = "outlook"  # outlook | gmail | apple | exchange_de (German Outlook on Exchange) | plain
    zone: str | None = None  # None: the locale's home zone
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


def zone_of(person: Person, locale: Locale) -> str:
    return person.zone or locale.zone


def local_time(at: str, person: Person, locale: Locale) -> datetime:
    day, clock = at.split()
    month, dom = (int(x) for x in day.split("-"))
    hour, minute = (int(x) for x in clock.split(":"))
    year = locale.year - 1 if month >= locale.prior_year_from else locale.year
    return datetime(year, month, dom, hour, minute, tzinfo=ZoneInfo(zone_of(person, locale)))


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
    if client == "exchange_de":
        return prev if prev.startswith("AW: ") else "AW: " + prev
    if client in ("gmail", "apple", "plain"):
        return prev if re.match(r"(?i)re:", prev) else "Re: " + prev
    return prev if prev.startswith("RE: ") else "RE: " + re.sub(r"^(?i:re):\s*", "", prev)


def forward_subject(prev: str, client: str) -> str:
    prefix = {"gmail": "Fwd: ", "apple": "Fwd: ", "exchange_de": "WG: ", "plain": "Fwd: "}.get(client, "FW: ")
    return prefix + prev


DAYS_DE = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"]
MONTHS_DE = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober"]
MONTHS_DE += ["November", "Dezember"]


def names(people: list[Person]) -> str:
    return "; ".join(f"{p.name} <{p.addr}>" for p in people)


def clock12(when: datetime) -> str:
    return f"{when.hour % 12 or 12}:{when:%M} {'AM' if when.hour < 12 else 'PM'}"


def outlook_sent(style: str, when: datetime, locale: Locale) -> str:
    """The date on Outlook's 'Sent:' line: British 24-hour, or Australian or North American with AM/PM."""
    if locale.quote_headers == "na":
        return f"{when:%A}, {when:%B} {when.day}, {when.year} {clock12(when)}"
    if locale.quote_headers == "au":
        return f"{when:%A}, {when.day} {when:%B %Y} {clock12(when)}"
    return f"{when:%d %B %Y %H:%M}" if style == "original" else f"{when.day} {when:%B %Y %H:%M}"


def header_block(style: str, src: dict, when: datetime, locale: Locale) -> str:
    """The 'From/Sent/To/Subject' block Outlook puts above quoted or forwarded text, in its locale."""
    if style == "outlook_de":
        sent = f"{DAYS_DE[when.weekday()]}, {when.day}. {MONTHS_DE[when.month - 1]} {when.year} {when:%H:%M}"
        lines = [f"Von: {src['name']} <{src['addr']}>", f"Gesendet: {sent}", f"An: {src['to']}"]
        lines += [f"Cc: {src['cc']}"] if src["cc"] else []
        return "\n".join([*lines, f"Betreff: {src['subj']}"])
    if style == "original":
        lines = ["-----Original Message-----", f"From: {src['name']} <{src['addr']}>"]
        lines += [f"Sent: {outlook_sent(style, when, locale)}", f"To: {src['to']}"]
        lines += [f"Cc: {src['cc']}"] if src["cc"] else []
        return "\n".join([*lines, f"Subject: {src['subj']}"])
    lines = [
        f"From: {src['name']} <{src['addr']}>",
        f"Sent: {outlook_sent(style, when, locale)}",
        f"To: {src['to']}",
    ]
    lines += [f"Cc: {src['cc']}"] if src["cc"] else []
    return "\n".join([*lines, f"Subject: {src['subj']}"])


def gmail_date(when: datetime, locale: Locale) -> str:
    """Gmail's date in its attribution and forward header: day-first 24-hour, or month-first with AM/PM."""
    if locale.quote_headers == "na":
        return f"{when:%a}, {when:%b} {when.day}, {when.year} at {clock12(when)}"
    return f"{when:%a}, {when.day} {when:%b %Y} at {when:%H:%M}"


def attribution(style: str, src: dict, when: datetime, locale: Locale) -> str:
    """The one-line 'On ... wrote:' that Gmail, Apple Mail and Thunderbird put above '>' quotes."""
    na = locale.quote_headers == "na"
    if style == "gmail":
        comma = "" if na else ","
        return f"On {gmail_date(when, locale)}{comma} {src['name']} <{src['addr']}> wrote:"
    if style == "apple":
        day = f"{when:%b} {when.day}, {when.year}" if na else f"{when.day} {when:%b %Y}"
        clock = {"na": clock12(when), "au": clock12(when).lower()}.get(locale.quote_headers, f"{when:%H:%M}")
        return f"On {day}, at {clock}, {src['name']} <{src['addr']}> wrote:"
    stamp = f"{when:%Y-%m-%d %H:%M}" if na else f"{when:%d/%m/%Y %H:%M}"
    return f"On {stamp}, {src['name']} wrote:"


def gt_quote(text: str) -> str:
    return "\n".join(
        ">" + line if line.startswith(">") else ("> " + line if line else ">") for line in text.split("\n")
    )


def quoted_tail(style: str, src: dict, when: datetime, locale: Locale) -> str:
    if style in ("gmail", "apple", "plain"):
        return attribution(style, src, when, locale) + "\n\n" + gt_quote(src["body"])
    head = header_block(style, src, when, locale)
    return head + "\n\n" + src["body"] if style == "original" else outlook_rule(head, src)


def outlook_rule(head: str, src: dict) -> str:
    return "________________________________\n" + head + "\n\n" + src["body"]


def forward_block(style: str, src: dict, when: datetime, locale: Locale) -> str:
    if style == "gmail":
        lines = ["---------- Forwarded message ---------", f"From: {src['name']} <{src['addr']}>"]
        lines += [f"Date: {gmail_date(when, locale)}", f"Subject: {src['subj']}"]
        lines += [f"To: {src['to']}"] + ([f"Cc: {src['cc']}"] if src["cc"] else [])
        return "\n".join(lines) + "\n\n" + src["body"]
    if style == "apple":
        lines = [
            "Begin forwarded message:",
            "",
            f"From: {src['name']} <{src['addr']}>",
            f"Subject: {src['subj']}",
        ]
        if locale.quote_headers == "na":
            date = f"{when:%B} {when.day}, {when.year} at {clock12(when)} {when:%Z}"
        else:
            date = f"{when.day} {when:%B %Y} at {when:%H:%M:%S %Z}"
        lines += [f"Date: {date}", f"To: {src['to']}"]
        return "\n".join(lines) + "\n\n" + src["body"]
    return outlook_rule(header_block(style, src, when, locale), src)


QUOTE_STYLE = {c: c for c in ("outlook", "gmail", "apple", "plain")} | {"exchange_de": "outlook_de"}


# ---- message ids ------------------------------------------------------------------------------------
CANADA_ZONES = ("America/Toronto", "America/Vancouver", "America/Edmonton", "America/Regina")


def exchange_id(h: str, box: str, farm: str) -> str:
    return f"<{box}MB{int(h[1:5], 16) % 9000 + 1000}{h[5:17].upper()}@{box}.{farm}>"


def outlook_id(person: Person, h: str, locale: Locale) -> str | None:
    """Exchange Online's ids: mailbox server and region of the locale's tenants; None where not Outlook."""
    if locale.message_ids == "na":
        if person.client != "outlook":
            return None
        if person.domain.endswith(".ca.test") or zone_of(person, locale) in CANADA_ZONES:
            box = ["YT2PR01", "YQBPR01", "YT3PR01", "YQXPR01", "YT4PR01", "YQZPR01"][int(h[0], 16) % 6]
            return exchange_id(h, box, "CANPRD01.PROD.OUTLOOK.COM")
        box = ["BN8PR04", "CH3PR11", "MN2PR12", "SA1PR05"][int(h[0], 16) % 4]
        return exchange_id(h, box, f"namprd0{int(h[2], 16) % 9 + 1}.PROD.OUTLOOK.COM")
    if locale.message_ids == "hk":
        if person.client != "outlook":
            return None
        zone = zone_of(person, locale)
        if zone.startswith("Europe/"):
            return exchange_id(
                h, ["LO2P265", "CWLP123", "LO4P302"][int(h[0], 16) % 3], "GBRPRD01.PROD.OUTLOOK.COM"
            )
        if zone.startswith("America/"):
            box = ["BN8PR04", "CH3PR11", "MN2PR12", "SA1PR05"][int(h[0], 16) % 4]
            return exchange_id(h, box, f"namprd0{int(h[2], 16) % 9 + 1}.PROD.OUTLOOK.COM")
        box = ["HK0PR03", "TYZPR06", "SEZPR01", "KL1PR02", "SI2PR04", "PSAPR03"][int(h[0], 16) % 6]
        return exchange_id(h, box, f"apcprd0{int(h[2], 16) % 6 + 1}.prod.outlook.com")
    if locale.message_ids == "eu":
        return eu_outlook_id(person, h, locale)
    if locale.message_ids == "za":
        return za_outlook_id(person, h, locale)
    if locale.message_ids == "au":
        if person.client != "outlook":
            return None
        box = ["SY4PR01", "ME3PR01", "SY8PR01", "SYBPR01", "PS2PR01", "SY5PR01"][int(h[0], 16) % 6]
        box = "PH0PR07" if zone_of(person, locale).startswith("America/") else box
        return exchange_id(h, box, "ausprd01.prod.outlook.com")
    if person.client in ("outlook", "exchange_de") and person.domain.endswith((".co.uk", ".com", ".in")):
        box = ["LO2P265", "CWLP123", "DB9PR04", "AM0PR10", "PN3PR01", "SG2PR06"][int(h[0], 16) % 6]
        region = {".in": "INDPRD01", ".de": "EURPRD05"}.get(person.domain[-3:], "GBRPRD01")
        return exchange_id(h, box, f"{region}.PROD.OUTLOOK.COM")
    return None


def eu_outlook_id(person: Person, h: str, locale: Locale) -> str | None:
    """Exchange Online for a continental European tenant and the offices and counterparties around it."""
    if person.client != "outlook":
        return None
    zone = zone_of(person, locale)
    if zone == "Europe/London":
        return exchange_id(
            h, ["LO2P265", "CWLP123", "LO4P302"][int(h[0], 16) % 3], "GBRPRD01.PROD.OUTLOOK.COM"
        )
    if zone.startswith("Europe/"):
        box = ["AM0PR10", "AS8PR04", "DB9PR02", "PA4PR07", "DU0PR08", "VI1PR03"][int(h[0], 16) % 6]
        return exchange_id(h, box, f"EURPRD0{int(h[2], 16) % 9 + 1}.PROD.OUTLOOK.COM")
    if zone == "Asia/Kolkata":
        return exchange_id(
            h, ["PN3PR01", "MA0PR01", "BM1PR01"][int(h[0], 16) % 3], "INDPRD01.PROD.OUTLOOK.COM"
        )
    if zone == "America/Sao_Paulo":
        return exchange_id(
            h, ["CP4PR80", "CPWPR80", "RO2PR80"][int(h[0], 16) % 3], "BRAPRD01.PROD.OUTLOOK.COM"
        )
    box = ["BN8PR04", "CH3PR11", "MN2PR12", "SA1PR05"][int(h[0], 16) % 4]
    return exchange_id(h, box, f"namprd0{int(h[2], 16) % 9 + 1}.PROD.OUTLOOK.COM")


def za_outlook_id(person: Person, h: str, locale: Locale) -> str | None:
    """Exchange Online for a South African tenant (ZAFP275) and the offices and counterparties around it."""
    if person.client != "outlook":
        return None
    zone = zone_of(person, locale)
    if zone.startswith("Africa/"):
        box = ["JN2P275", "JNAP275", "JNXP275"][int(h[0], 16) % 3]
        return exchange_id(h, box, "ZAFP275.PROD.OUTLOOK.COM")
    if zone.startswith("Europe/"):
        return exchange_id(
            h, ["LO2P265", "CWLP123", "LO4P302"][int(h[0], 16) % 3], "GBRPRD01.PROD.OUTLOOK.COM"
        )
    box = ["BN8PR04", "CH3PR11", "MN2PR12", "SA1PR05"][int(h[0], 16) % 4]
    return exchange_id(h, box, f"namprd0{int(h[2], 16) % 9 + 1}.PROD.OUTLOOK.COM")


def message_id(person: Person, seed: str, locale: Locale) -> str:
    """Message-IDs shaped like each client's real ones, derived from a seed so every run is identical."""
    h = hashlib.sha256(seed.encode()).hexdigest()
    outlook = outlook_id(person, h, locale)
    if outlook:
        return outlook
    if person.client == "exchange_de":
        return f"<{h[:8]}{h[8:24].upper()}@SRV-EX03.{person.domain}>"
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
