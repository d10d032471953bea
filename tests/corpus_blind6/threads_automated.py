"""Automated mail: e-signature and cap-table notices, a franchise tax reminder, a chat digest, a newsletter,
a calendar invitation, a bounce and a read receipt. Nothing in automated mail is an ask."""

from __future__ import annotations

from corpus_kit.mailgen import Msg, R, T

ICS = """\
BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:kestrel-ferngrove-ts-20261214
DTSTART:20261214T180000Z
DTEND:20261214T184500Z
SUMMARY:Kestrel x Ferngrove - term sheet
ORGANIZER;CN=Jordan Pike:mailto:jpike@kestrelvc.test
ATTENDEE;CN=Leah Brandt;RSVP=TRUE:mailto:leah.brandt@arroyobrandt.test
ATTENDEE;CN=Dev Malhotra;RSVP=TRUE:mailto:dev@ferngrove.test
LOCATION:Zoom
END:VEVENT
END:VCALENDAR
"""

SIGNFLOW_HTML = """\
<html><body style="font-family:Helvetica,Arial,sans-serif">
<table width="100%"><tr><td style="background:#1d3c6e;color:#ffffff;padding:16px">SignFlow</td></tr>
<tr><td style="padding:16px">
<p>Kenji Mori sent you a document to review and sign.</p>
<p><b>Ferngrove Robotics, Inc. - Board Consent (Series A)</b></p>
<p>Please review and sign by December 18, 2026.</p>
<p><a href="https://app.signflow.test/sign/7f3e91">REVIEW DOCUMENT</a></p>
<p style="font-size:11px;color:#777">Do not share this email. Anyone with the link can sign on your behalf.
Questions about the document? Contact the sender directly.</p>
</td></tr></table></body></html>
"""

