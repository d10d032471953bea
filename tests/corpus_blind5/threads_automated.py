"""Automated mail (no asks, whatever it says) and a bounce on a mistyped address."""

from __future__ import annotations

from corpus_kit.mailgen import Msg, T

HL = "ARB/26/0417 Harbourline v PDL"

ICS = """BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
DTSTART;TZID=Asia/Hong_Kong:20261210T150000
DTEND;TZID=Asia/Hong_Kong:20261210T163000
SUMMARY:CMC prep - Harbourline
LOCATION:Conference Room 38A
ORGANIZER;CN=Mandy Lo:mailto:mandy.lo@ashcombeleung.test
ATTENDEE;CN=Joanna Kwok;RSVP=TRUE:mailto:joanna.kwok@ashcombeleung.test
ATTENDEE;CN=CHAN Tsz Wing;RSVP=TRUE:mailto:tszwing.chan@ashcombeleung.test
UID:cmcprep-harbourline-20261210@ashcombeleung.test
END:VEVENT
END:VCALENDAR
"""

THREADS = [
    T(
        "none",
        Msg(
            "efile",
            ["me"],
            "11-30 18:02",
            """VHAC eFiling - Submission received

Case: ARB/26/0417
Document: Claimant's Statement of Reply (with exhibits C-41 to C-77)
Filed by: Joanna Kwok, Ashcombe Leung LLP
Received: 30/11/2026 18:01 HKT

Please lodge four hard copies with the Centre within 3 business days of this notification.
Do not reply to this email. This mailbox is not monitored.""",
            sig=False,
            subj="[VHAC eFiling] Submission received - ARB/26/0417",
            unread=True,
        ),
    ),
    T(
        "none",
        Msg(
            "efile",
            ["me", "kenneth"],
            "12-01 16:45",
            """VHAC eFiling - New document issued by the Tribunal

Case: ARB/26/0417
Document: Procedural Order No. 3 (document production timetable)
Issued: 01/12/2026 16:44 HKT

Log in to the VHAC portal to download the document. Parties must comply with the timetable at \
Annex A, including the exchange of objections by 11 December 2026.
This is an automatically generated message.""",
            sig=False,
            subj="[VHAC eFiling] Procedural Order No. 3 issued - ARB/26/0417",
        ),
    ),
    T(
        "none",
        Msg(
            "revuo",
            ["me"],
            "12-01 07:30",
            """Revuo | Batch assignment

Workspace: Harbourline / Pacific Dredging
Batch HL-2L-0042 (1,284 documents) has been assigned to you for second-level review.

Please complete your review by 04/12/2026 so that the production set can be finalised.
Open the batch: https://app.revuo.test/ws/hl/batch/0042

You are receiving this because you are a reviewer on this workspace.""",
            sig=False,
            subj="Revuo: batch HL-2L-0042 assigned to you",
            unread=True,
        ),
    ),
    T(
        "none",
        Msg(
            "digest",
            ["me"],
            "11-27 07:00",
            """Asia Arbitration Digest | 27 November 2026

This week
Hong Kong: court refuses to set aside award for late disclosure by an arbitrator
Singapore: a new practice note on witness conferencing
Shanghai: pilot free trade zone rules on ad hoc arbitration, one year on

Events
Register now for our webinar on emergency arbitrator relief, 10 December, 12:30 HKT.
Why not share this digest with a colleague?

Unsubscribe | Update your preferences""",
            sig=False,
            fmt="html",
            subj="Asia Arbitration Digest - 27 November 2026",
        ),
    ),
    T(
        "none",
        Msg(
            "mandy",
            ["me", "wing"],
            "11-30 16:30",
            """CMC prep - Harbourline
Thursday 10 December 2026, 3:00pm to 4:30pm HKT, Conference Room 38A

Please accept so that Malcolm can see who is attending.""",
            sig=False,
            subj="Invitation: CMC prep - Harbourline @ Thu 10 Dec 2026 15:00 (HKT)",
            ics=ICS,
        ),
    ),
    # A without-prejudice approach to a mistyped address: the bounce is no answer.
    T(
        "awaiting_them",
        Msg(
            "me",
            ["typo"],
            "12-01 14:30",
            """Dear Kenneth,

Without prejudice save as to costs

[[Could you let us know by Monday 7 December whether your client would agree to a mediation window in \
late January?||typo|2026-12-07|q]]

Regards,""",
            cc=["malcolm"],
            subj=f"{HL} - without prejudice - mediation",
        ),
        Msg(
            "daemon",
            ["me"],
            "12-01 14:31",
            """This is the mail system at host mx1.ashcombeleung.test.

I'm sorry to have to inform you that your message could not be delivered to one or more recipients.

<kenneth.wong@wongpartner.test>: host or domain name not found. Name service error for
    name=wongpartner.test type=MX: Host not found""",
            reply=0,
            quote=None,
            refs=False,
            sig=False,
            subj="Undelivered Mail Returned to Sender",
            report=(
                "delivery-status",
                "Reporting-MTA: dns; mx1.ashcombeleung.test\n\n"
                "Final-Recipient: rfc822; kenneth.wong@wongpartner.test\n"
                "Action: failed\nStatus: 5.1.2\n"
                "Diagnostic-Code: X-Postfix; Host or domain name not found",
            ),
        ),
    ),
]
