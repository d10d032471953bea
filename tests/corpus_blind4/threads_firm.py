# ruff: noqa: E501  (mail bodies keep one paragraph per line, as mail clients send them)
"""Inside Lindenhall Pryce: a terse managing partner, billing, research, a forward to the clerk, coverage."""

from corpus_kit.mailgen import Msg, R, T

SOC_BODY = """Ms. Desrosiers,

Please find attached the Statement of Claim in Tran v. Northhaven Logistics Inc., served on you as counsel in accordance with your e-mail of October 20. Kindly confirm acceptance of service by return e-mail. We would ask that the Statement of Defence be delivered within the time set by the Rules."""

THREADS = [
    # Terse partner, then billing asks for sign-off. Needs reply.
    T(
        "needs_reply",
        Msg(
            "gordon",
            ["claire"],
            "11-02 08:05",
            """Claire - Northhaven WIP is over 60 days. [[Sort it with Joanne by Fri.||claire|fri|req]]""",
            cc=["joanne"],
            subj="Northhaven WIP",
            sig="G.",
        ),
        R(
            "joanne",
            ["claire"],
            "11-03 10:25",
            """Hi Claire,

The pre-bills are in your queue in the billing system. [[Could you review and approve the October pre-bill for Northhaven by Thursday so I can send it out Friday?||claire|thu|appr]]""",
            cc=["gordon"],
        ),
        Msg(
            "gordon_ios",
            ["claire"],
            "11-03 19:02",
            """[[and pls write off the travel time on the July entries before it goes out||claire||req]]""",
            reply=0,
            quote=None,
        ),
    ),
    # Research delivered in two parts; closed by thanks.
    T(
        "none",
        Msg(
            "claire",
            ["mateo"],
            "10-28 09:40",
            """Mateo,

[[Can you pull the Ontario cases on inducement in wrongful dismissal since 2022 and give me a two-page summary by Monday?||mateo|mon|req]] Focus on senior hires who left secure jobs.""",
            subj="Research - inducement",
        ),
        R(
            "mateo",
            ["claire"],
            "10-30 17:00",
            """Hi Claire,

The summary is attached. There are two Divisional Court decisions I still want to read in full. [[I'll send you a short addendum on those by Tuesday.||mateo|tue|com]]""",
            attach=[("Inducement_summary.docx", "application/vnd.openxmlformats")],
        ),
        R(
            "mateo",
            ["claire"],
            "11-03 16:00",
            """Addendum attached. Neither decision changes the analysis.""",
            attach=[("Inducement_addendum.docx", "application/vnd.openxmlformats")],
        ),
        R("claire", ["mateo"], "11-03 18:00", """Thanks Mateo, this is great."""),
    ),
    # A forward with a note on top to the clerk; a commitment made for the associate; a partial answer.
    T(
        "awaiting_them",
        Msg(
            "claire",
            ["bev"],
            "11-03 10:00",
            """[[Bev, can you action this: calendar the deadline for our Statement of Defence and open a sub-file?||bev||req]]
[[Please also send Sarah our acceptance of service today.||bev|today|req]]
[[Aisha will have a first draft of the defence to me by November 16.||aisha|2026-11-16|com]]""",
            cc=["aisha"],
            fwd={
                "frm": "sarahw",
                "to": ["claire"],
                "at": "11-02 16:10",
                "subj": "Tran v. Northhaven - Statement of Claim",
                "body": SOC_BODY,
            },
            sig="Claire",
        ),
        R(
            "bev",
            ["claire"],
            "11-03 11:35",
            """Calendared for November 23 and the sub-file is open. [[I'll send the acceptance of service to Sarah this afternoon.||bev|today|com]]""",
            cc=["aisha"],
        ),
    ),
    # The associate asks for sign-off and for a meeting the same day. Needs reply.
    T(
        "needs_reply",
        Msg(
            "aisha",
            ["claire"],
            "11-04 09:30",
            """Hi Claire,

[[Are you OK with me taking the lead on preparing the witnesses for the Pereira interviews?||claire||appr]] Priyanka wants to start on the 12th. [[Also, can we touch base at 2 today for 15 minutes?||claire|today|req]]""",
            subj="Pereira - witness prep",
        ),
    ),
    # Approval requested and granted by the partner from his phone: none.
    T(
        "none",
        Msg(
            "claire",
            ["gordon"],
            "11-02 15:20",
            """Gordon,

Pinecrest wants us to cap fees at $15,000 for the reorg work (two terminations and the offer letter template). I think it's fair given the scope. [[OK to agree?||gordon||appr]]""",
            subj="Pinecrest fee cap",
        ),
        R("gordon_ios", ["claire"], "11-02 15:41", """[[ok, go ahead.||claire||appr]]"""),
    ),
    # "Can someone" To three people: the ask is Claire's by rule, though Aisha takes it.
    T(
        "none",
        Msg(
            "dimitri",
            ["aisha", "claire", "mateo"],
            "10-29 11:00",
            """All,

I'm stuck in the Château-Vert negotiation that week. [[Can someone cover the WSIB hearing for Prairie Grain's Ontario warehouse on November 12?||claire|2026-11-12|req]] The file is short and the brief is done.

DP""",
            subj="Coverage - WSIB hearing Nov 12",
            sig=False,
        ),
        R(
            "aisha",
            ["dimitri"],
            "10-29 11:25",
            """[[I can take it, I'll cover the 12th.||aisha|2026-11-12|com]]""",
            cc=["claire", "mateo"],
        ),
        R("dimitri", ["aisha"], "10-29 11:30", """Thanks Aisha.""", cc=["claire", "mateo"], sig=False),
    ),
    # Partner's one-liner the morning of "now".
    T(
        "needs_reply",
        Msg(
            "gordon_ios",
            ["claire"],
            "11-05 07:50",
            """[[Call me before 11 re Foothill.||claire|today|req]]""",
            subj="Foothill",
        ),
    ),
]