THREADS = [
    T(
        "none",
        Msg(
            "signflow",
            ["leah"],
            "12-14 08:02",
            subj="Please sign: Ferngrove Robotics, Inc. - Board Consent (Series A)",
            fmt="html",
            html=SIGNFLOW_HTML,
            headers={"Auto-Submitted": "auto-generated"},
            unread=True,
        ),
    ),
    T(
        "none",
        Msg(
            "signflow",
            ["leah"],
            "12-11 16:12",
            'All parties have completed "Quillfeather - Farrow SAFE".\n\nView the completed document and the '
            "certificate of completion in SignFlow. Please keep this email for your records.\n\n"
            "Sent on behalf of Kenji Mori. SignFlow, Inc., 100 Market Street, San Francisco, CA.",
            subj="Completed: Quillfeather - Farrow SAFE",
            headers={"Auto-Submitted": "auto-generated"},
        ),
    ),
    T(
        "none",
        Msg(
            "captably",
            ["leah"],
            "12-10 07:00",
            "Captably alert for Ferngrove Robotics, Inc.\n\n"
            "Dev Malhotra has requested legal approval of a change to the option ledger: 409A valuation "
            "update (fair market value $0.84 per share, effective December 1, 2026).\n\n"
            "Approve or reject this change in Captably by December 17, 2026. Changes that are not reviewed "
            "will expire.\n\nYou are receiving this because you are a legal admin for Ferngrove Robotics. "
            "Manage notification settings: https://app.captably.test/settings",
            subj="Action needed: approve 409A update for Ferngrove Robotics",
            headers={"Auto-Submitted": "auto-generated"},
        ),
    ),
    T(
        "none",
        Msg(
            "firstgate",
            ["leah"],
            "12-07 05:30",
            "DELAWARE ANNUAL FRANCHISE TAX REMINDER\n\n"
            "Entity: Quillfeather, Inc. (File No. 7718264)\nRegistered agent: Firstgate Registered Agents\n\n"
            "The Delaware annual franchise tax and annual report for all domestic corporations are due on or "
            "before March 1, 2027. A penalty of $200 plus 1.5% monthly interest applies to late filings.\n\n"
            "Please file online through the Delaware Division of Corporations or reply to this email to have "
            "Firstgate file on your behalf. Calculating under the Assumed Par Value Capital Method usually "
            "results in a lower tax for start-ups with many authorized shares.\n\n"
            "This is an automated reminder. Please do not reply with attachments.",
            subj="Reminder: Delaware franchise tax due March 1, 2027",
            headers={"Auto-Submitted": "auto-generated"},
            cte="quoted-printable",
        ),
    ),
    T(
        "none",
        Msg(
            "huddle",
            ["leah"],
            "12-12 06:00",
            "Your Huddle digest for Ferngrove Deal Team\n\n"
            "#series-a (4 new messages)\n"
            "Dev Malhotra: @leah can you look at the pool math when you get a sec?\n"
            "Noa Ben-Ami: uploaded roadmap_v7.pdf\n"
            "Kenji Mori: board consent is in the folder, needs a final look\n"
            "Dev Malhotra: eod monday pls\n\n"
            "Open Huddle to reply. You're getting this email because you have unread mentions. "
            "Unsubscribe from digests: https://huddle-chat.test/prefs",
            subj="[Huddle] 4 new messages in Ferngrove Deal Team",
            headers={"Auto-Submitted": "auto-generated", "Precedence": "bulk"},
        ),
    ),
    T(
        "none",
        Msg(
            "seedwire",
            ["leah"],
            "12-13 05:00",
            "The Seed Wire, issue 212\n\n"
            "Is the post-money SAFE still the default? Three founders, three answers.\n\n"
            "Register now for our January founder-counsel roundtable, seats are limited.\n"
            "Why not forward this issue to a founder who needs it?\n\n"
            "You are receiving this because you subscribed at seedwire.test. Unsubscribe at any time.",
            subj="The Seed Wire #212: pro rata rights in a down market",
            fmt="html",
            headers={"List-Unsubscribe": "<https://seedwire.test/u/77c1>", "Precedence": "bulk"},
        ),
    ),
    T(
        "none",
        Msg(
            "jordan",
            ["leah", "dev"],
            "12-11 10:30",
            "Rachel would like to walk through the open points on the term sheet with you both.\n\n"
            "Join Zoom: https://zoom.test/j/5550123\n\n"
            "Please accept so that Rachel can see who is attending.",
            cc=["rachel"],
            subj="Kestrel x Ferngrove - term sheet (Mon Dec 14, 10:00 AM PT)",
            ics=ICS,
        ),
    ),
    # A bounce for a mistyped address: it never answers the ask.
    T(
        "awaiting_them",
        Msg(
            "leah",
            ["gwen_old"],
            "12-11 14:25",
            "Gwen,\n\n[[Could you confirm you received the SAFE and the wire instructions?||gwen_old||q]] "
            "Kenji is holding the SignFlow envelope until we hear from you.",
            subj="Quillfeather SAFE - did it reach you?",
        ),
        Msg(
            "daemon",
            ["leah"],
            "12-11 14:26",
            "This is the mail system at host mx1.arroyobrandt.test.\n\n"
            "I'm sorry to have to inform you that your message could not be delivered to one or more "
            "recipients.\n\n<gwen@farrowcap.test>: host mx.farrowcap.test said: 550 5.1.1 mailbox "
            "unavailable",
            subj="Undelivered Mail Returned to Sender",
            report=(
                "delivery-status",
                "Reporting-MTA: dns; mx1.arroyobrandt.test\n\nFinal-Recipient: rfc822; gwen@farrowcap.test\n"
                "Action: failed\nStatus: 5.1.1",
            ),
            headers={"Auto-Submitted": "auto-replied"},
        ),
    ),
    # A read receipt does not answer either.
    T(
        "awaiting_them",
        Msg(
            "leah",
            ["oliver"],
            "12-11 08:40",
            "Oliver,\n\n[[Could you send Larkspur's W-8BEN-E so we can finish the closing "
            "checklist?||oliver||req]] The IRS form is the one for entities, not individuals.",
            subj="Larkspur W-8BEN-E",
            headers={"Disposition-Notification-To": "Leah Brandt <leah.brandt@arroyobrandt.test>"},
        ),
        R(
            "oliver",
            ["leah"],
            "12-11 17:02",
            "Your message\n\n  To: Oliver Pemberton\n  Subject: Larkspur W-8BEN-E\n\nwas read on 11 December "
            "2026 17:02.",
            subj="Read: Larkspur W-8BEN-E",
            report=(
                "disposition-notification",
                "Final-Recipient: rfc822; oliver.pemberton@larkspur.test\n"
                "Disposition: manual-action/MDN-sent-manually; displayed",
            ),
            quote=None,
            sig=False,
        ),
    ),
]
