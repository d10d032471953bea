"""Turn the blind corpus's threads into Maildir++ files and labels.json, then check one against the other.

The check reads the files back with the standard library, the way any outside reader would, so a label
that does not match the decoded mail fails the build instead of silently lowering a score.
"""

from __future__ import annotations

import html
import mailbox
import os
import re
import shutil
from datetime import datetime
from email import policy, utils
from email.message import EmailMessage, Message
from email.parser import BytesParser

from blind_mail import (
    Msg,
    Thread,
    address_objects,
    forward_block,
    html_document,
    local_time,
    message_id,
    person_list,
    quoted_tail,
    resolve_due,
    strip_reply_prefixes,
    tag_strip,
    who,
)

DEFAULT_FORMAT = {"outlook": "alt", "outlook_classic": "plain", "gmail": "alt", "apple": "plain"}


def reply_subject(previous: str, client: str) -> str:
    if client == "exchange_de":
        return previous if previous.startswith("AW: ") else "AW: " + strip_reply_prefixes(previous)
    if client in ("gmail", "apple"):
        return previous if re.match(r"(?i)^re:", previous) else "Re: " + previous
    return "RE: " + strip_reply_prefixes(previous) if not previous.startswith("RE: ") else previous


def forward_subject(previous: str, client: str) -> str:
    prefix = {"gmail": "Fwd: ", "apple": "Fwd: ", "exchange_de": "WG: "}.get(client, "FW: ")
    return prefix + previous


def source_of(rec: dict) -> dict:
    msg: Msg = rec["msg"]
    return {
        "name": rec["person"].name,
        "addr": rec["person"].addr,
        "to": person_list(msg.to),
        "cc": person_list(msg.cc),
        "subj": rec["subj"],
        "plain": rec["plain"],
    }


def outside_source(spec: dict) -> tuple[dict, datetime]:
    """A forwarded message that is not itself in the mailbox (it reached the forwarder elsewhere)."""
    author = who(spec["frm"])
    body = spec["body"].strip("\n") + ("\n\n" + author.sig if spec.get("sig", True) and author.sig else "")
    src = {
        "name": author.name,
        "addr": author.addr,
        "to": person_list(tuple(spec["to"])),
        "cc": person_list(tuple(spec.get("cc", ()))),
        "subj": spec["subj"],
        "plain": body,
    }
    return src, local_time(spec["at"], author)


def signature_for(msg: Msg, is_reply: bool) -> str:
    author = who(msg.frm)
    if msg.sig == "auto":
        return author.short_sig if is_reply and author.short_sig is not None else author.sig
    return msg.sig or ""


def build(threads: list[Thread], seed_name: str) -> list[tuple[Thread, list[dict]]]:
    built = []
    for ti, thread in enumerate(threads):
        recs: list[dict] = []
        for mi, msg in enumerate(thread.msgs):
            author = who(msg.frm)
            when = local_time(msg.at, author)
            parent = recs[msg.reply] if msg.reply is not None else None
            fwd_src = recs[msg.fwd] if isinstance(msg.fwd, int) else None
            rec: dict = {"msg": msg, "person": author, "dt": when}
            rec["mid"] = msg.headers.pop("_mid", None) or message_id(
                author, f"{seed_name}/{ti}/{mi}/{msg.at}"
            )
            if msg.subj is not None:
                rec["subj"] = msg.subj
            elif parent is not None:
                rec["subj"] = reply_subject(parent["subj"], author.client)
            elif fwd_src is not None:
                rec["subj"] = forward_subject(fwd_src["subj"], author.client)
            else:
                rec["subj"] = forward_subject(msg.fwd["subj"], author.client)  # type: ignore[index]
            sig = signature_for(msg, parent is not None)
            own = msg.body + ("\n\n" + sig if sig else "")
            tail_parts = []
            if msg.fwd is not None:
                if fwd_src is not None:
                    src, sent = source_of(fwd_src), fwd_src["dt"]
                else:
                    src, sent = outside_source(msg.fwd)  # type: ignore[arg-type]
                tail_parts.append(forward_block(author.client, src, sent.astimezone(when.tzinfo)))
            if parent is not None and msg.quote:
                tail_parts.append(
                    quoted_tail(author.client, source_of(parent), parent["dt"].astimezone(when.tzinfo))
                )
            tail = "\n\n".join(tail_parts)
            external = any(who(k).domain != author.domain for k in msg.to + msg.cc)
            disclaimer = ""
            if msg.disclaimer and author.disclaimer and (external or not author.disclaimer_external_only):
                disclaimer = author.disclaimer
            plain = own + ("\n\n" + tail if tail else "") + ("\n\n" + disclaimer if disclaimer else "")
            if msg.raw_plain is not None:
                plain = own = msg.raw_plain.strip("\n")
            rec.update(own=own, plain=plain)
            rec["html"] = msg.raw_html or html_document(own, tail, disclaimer, author.client)
            if parent is not None:
                rec["original_headers"] = "\n".join(
                    [
                        f"From: {parent['person'].addr}",
                        f"Subject: {parent['subj']}",
                        f"Message-ID: {parent['mid']}",
                    ]
                )
            if parent is not None and msg.refs:
                rec["irt"] = parent["mid"]
                rec["refs"] = [*parent.get("refs", []), parent["mid"]][-10:]
            elif fwd_src is not None and msg.refs:
                rec["refs"] = [*fwd_src.get("refs", []), fwd_src["mid"]]
            recs.append(rec)
        built.append((thread, recs))
    return built


