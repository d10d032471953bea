"""Automated mail: portals, a court listing, a claims system, a newsletter, an invitation and a bounce."""

from __future__ import annotations

from corpus_kit.mailgen import Msg, T

ICS = """BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
DTSTART;TZID=GMT Standard Time:20270406T100000
DTEND;TZID=GMT Standard Time:20270406T113000
SUMMARY:Kavanagh - consultation with counsel and client
LOCATION:Consultation Room 4, Distillery Building
ORGANIZER;CN=Gráinne Moran:mailto:grainne.moran@kilbrideoneill.test
ATTENDEE;CN=Niamh Brennan;RSVP=TRUE:mailto:niamh.brennan@kilbrideoneill.test
ATTENDEE;CN=Ciarán Walsh;RSVP=TRUE:mailto:ciaran.walsh@kilbrideoneill.test
UID:kavanagh-consult-20270406@kilbrideoneill.test
END:VEVENT
END:VCALENDAR
"""

NEWSLETTER = """<html><body>
<h2>Employment Law Brief - March 2027</h2>
<p>The Labour Court has issued three determinations this month on remote working requests.</p>
<p>Is your handbook ready for the new statutory sick pay entitlement? Read our analysis.</p>
<p>Register by 31 March for our Galway breakfast seminar on 22 April.</p>
<p>Forward this brief to a colleague who might find it useful.</p>
<p><a href="https://emplawbrief.test/unsub">Unsubscribe</a></p>
</body></html>
"""


def auto(frm: str, at: str, subj: str, body: str, **kw) -> T:
    return T("none", Msg(frm, ["me"], at, body, subj=subj, sig=False, **kw))


THREADS = [
    auto(
        "wrc",
        "03-16 08:02",
        "WRC: Hearing scheduled - ADJ-00051234",
        """Workplace Relations Commission - Online Services

Complaint reference: ADJ-00051234 (Hession v Corrib MedTech Ltd)
Hearing date: Tuesday 20 April 2027 at 10:30
Venue: Lansdowne House, Dublin 4

Written submissions must be received no later than 15 working days before the hearing.
Parties must confirm attendance via the portal within 10 days of this notice.
This is an automated message. Please do not reply to this email.""",
    ),
    auto(
        "wrc",
        "03-23 08:05",
        "WRC: Mediation offered - ADJ-00051234",
        """Workplace Relations Commission - Online Services

Mediation has been offered to the parties in complaint ADJ-00051234.
Please log in to accept or decline the offer of mediation before 6 April 2027.
This is an automated message. Please do not reply to this email.""",
        unread=True,
    ),
    auto(
        "irb",
        "03-15 07:30",
        "Injuries Resolution Board - Authorisation issued - PIAB/2026/118842",
        """Injuries Resolution Board

Claim reference: PIAB/2026/118842
Claimant: Dolan, Gerard
Respondent: Shannonside Packaging Ltd

An authorisation has been issued to the claimant under section 14 of the Act on 2 March 2027.
The claimant may now issue court proceedings. No further action is required from the respondent on the portal.
Please do not reply to this email.""",
    ),
    auto(
        "irb",
        "03-24 07:31",
        "IRB - Respondent consent required - PIAB/2027/020317",
        """Injuries Resolution Board

Claim reference: PIAB/2027/020317
Claimant: Foley, Darren
Respondent: Atlantic Freight Ltd

A claim has been made against the respondent. The respondent must indicate within 90 days whether it consents
to the Board assessing the claim. Failure to respond will be treated as a refusal of consent.
Log in to the portal to respond. Please do not reply to this email.""",
        unread=True,
    ),
    auto(
        "courts",
        "03-19 14:45",
        "Cork Circuit Court - Listing - Kavanagh v Ardlow Foods Ltd 2025/00871",
        """Circuit Court Office, Cork - Civil Listing

Record No.: 2025/00871
Title: Seán Kavanagh v Ardlow Foods Limited
The above action is listed for hearing on Wednesday 14 April 2027 at 10:30 in Court 3, Washington Street.

Parties are required to notify the Office of the estimated length of hearing not later than 1 April 2027.
Any application to adjourn must be made on notice. This mailbox is not monitored.""",
    ),
    auto(
        "claimcentre",
        "03-22 06:00",
        "[ClaimCentre] Task assigned: Litigation update - MM-EL-2025-08812",
        """Munster Mutual ClaimCentre - automated notification

Claim: MM-EL-2025-08812 (Quinlan v Shannonside Packaging Ltd)
Task: Panel solicitor litigation update
Assigned to: Kilbride O'Neill LLP (N. Brennan)
Due: 31/03/2027

Please upload your update through the ClaimCentre panel portal by the due date.
Do not reply to this message.""",
    ),
    auto("news", "03-24 07:00", "Employment Law Brief - March 2027", "", fmt="html", html=NEWSLETTER),
    T(
        "none",
        Msg(
            "calendar",
            ["me", "ciaran"],
            "03-23 10:10",
            """Kavanagh - consultation with counsel and client
Tuesday 6 April 2027, 10:00 to 11:30, Consultation Room 4, Distillery Building

Please accept or decline so I can book the room.""",
            sig=False,
            subj="Invitation: Kavanagh - consultation with counsel and client @ Tue 6 Apr 2027 10:00",
            ics=ICS,
        ),
    ),
    # A question to a mistyped address: the bounce is no answer.
    T(
        "awaiting_them",
        Msg(
            "me",
            ["typo"],
            "03-24 16:20",
            """Hi Fionnuala,

[[Can you let me know whether Munster Mutual will fund a second engineer's inspection on Quinlan?||typo||q]] \
The plaintiff's engineer was on site on 11 March and we weren't told.

Cheers,""",
            subj="Quinlan - second engineer",
        ),
        Msg(
            "daemon",
            ["me"],
            "03-24 16:21",
            """This is the mail system at host mx1.kilbrideoneill.test.

I'm sorry to have to inform you that your message could not be delivered to one or more recipients.

<fionnuala.hegarty@munstermutal.test>: host munstermutal.test not found""",
            reply=0,
            quote=None,
            refs=False,
            sig=False,
            subj="Undelivered Mail Returned to Sender",
            report=(
                "delivery-status",
                "Reporting-MTA: dns; mx1.kilbrideoneill.test\n\n"
                "Final-Recipient: rfc822; fionnuala.hegarty@munstermutal.test\n"
                "Action: failed\nStatus: 5.1.2\n"
                "Diagnostic-Code: X-Postfix; Host or domain name not found",
            ),
        ),
    ),
]
