# ruff: noqa: E501  (mail bodies keep one paragraph per line, as mail clients send them)
"""The landlord client, Harbourline Property Group (Pyrmont shops): reviews, arrears, new leases, a council notice."""

from corpus_kit.mailgen import Msg, R, T

STAFF_CC = ["maeve", "des", "priya", "olivia"]

THREADS = [
    # A CC storm: every ask is between the client's people and its agent; Maeve is only copied.
    T(
        "none",
        Msg(
            "fergus",
            ["hannah", "marco", "dev"],
            "09-29 09:30",
            """Team,

CPI reviews for the Pyrmont portfolio fall due on 1 November.

[[Hannah, can you pull the rent roll by Friday 16 October and flag any leases with a market review instead of CPI?||hannah|2026-10-16|req]] [[Marco, please let the tenants at 5 and 7 Harris St know the review notices are coming.||marco||req]] [[Dev, can you work out the new rents once Hannah has the list?||dev||req]]

Legal are copied for visibility only at this stage.

Thanks all,""",
            cc=STAFF_CC,
            subj="Pyrmont portfolio - November rent reviews",
        ),
        R(
            "hannah",
            ["fergus"],
            "09-29 11:02",
            "On it. [[I'll have the rent roll to you by Wednesday.||hannah|wed|com]]",
            cc=["marco", "dev", *STAFF_CC],
        ),
        Msg(
            "marco",
            ["fergus"],
            "09-29 12:15",
            "[[no worries fergus, will tell both tenants this week||marco|eow|com]]",
            cc=["hannah", "dev", *STAFF_CC],
            reply=0,
        ),
        Msg(
            "dev",
            ["fergus"],
            "09-30 08:40",
            """[[Fergus, do you want the CPI figure from the June quarter or the September quarter?||fergus||q]] The September figure won't be out until 28 October.""",
            cc=["hannah", "marco", *STAFF_CC],
            reply=0,
        ),
        R(
            "fergus",
            ["dev"],
            "09-30 09:05",
            "June quarter please, Dev. Thanks all.",
            cc=["hannah", "marco", *STAFF_CC],
        ),
        R(
            "olivia",
            ["fergus"],
            "09-30 09:20",
            "Noted, thanks Fergus.",
            cc=["hannah", "marco", "dev", "maeve", "des", "priya"],
        ),
    ),
    # A tenant's email forwarded with a note on top; only the note is Fergus's own text.
    T(
        "needs_reply",
        Msg(
            "fergus",
            ["maeve"],
            "10-02 15:40",
            """Maeve,

See below from the tenant at 7 Harris St. They're now two months behind.

[[Can you draft a breach notice under clause 17 so we can serve it before the end of next week?||maeve|eonw|req]] [[Also, can we draw on the bank guarantee straight away, or do we have to wait out the cure period?||maeve||q]]""",
            cc=["des"],
            subj="FW: Rent - 7 Harris St",
            fwd={
                "frm": "sam",
                "to": ["fergus"],
                "at": "10-01 18:20",
                "subj": "Rent",
                "body": """Hi Fergus,

Sorry about the late rent again. Sales have been slow since the roadworks started on Harris St. Can we pay the arrears off over three months? Let me know what you think.""",
            },
        ),
        R(
            "maeve",
            ["fergus"],
            "10-06 10:00",
            """Hi Fergus,

[[I'll have the draft breach notice to you by Thursday.||maeve|thu|com]] On the guarantee: you can't call on it until the notice has expired without the breach being remedied.

[[Do you want me to respond to Sam's payment plan proposal as well, or will you handle that commercially?||fergus||q]]""",
            cc=["des"],
        ),
        R(
            "fergus",
            ["maeve"],
            "10-07 17:10",
            """Thanks Maeve. No need to respond to Sam; the payment plan is a commercial call for us.

[[Can you add the outstanding outgoings ($3,180) to the notice too, and send me the final by first thing Monday?||maeve|mon|req]]""",
            cc=["des"],
        ),
    ),
    # Promise kept; the last message is a reply without threading headers.
    T(
        "none",
        Msg(
            "maeve",
            ["fergus"],
            "09-23 11:00",
            """Hi Fergus,

Attached is the executed renewal lease for Shop 1, 5 Harris St, now registered. [[Please drop the original bank guarantee into our office for safekeeping when you have it.||fergus||req]]""",
            subj="Shop 1, 5 Harris St - renewal lease registered",
        ),
        R(
            "fergus",
            ["maeve"],
            "09-24 08:45",
            "Great work, thanks Maeve. [[I'll drop the guarantee in when I'm next in the city, probably Tuesday.||fergus|tue|com]]",
        ),
        R(
            "fergus",
            ["maeve"],
            "09-29 13:00",
            "Hi Maeve,\n\nDropped the bank guarantee at your reception this morning.\n\nCheers,",
            quote=None,
            refs=False,
        ),
    ),
    # A commitment made for a colleague ("Tom will send..."); the client's sign-off goes to Tom.
    T(
        "none",
        Msg(
            "fergus",
            ["maeve"],
            "09-21 11:00",
            """Hi Maeve,

We've agreed terms with a new tenant for Shop 3, 5 Harris St: a bubble tea shop, 3 years plus a 3-year option. Heads of agreement attached.

[[Can you prepare the lease on our standard retail form?||maeve||req]]""",
            subj="Shop 3, 5 Harris St - new lease (Pearl Cup)",
        ),
        R(
            "maeve",
            ["fergus"],
            "09-21 15:30",
            """Thanks Fergus.

[[Tom will send you the draft lease and disclosure statement by Friday.||tom|fri|com]] [[Can you confirm the tenant's exact entity name and ABN?||fergus||q]]""",
            cc=["tom"],
        ),
        R("fergus", ["maeve"], "09-22 09:15", "Entity is Pearl Cup Pty Ltd, ABN 73 604 118 925.", cc=["tom"]),
        R(
            "tom",
            ["fergus"],
            "09-25 16:40",
            """Hi Fergus,

Please find attached the draft lease and disclosure statement for Shop 3. [[Let me know once you're happy and I'll send them to the tenant's lawyers.||fergus||q]]""",
            cc=["maeve"],
        ),
        R("fergus", ["tom"], "09-28 10:20", "[[All good, send away.||tom||appr]] Thanks Tom.", cc=["maeve"]),
    ),
    # HTML-only mail with a bulleted list of questions.
    T(
        "needs_reply",
        Msg(
            "dev",
            ["maeve"],
            "10-06 14:25",
            """Hi Maeve,

For the arrears claim against Aldous Bikes I've pulled together the outgoings figures. Before I finalise them:

- [[Can you confirm whether we can charge interest on the arrears under the lease, and at what rate?||maeve||q]]
- [[Let me know if land tax is recoverable under this lease (it's a retail lease, so I assume not)||maeve||q]]
- [[Please check that the outgoings estimate we gave the tenant in 2024 matches the disclosure statement||maeve||req]]

Thanks heaps,""",
            cc=["fergus"],
            subj="7 Harris St - arrears and outgoings",
            fmt="html",
        ),
    ),
    # Internal: Maeve hands out work, and the clerk comes back with a question for her.
    T(
        "needs_reply",
        Msg(
            "tom",
            ["maeve"],
            "10-06 10:00",
            """Hi Maeve,

Pearl Cup's lawyers came back with comments on the Shop 3 lease (attached). The main ones are a longer rent-free period and deleting the relocation clause.

[[Can you have a look and tell me what to say to them before their 14.10 deadline?||maeve|2026-10-14|req]]""",
            cc=["priya"],
            subj="Pearl Cup lease - tenant's comments",
        ),
        R(
            "maeve",
            ["tom"],
            "10-06 16:30",
            """Hi Tom,

[[You can agree to 6 weeks rent-free instead of 4, as Fergus okayed that on the phone.||tom||appr]] The relocation clause stays, but we can offer compensation for reasonable fitout costs.

[[Priya, can you draft the compensation wording and send it to Tom by Friday?||priya|fri|req]] [[Tom, please check with Fergus that he's OK with the compensation approach before anything goes out.||tom||req]]""",
            cc=["priya"],
            sig="M",
        ),
        R(
            "priya",
            ["tom", "maeve"],
            "10-07 09:30",
            "[[Sure, I'll have the wording to Tom by Thursday.||priya|thu|com]]",
        ),
        R(
            "tom",
            ["maeve"],
            "10-07 14:45",
            """Fergus is fine with compensation but wants it capped at $15k.

[[Maeve, are you OK with a cap, or will that cause problems under the Retail Leases Act?||maeve||q]]""",
            cc=["priya"],
        ),
    ),
    # A council notice forwarded by the client: the notice's own instructions and dates are not asks.
    T(
        "needs_reply",
        Msg(
            "fergus",
            ["maeve"],
            "10-07 18:05",
            """Maeve,

This came in for 5 Harris St. The development is next door to us at 9 Harris St.

[[Can you take a look and let me know by 16.10 whether we should object?||maeve|2026-10-16|q]] Submissions close on 23 October.""",
            cc=["des"],
            subj="FW: DA-2026-0917 - 9 Harris Street Pyrmont",
            fwd={
                "frm": "council",
                "to": ["fergus"],
                "at": "10-06 09:00",
                "subj": "DA-2026-0917 - 9 Harris Street Pyrmont",
                "body": """NOTICE OF PROPOSED DEVELOPMENT

Application: DA-2026-0917
Property: 9 Harris Street, Pyrmont
Proposal: Demolition of the existing warehouse and construction of a six-storey mixed-use building with ground floor retail

You are receiving this notice as the owner of a neighbouring property. You may view the plans and make a submission online at eplanning.innerharbour-council.test. Submissions must be received by 23 October 2026.

This is an automated message. Please do not reply.""",
            },
        ),
    ),
]