def to_email(rec: dict) -> EmailMessage:
    msg: Msg = rec["msg"]
    author = rec["person"]
    email = EmailMessage(policy=policy.default)
    email["From"] = address_objects((msg.frm,))
    if msg.to:
        email["To"] = address_objects(msg.to)
    if msg.cc:
        email["Cc"] = address_objects(msg.cc)
    email["Subject"] = rec["subj"]
    email["Date"] = utils.format_datetime(rec["dt"])
    email["Message-ID"] = "XMIDX"
    if rec.get("irt"):
        email["In-Reply-To"] = "XIRTX"
    if rec.get("refs"):
        email["References"] = "XREFSX"
    if author.client in ("outlook", "outlook_classic", "exchange_de"):
        email["Thread-Topic"] = strip_reply_prefixes(rec["subj"])
        email["X-MS-Has-Attach"] = "yes" if msg.attach else ""
    elif author.client == "apple":
        email["X-Mailer"] = (
            "Apple Mail (2.3826.400.131.1.6)" if "Mac" in author.sig else "iPhone Mail (22D82)"
        )
    for name, value in msg.headers.items():
        email[name] = value
    email["MIME-Version"] = "1.0"
    shape = msg.fmt or DEFAULT_FORMAT.get(author.client, "plain")
    plain_cte = msg.cte or (
        "7bit" if rec["plain"].isascii() and _short_lines(rec["plain"]) else "quoted-printable"
    )
    if shape == "html":
        email.set_content(rec["html"], subtype="html", cte=msg.cte or "quoted-printable")
    else:
        email.set_content(rec["plain"], charset=msg.charset, cte=plain_cte)
        if shape == "alt":
            email.add_alternative(rec["html"], subtype="html", cte="quoted-printable")
            if msg.ics:
                email.add_alternative(
                    msg.ics, subtype="calendar", params={"method": "REQUEST"}, cte="quoted-printable"
                )
    if msg.report:
        add_report(email, *msg.report, rec.get("original_headers", ""))
    for filename in msg.attach:
        data = b"%PDF-1.4\n% " + filename.encode() + b"\n%%EOF\n"
        email.add_attachment(data, "application", "pdf", filename=filename)
    for n, part in enumerate(email.walk()):
        if part.get_content_maintype() == "multipart":
            part.set_boundary(f"----=_Part_{rec['mid'].strip('<>').split('@')[0][:20]}_{n}")
    return email


def add_report(email: EmailMessage, report_type: str, blocks: list[dict[str, str]], original: str) -> None:
    """Bounces and read receipts are multipart/report: the human text, the machine status, the old headers."""
    email.make_mixed()
    email.set_type("multipart/report")
    email.set_param("report-type", report_type)
    status = EmailMessage(policy=policy.default)
    status.set_type(f"message/{report_type}")
    del status["MIME-Version"]
    fields = []
    for block in blocks:
        part = Message()
        for name, value in block.items():
            part[name] = value
        fields.append(part)
    status.set_payload(fields)
    email.attach(status)
    headers = EmailMessage(policy=policy.default)
    headers.set_content(original, subtype="rfc822-headers")
    email.attach(headers)


