#!/usr/bin/env python3
"""Author the bundled demo Maildir (belt_tui/demo/mailbox/) from the readable TOML in tools/demo_mail/.

The product only reads the generated RFC 5322 files. This script exists so the demo week can be edited
as prose: quotes, attribution lines, signatures, disclaimers, Message-IDs and threading headers are
derived here, so every reply quotes exactly the message it answers, the way each sender's mail client
would. Run it after editing the TOML and commit both:

    .venv/bin/python tools/build_demo_mailbox.py
"""

from __future__ import annotations

import hashlib
import shutil
import tomllib
from dataclasses import dataclass
from datetime import datetime, timedelta
from email import policy
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parents[1]
SOURCE = ROOT / "tools" / "demo_mail"
MAILBOX = ROOT / "belt_tui" / "demo" / "mailbox"
HOME_ZONE = ZoneInfo("America/New_York")
USER = "maya"
REPLY_PREFIX = {"outlook": "RE: ", "original": "RE: "}
FORWARD_PREFIX = {"outlook": "FW: ", "original": "FW: "}
FAKE_PDF = (
    b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
    b"2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\n"
    b"% Placeholder bytes for the Belt demo: not a real document.\n"
    b"trailer\n<< /Root 1 0 R >>\n%%EOF\n"
)

Spec = dict[str, Any]


@dataclass(frozen=True)
class Written:
    """A generated message, kept so later replies can quote, forward and reference it."""

    spec: Spec
    message_id: str
    subject: str
    when: datetime
    text: str
    references: tuple[str, ...]


class Author:
    """Turns thread descriptions into EmailMessages, remembering each one for the replies to it."""

    def __init__(self, people: dict[str, Spec], disclaimers: dict[str, str]) -> None:
        self.people = people
        self.disclaimers = disclaimers
        self.written: dict[str, Written] = {}

    def person(self, key: str) -> Spec:
        return self.people[key]

    def address(self, key: str) -> Address:
        someone = self.person(key)
        return Address(display_name=someone["name"], addr_spec=someone["addr"])

    def style(self, spec: Spec) -> str:
        if spec.get("mobile"):
            return "apple"
        return spec.get("quote_style", self.person(spec["from"])["style"])

    def moment(self, spec: Spec) -> datetime:
        """The TOML gives New York wall-clock time; the Date header uses the sender's own zone."""
        local = datetime.strptime(spec["at"], "%Y-%m-%d %H:%M").replace(tzinfo=HOME_ZONE)
        local += timedelta(seconds=int(self.digest(spec["id"])[:2], 16) % 60)
        return local.astimezone(ZoneInfo(self.person(spec["from"]).get("tz", "America/New_York")))

    @staticmethod
    def digest(text: str) -> str:
        return hashlib.sha256(text.encode()).hexdigest()

    def message_id(self, spec: Spec) -> str:
        """Message-IDs shaped like the sender's mail system would make them; stable across runs."""
        digest = self.digest(spec["id"])
        style = self.person(spec["from"])["style"]
        if style == "gmail":
            return f"<CA+{digest[:24]}{digest[24:32].upper()}@mail.gmail.com>"
        if style == "outlook":
            host = f"BN{digest[:1].upper()}PR12MB{int(digest[1:5], 16) % 9000 + 1000}"
            return f"<{host}{digest[5:19].upper()}@{host}.namprd12.prod.outlook.com>"
        domain = self.person(spec["from"])["addr"].split("@")[1]
        return f"<{digest[:16]}.{spec['id']}@{domain}>"

    def subject(self, spec: Spec, base: str, parent: Written | None) -> str:
        if "subject" in spec:
            return spec["subject"]
        style = self.style(spec)
        if spec.get("forward"):
            return FORWARD_PREFIX.get(style, "Fwd: ") + self.written[spec["forward"]].subject
        if parent is None:
            return base
        return REPLY_PREFIX.get(style, "Re: ") + base

    def names(self, keys: list[str]) -> str:
        return "; ".join(self.person(k)["name"] for k in keys)

    def quote(self, style: str, parent: Written, replier_zone: ZoneInfo) -> str:
        """The quoted parent exactly as the replier's mail client would lay it out."""
        when = parent.when.astimezone(replier_zone)
        clock = f"{when.hour % 12 or 12}:{when:%M} {'AM' if when.hour < 12 else 'PM'}"
        sender = str(self.address(parent.spec["from"]))
        if style == "gmail":
            line = f"On {when:%a, %b} {when.day}, {when.year} at {clock} {sender} wrote:"
            if len(line) > 76:  # Gmail breaks a long attribution line right after the "<".
                head, _, tail = line.partition("<")
                line = f"{head}<\n{tail}"
            return f"{line}\n\n{prefixed(parent.text)}"
        if style == "apple":
            line = f"On {when:%b} {when.day}, {when.year}, at {clock}, {sender} wrote:"
            return prefixed(f"{line}\n\n{parent.text}")
        header = (
            f"From: {sender}\nSent: {when:%A, %B} {when.day}, {when.year} {clock}\n"
            f"To: {self.names(parent.spec['to'])}\n"
        )
        if parent.spec.get("cc"):
            header += f"Cc: {self.names(parent.spec['cc'])}\n"
        header += f"Subject: {parent.subject}\n\n"
        rule = "-----Original Message-----" if style == "original" else "_" * 32
        return f"{rule}\n{header}{parent.text}"

    def forwarded(self, style: str, original: Written) -> str:
        when = original.when.astimezone(HOME_ZONE)
        clock = f"{when.hour % 12 or 12}:{when:%M} {'AM' if when.hour < 12 else 'PM'}"
        return (
            f"---------- Forwarded message ---------\nFrom: {self.address(original.spec['from'])}\n"
            f"Date: {when:%a, %b} {when.day}, {when.year} at {clock}\nSubject: {original.subject}\n"
            f"To: {', '.join(str(self.address(k)) for k in original.spec['to'])}\n\n{original.text}"
        )

    def text(self, spec: Spec, parent: Written | None) -> str:
        """Own words, then signature and disclaimer and the quoted message, where each client puts them."""
        sender = self.person(spec["from"])
        style = self.style(spec)
        text = spec["body"].strip("\n")
        if spec.get("unwrap"):
            text = "\n\n".join(" ".join(p.split("\n")) for p in text.split("\n\n"))
        signature = "Sent from my iPhone" if spec.get("mobile") else sender["signature"].strip("\n")
        if signature and spec.get("signature", True):
            text += f"\n\n{signature}"
        disclaimer = self.disclaimers.get(sender.get("disclaimer", ""), "").strip("\n")
        if disclaimer and sender.get("where") == "signature":
            text += f"\n\n{disclaimer}"
        if spec.get("forward"):
            text += "\n\n" + self.forwarded(style, self.written[spec["forward"]])
        elif parent is not None and spec.get("quote", True) and style != "none":
            text += "\n\n" + self.quote(style, parent, self.moment(spec).tzinfo)
        if disclaimer and sender.get("where") == "bottom":
            text += f"\n\n{disclaimer}"
        return text + "\n"

    def build(self, spec: Spec, base: str, parent: Written | None) -> EmailMessage:
        when = self.moment(spec)
        subject = self.subject(spec, base, parent)
        message_id = self.message_id(spec)
        references = (*parent.references, parent.message_id) if parent else ()
        text = self.text(spec, parent)
        self.written[spec["id"]] = Written(spec, message_id, subject, when, text, references)

        message = EmailMessage(policy=policy.default)
        if spec["from"] != USER:
            message["Received"] = self.received(spec, when)
        for name, value in spec.get("headers", {}).items():
            message[name] = value
        message["From"] = self.address(spec["from"])
        message["To"] = [self.address(k) for k in spec["to"]]
        if spec.get("cc"):
            message["Cc"] = [self.address(k) for k in spec["cc"]]
        message["Subject"] = subject
        message["Date"] = format_datetime(when)
        message["Message-ID"] = message_id
        if parent is not None and spec.get("threading", True):
            message["In-Reply-To"] = parent.message_id
            message["References"] = " ".join(references)
        self.fill(message, spec, text)
        return message

    def received(self, spec: Spec, when: datetime) -> str:
        digest = self.digest(spec["id"])
        domain = self.person(spec["from"])["addr"].split("@")[1]
        arrived = (when + timedelta(seconds=3)).astimezone(HOME_ZONE)
        return (
            f"from mail.{domain} (mail.{domain} [198.51.100.{int(digest[:2], 16) % 250 + 1}]) "
            f"by mx1.lindqvistlaw.com (Postfix) with ESMTPS id {digest[:10].upper()} "
            f"for <{self.person(USER)['addr']}>; {format_datetime(arrived)}"
        )

    def fill(self, message: EmailMessage, spec: Spec, text: str) -> None:
        """Body parts: plain text (or HTML only), an optional invitation, optional PDF attachment."""
        if spec.get("html"):
            message.set_content(spec["body"].strip("\n") + "\n", subtype="html")
        else:
            message.set_content(text, cte=spec.get("cte"))
        if "invite" in spec:
            message.add_alternative(spec["invite"].strip("\n") + "\n", subtype="calendar")
            message.get_payload()[-1].set_param("method", "REQUEST")
        attachment = spec.get("attachment") or self.written.get(spec.get("forward", ""), None)
        if isinstance(attachment, Written):
            attachment = attachment.spec.get("attachment")
        if attachment:
            message.add_attachment(FAKE_PDF, maintype="application", subtype="pdf", filename=attachment)
        if message.is_multipart():  # A fixed boundary keeps regenerated files byte-identical.
            message.set_boundary(f"belt-demo-{self.digest(spec['id'])[:20]}")


