# ruff: noqa: E501  (mail text and inline ask marks are kept on one line, as the mail shows them)
"""Automated mail: portal notices, a court e-filing notice, a biometrics reminder, a payment receipt,
a newsletter and a calendar invitation. None of it holds an ask, whatever it tells the reader to do."""

from __future__ import annotations

from corpus_kit.mailgen import Msg, T

AUTO = {"Auto-Submitted": "auto-generated", "Precedence": "bulk"}

INVITE = """BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:040000008200E00074C5B7101A82E0080000000010B8C3F2
DTSTAMP:20270304T211500Z
DTSTART;TZID=Eastern Standard Time:20270316T100000
DTEND;TZID=Eastern Standard Time:20270316T110000
SUMMARY:Duarte - NVC documents review
LOCATION:Conference room / Zoom
ORGANIZER;CN=Luz Marina Ortega:mailto:luz@castellanosimmigration.test
ATTENDEE;RSVP=TRUE;CN=Adriana Castellanos:mailto:adriana@castellanosimmigration.test
END:VEVENT
END:VCALENDAR
"""

NEWSLETTER = """<html><body>
<h2>South Florida Immigration Bar Weekly - March 5, 2027</h2>
<p>The Miami asylum office will pilot Saturday interviews in April. Members report long waits at the
Hialeah field office; plan to arrive 45 minutes early.</p>
<p>Register now for our CLE on consular processing for Colombian and Venezuelan families, March 25 at noon.</p>
<p>Have you renewed your membership? Dues for 2027 are due by March 31.</p>
<p>Want to contribute a practice tip? Reply to this newsletter and tell us about it.</p>
<p><a href="https://sfimmigrationbar.test/unsubscribe">Unsubscribe</a></p>
</body></html>
"""

THREADS = [
    T(
        "none",
        Msg(
            "portal",
            ["me"],
            "03-02 06:05",
            subj="Case status update: IOE0931502214",
            headers=AUTO,
            body="""\
Case Was Received

Receipt Number: IOE0931502214
Form N-400, Application for Naturalization

On February 24, 2027, we received your Form N-400 and sent you a receipt notice. Please follow the
instructions in the notice. If you move, go to the website to give us your new mailing address.

Please do not reply to this message. This mailbox is not monitored.""",
        ),
    ),
    T(
        "none",
        Msg(
            "efile",
            ["me"],
            "03-03 12:41",
            subj="ECAS Filing Confirmation - A# 214-558-903",
            headers=AUTO,
            body="""\
NOTICE OF ELECTRONIC FILING

Respondent: LOUIS, JEAN-BAPTISTE    A-Number: 214-558-903
Document: Form EOIR-33/IC, Change of Address
Filed by: Adriana Castellanos (EOIR ID KX552019)
Filed on: 03/03/2027 12:41 PM ET

The document has been accepted by the Immigration Court. Please retain this notice for your records.
Service on DHS was completed electronically. Do not reply to this email.""",
        ),
    ),
    T(
        "none",
        Msg(
            "asc",
            ["me"],
            "03-04 07:00",
            subj="Reminder: biometrics appointment on March 11, 2027",
            headers=AUTO,
            body="""\
APPOINTMENT REMINDER

Applicant: RAMON IBARRA
Date and time: Thursday, March 11, 2027, 9:00 AM
Location: Application Support Center, Hialeah, FL

Please bring your appointment notice and a valid photo identification. Arrive no more than 15 minutes
early. If you need to reschedule, you must do so before your appointment date.

This is an automated message.""",
        ),
    ),
    T(
        "none",
        Msg(
            "pay",
            ["me"],
            "03-05 12:31",
            subj="Payment received: $750.00 from Yesenia Paredes",
            headers=AUTO,
            body="""\
Payment receipt

Amount: $750.00
From: Yesenia Paredes
Deposited to: Castellanos Immigration Law, P.A. - Operating
Reference: Paredes adjustment, installment 2 of 3
Date: March 5, 2027

Funds will be available in 2 business days. Questions about this payment? Contact support@clearretainer.test.""",
        ),
    ),
    T(
        "none",
        Msg(
            "news",
            ["me"],
            "03-05 07:30",
            subj="SFIB Weekly: Saturday asylum interviews, consular CLE",
            fmt="html",
            html=NEWSLETTER,
            headers={**AUTO, "List-Unsubscribe": "<https://sfimmigrationbar.test/unsubscribe>"},
        ),
    ),
    T(
        "none",
        Msg(
            "luz",
            ["me"],
            "03-04 16:15",
            subj="Duarte - NVC documents review",
            ics=INVITE,
            sig=False,
            body="""\
When: Tuesday, March 16, 2027 10:00 AM-11:00 AM (UTC-05:00) Eastern Time (US & Canada).
Where: Conference room / Zoom

Please accept so I can send the Zoom link to Camilo.""",
            headers={"X-MS-Has-Attach": "", "X-MS-TNEF-Correlator": ""},
        ),
    ),
    T(
        "none",
        Msg(
            "portal",
            ["me"],
            "03-06 05:50",
            subj="Case status update: IOE0930877105",
            headers=AUTO,
            body="""\
Card Was Mailed To Me

Receipt Number: IOE0930877105
Form I-765, Application for Employment Authorization

On March 5, 2027, we mailed your new card for your Form I-765 to the address you gave us. Call us if
you do not receive it within 30 days.

Please do not reply to this message. This mailbox is not monitored.""",
        ),
    ),
]
