# ruff: noqa: E501  (mail bodies keep one paragraph per line, as mail clients send them)
"""Inside Wattle & Quill: the partner, the practice manager, the graduate, the trust account, leave."""

from corpus_kit.mailgen import Msg, R, T

THREADS = [
    # "Can someone..." to two people, none named, Maeve second in To: her ask. Priya's reply does not answer.
    T(
        "needs_reply",
        Msg(
            "des",
            ["priya", "maeve"],
            "10-06 18:20",
            """Hi both,

[[Can someone cover the Ashfield auction for me on Saturday 10/10?||maeve|2026-10-10|req]] It's the Ellery sale, 11am on site.

[[Also, file reviews are due to Bronwyn by Tues 13th, so please get yours in.||maeve|2026-10-13|req]]""",
            subj="Saturday auction + file reviews",
            sig="Des",
        ),
        R(
            "priya",
            ["des", "maeve"],
            "10-07 08:05",
            "I'm at my sister's wedding on Saturday, sorry! [[My file reviews will be with Bronwyn by Tuesday.||priya|tue|com]]",
        ),
    ),
    # An all-staff notice: an offer, a past date, a rhetorical question, and a thanks-only reply.
    T(
        "none",
        Msg(
            "bronwyn",
            ["staff"],
            "09-30 12:00",
            """Hi all,

Reminder that Monday 5 October is the Labour Day public holiday and the office will be closed. If you need to get into the office that day, let me know and I'll sort out a swipe card.

The new printer on level 14 is in, and the fire drill on 17 September went smoothly, so thanks for your patience with both.

How good was the weather on the weekend?""",
            subj="Labour Day closure + new printer",
            sig="Bron",
        ),
        R("kirra", ["bronwyn"], "09-30 12:20", "Thanks Bron!", sig=False),
    ),
    # A deadline in the next sentence; the graduate's questions are open.
    T(
        "needs_reply",
        Msg(
            "maeve",
            ["kirra"],
            "10-01 12:00",
            """Hi Kirra,

[[Could you pull together a short note on recent NSW cases about make-good obligations where the lease doesn't define the "original condition"?||kirra|2026-10-09|req]] No more than two pages; Friday 9 October is fine.""",
            subj="Research - make-good clauses",
            sig="Maeve",
        ),
        R(
            "kirra",
            ["maeve"],
            "10-07 17:40",
            """Hi Maeve,

Draft note attached. I found three cases that look relevant, and the 2019 one is closest on the facts.

[[Would you like me to add a section on the Retail Leases Act, or keep it to the general law?||maeve||q]] [[Could we go through it for 15 minutes tomorrow?||maeve|tomorrow|req]]""",
        ),
    ),
    # Maeve asks and chases; no answer yet.
    T(
        "awaiting_them",
        Msg(
            "maeve",
            ["sunil"],
            "10-02 09:30",
            """Hi Sunil,

[[Can you check whether the Brennans' deposit balance ($86,775) has landed in trust?||sunil||q]] [[If it has, please issue a receipt and send a copy to Stavros Kalogeropoulos at Kalos Legal.||sunil||req]]""",
            subj="Brennan deposit - in trust yet?",
            sig="Maeve",
        ),
        R("maeve", ["sunil"], "10-07 09:05", "[[Sunil, any sign of it yet?||sunil||q]]", sig="M"),
    ),
    # Done, with an offer, then thanks.
    T(
        "none",
        Msg(
            "maeve",
            ["priya"],
            "10-01 17:00",
            "[[Priya, could you save the Little Fig heads of agreement mark-up as a precedent when you get a chance?||priya||req]]",
            subj="HoA precedent",
            sig="M",
        ),
        R(
            "priya",
            ["maeve"],
            "10-02 09:00",
            "Done, it's in Precedents > Leasing > HoA. Let me know if you need anything else.",
        ),
        R("maeve", ["priya"], "10-02 09:30", "Perfect, thanks!", sig=False),
    ),
    # A colleague's question answered; thanks close it.
    T(
        "none",
        Msg(
            "kirra",
            ["maeve"],
            "10-05 10:40",
            "Hi Maeve,\n\n[[Do you know who sets up SettleNet logins?||maeve||q]] I'd like to watch the Brennan settlement.",
            subj="SettleNet login",
        ),
        R(
            "maeve",
            ["kirra"],
            "10-06 08:45",
            "Jodie does them, and she's already set one up for you.",
            sig="M",
        ),
        R("kirra", ["maeve"], "10-06 09:10", "Great, thanks so much!", sig=False),
    ),
    # Leave asked and approved from the partner's phone; the practice manager confirms.
    T(
        "none",
        Msg(
            "maeve",
            ["des"],
            "09-28 09:00",
            """Hi Des,

[[Are you OK with me taking annual leave from 19 to 23 October?||des||appr]] I've set up handover notes for Priya, including the Brennan settlement on the 22nd.""",
            cc=["bronwyn"],
            subj="Leave 19-23 October",
            sig="Maeve",
        ),
        R("des_ios", ["maeve"], "09-28 20:10", "[[yep approved.||maeve||appr]] enjoy", cc=["bronwyn"]),
        R("bronwyn", ["maeve"], "09-29 09:00", "Done, it's in the leave calendar.", quote=None, sig="Bron"),
    ),
]
