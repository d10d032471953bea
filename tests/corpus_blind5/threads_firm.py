"""Inside Ashcombe Leung: the partner, the trainee, the paralegal, billing, London and Singapore, a friend."""

from __future__ import annotations

from corpus_kit.mailgen import Msg, R, T

THREADS = [
    # The partner wants to meet at 11 today.
    T(
        "needs_reply",
        Msg(
            "malcolm",
            ["me"],
            "12-02 08:05",
            "[[Joanna - pls come and see me at 11 today re the Harbourline costs.||me|today|req]] "
            "[[Bring the WIP figures.||me|today|req]]",
            sig=False,
            subj="Harbourline costs",
        ),
    ),
    # A bulleted list for the trainee under a lead-in deadline; only the paralegal has answered.
    T(
        "awaiting_them",
        Msg(
            "me",
            ["wing"],
            "12-01 11:00",
            """Wing,

For the Tianrui enforcement application, by COB Thursday pls:
- [[draft the supporting affirmation from the exhibits list||wing|thu|req]]
- [[pull the three CFI enforcement decisions we discussed on Monday||wing|thu|req]]
- [[check with Fiona that our copy of the award is certified||wing|thu|req]]

Thanks""",
            cc=["fiona"],
            sig=False,
            subj="Tianrui - enforcement application",
        ),
        R(
            "fiona",
            ["me", "wing"],
            "12-01 11:25",
            "[[I'll bring the certified copy down to Wing this afternoon.||fiona|today|com]]",
        ),
        Msg(
            "wing",
            ["me"],
            "12-01 14:05",
            "Hi Joanna,\n\nNoted with thanks. [[I'll have the draft affirmation and the three decisions to "
            "you by Thursday lunchtime.||wing|thu|com]]",
            cc=["fiona"],
            reply=0,
        ),
    ),
    # Pre-bills approved; billing says thanks.
    T(
        "none",
        Msg(
            "cheryl",
            ["me"],
            "11-30 10:00",
            """Hi Joanna,

[[Please approve the November pre-bills for Harbourline and Meridian by 3/12.||me|2026-12-03|appr]] \
Both are in your approval queue.

Thanks,""",
            subj="November pre-bills",
        ),
        R(
            "me",
            ["cheryl"],
            "12-01 09:40",
            "Hi Cheryl,\n\n"
            "[[Approved both, with the 2.5 hour write-off on Meridian as marked.||cheryl||appr]]",
        ),
        R("cheryl", ["me"], "12-01 10:02", "Thanks Joanna, noted."),
    ),
    # The trainee asks for a review before he sends to the partner tomorrow.
    T(
        "needs_reply",
        Msg(
            "wing",
            ["me"],
            "12-01 18:30",
            """Hi Joanna,

[[Would you be able to review my draft chronology before I send it to Malcolm tmr?||me|tomorrow|req]]
[[Also should I include the privileged board minutes or leave them out||me||q]]
[[And can you remind me which tab the 2024 side letter should go under?||me||q]]

Many thanks""",
            subj="Draft chronology - Harbourline",
            attach=[("Chronology draft v1.docx", "application/vnd.openxmlformats")],
        ),
    ),
    # "Can someone" to three people in To; Joanna takes it and the partner thanks her.
    T(
        "none",
        Msg(
            "malcolm",
            ["me", "wing", "fiona"],
            "11-30 09:10",
            "[[Can someone cover the VHAC procedural call on Thursday at 4pm?||me|thu|req]] "
            "I am in Shenzhen.",
            sig=False,
            subj="Thursday call",
        ),
        R(
            "me",
            ["malcolm"],
            "11-30 09:22",
            "[[I'll cover it.||me|thu|com]]",
            cc=["wing", "fiona"],
            sig=False,
        ),
        R("malcolm", ["me"], "11-30 09:30", "Thanks.", sig=False),
    ),
    # London asks on the partner's behalf, late on the 1st London time: "your EOD tomorrow" is the 2nd.
    T(
        "needs_reply",
        Msg(
            "ben",
            ["me"],
            "12-01 17:20",
            """Hi Joanna,

[[Malcolm asked me to check with you: can we reuse the Southern Cross expert brief template for the \
Meridian quantum expert?||me||q]]
[[If so, could you send it over by your EOD tomorrow?||me|tomorrow|req]]

Cheers,""",
            subj="Expert brief template",
        ),
    ),
    # The partner on his phone in lower case, with a deadline after the question.
    T(
        "needs_reply",
        Msg(
            "malcolm_m",
            ["me"],
            "12-02 07:10",
            "[[jo where are we on the Meridian costs estimate||me|today|q]]\n"
            "need it before my call w Boon Huat at 3",
            subj="meridian",
        ),
    ),
    # Conflict checks: Singapore answers, London has not.
    T(
        "awaiting_them",
        Msg(
            "me",
            ["ben", "priya"],
            "11-30 14:15",
            """Hi both,

[[Ben, could you run a conflict check on Kalgan Resources and its Australian parent before I send the \
engagement letter on Friday?||ben|fri|req]]
[[Priya, can you let me know whether the Singapore office has acted for Kestrel Marine in the last five \
years?||priya||q]]

Thanks,""",
            subj="Conflict checks",
        ),
        R(
            "priya",
            ["me"],
            "11-30 15:40",
            "Hi Joanna,\n\nChecked: no matters for Kestrel Marine or its group since 2019.",
            cc=["ben"],
        ),
    ),
    # The secretary asks about a slot; Joanna answers; the promise of an invite closes it.
    T(
        "none",
        Msg(
            "mandy",
            ["me"],
            "11-27 12:05",
            """Hi Joanna,

[[Could you let me know if 3pm Friday suits you for the Meridian strategy meeting with Malcolm?||me||q]]

Mandy""",
            sig=False,
            subj="Meridian strategy meeting",
        ),
        R("me", ["mandy"], "11-27 12:20", "Hi Mandy, 3pm Friday is fine.", sig=False),
        R("mandy", ["me"], "11-27 12:24", "[[Thanks, I'll send the invite shortly.||mandy||com]]", sig=False),
    ),
    # A friend from law school: a question answered, a promise, small talk.
    T(
        "none",
        Msg(
            "hui",
            ["me"],
            "11-23 22:10",
            """Hey Jo,

Long time! How's life at Ashcombe, still living in the office?
[[Are you coming to the reunion dinner on 12 Dec?||me||q]]

Eddie""",
            subj="reunion",
        ),
        R("me", ["hui"], "11-24 07:50", "Hi Eddie! Yes, count me in.", sig=False),
        R(
            "hui",
            ["me"],
            "11-24 08:30",
            "Great. [[I'll book a table for ten at the usual place.||hui||com]] See you there!",
            sig=False,
        ),
    ),
]
