"""Blind corpus threads, part 5: a robotics company's Series B (corporate).

Asks are marked [[sentence||owner|due|kind]]; see blind_threads_people for the due tokens.
"""

# ruff: noqa: E501  (mail paragraphs are single lines, as mail clients send them)

from blind_mail import M, R, T

CLOSING_CALL_ICS = """BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN=Beatrix Hollingshead:mailto:bhollingshead@calderlowe.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Rafaela Quist:mailto:rquist@calderlowe.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Tomasz Wierzbicki:mailto:twierzbicki@calderlowe.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Felix Ambrose:mailto:fambrose@brannockrobotics.com
SUMMARY:Brannock Series B – closing call
DTSTART;TZID=Pacific Standard Time:20260313T080000
DTEND;TZID=Pacific Standard Time:20260313T083000
UID:040000008200E00074C5B7101A82E0080000000071C2B9A44BB0DC01000000000000000010000000
SEQUENCE:0
DTSTAMP:20260310T190000Z
LOCATION:Microsoft Teams Meeting
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""

THREADS = [
    # Same subject as a lease thread; a client wants something done today.
    T(
        "needs_reply",
        M(
            "felix",
            ["rq"],
            cc=["tomasz"],
            at="03-10 15:00",
            unread=True,
            subj="Signed documents",
            attach=("Side Letter - Brannock signature page.pdf",),
            body="""Rafaela,

