"""Mail no person wrote for the reader: newsletters, notifications, auto-replies, bounces, invites.

Instructions inside such mail ("Please save your documents before 9:45 PM") are not asks, and an
auto-reply never answers anyone. The one exception is a relay of a person's own words (a
website contact form), which is read like that person's message.
"""

from __future__ import annotations

import re

from belt_tui.model import Message

_BULK_PRECEDENCE = frozenset({"bulk", "list", "junk", "auto_reply"})
_ROBOT_LOCAL = re.compile(
    r"(?:^|[._+-])(?:no-?reply|do-?not-?reply|donotreply|mailer-daemon|postmaster|bounces?|notifications?"
    r"|alerts?|auto-?confirm|daemon|tracking|notify|newsletters?|news)(?:[._+-]|$)",
    re.IGNORECASE,
)
_ROLE_NAME = re.compile(
    r"\b(?:service\s+desk|help\s*desk|system|notifications?|alerts?|no-?reply|portal|mailer|daemon|newsletter"
    r"|digest|automated|robot)\b",
    re.IGNORECASE,
)
_AUTO_SUBJECT = re.compile(
    r"^\s*(?:automatic\s+reply|auto(?:matic)?[- ]?(?:reply|response)|out\s+of\s+(?:the\s+)?office"
    r"|abwesenheitsnotiz"
    r"|undeliver(?:able|ed)|delivery\s+status\s+notification|mail\s+delivery\s+(?:failed|failure|subsystem)"
    r"|returned\s+mail|delivery\s+failure|read\s*:|read\s+receipt|accepted\s*:|declined\s*:"
    r"|tentative(?:ly\s+accepted)?\s*:"
    r"|invitation\s*:|updated\s+invitation|cancel(?:l)?ed(?:\s+event)?\s*:|new\s+event\s*:)",
    re.IGNORECASE,
)
# Automatic-message wording, each form with a word it cannot match without (in lower-cased text; "not reply"
# and "not respond" for one). A form's pattern scans the text only when its word is there: one pattern
# over all forms cost ~0.5 ms on a 2,000-character body that merely mentions an "office".
_NOT_REPLY = re.compile(r"not\s+re(?:ply|spond)")
_AUTO_BODY_FORMS: tuple[tuple[tuple[str, ...] | re.Pattern[str], re.Pattern[str]], ...] = tuple(
    (needed, re.compile(pattern, re.IGNORECASE | re.MULTILINE))
    for needed, pattern in (
        (
            ("automat", "generated"),
            r"\bthis\s+is\s+an?\s+(?:automatic(?:ally\s+generated)?|automated|system[- ]generated)\s+"
            r"(?:e-?mail|message|notice|reply)",
        ),
        (("automat",), r"\bthis\s+(?:e-?mail|message)\s+was\s+(?:sent|generated)\s+automatically"),
        (_NOT_REPLY, r"\bdo\s+not\s+(?:reply|respond)\s+to\s+this\s+(?:e-?mail|message|address)"),
        (
            ("monitored",),
            r"\breplies\s+to\s+this\s+(?:address|e-?mail|message)\s+are\s+not\s+monitored"
            r"|\bthis\s+(?:mailbox|inbox|(?:e-?mail\s+)?address)\s+is\s+not\s+monitored",
        ),
        (("office",), r"^\s*i\s*(?:am|'m|’m)\s+(?:currently\s+)?out\s+of\s+(?:the\s+)?office"),
        (
            ("access",),
            r"\bi\s+(?:am|'m|’m)\s+(?:currently\s+)?(?:away|on\s+(?:leave|vacation|holiday))\b.{0,80}"
            r"\b(?:limited|no)\s+access",
        ),
    )
)
_RELAY_FIELDS = re.compile(
    r"^\s*(?:name|email|e-mail|phone|message|comments?|inquiry)\s*:", re.IGNORECASE | re.MULTILINE
)
_RELAY_MIN_FIELDS = 3


def relays_person(message: Message) -> bool:
    """A form-to-mail relay: labelled fields (Name:, Email:, Message:) carrying a person's words."""
    fields = {m.group(0).strip().lower().rstrip(":").strip() for m in _RELAY_FIELDS.finditer(message.body)}
    return len(fields) >= _RELAY_MIN_FIELDS and any(
        f.startswith(("message", "comment", "inquiry")) for f in fields
    )


def automation_reason(message: Message, quoted_from: int | None = None) -> str:
    """Why the message is automated ("" when a person wrote it), for the thread's why-text.

    Its wording is looked for above `quoted_from` only: a person forwarding a council notice with
    "Can you take a look?" on top wrote that note, whatever the notice below says.
    """
    reason = _header_reason(message) or _sender_reason(message) or _content_reason(message, quoted_from)
    if reason and relays_person(message):
        return ""
    return reason


def _header_reason(message: Message) -> str:
    auto_submitted = (message.header("auto-submitted") or "").strip().lower()
    if auto_submitted and auto_submitted != "no":
        return f"Auto-Submitted: {auto_submitted}"
    precedence = (message.header("precedence") or "").strip().lower()
    if precedence in _BULK_PRECEDENCE:
        return f"Precedence: {precedence}"
    for name in ("list-id", "list-unsubscribe", "x-autoreply", "x-autorespond", "x-auto-reply"):
        if message.header(name):
            return f"{name} header"
    return ""


def _sender_reason(message: Message) -> str:
    if message.sender is None:
        return ""
    local = message.sender.addr.split("@", 1)[0]
    if _ROBOT_LOCAL.search(local):
        return f"machine sender {message.sender.addr}"
    if _ROLE_NAME.search(message.sender.name):
        return f"role mailbox '{message.sender.name}'"
    return ""


def _content_reason(message: Message, quoted_from: int | None) -> str:
    if message.content_type == "multipart/report":
        return "delivery or read report"
    if (
        any(a.content_type == "text/calendar" for a in message.attachments)
        or "calendar" in message.content_type
    ):
        return "calendar notification"
    if _AUTO_SUBJECT.match(message.subject):
        return f"automatic subject '{message.subject[:40]}'"
    own = message.body if quoted_from is None else message.body[:quoted_from]
    if _has_automatic_wording(own[:2000]):
        return "automatic-message wording"
    return ""


def _has_automatic_wording(text: str) -> bool:
    # Long s and dotless i match "s" and "i" under IGNORECASE, but str.lower() keeps them.
    lowered = text.lower().replace("ſ", "s").replace("ı", "i")
    for needed, pattern in _AUTO_BODY_FORMS:
        present = (
            needed.search(lowered) is not None
            if isinstance(needed, re.Pattern)
            else any(word in lowered for word in needed)
        )
        if present and pattern.search(text):
            return True
    return False