def _short_lines(text: str) -> bool:
    return max((len(line) for line in text.split("\n")), default=0) <= 76


def write_maildir(built: list[tuple[Thread, list[dict]]], root: str, me: str) -> None:
    if os.path.isdir(root):
        shutil.rmtree(root)
    for folder in (root, os.path.join(root, ".Sent")):
        for sub in ("cur", "new", "tmp"):
            os.makedirs(os.path.join(folder, sub))
    open(os.path.join(root, ".Sent", "maildirfolder"), "w").close()
    answered = {r["irt"] for _, recs in built for r in recs if r["person"].addr == me and r.get("irt")}
    for n, rec in enumerate((r for _, recs in built for r in recs), start=1):
        # Ids are written raw after serialising: the email package would fold or encode long values.
        data = to_email(rec).as_bytes(policy=policy.default).replace(b"XMIDX", rec["mid"].encode(), 1)
        if rec.get("irt"):
            data = data.replace(b"XIRTX", rec["irt"].encode(), 1)
        if rec.get("refs"):
            data = data.replace(b"XREFSX", "\n ".join(rec["refs"]).encode(), 1)
        stamp = int(rec["dt"].timestamp())
        base = f"{stamp}.M{200000 + n * 53}P{7300 + n}.calderlowe-mbp"
        sent = rec["person"].addr == me
        folder = os.path.join(root, ".Sent") if sent else root
        if rec["msg"].unread and not sent:
            path = os.path.join(folder, "new", base)
        else:
            path = os.path.join(folder, "cur", base + ":2," + ("RS" if rec["mid"] in answered else "S"))
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
                "owner": a.owner if "@" in a.owner else who(a.owner).addr,
                "due": resolve_due(a.due, r["dt"].date()),
                "kind": a.kind,
            }
            for r in ordered
            for a in r["msg"].asks
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


def decoded_text(email: EmailMessage) -> str:
    """What the README says labels are matched against: text/plain, else a plain tag strip of the HTML."""
    part = email.get_body(preferencelist=("plain",))
    if part is not None:
        return part.get_content()
    part = email.get_body(preferencelist=("html",))
    return html.unescape(tag_strip(part.get_content())) if part is not None else ""


def verify(built: list[tuple[Thread, list[dict]]], labels: dict, root: str) -> tuple[list[str], int]:
    errors: list[str] = []
    box = mailbox.Maildir(root, factory=None, create=False)
    found: dict[str, list[EmailMessage]] = {}
    for folder in (box, box.get_folder("Sent")):
        for key in folder.iterkeys():
            email = BytesParser(policy=policy.default).parsebytes(folder.get_bytes(key))
            found.setdefault(str(email["Message-ID"]), []).append(email)  # type: ignore[arg-type]
    own_text = {r["mid"]: r["own"] for _, recs in built for r in recs}
    seen: dict[str, int] = {}
    now = datetime.fromisoformat(labels["now"])
    for t in labels["threads"]:
        for mid in t["message_ids"]:
            seen[mid] = seen.get(mid, 0) + 1
            if len(found.get(mid, [])) != 1:
                errors.append(f"{mid} found {len(found.get(mid, []))} times in the Maildir")
        for ask in t["asks"]:
            if ask["message_id"] not in t["message_ids"]:
                errors.append(f"ask outside its thread: {ask['text']!r}")
                continue
            text = decoded_text(found[ask["message_id"]][0])
            if ask["text"] not in text:
                errors.append(f"ask not verbatim in decoded body: {ask['text']!r}")
            if ask["text"] not in own_text[ask["message_id"]]:
                errors.append(f"ask only in quoted, forwarded or signature text: {ask['text']!r}")
    errors += [f"{mid} is in {n} threads" for mid, n in seen.items() if n != 1]
    errors += [f"{mid} belongs to no thread" for mid in found if mid not in seen]
    for mid, emails in found.items():
        if utils.parsedate_to_datetime(str(emails[0]["Date"])) >= now:
            errors.append(f"{mid} is dated after now")
    return errors, sum(len(v) for v in found.values())
