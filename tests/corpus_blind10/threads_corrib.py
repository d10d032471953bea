# ruff: noqa: E501  (long lines are mail text, kept as typed)
"""Corrib MedTech (Galway) and its Boston parent: a WRC unfair dismissal claim and a redundancy programme."""

from __future__ import annotations

from corpus_kit.mailgen import Msg, R, T

ADJ = "Hession v Corrib - ADJ-00051234"

THREADS = [
    # Numbered discovery list To two people, nobody named: the first To recipient owns every item.
    T(
        "needs_reply",
        Msg(
            "me",
            ["siobhan", "mark"],
            "03-22 11:40",
            """Hi Siobhán, Mark,

Paul was dismissed on 12 November 2026 and his complaint was lodged on 2 December, so we are well within \
time for everything below. Ahead of the WRC hearing on 20 April, can you send on the following by Friday \
2 April:

1. [[Paul's contract of employment and any variations||siobhan|2027-04-02|req]]
2. [[the disciplinary policy in force in November 2026||siobhan|2027-04-02|req]]
3. [[the notes of the investigation meeting of 28 October 2026||siobhan|2027-04-02|req]]
4. [[the appeal outcome letter and the email that sent it||siobhan|2027-04-02|req]]

[[Aoife will send you the draft submission for comment by Friday week.||aoife|2027-04-02|com]]

Many thanks,""",
            cc=["aoife"],
            subj=ADJ + " - documents for submission",
        ),
        R(
            "siobhan",
            ["me"],
            "03-23 14:25",
            """Hi Niamh,

No bother. [[Mark will send items 1 to 3 by Monday.||mark|mon|com]] The appeal letter went out from our \
Boston team, so I'm chasing it with Megan.

[[Is it ok if we send them through ShareFile rather than email, they're quite large||me||q]]

Thanks,
Siobhán""",
            cc=["mark", "aoife"],
            sig=False,
        ),
    ),
    # The Boston GC writes late in the evening, Boston time; his "tomorrow" is his own.
    T(
        "needs_reply",
        Msg(
            "me",
            ["kessler"],
            "03-22 14:10",
            """Dear Daniel,

The WRC has offered conciliation in the Hession claim before the hearing on 20 April. [[Could you confirm \
whether we have authority to make an offer at the conciliation stage, and up to what figure?||kessler||appr]]

Kind regards,""",
            cc=["siobhan"],
            subj="Hession WRC claim - settlement authority",
        ),
        R(
            "kessler",
            ["me"],
            "03-24 20:15",
            """Niamh,

Before I sign off on a number I need to understand the exposure better. [[What's the maximum award the WRC \
could make here?||me||q]] [[Please send me a one-page note by end of day tomorrow, Boston time.||me|\
tomorrow|req]]

[[Subject to that note, you have authority to offer up to EUR 25,000 in full and final settlement.||me||appr]]

Dan""",
            cc=["siobhan"],
            sig=False,
        ),
    ),
    # A CC storm on the redundancy programme: Niamh is only copied and the asks are between others.
    T(
        "none",
        Msg(
            "kessler",
            ["siobhan", "megan"],
            "03-18 09:40",
            """Siobhán, Megan,

Following the board call, we are going ahead with the Galway restructuring subject to the consultation \
process Niamh outlined. [[Siobhán, please get me the final headcount numbers by Friday.||siobhan|fri|req]] \
[[Megan, can you line up the US-side communications plan for the week of April 5?||megan||req]]

Rick and Niamh copied for visibility.

Dan""",
            cc=["rick", "me", "mark", "fiona_hr"],
            subj="Project Claddagh - next steps",
            sig=False,
        ),
        R(
            "siobhan",
            ["kessler", "megan"],
            "03-18 16:05",
            """Hi Dan,

[[I'll have the numbers to you by Friday.||siobhan|fri|com]] [[Fiona, can you pull the service dates for \
everyone in the affected teams?||fiona_hr||req]]

Siobhán""",
            cc=["rick", "me", "mark", "fiona_hr"],
            sig=False,
        ),
        R(
            "fiona_hr",
            ["siobhan"],
            "03-19 10:30",
            """Service dates attached, Siobhán.""",
            cc=["kessler", "megan", "rick", "me", "mark"],
        ),
        R(
            "rick",
            ["kessler"],
            "03-19 13:10",
            """[[Dan, can we get the severance cost model before the April 5 call?||kessler|2027-04-05|req]]""",
            cc=["siobhan", "megan", "me", "mark", "fiona_hr"],
        ),
    ),
    # An out-of-office answers nothing.
    T(
        "awaiting_them",
        Msg(
            "me",
            ["mark"],
            "03-24 09:15",
            """Hi Mark,

[[Mark, can you confirm whether Paul was told in writing of his right to appeal?||mark||q]] The letter on \
file doesn't say.

Thanks,""",
            subj=ADJ + " - right of appeal",
        ),
        R(
            "mark",
            ["me"],
            "03-24 09:16",
            """Thank you for your email. I am on annual leave until Tuesday 30 March with limited access to email. \
For urgent HR matters please contact Fiona Joyce at fiona.joyce@corribmedtech.test.""",
            quote=None,
            sig=False,
            subj="Automatic reply: " + ADJ + " - right of appeal",
            headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
        ),
    ),
    # HTML-only message from the client; Niamh answered everything.
    T(
        "none",
        Msg(
            "siobhan",
            ["me"],
            "03-16 15:20",
            """Hi Niamh,

A quick one before the consultation meetings start. [[Do we need to notify the Minister if fewer than ten \
people in Galway are affected?||me||q]] [[Would you mind also looking over the attached selection matrix \
before Thursday?||me|thu|req]]

Thanks a mil,
Siobhán""",
            sig=False,
            fmt="html",
            subj="Project Claddagh - collective redundancy question",
            attach=[
                (
                    "Selection matrix v3.xlsx",
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                )
            ],
        ),
        R(
            "me",
            ["siobhan"],
            "03-18 10:20",
            """Hi Siobhán,

With fewer than ten in an establishment of your size it isn't a collective redundancy, so there's no \
notification to the Minister. I've marked up the matrix (attached); the scoring on attendance needs to \
exclude protected leave.

Cheers,""",
            attach=[
                (
                    "Selection matrix v3 - NB comments.xlsx",
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                )
            ],
        ),
        R("siobhan", ["me"], "03-18 12:45", """Brilliant, thanks Niamh - very helpful.""", sig=False),
    ),
    # The Boston GC asks for a privilege memo; Niamh's question back is open.
    T(
        "awaiting_them",
        Msg(
            "kessler",
            ["me"],
            "03-17 13:30",
            """Niamh,

Our auditors are asking about the Irish litigation. [[Could you send me a short note on whether your \
advice to Siobhán's team is privileged under Irish law?||me||req]] Happy St. Patrick's Day, by the way.

Dan""",
            sig=False,
            subj="Privilege question - Irish advice",
        ),
        R(
            "me",
            ["kessler"],
            "03-19 11:00",
            """Dear Daniel,

Note attached. In short, legal advice privilege covers our advice to Siobhán's team; the position on the \
internal HR investigation notes is less clear.

[[Could you tell me whether the auditors want the note itself or only a letter confirming the position?||\
kessler||q]] If it's the note, the privilege point needs care.

Kind regards,""",
            attach=[("Privilege note - Corrib.pdf", "application/pdf")],
        ),
        R(
            "kessler",
            ["me"],
            "03-19 16:45",
            """Thanks Niamh. [[I'll check with the audit team and come back to you.||kessler||com]]

Dan""",
            sig=False,
        ),
    ),
    # The client's ER manager replies without In-Reply-To or References; Niamh asked, he answered.
    T(
        "none",
        Msg(
            "me",
            ["mark"],
            "03-15 16:30",
            """Hi Mark,

[[Would you mind sending on the names of the managers who sat on Paul's appeal panel?||mark||req]] We'll \
need at least one of them at the hearing.

Thanks,""",
            subj=ADJ + " - appeal panel",
        ),
        R(
            "mark",
            ["me"],
            "03-16 09:05",
            """Hi Niamh,

The panel was Joe Cullinane (Operations) and Ruth Tierney (Quality). Ruth is happy to attend on 20 April.

Mark""",
            refs=False,
            quote=None,
            sig=False,
        ),
        R("me", ["mark"], "03-16 09:40", """Perfect, thanks Mark.""", sig="Niamh"),
    ),
]
