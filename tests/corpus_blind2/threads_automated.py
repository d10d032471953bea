# ruff: noqa: E501  (mail bodies keep one paragraph per line, as senders' systems write them)
"""Automated mail full of imperatives and deadlines that are nobody's ask: a newsletter, court and tribunal
notices, a purchasing workflow, a calendar invitation."""

from corpus_kit.mailgen import Msg as M
from corpus_kit.mailgen import T

BULK = {"Precedence": "bulk", "Auto-Submitted": "auto-generated"}

NEWSLETTER_PLAIN = """IN-HOUSE BRIEF | Weekly | 28 October 2025

1. DATA (USE AND ACCESS) ACT: WHAT CHANGES FOR DSARS?
Is your subject access process ready for the "reasonable and proportionate" search standard? We look at what the new rules mean for in-house teams and why you should update your DSAR playbook before the spring.
Read more: https://inhousebrief.co.uk/a/20251028-duaa

2. SUPREME COURT REFUSES PERMISSION IN LIMITATION-CAP APPEAL
The refusal leaves the Court of Appeal's generous reading of supply-contract caps in place. Will suppliers now push for higher caps at renewal? Probably.
Read more: https://inhousebrief.co.uk/a/20251028-caps

3. EMPLOYMENT RIGHTS BILL: THE TIMETABLE
Day-one unfair dismissal rights are now expected from 2027. Make sure your probation policies are reviewed by then.

EVENTS
In-House Brief Live: GC Roundtable, Thursday 13 November, 8.30am, London EC4. Register by 7 November: https://inhousebrief.co.uk/events/gc-roundtable

You are receiving this because you subscribed at inhousebrief.co.uk. Unsubscribe: https://inhousebrief.co.uk/u/9c41e2
In-House Brief Ltd, 30 Fleet Street, London EC4Y 1AA"""

NEWSLETTER_HTML = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>In-House Brief</title></head>
<body style="margin:0;background:#eef1f4;font-family:Georgia,serif">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="620" cellpadding="0" cellspacing="0" style="background:#fff">
<tr><td style="background:#1f3a5f;color:#fff;padding:20px;font-size:24px">IN-HOUSE BRIEF <span style="font-size:13px">Weekly &middot; 28 October 2025</span></td></tr>
<tr><td style="padding:16px"><h2>Data (Use and Access) Act: what changes for DSARs?</h2>
<p>Is your subject access process ready for the &ldquo;reasonable and proportionate&rdquo; search standard? We look at what the new rules mean for in-house teams and why you should update your DSAR playbook before the spring.</p>
<p><a href="https://inhousebrief.co.uk/a/20251028-duaa">Read more &raquo;</a></p></td></tr>
<tr><td style="padding:16px"><h2>Supreme Court refuses permission in limitation-cap appeal</h2>
<p>The refusal leaves the Court of Appeal&rsquo;s generous reading of supply-contract caps in place. Will suppliers now push for higher caps at renewal? Probably.</p></td></tr>
<tr><td style="padding:16px"><h2>Employment Rights Bill: the timetable</h2>
<p>Day-one unfair dismissal rights are now expected from 2027. Make sure your probation policies are reviewed by then.</p></td></tr>
<tr><td style="padding:16px;background:#fff7e0"><b>In-House Brief Live: GC Roundtable</b>, Thursday 13 November, 8.30am, London EC4. <a href="https://inhousebrief.co.uk/events/gc-roundtable">Register by 7 November</a></td></tr>
<tr><td style="font-size:11px;color:#777;padding:16px">You are receiving this because you subscribed at inhousebrief.co.uk. <a href="https://inhousebrief.co.uk/u/9c41e2">Unsubscribe</a> &middot; In-House Brief Ltd, 30 Fleet Street, London EC4Y 1AA</td></tr>
</table></td></tr></table></body></html>
"""

INVITE_ICS = """BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VTIMEZONE
TZID:GMT Standard Time
BEGIN:STANDARD
DTSTART:16010101T020000
TZOFFSETFROM:+0100
TZOFFSETTO:+0000
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T010000
TZOFFSETFROM:+0000
TZOFFSETTO:+0100
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3
END:DAYLIGHT
END:VTIMEZONE
BEGIN:VEVENT
ORGANIZER;CN=Fiona Lackland:mailto:fiona.lackland@calderbrook.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Niamh Garrity:mailto:niamh.garrity@calderbrook.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Callum Reid:mailto:callum.reid@calderbrook.co.uk
SUMMARY;LANGUAGE=en-GB:Leeds grievance – investigation kick-off
DTSTART;TZID=GMT Standard Time:20251104T100000
DTEND;TZID=GMT Standard Time:20251104T103000
UID:040000008200E00074C5B7101A82E0080000000031C2B9A1F047DC01000000000000000010000000
SEQUENCE:0
DTSTAMP:20251028T093000Z
LOCATION;LANGUAGE=en-GB:Microsoft Teams Meeting
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""

