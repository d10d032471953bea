"""Turn thread definitions into message records: subject, own text, full text/plain, HTML, ids, references."""

from __future__ import annotations

import html
import re

from mailgen import (
    QUOTE_STYLE,
    Msg,
    Person,
    Thread,
    attribution,
    forward_block,
    forward_subject,
    header_block,
    local_time,
    message_id,
    names,
    quoted_tail,
    reply_subject,
    who,
)

BULLET = re.compile(r"^\s*(?:[-*\u2022\u2013]|(\d+)[.)])\s+(.*)$")


def esc(text: str) -> str:
    return html.escape(text, quote=False)


def lines_to_html(text: str, style: str) -> str:
    """A paragraph per line, lists as <ul>/<ol>: a tag strip leaves each bullet's text without its marker."""
    out: list[str] = []
    open_list = ""
    for line in text.split("\n"):
        bullet = BULLET.match(line)
        if bullet:
            kind = "ol" if bullet.group(1) else "ul"
            if open_list != kind:
                out += [f"</{open_list}>"] if open_list else []
                out.append(f"<{kind}>")
                open_list = kind
            out.append(f"<li>{esc(bullet.group(2))}</li>")
            continue
        if open_list:
            out.append(f"</{open_list}>")
            open_list = ""
        if style == "gmail":
            out.append(f"<div>{esc(line) if line.strip() else '<br>'}</div>")
        elif line.strip():
            out.append(f'<p class="MsoNormal">{esc(line)}<o:p></o:p></p>')
        else:
            out.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
    if open_list:
        out.append(f"</{open_list}>")
    return "\n".join(out)


def html_document(inner: str, style: str) -> str:
    if style == "gmail":
        return f'<div dir="ltr">\n{inner}\n</div>\n'
    return (
        '<html xmlns:o="urn:schemas-microsoft-com:office:office">\n<head>\n'
        '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
        '<style><!-- p.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Aptos",sans-serif;} -->'
        "</style>\n"
        '</head>\n<body lang="EN-CA" link="#467886" vlink="#96607D">\n<div class="WordSection1">\n'
        f"{inner}\n</div>\n</body>\n</html>\n"
    )


def quoted_html(style: str, head: str, body: str) -> str:
    if style == "gmail":
        return (
            f'\n<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">{esc(head)}<br></div>\n'
            '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid '
            f'rgb(204,204,204);padding-left:1ex">\n{lines_to_html(body, "gmail")}\n</blockquote></div>'
        )
    rows = "<br>\n".join(
        f"<b>{esc(line.split(':', 1)[0])}:</b>{esc(line.split(':', 1)[1])}" if ":" in line else esc(line)
        for line in head.split("\n")
    )
    return (
        '\n<div id="appendonsend"></div>\n<hr style="display:inline-block;width:98%" tabindex="-1">\n'
        f'<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" color="#000000">{rows}</font>'
        f"\n<div>&nbsp;</div></div>\n{lines_to_html(body, 'outlook')}"
    )


def source(rec: dict) -> dict:
    m: Msg = rec["m"]
    return {
        "name": rec["p"].name,
        "addr": rec["p"].addr,
        "to": names([who(x) for x in m.to]),
        "cc": names([who(x) for x in m.cc]),
        "subj": rec["subj"],
        "body": rec["plain"],
    }


def outside_source(spec: dict) -> tuple[dict, Person]:
    """A forwarded message that is not itself in the mailbox (the sender forwards something they received)."""
    sender = who(spec["frm"])
    body = spec["body"].strip("\n")
    sig = spec.get("sig", sender.sig)
    body += ("\n\n" + sig) if sig else ""
    if spec.get("disc", True) and sender.disclaimer:
        body += "\n\n" + sender.disclaimer
    src = {
        "name": sender.name,
        "addr": sender.addr,
        "to": names([who(x) for x in spec["to"]]),
        "cc": names([who(x) for x in spec.get("cc", ())]),
        "subj": spec["subj"],
        "body": body,
    }
    return src, sender


