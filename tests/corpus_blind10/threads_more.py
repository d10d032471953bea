# ruff: noqa: E501  (long lines are mail text, kept as typed)
"""More files: counsel, the adjuster, the Boston HR team, a forwarded grievance, the team inbox."""

from __future__ import annotations

from corpus_kit.mailgen import Msg, R, T

THREADS = [
    # Counsel asks for a consultation "first thing Monday": Monday is Easter Monday.
    T(
        "needs_reply",
        Msg(
            "orla",
            ["me"],
            "03-24 21:10",
            """[[can we have a consult with the store manager first thing Monday||me|mon|req]] \
I'm in the Four Courts all of Tuesday""",
            subj="Kavanagh - consult",
        ),
    ),
    # Counsel's advice arrives; thanks-only reply closes it.
    T(
        "none",
        Msg(
            "orla",
            ["me"],
            "03-18 18:30",
            """Niamh, advice on the Brady limitation point attached. Short version: the claim is in time, \
just. I'd plead it anyway.""",
            subj="Brady - limitation",
            attach=[("Brady - advice on limitation.pdf", "application/pdf")],
        ),
        R("me", ["orla"], "03-19 08:15", """Thanks a million Orla, that's perfect.""", sig="Niamh"),
    ),
    # A bulleted list to the adjuster; he promises, which is not an answer.
    T(
        "awaiting_them",
        Msg(
            "me",
            ["brendan"],
            "03-18 14:30",
            """Hi Brendan,

Munster want you on Dolan as well. Before the site visit, could you:

- [[get the training records for the claimant from the agency||brendan||req]]
- [[photograph the pallet racking in bay 4 from both ends||brendan||req]]
- [[find out who signed off the manual handling risk assessment||brendan||q]]

Ideally all of it this side of Easter.

Thanks,""",
            subj="Dolan v Shannonside Packaging - site visit",
        ),
        R(
            "brendan",
            ["me"],
            "03-22 08:40",
            """Hi Niamh,

Site visit booked for Wednesday. [[I'll send the photos and the rest by Friday.||brendan|fri|com]]

Brendan""",
            sig=False,
        ),
    ),
    # The Boston HR head asks in Boston time; Niamh has not answered yet.
    T(
        "needs_reply",
        Msg(
            "megan",
            ["me"],
            "03-24 16:50",
            """Hi Niamh,

For the Galway consultation pack, two things:

1. [[What is the statutory minimum notice for someone with eleven years' service?||me|fri|q]]
2. [[Can you send me a template consultation letter we can adapt?||me|fri|req]]

I need both by end of day Friday Boston time, as the pack goes to Dan over the weekend.

Thanks so much,
Megan""",
            cc=["siobhan"],
            subj="Claddagh - notice periods and template",
            sig=False,
        ),
    ),
    # The client forwards a grievance with a note on top; the letter's own demands are not asks.
    T(
        "needs_reply",
        Msg(
            "siobhan",
            ["me"],
            "03-23 17:40",
            """Niamh,

See below - we received this today from one of the team leads. [[Can you advise how we should respond?||\
me||q]] [[And would you mind letting me know whether we can still run her redundancy consultation in \
parallel?||me||q]]

Siobhán""",
            sig=False,
            fwd={
                "frm": "fiona_hr",
                "to": ["siobhan"],
                "at": "03-23 16:55",
                "subj": "Formal grievance - A. Forde",
                "sig": "",
                "body": """Siobhán,

Passing on the grievance Aisling Forde handed in this afternoon. Her letter says: "I am raising a formal \
grievance about my selection for redundancy. Please confirm receipt and arrange a meeting within five \
working days."

Fiona""",
            },
        ),
        R(
            "me",
            ["aoife"],
            "03-24 09:30",
            """[[Aoife, can you draft a holding reply for Siobhán to send to Ms Forde today?||aoife|today|req]]""",
            quote=None,
            sig="N",
        ),
    ),
    # "Can someone" to the team, nobody named; a colleague takes it.
    T(
        "none",
        Msg(
            "declan",
            ["me", "aoife", "ciaran"],
            "03-19 09:00",
            """All,

[[Can someone cover the callover in the District Court in Tallaght on Monday week?||me|2027-03-29|req]] \
I've a clash.

D.""",
            subj="Tallaght callover",
            sig=False,
        ),
        R(
            "aoife",
            ["declan"],
            "03-19 09:25",
            """Hang on - Monday week is Easter Monday, the list was moved to the Tuesday. [[I'll take it.||aoife|\
2027-03-30|com]]""",
            cc=["me", "ciaran"],
            sig=False,
        ),
        R("declan", ["aoife"], "03-19 09:40", """Sorted, thanks Aoife.""", cc=["me", "ciaran"], sig=False),
    ),
    # The insurer grants settlement authority; Niamh acknowledges.
    T(
        "none",
        Msg(
            "me",
            ["fionnuala"],
            "03-16 10:30",
            """Hi Fionnuala,

Byrne Mulcahy have floated €22,000 on Brady. [[Would Munster Mutual approve a settlement at up to €18,000 \
inclusive of costs?||fionnuala||appr]] I think there's a deal there.

Cheers,""",
            subj="Brady v Lee Valley Hotels - settlement authority",
        ),
        R(
            "fionnuala",
            ["me"],
            "03-17 09:10",
            """Dear Niamh,

Thank you for your email. Having considered the matter with my manager, and notwithstanding our \
reservations about the plaintiff's credibility, [[you have our authority to settle at up to €18,000 \
inclusive of costs.||me||appr]] [[I should be grateful to be kept informed.||me||req]]

Kind regards,""",
        ),
        R(
            "me",
            ["fionnuala"],
            "03-17 11:45",
            """Thanks Fionnuala, much appreciated. [[I'll keep you posted.||me||com]]""",
            sig="Niamh",
        ),
    ),
    # The trainee asks for a sign-off with a deadline; granted and done.
    T(
        "none",
        Msg(
            "ciaran",
            ["me"],
            "03-18 16:10",
            """Niamh,

[[Would you mind signing off my training record before the Law Society deadline on 31 March?||me|\
2027-03-31|appr]] It's in your tray.

Ciarán""",
            subj="Training record",
            sig=False,
        ),
        R("me", ["ciaran"], "03-19 08:30", """Signed and back in your tray.""", sig="N"),
        R("ciaran", ["me"], "03-19 08:45", """Thanks Niamh!""", sig=False),
    ),
    # Atlantic Freight's desk mail: answered, thanked.
    T(
        "none",
        Msg(
            "tom_d",
            ["me"],
            "03-22 08:20",
            """Niamh,

One of the drivers was caught on the yard camera taking diesel on Saturday. [[Can we suspend him while we \
look into it?||me||q]]

Tom""",
            subj="Driver - diesel",
            sig=False,
        ),
        R(
            "me",
            ["tom_d"],
            "03-22 09:10",
            """Hi Tom,

[[Yes, but on full pay, and tell him in writing that the suspension is not a sanction.||tom_d||req]] Template letter \
attached.

Cheers,""",
            attach=[
                (
                    "Suspension letter - template.docx",
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                )
            ],
        ),
        R("tom", ["me"], "03-22 09:30", """perfect thanks"""),
    ),
    # Niamh chases the adjuster on the Nestor statement deadline; she asked, he has not answered.
    T(
        "awaiting_them",
        Msg(
            "me",
            ["fionnuala", "brendan"],
            "03-23 09:45",
            """Hi both,

[[Can you let me know whether the Nestor CCTV was downloaded before it was overwritten?||fionnuala||q]] \
The incident was on 14 January, so it may well be gone.

[[Brendan, could you also send me the names of both witnesses by Friday?||brendan|fri|req]]

Thanks,""",
            subj="Nestor - CCTV and witnesses",
        ),
    ),
]