THREADS = [
    T(
        "none",
        M(
            "newsletter",
            ["niamh"],
            "10-28 06:30",
            subj="In-House Brief: DSARs under the new Act; limitation caps; the employment timetable",
            fmt="alt",
            sig=False,
            headers={"List-Unsubscribe": "<https://inhousebrief.co.uk/u/9c41e2>", "Precedence": "bulk"},
            plain=NEWSLETTER_PLAIN,
            html=NEWSLETTER_HTML,
        ),
    ),
    T(
        "none",
        M(
            "cefile",
            ["niamh"],
            "10-23 14:13",
            subj="CE-File: Filing accepted – BL-2025-001184 Brixworth Components Ltd v Calderbrook Group plc",
            sig=False,
            headers=dict(BULK),
            body="""Dear Niamh Garrity,

Your filing has been accepted by the court.

Case number: BL-2025-001184
Case title: Brixworth Components Ltd v Calderbrook Group plc
Court: Business and Property Courts in Birmingham
Document: Acknowledgment of Service (Defendant)
Filed: 23/10/2025 14:12
Fee: £0.00

Please note: a Defence must be filed and served within 28 days of service of the Particulars of Claim. Log in to CE-File to view the sealed document.

This is an automated message. Please do not reply.""",
        ),
    ),
    T(
        "none",
        M(
            "tribunal",
            ["niamh"],
            "10-24 10:02",
            subj="Case 1804417/2025 Arkwright v Calderbrook Group plc – Notice of Preliminary Hearing",
            sig=False,
            headers=dict(BULK),
            attach=[("1804417-2025 Notice of Preliminary Hearing.pdf", "application/pdf")],
            body="""EMPLOYMENT TRIBUNALS

Claimant: Ms D Arkwright
Respondent: Calderbrook Group plc
Case number: 1804417/2025

A preliminary hearing (case management) will take place by video on 12 December 2025 at 10:00. The attached notice sets out the arrangements.

The parties must send the Tribunal an agreed list of issues no later than 14 November 2025, and must tell the Tribunal within 7 days if they are not able to attend.

This is an automated email from the Employment Tribunals. Replies to this address are not monitored; please quote the case number in any correspondence.""",
        ),
    ),
    T(
        "none",
        M(
            "coupa",
            ["niamh"],
            "10-28 12:31",
            subj="Action required: approve requisition PR-88123 (Ferris Lowe LLP, GBP 24,000.00)",
            sig=False,
            headers=dict(BULK),
            body="""Hi Niamh Garrity,

Requisition PR-88123, submitted by Hattie Blunsdon, is waiting for your approval.

Supplier: Ferris Lowe LLP
Amount: £24,000.00 GBP
Cost centre: LEG-100 Legal
Need by: 31/10/2025

Please approve or reject this requisition by 31/10/2025, otherwise it will be escalated to your manager.

Approve: https://calderbrook.coupahost.com/requisition_headers/88123/approve
Reject: https://calderbrook.coupahost.com/requisition_headers/88123/reject

This email was sent automatically by Coupa. Please do not reply.""",
        ),
    ),
    T(
        "none",
        M(
            "fiona",
            ["niamh", "callum"],
            "10-28 09:30",
            subj="Leeds grievance – investigation kick-off",
            sig=False,
            ics=INVITE_ICS,
            headers={
                "X-MS-Exchange-Calendar-Series-Instance-Id": "BAAAAIIA4AB0xbcQGoLgCAAAAAAxwrmh8EfcAQAAAAAAAAAAEAAAAA=="
            },
            body="""Kick-off for the Leeds investigation with Meredith, assuming she confirms. Please have the witness list to hand.

________________________________________________________________________________
Microsoft Teams meeting
Join on your computer, mobile app or room device
Click here to join the meeting <https://teams.microsoft.com/l/meetup-join/19%3ameeting_calderbrook>
Meeting ID: 371 662 804 915
Passcode: Gw4Tk9
________________________________________________________________________________""",
        ),
    ),
]
