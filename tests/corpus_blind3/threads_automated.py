# ruff: noqa: E501  (mail bodies keep one paragraph per line, as mail clients send them)
"""Automated mail: settlement platform, land registry, a newsletter and a calendar invitation. Never asks."""

from corpus_kit.mailgen import Msg, T

AUTO = {"sig": False, "disc": False}

ICS = """BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VTIMEZONE
TZID:AUS Eastern Standard Time
BEGIN:STANDARD
DTSTART:16010405T030000
RRULE:FREQ=YEARLY;BYDAY=1SU;BYMONTH=4
TZOFFSETFROM:+1100
TZOFFSETTO:+1000
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16011004T020000
RRULE:FREQ=YEARLY;BYDAY=1SU;BYMONTH=10
TZOFFSETFROM:+1000
TZOFFSETTO:+1100
END:DAYLIGHT
END:VTIMEZONE
BEGIN:VEVENT
ORGANIZER;CN=Bronwyn Tate:mailto:bronwyn.tate@wattlequill.test
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:staff@wattlequill.test
SUMMARY:CPD - Retail Leases Act update
DTSTART;TZID=AUS Eastern Standard Time:20261014T123000
DTEND;TZID=AUS Eastern Standard Time:20261014T133000
LOCATION:Boardroom\\, Level 14
UID:040000008200E00074C5B7101A82E00800000000B0C7WQCPD20261014
DTSTAMP:20261001T231500Z
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""

THREADS = [
    T(
        "none",
        Msg(
            "settlenet",
            ["maeve"],
            "10-07 14:02",
            """SettleNet workspace notification

Workspace: 8841-2203
Property: Lot 4 SP51873, 4/17 Addison Road, Marrickville NSW 2204
Your role: Incoming proprietor's representative (Wattle & Quill Lawyers)
Settlement: 22/10/2026 14:00 (AEDT)

Action required: Please sign the transfer and the settlement statement by 20/10/2026. The incoming mortgagee has not yet joined this workspace.

Log in to SettleNet to review the workspace.

This is an automated notification. Do not reply to this email.""",
            subj="Action required: Workspace 8841-2203 - settlement date confirmed",
            **AUTO,
        ),
    ),
    T(
        "none",
        Msg(
            "settlenet",
            ["maeve"],
            "10-02 14:20",
            """SettleNet workspace notification

Workspace: 8790-1146
Property: Lot 12 DP880214, 31 Wharf Lane, Rozelle NSW 2039

Settlement completed on 2 October 2026 at 14:05 (AEST). Lodgement case AX117562 has been lodged with LandTitles NSW and funds were disbursed in accordance with the settlement statement.

No further action is required. Do not reply to this email.""",
            subj="Settlement completed: Workspace 8790-1146",
            **AUTO,
        ),
    ),
    T(
        "none",
        Msg(
            "landtitles",
            ["maeve"],
            "09-28 07:00",
            """LandTitles NSW - Notice of registration

Dealing AX099213 (Lease) affecting Folio 1/SP70021 was registered on 25/09/2026.

You can download the updated title search from your LandTitles account. If you believe this notice was sent to you in error, please contact us within 14 days.

This mailbox is not monitored.""",
            subj="Dealing registered: AX099213",
            **AUTO,
        ),
    ),
    T(
        "none",
        Msg(
            "leasingbrief",
            ["maeve"],
            "10-06 06:00",
            """THE LEASING BRIEF | October 2026

Retail leasing: what changed on 1 July?

Have you checked your make-good clauses lately? A recent decision is a reminder that "original condition" needs defining, preferably with a photographic schedule.

- Register now for our webinar on 21 October.
- Download the updated disclosure statement checklist.
- Tell us what you'd like covered in the next issue.

You are receiving this because you subscribed at leasingbrief.test. Unsubscribe | Update preferences""",
            subj="The Leasing Brief - October 2026: make-good, disclosure and more",
            fmt="html",
            headers={
                "List-Unsubscribe": "<https://leasingbrief.test/unsubscribe?u=wq-mk>",
                "Precedence": "bulk",
            },
            **AUTO,
        ),
    ),
    T(
        "none",
        Msg(
            "bronwyn",
            ["staff"],
            "10-02 10:15",
            """You have been invited to the following event.

CPD - Retail Leases Act update
When: Wednesday 14 October 2026, 12:30 - 13:30 (AEDT)
Where: Boardroom, Level 14
Organiser: Bronwyn Tate

Please accept so I can order lunch numbers.

Accept | Tentative | Decline""",
            subj="Invitation: CPD - Retail Leases Act update @ Wed 14 Oct 2026 12:30 - 13:30 (AEDT)",
            ics=ICS,
            **AUTO,
        ),
    ),
]
