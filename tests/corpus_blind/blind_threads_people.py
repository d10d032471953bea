"""Blind corpus threads, part 1: employment litigation for a bakery chain.

Asks are marked [[sentence||owner|due|kind]] (see blind_mail). Due tokens: a weekday means the next one
after the message date; today, tomorrow, nextweek (its Monday), eow (that Friday), +N days, or an ISO date.
"""

# ruff: noqa: E501  (mail paragraphs are single lines, as mail clients send them)

from blind_mail import M, R, T

OOO = {"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"}

THREADS = [
    # Client writes at length; polite indirect asks; associate answers part, the rest waits on Rafaela.
    T(
        "needs_reply",
        M(
            "keiko",
            ["rq"],
            cc=["devin"],
            at="03-09 10:14",
            subj="Baptiste matter – documents and Thursday",
            body="""Hi Rafaela,

I hope your weekend was restful. I've been going back over Friday's call and realised I never answered your question about the performance reviews: we have the 2023 and 2024 reviews for Mr. Baptiste, but the 2022 one seems to have been kept on paper by his former supervisor, who has since left the company. [[I was wondering whether it would be enough to send you the two digital ones for now and keep looking for the paper copy?||rq||q]]

Separately, Tobias Renner will sit in as our company representative, and he is quite nervous about being in the same room as Mr. Baptiste again. [[It would be great if you could spend half an hour with him before the deposition on 3/12 to walk him through what to expect.||rq|2026-03-12|req]] He is free most afternoons this week.

Kind regards,""",
        ),
        R(
            "devin",
            ["keiko"],
            cc=["rq"],
            at="03-09 13:40",
            body="""Hi Keiko,

The two digital reviews are fine for now. [[Could you upload them to the shared folder by tomorrow?||keiko|tomorrow|req]]

[[I'll set up the prep session with Tobias once Rafaela confirms a time.||devin||com]]

Best,""",
        ),
        R(
            "keiko",
            ["devin"],
            cc=["rq"],
            at="03-10 09:05",
            body="""Thank you, Devin. Both reviews are now in the folder.

Tobias can do this afternoon at 4 or tomorrow at 2. [[Rafaela, which would suit you?||rq||q]]""",
        ),
        R(
            "devin",
            ["rq"],
            at="03-10 09:30",
            quote=False,
            unread=True,
            body="""Rafaela – [[let me know which slot you prefer and I'll send Tobias the invite.||rq||q]]""",
        ),
    ),
    # Rafaela's numbered asks with one message-level deadline; a partial answer with promises; a chase.
    T(
        "awaiting_them",
        M(
            "rq",
            ["harriet"],
            cc=["devin"],
            at="03-04 16:02",
            subj="Baptiste v. Sunward Bakeries – deposition logistics and two open items",
            body="""Harriet,

Three items ahead of next week, ideally resolved by Friday:

1. [[Please confirm that Mr. Baptiste will appear for his deposition on March 12 at 9:30 a.m. at our San Francisco office.||harriet|fri|q]]
2. [[Send us the signed HIPAA authorization so the medical records subpoena can go out.||harriet|fri|req]]
3. [[Let me know whether your client still intends to pursue the retaliation theory, since that affects which witnesses we produce.||harriet|fri|q]]

Thank you,""",
        ),
        R(
            "harriet",
            ["rq"],
            cc=["devin"],
            at="03-05 11:20",
            body="""Rafaela,

He'll be there on the 12th. [[I'll send the authorization once he signs it, hopefully Monday.||harriet|mon|com]] On retaliation we are still evaluating. [[I'll let you know before the deposition.||harriet|2026-03-12|com]]""",
        ),
        R(
            "rq",
            ["harriet"],
            cc=["devin"],
            at="03-09 17:45",
            body="""Harriet,

We still don't have the HIPAA authorization. [[Can you send it by tomorrow morning so the subpoena can go out this week?||harriet|tomorrow|req]]""",
        ),
    ),
    # Court reporter booking: a ticket auto-acknowledgement, then a person; closed by thanks.
    T(
        "none",
        M(
            "devin",
            ["bayline_auto"],
            cc=["rq"],
            at="03-05 09:30",
            subj="Court reporter and videographer – March 12 deposition",
            body="""Hello,

We need a certified court reporter and a videographer for a deposition on Thursday, March 12, starting at 9:30 a.m. at Calder Lowe LLP, 220 Montgomery Street, Suite 1800, San Francisco. Realtime feed to two laptops, and a rough draft the same evening. [[Please confirm availability and send your current rate sheet.||bayline_auto||req]]

Thank you,""",
        ),
        R(
            "bayline_auto",
            ["devin"],
            at="03-05 09:31",
            quote=False,
            sig=False,
            fmt="plain",
            headers={"Auto-Submitted": "auto-replied", "X-Ticket-ID": "BCR-20418"},
            body="""Thank you for contacting Bayline Court Reporting. Your request has been received and assigned ticket #BCR-20418.

A scheduling coordinator will respond within one business day. Please do not reply to this message; to add details, reference your ticket number in a new email to scheduling@baylinereporting.com.""",
        ),
        R(
            "nadia",
            ["devin"],
            cc=["rq"],
            reply=0,
            at="03-05 14:12",
            attach=("Bayline rate sheet 2026.pdf",),
            body="""Hi Devin,

You're booked: reporter Jan Whitlow (CSR No. 14022) and videographer Marco Sela for 3/12 at 9:30 a.m. Rate sheet attached. [[We'll email the realtime login details the day before.||nadia|2026-03-11|com]]

Best,""",
        ),
        R("devin", ["nadia"], cc=["rq"], at="03-05 14:30", body="""Perfect, thank you!"""),
    ),
    # Approval requested from Rafaela; a commitment made for someone else.
    T(
        "needs_reply",
        M(
            "devin",
            ["rq"],
            at="03-10 15:20",
            unread=True,
            subj="Baptiste – records subpoena ready",
            attach=("Subpoena - Kaiser Permanente custodian of records.pdf",),
            body="""Rafaela,

The subpoena for Mr. Baptiste's medical records is finalized (attached). [[OK to serve it as soon as the HIPAA authorization comes in?||rq||appr]] [[Lourdes will handle service through our usual process server.||lourdes||com]]

Devin""",
        ),
    ),
    # The client's operations people talk among themselves; Rafaela is only copied.
    T(
        "none",
        M(
            "marcus",
            ["keiko", "tobias"],
            cc=["rq"],
            at="03-06 08:10",
            subj="Store cover during deposition week",
            body="""Keiko, Tobias –

Two things before next week. [[Tobias, please make sure the Daly City store has cover on Thursday while you're at the deposition.||tobias|thu|req]] [[Keiko, can you check whether we need to notify the union rep?||keiko||q]]

Thanks,""",
        ),
        R(
            "tobias",
            ["marcus", "keiko"],
            cc=["rq"],
            at="03-06 09:02",
            body="""[[will sort cover with anita by monday||tobias|mon|com]]""",
        ),
        R(
            "keiko",
            ["marcus", "tobias"],
            cc=["rq"],
            reply=0,
            at="03-06 10:30",
            body="""No union notice is needed for a one-day absence; I checked the CBA. [[I'll confirm with Rafaela's team whether Tobias needs to bring anything.||keiko||com]]""",
        ),
        R("marcus", ["keiko", "tobias"], cc=["rq"], at="03-06 11:15", body="""Great, thanks both."""),
    ),
    # Out-of-office after Rafaela's question: still awaiting them.
    T(
        "awaiting_them",
        M(
            "rq",
            ["keiko"],
            at="03-10 14:05",
            subj="Sunward – handbook arbitration clause",
            body="""Keiko,

Reviewing the handbook for the Baptiste matter, I noticed the arbitration clause was added in the 2024 edition, after Mr. Baptiste was hired. [[Do you know whether he signed an acknowledgement of the 2024 handbook?||keiko||q]] If he did, we may be able to move to compel arbitration, which would change our strategy considerably.""",
        ),
        R(
            "keiko_auto",
            ["rq"],
            at="03-10 14:05",
            subj="Automatic reply: Sunward – handbook arbitration clause",
            quote=False,
            sig=False,
            disclaimer=False,
            fmt="plain",
            headers=dict(OOO),
            body="""Thank you for your email. I am attending the SHRM Employment Law conference and will be back in the office on Thursday, March 12, with limited access to email until then.

For urgent HR matters, please contact hr@sunwardbakeries.com or call (650) 555-0117.""",
        ),
    ),
    # Review requested by Monday, answered, delegated "by the 13th", delivered, thanked.
    T(
        "none",
        M(
            "rq",
            ["keiko"],
            cc=["devin"],
            at="03-03 12:00",
            subj="Baptiste – draft responses to Special Interrogatories, Set One",
            attach=("Draft Responses - Special Interrogatories Set One.pdf",),
            body="""Keiko,

Attached are our draft responses. [[Please review the factual statements in responses 4 through 9 and flag anything that isn't accurate by Monday.||keiko|mon|req]]

Thanks,""",
        ),
        R(
            "keiko",
            ["rq"],
            cc=["devin"],
            at="03-06 15:20",
            body="""Hi Rafaela,

I went through them with Tobias. Response 7 should say he was promoted in April 2021, not June. Everything else is accurate.""",
        ),
        R(
            "rq",
            ["keiko"],
            cc=["devin"],
            at="03-06 16:02",
            body="""Thanks, Keiko – corrected. [[Devin, please finalize and serve by the 13th.||devin|2026-03-13|req]]""",
        ),
        R(
            "devin",
            ["rq", "keiko"],
            at="03-09 10:00",
            attach=("Proof of Service.pdf",),
            body="""Served this morning by email; proof of service attached.""",
        ),
        R("keiko", ["devin", "rq"], at="03-09 11:30", body="""Wonderful, thank you both!"""),
    ),
    # A rhetorical question, a past date, a request for tomorrow morning, a conditional commitment.
    T(
        "needs_reply",
        M(
            "devin",
            ["rq"],
            at="03-10 18:20",
            unread=True,
            subj="Motion to compel – meet and confer letter",
            body="""Rafaela,

I drafted the meet-and-confer letter on the deficient RFP responses. Honestly, who serves "subject to and without waiving" on every single request in 2026? [[Anyway, could you look it over tomorrow morning?||rq|tomorrow|req]] Harriet's deadline to respond to our last letter was March 2, so we're well within our rights to move.

[[I'll calendar the filing deadline once you sign off.||devin||com]]

Thanks,
Devin""",
        ),
    ),
    # HTML-only referral with an indirect question and an offer; forwarded to conflicts, who answer.
    T(
        "needs_reply",
        M(
            "priyanka",
            ["rq"],
            at="03-06 11:20",
            fmt="html",
            subj="Referral – restaurant group facing a PAGA notice",
            body="""Dear Ms. Quist,

Harold Benning at Coastline Restaurants gave me your name. One of my clients, a family-owned restaurant group with four locations in the East Bay, has just been served with a PAGA notice alleging missed meal breaks. [[Would you mind letting me know whether you handle PAGA defence and whether you have any conflict with Alameda Hospitality Group?||rq||q]] The LWDA filing date was February 27, so I understand there is a 65-day window before anything is filed in court.

If it is helpful, I could arrange a short call with the owners early next week.

Warm regards,""",
        ),
        M(
            "rq",
            ["conflicts"],
            at="03-09 08:05",
            fwd=0,
            body="""[[Please run conflicts on Alameda Hospitality Group and its owners, the Estrada family, this week.||conflicts|eow|req]] Prospective PAGA defence matter, referral from Priyanka Sethi.""",
        ),
        R(
            "conflicts",
            ["rq"],
            at="03-09 15:00",
            body="""No hits on Alameda Hospitality Group, Rosa Estrada or Luis Estrada. Clear to proceed.""",
        ),
    ),
    # Terse opposing counsel: "within 48 hours"; Rafaela answers late with her own ask; answered.
    T(
        "none",
        M(
            "harriet",
            ["rq"],
            cc=["devin"],
            at="03-06 17:02",
            subj="Baptiste – Renner deposition",
            body="""Rafaela,

We're noticing the deposition of Tobias Renner. [[Send me three dates in April within 48 hours or we'll pick one.||rq|+2|req]]""",
        ),
        R(
            "rq",
            ["harriet"],
            cc=["devin"],
            at="03-09 08:40",
            body="""Harriet,

Mr. Renner is available April 14, 15 or 21. [[Please confirm which date you want by Friday.||harriet|fri|req]]""",
        ),
        R(
            "harriet",
            ["rq"],
            cc=["devin"],
            at="03-09 09:30",
            body="""April 15. [[Notice to follow.||harriet||com]]""",
        ),
    ),
    # Settlement authority: approval requested of two clients, granted, with a commitment for a colleague.
    T(
        "none",
        M(
            "rq",
            ["keiko", "marcus"],
            at="03-05 15:30",
            subj="Baptiste – mediation and settlement authority",
            body="""Keiko, Marcus,

Mediation with Judge Arroyo (ret.) is set for March 24. Based on the damages analysis, I recommend we go in with authority up to $85,000 inclusive of fees. [[Could you confirm that Sunward approves that figure before we submit our mediation brief on the 17th?||keiko|2026-03-17|appr]]

Best,""",
        ),
        R(
            "marcus",
            ["rq", "keiko"],
            at="03-06 08:30",
            body="""Rafaela, thanks for the analysis. [[Approved up to $85,000, please proceed on that basis.||rq||appr]] [[Keiko will send you the signed authority letter for your file.||keiko||com]]""",
        ),
        R("rq", ["marcus", "keiko"], at="03-06 09:00", body="""Thank you, Marcus. Will do."""),
        R(
            "keiko",
            ["rq"],
            cc=["marcus"],
            at="03-06 14:00",
            attach=("Settlement authority - signed.pdf",),
            body="""Signed authority letter attached.""",
        ),
    ),
]
