"""Write the records as a Maildir++ mailbox and labels.json, then read both back and prove they agree."""

from __future__ import annotations

import html
import json
import mailbox
import os
import re
import shutil
from collections import Counter
from datetime import datetime
from email import message_from_string, policy, utils
from email.headerregistry import Address
from email.message import EmailMessage
from email.parser import BytesParser

from mailgen import CANADA_ZONES, Thread, resolve_due, who

DEFAULT_FORMAT = {"outlook": "alt", "gmail": "alt", "apple": "plain", "plain": "plain"}


def addresses(keys: list[str]) -> list[Address]:
    return [Address(display_name=who(k).name, addr_spec=who(k).addr) for k in keys]


def transfer_encoding(text: str, wanted: str | None) -> str:
    if wanted:
        return wanted
    if text.isascii() and max(len(line) for line in text.split("\n")) <= 76:
        return "7bit"
    return "quoted-printable"


def to_email(rec: dict) -> EmailMessage:
    m, p = rec["m"], rec["p"]
    fmt = m.fmt or DEFAULT_FORMAT[p.client]
    msg = EmailMessage(policy=policy.default)
    msg["From"] = addresses([m.frm])
    if m.to:
        msg["To"] = addresses(m.to)
    if m.cc:
        msg["Cc"] = addresses(m.cc)
    msg["Subject"] = rec["subj"]
    msg["Date"] = utils.format_datetime(rec["dt"])
    msg["Message-ID"] = rec["mid"]
    if rec.get("irt"):
        msg["In-Reply-To"] = "XIRTX"
    if rec.get("refs"):
        msg["References"] = "XREFSX"
    if p.client == "outlook":
        msg["Thread-Topic"] = re.sub(r"^(?:(?:RE|FW|Re|Fwd):\s*)+", "", rec["subj"])
        msg["Content-Language"] = "en-CA" if p.zone in CANADA_ZONES else "en-US"
    elif p.client == "apple":
        msg["X-Mailer"] = "iPhone Mail (22H31)"
    for name, value in m.headers.items():
        msg[name] = value
    msg["MIME-Version"] = "1.0"
    plain, body_html = rec["plain"], rec["html"]
    if m.report:
        report_type, machine = m.report
        msg.set_content(plain, cte=transfer_encoding(plain, m.cte))
        msg.make_mixed()
        msg.set_type("multipart/report")
        msg.set_param("report-type", report_type)
        msg.attach(
            message_from_string(f"Content-Type: message/{report_type}\n\n{machine}", policy=policy.default)
        )
        return msg
    if fmt == "plain":
        msg.set_content(plain, charset=m.charset, cte=transfer_encoding(plain, m.cte))
    elif fmt == "html":
        msg.set_content(
            body_html, subtype="html", charset=m.charset, cte=m.hcte or m.cte or "quoted-printable"
        )
    else:
        msg.set_content(plain, charset=m.charset, cte=transfer_encoding(plain, m.cte))
        msg.add_alternative(body_html, subtype="html", cte=m.hcte or "quoted-printable")
        if m.ics:
            msg.add_alternative(
                m.ics, subtype="calendar", params={"method": "REQUEST"}, cte=transfer_encoding(m.ics, None)
            )
    for filename, ctype in m.attach:
        maintype, subtype = ctype.split("/")
        data = (
            b"%PDF-1.4\n% " + filename.encode() + b"\n%%EOF\n"
            if subtype == "pdf"
            else b"PK\x03\x04" + bytes(60)
        )
        msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=filename)
    return msg


def write_maildir(built: list[tuple[Thread, list[dict]]], root: str, me: str) -> None:
    """INBOX in root/{cur,new}, the user's own mail in root/.Sent; flags say seen and replied."""
    if os.path.isdir(root):
        shutil.rmtree(root)
    for sub in ("cur", "new", "tmp"):
        os.makedirs(os.path.join(root, sub))
        os.makedirs(os.path.join(root, ".Sent", sub))
    open(os.path.join(root, ".Sent", "maildirfolder"), "w").close()
    replied = {r.get("irt") for _, recs in built for r in recs if r["p"].addr == me}
    n = 0
    for _, recs in built:
        for rec in recs:
            n += 1
            msg = to_email(rec)
            for index, part in enumerate(p for p in msg.walk() if p.get_content_maintype() == "multipart"):
                part.set_boundary(f"----=_Part_{n}_{index}_{rec['mid'][1:9]}")  # fixed, so runs are identical
            data = msg.as_bytes(policy=policy.default)
            # Written raw: the email package would RFC 2047-encode a long unstructured value.
            if rec.get("irt"):
                data = data.replace(b"XIRTX", rec["irt"].encode("ascii"), 1)
            if rec.get("refs"):
                data = data.replace(b"XREFSX", "\n ".join(rec["refs"]).encode("ascii"), 1)
            stamp = int(rec["dt"].timestamp())
            base = f"{stamp}.M{200000 + n * 53}P{7300 + n}.lindenhall"
            sent = rec["p"].addr == me
            folder = os.path.join(root, ".Sent") if sent else root
            if rec["m"].unread and not sent:
                path = os.path.join(folder, "new", base)
            else:
                path = os.path.join(folder, "cur", base + ":2," + ("RS" if rec["mid"] in replied else "S"))
            with open(path, "wb") as handle:
                handle.write(data)
            os.utime(path, (stamp, stamp))