def signature(m: Msg, p: Person, is_reply: bool) -> str:
    if m.sig == "auto":
        return p.short_sig if (is_reply and p.short_sig is not None) else p.sig
    if m.sig is False:
        return ""
    return p.sig if m.sig is True else str(m.sig)


def disclaimer(m: Msg, p: Person) -> str:
    if m.disc == "auto":
        external = any(who(x).domain != p.domain for x in m.to + m.cc)
        return p.disclaimer if p.disclaimer and (external or not p.disclaimer_external_only) else ""
    return "" if m.disc is False else str(m.disc)


def build(threads: list[Thread], set_name: str) -> list[tuple[Thread, list[dict]]]:
    built = []
    for ti, thread in enumerate(threads):
        recs: list[dict] = []
        for mi, m in enumerate(thread.msgs):
            p = who(m.frm)
            rec: dict = {"m": m, "p": p, "dt": local_time(m.at, p)}
            rec["mid"] = message_id(p, f"{set_name}/{ti}/{mi}/{m.at}/{p.addr}")
            parent = recs[m.reply] if m.reply is not None else None
            fwd_rec = recs[m.fwd] if isinstance(m.fwd, int) else None
            if m.subj is not None:
                rec["subj"] = m.subj
            elif parent is not None:
                rec["subj"] = reply_subject(parent["subj"], p.client)
            elif fwd_rec is not None:
                rec["subj"] = forward_subject(fwd_rec["subj"], p.client)
            else:
                rec["subj"] = forward_subject(m.fwd["subj"], p.client)
            sig = signature(m, p, parent is not None)
            own = m.body + (("\n\n" + sig) if sig else "")
            style = p.quote_style or QUOTE_STYLE[p.client]
            tail, html_tail = "", ""
            if m.fwd is not None:
                if fwd_rec is not None:
                    src, when = source(fwd_rec), fwd_rec["dt"]
                else:
                    src, sender = outside_source(m.fwd)
                    when = local_time(m.fwd["at"], sender)
                when = when.astimezone(rec["dt"].tzinfo)
                block = forward_block(style if style != "plain" else "gmail", src, when)
                tail += "\n\n" + block
                html_tail += "\n<br>\n" + lines_to_html(
                    block, "gmail" if p.client in ("gmail", "apple") else "outlook"
                )
            if parent is not None and m.quote:
                qstyle = style if m.quote == "auto" else m.quote
                src = source(parent)
                when = parent["dt"].astimezone(rec["dt"].tzinfo)
                tail += "\n\n" + quoted_tail(qstyle, src, when)
                if qstyle in ("gmail", "apple", "plain"):
                    html_tail += quoted_html("gmail", attribution(qstyle, src, when), src["body"])
                else:
                    html_tail += quoted_html("outlook", header_block(qstyle, src, when), src["body"])
            disc = disclaimer(m, p)
            plain = own + tail + (("\n\n" + disc) if disc else "")
            if m.plain is not None:
                plain = m.plain
                own = "\n".join(line for line in plain.split("\n") if not line.startswith(">"))
            rec["own"], rec["plain"] = own, plain
            hstyle = "gmail" if p.client in ("gmail", "apple") else "outlook"
            if m.html is not None:
                rec["html"] = m.html
            else:
                inner = lines_to_html(own, hstyle) + html_tail
                if disc:
                    small_print = esc(disc).replace("\n", "<br>")
                    inner += f'\n<p style="font-size:7.5pt;color:#808080">{small_print}</p>'
                rec["html"] = html_document(inner, hstyle)
            if parent is not None and m.refs:
                rec["irt"] = parent["mid"]
                rec["refs"] = [*parent.get("refs", []), parent["mid"]][-10:]
            elif fwd_rec is not None and m.refs:
                rec["refs"] = [*fwd_rec.get("refs", []), fwd_rec["mid"]]
            recs.append(rec)
        built.append((thread, recs))
    return built