Signature pages for the side letter, signed by Sita this afternoon. [[Can you date them and release them to Jürgen's team today?||rq|today|req]]

Thanks,""",
        ),
    ),
    # German counsel (Latin-1 mail, "until Tuesday"); Rafaela asks her client first; approval; follow-on asks.
    T(
        "awaiting_them",
        M(
            "rq",
            ["juergen"],
            cc=["felix", "tomasz"],
            at="03-05 11:00",
            subj="Brannock Robotics Series B - side letter comments",
            attach=("Side Letter - Brannock comments.pdf",),
            body="""Dear Jürgen,

Attached are Brannock's comments on the side letter. The only open point is the information-rights threshold in paragraph 4. [[Would you mind confirming whether your client can accept quarterly rather than monthly management accounts?||juergen||q]]

Best regards,""",
        ),
        R(
            "juergen",
            ["rq"],
            cc=["felix", "tomasz"],
            at="03-06 09:12",
            charset="iso-8859-1",
            body="""Dear Rafaela,

thank you for the comments. Our client can accept quarterly accounts, but under the condition that the annual budget is delivered until 31 January each year. [[Please let me know until Tuesday if this is OK for Brannock, then we can finalise the side letter.||rq|tue|q]]

Kind regards
Jürgen Haberkorn""",
        ),
        R(
            "rq",
            ["felix"],
            cc=["tomasz"],
            at="03-06 10:40",
            body="""Felix, see Jürgen's note below. [[Can Brannock commit to delivering the annual budget by January 31 each year?||felix|tue|q]] I'd like to get back to Jürgen by Tuesday.""",
        ),
        R(
            "felix",
            ["rq"],
            cc=["tomasz"],
            at="03-06 14:05",
            body="""Yes, January 31 is fine, our board approves the budget in December anyway. [[Go ahead and accept on that basis.||rq||appr]]""",
        ),
        R(
            "rq",
            ["juergen"],
            cc=["felix", "tomasz"],
            reply=1,
            at="03-09 09:30",
            body="""Dear Jürgen,

Brannock accepts: quarterly management accounts, with the annual budget delivered by January 31 each year. [[Could you send the execution version of the side letter?||juergen||req]] [[Tomasz will prepare the signature pages.||tomasz||com]]

Best regards,""",
        ),
    ),
    # A board CC storm: Rafaela copied, every ask is between other people.
    T(
        "none",
        M(
            "felix",
            ["sita", "owen_t", "paloma"],
            cc=["rq", "tomasz"],
            at="03-09 08:00",
            subj="Written consent of the Board – Series B closing",
            attach=("Unanimous Written Consent - Series B.pdf",),
            body="""Sita, Owen, Paloma,

Attached is the unanimous written consent approving the Series B financing. [[Please sign via DocuSign by Wednesday noon Eastern.||sita|wed|req]]

Rafaela and Tomasz from Calder Lowe are copied in case you have questions on the legal terms.

Best,""",
        ),
        R("sita", ["felix"], cc=["owen_t", "paloma", "rq", "tomasz"], at="03-09 09:12", body="""Signed."""),
        R(
            "owen_t",
            ["felix", "sita", "paloma"],
            cc=["rq", "tomasz"],
            reply=0,
            at="03-09 08:40",
            body="""[[Felix, before I sign, can you confirm the option pool top-up is 8% post-money and not pre?||felix||q]]""",
        ),
        R(
            "felix",
            ["owen_t"],
            cc=["sita", "paloma", "rq", "tomasz"],
            at="03-09 12:05",
            body="""Confirmed, 8% post-money, per the term sheet.""",
        ),
        R(
            "owen_t",
            ["felix"],
            cc=["sita", "paloma", "rq", "tomasz"],
            at="03-09 09:30",
            body="""Thanks. Signed.""",
        ),
        R(
            "paloma",
            ["felix"],
            cc=["sita", "owen_t", "rq", "tomasz"],
            reply=0,
            at="03-10 10:15",
            body="""Signed as well. [[Felix, can you send everyone the fully executed copy once it's in?||felix||req]]""",
        ),
        R(
            "felix",
            ["paloma", "sita", "owen_t"],
            cc=["rq", "tomasz"],
            at="03-10 10:20",
            body="""Will do. [[I'll circulate the executed consent tomorrow morning.||felix|tomorrow|com]]""",
        ),
    ),
    # A calendar invitation with instructions in it: automated, no asks.
    T(
        "none",
        M(
            "bea",
            ["rq", "tomasz", "felix"],
            at="03-10 12:00",
            subj="Brannock Series B – closing call",
            sig=False,
            disclaimer=False,
            ics=CLOSING_CALL_ICS,
            body="""Please review the closing checklist before the call. Teams link below.

Microsoft Teams meeting
Join: https://teams.microsoft.com/l/meetup-join/19%3ameeting_Brannock
Meeting ID: 291 554 807 33  Passcode: x7Qp2b""",
        ),
    ),
    # Numbered questions from a junior (one without a question mark); answered in kind with an approval.
    T(
        "none",
        M(
            "tomasz",
            ["rq"],
            at="03-09 14:00",
            subj="Series B closing checklist – open points",
            body="""Hi Rafaela,

Going through the closing checklist I have few open points where I need your decision:

1. [[Bring-down certificate from the CFO, or is the officer's certificate enough?||rq||q]]
2. [[Should the legal opinion go out on our letterhead or as a memo from you||rq||q]]
3. [[The Delaware good standing certificate is dated February 20 – shall I order a fresh one?||rq||q]]

[[I will update the checklist tonight with whatever you decide.||tomasz|today|com]]

Thanks,""",
        ),
        R(
            "rq",
            ["tomasz"],
            at="03-09 17:30",
            quote=False,
            body="""1. Officer's certificate is enough.
2. Memo from me is fine.
3. [[Yes, order a fresh one dated no earlier than the 12th.||tomasz||appr]]""",
        ),
        R("tomasz", ["rq"], at="03-10 09:10", body="""Thank you, ordered. Checklist updated."""),
    ),
    # A read receipt is not an answer.
    T(
        "awaiting_them",
        M(
            "rq",
            ["felix"],
            at="03-10 16:45",
            subj="Brannock – post-closing option grants",
            body="""Felix,

Now that the Series B is closing, the board will want to approve the post-closing option grants. [[Please send me the list of grantees and share numbers by COB Friday so I can draft the consent.||felix|fri|req]]

Thanks,""",
        ),
        R(
            "felix",
            ["rq"],
            at="03-10 20:02",
            subj="Read: Brannock – post-closing option grants",
            quote=False,
            sig=False,
            disclaimer=False,
            fmt="plain",
            report=(
                "disposition-notification",
                [
                    {
                        "Reporting-UA": "BN0PR04MB7890.namprd04.prod.outlook.com; Microsoft Outlook 16.0",
                        "Final-Recipient": "rfc822; fambrose@brannockrobotics.com",
                        "Disposition": "manual-action/MDN-sent-manually; displayed",
                    }
                ],
            ),
            body="""Your message

To: Felix Ambrose
Subject: Brannock – post-closing option grants
Sent: Tuesday, March 10, 2026 7:45:00 PM (UTC-04:00) Eastern Time (US & Canada)

was read on Tuesday, March 10, 2026 8:02:11 PM (UTC-04:00) Eastern Time (US & Canada).""",
        ),
    ),
    # A question buried mid-paragraph; a colleague handles only the side request.
    T(
        "needs_reply",
        M(
            "felix",
            ["rq"],
            cc=["tomasz"],
            at="03-10 09:40",
            subj="Brannock – Delaware franchise tax and annual report",
            body="""Rafaela,

Our finance team just noticed that the Delaware annual report and franchise tax were due March 1 and we may have missed it, which is embarrassing. [[I'm not sure whether the penalty is fixed or accrues monthly, and whether a late filing causes any issue for the Series B bring-down, so I'd appreciate your view on both before we sign on Friday.||rq|fri|q]]

[[Tomasz, can you check the state's online status for us in the meantime?||tomasz||req]]

Thanks,""",
        ),
        R(
            "tomasz",
            ["felix"],
            cc=["rq"],
            at="03-10 11:05",
            body="""Felix, Delaware's site shows the 2025 annual report as not filed. [[I'll pull the exact penalty amount from the Division of Corporations today.||tomasz|today|com]]""",
        ),
        R("felix", ["tomasz"], cc=["rq"], at="03-10 14:30", body="""Thanks Tomasz."""),
    ),
]