def prefixed(text: str) -> str:
    return "\n".join(f"> {line}" if line else ">" for line in text.split("\n"))


def threads() -> list[Spec]:
    found: list[Spec] = []
    for path in sorted(SOURCE.glob("threads_*.toml")):
        found.extend(tomllib.loads(path.read_text())["thread"])
    return found


def main() -> None:
    cast = tomllib.loads((SOURCE / "people.toml").read_text())
    author = Author(cast["people"], cast["disclaimers"])
    shutil.rmtree(MAILBOX, ignore_errors=True)
    for folder in (MAILBOX, MAILBOX / ".Sent"):
        for sub in ("cur", "new"):
            (folder / sub).mkdir(parents=True)
    (MAILBOX / ".Sent" / "maildirfolder").touch()
    count = 0
    for number, thread in enumerate(threads(), start=1):
        previous: Written | None = None
        for index, spec in enumerate(thread["message"], start=1):
            parent = author.written[spec["reply_to"]] if "reply_to" in spec else previous
            if index == 1 and "reply_to" not in spec:
                parent = None
            message = author.build(spec, thread["subject"], parent)
            previous = author.written[spec["id"]]
            folder = MAILBOX / ".Sent" if spec["from"] == USER else MAILBOX
            name = f"belt-demo-{number:02d}-{index:02d}.lindqvistlaw"
            if spec.get("unread"):
                path = folder / "new" / name
            else:
                path = folder / "cur" / f"{name}:2,{'F' if spec.get('flagged') else ''}S"
            path.write_bytes(message.as_bytes(policy=policy.default))
            count += 1
    print(f"wrote {count} messages in {number} threads to {MAILBOX.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