def labels_of(built: list[tuple[Thread, list[dict]]], me: str, now: str) -> dict:
    threads = []
    for thread, recs in built:
        ordered = sorted(recs, key=lambda r: r["dt"])
        asks = [
            {
                "message_id": r["mid"],
                "text": a.text,
                "owner": who(a.owner).addr,
                "due": resolve_due(a.due, r["dt"].date()),
                "kind": a.kind,
            }
            for r in ordered
            for a in r["m"].asks
        ]
        threads.append(
            {
                "id": ordered[0]["mid"],
                "message_ids": [r["mid"] for r in ordered],
                "state": thread.state,
                "asks": asks,
            }
        )
    return {"me": me, "now": now, "threads": threads}


def decoded_text(msg: EmailMessage) -> tuple[str, bool]:
    part = msg.get_body(preferencelist=("plain",))
    if part is not None:
        return part.get_content(), False
    return re.sub(r"<[^>]+>", "", msg.get_body(preferencelist=("html",)).get_content()), True


def verify(built: list[tuple[Thread, list[dict]]], labels: dict, root: str) -> tuple[list[str], int]:
    """Read the mailbox back as a client would and check every label against it."""
    errors: list[str] = []
    inbox = mailbox.Maildir(root, factory=None, create=False)
    found: dict[str, list[EmailMessage]] = {}
    for box in (inbox, inbox.get_folder("Sent")):
        for key in box.iterkeys():
            parsed = BytesParser(policy=policy.default).parsebytes(box.get_bytes(key))
            found.setdefault(str(parsed["Message-ID"]).strip(), []).append(parsed)
    records = {r["mid"]: r for _, recs in built for r in recs}
    now = datetime.fromisoformat(labels["now"])
    seen: Counter[str] = Counter()
    for thread in labels["threads"]:
        seen.update(thread["message_ids"])
        dates = [utils.parsedate_to_datetime(found[mid][0]["Date"]) for mid in thread["message_ids"]]
        if dates != sorted(dates) or thread["id"] != thread["message_ids"][0]:
            errors.append(f"thread {thread['id']} not in date order")
        for ask in thread["asks"]:
            mid = ask["message_id"]
            if mid not in thread["message_ids"]:
                errors.append(f"ask outside its thread: {ask['text']!r}")
                continue
            text, is_html = decoded_text(found[mid][0])
            if is_html:
                text = html.unescape(text)
            if ask["text"] not in text:
                errors.append(f"ask not verbatim in decoded body of {mid}: {ask['text']!r}")
            if ask["text"] not in records[mid]["own"]:
                errors.append(f"ask only in quoted or forwarded text: {ask['text']!r}")
            if not is_html and not any(
                ask["text"] in ln for ln in text.split("\n") if not ln.startswith(">")
            ):
                errors.append(f"ask only on '>' lines: {ask['text']!r}")
    for mid, copies in found.items():
        if mid in records and str(copies[0]["Subject"]) != records[mid]["subj"]:
            errors.append(f"subject of {mid} reads back as {copies[0]['Subject']!r}")
        if len(copies) != 1 or seen[mid] != 1:
            errors.append(f"message {mid}: {len(copies)} files, in {seen[mid]} threads (want 1 and 1)")
        if utils.parsedate_to_datetime(copies[0]["Date"]) >= now:
            errors.append(f"message {mid} is dated after now")
    errors += [f"labelled message {mid} missing from the mailbox" for mid in seen if mid not in found]
    return errors, sum(len(c) for c in found.values())


def summary(labels: dict, built: list[tuple[Thread, list[dict]]], files: int, me: str) -> list[str]:
    threads = labels["threads"]
    asks = [a for t in threads for a in t["asks"]]
    states = Counter(t["state"] for t in threads)
    kinds = Counter(a["kind"] for a in asks)
    sent = sum(1 for _, recs in built for r in recs if r["p"].addr == me)
    messages = sum(len(t["message_ids"]) for t in threads)
    return [
        f"threads: {len(threads)}   messages: {messages} (files read back: {files}; Sent {sent})",
        "states: " + ", ".join(f"{k}={states[k]}" for k in ("needs_reply", "awaiting_them", "none")),
        f"asks: {len(asks)} (with due date: {sum(1 for a in asks if a['due'])})",
        "kinds: " + ", ".join(f"{k}={kinds[k]}" for k in ("request", "question", "commitment", "approval")),
    ]


def write_labels(labels: dict, path: str) -> None:
    with open(path, "w", encoding="utf-8") as handle:
        json.dump(labels, handle, indent=1, ensure_ascii=False)
        handle.write("\n")
