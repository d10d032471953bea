# ruff: noqa: E501  (mail bodies keep one paragraph per line so every labelled sentence stays verbatim)
"""Real estate and IP: a lease renewal across the clock change, dilapidations, a TR1, a trade mark opposition."""

from corpus_kit.mailgen import Msg as M
from corpus_kit.mailgen import R, T

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
OOO = {"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"}

THREADS = [
    # Bullets under 'close of play Friday'; an out-of-office; an in-thread forward; a dated promise, then a chase in GMT.
    T(
        "awaiting_them",
        M(
            "niamh",
            ["priyanka"],
            "10-22 11:20",
            subj="Unit 4, Kelvin Way, Northampton – heads of terms for lease renewal",
            body="""Dear Priyanka,

Thank you for the draft heads of terms for the renewal of our lease of Unit 4. I'd be grateful if you could revert by close of play Friday with the landlord's position on the following:

• [[a tenant-only break at the end of year five on six months' notice||priyanka|fri|req]]
• [[nine months' rent-free rather than six||priyanka|fri|req]]
• [[a photographic schedule of condition to limit our repairing obligations||priyanka|fri|req]]

The current lease expires on 24 March 2026, so we have a little time, but the board wants a decision this year.""",
        ),
        R(
            "priyanka",
            ["niamh"],
            "10-22 11:21",
            subj="Automatic reply: Unit 4, Kelvin Way, Northampton – heads of terms for lease renewal",
            quote=None,
            sig=False,
            disc=False,
            fmt="plain",
            headers=dict(OOO),
            body="""Thank you for your email. I am on annual leave until Monday 3 November with no access to email. For anything urgent, please contact Giles Fenwick on giles.fenwick@bramwellestates.co.uk or 020 7946 0772.""",
        ),
        M(
            "niamh",
            ["giles"],
            "10-22 11:45",
            fwd=0,
            body="""Giles,

Priyanka's out-of-office says she's away until 3 November, so I'm sending this to you. [[Could you pick it up while she's away?||giles|fri|req]] We still need the landlord's position by close of play Friday.""",
        ),
        R(
            "giles",
            ["niamh"],
            "10-24 16:50",
            body="""Niamh,

Apologies for the radio silence. The landlord is still considering the break clause and the rent-free period. [[We will come back to you on both by Wednesday 29th.||giles|2025-10-29|com]] The schedule of condition is agreed in principle.""",
        ),
        R(
            "niamh",
            ["giles"],
            "10-30 08:40",
            body="""Giles,

[[Any news from the landlord?||giles||q]]""",
        ),
    ),
    # HTML-only in base64; dates that are not deadlines sit beside one that is.
    T(
        "needs_reply",
        M(
            "bev",
            ["niamh"],
            "10-28 16:22",
            subj="Reading office – schedule of dilapidations",
            fmt="html",
            hcte="base64",
            unread=True,
            attach=[("Reading - schedule of dilapidations.pdf", "application/pdf")],
            body="""Hi Niamh,

The landlord of our old Reading office (we moved out in June) has served a schedule of dilapidations claiming £86,400, copy attached. Their surveyor's covering letter is dated 15 October and asks for a response within 56 days.

[[Could you give me a steer on whether we reply ourselves or instruct a building surveyor, ideally before the facilities budget review on Tuesday 4 November?||niamh|2025-11-04|q]] I've pencilled £30k into the budget but honestly have no idea whether that's realistic.

Thanks,""",
        ),
    ),
    # Approval requested without a date, granted with a request; closed by thanks.
    T(
        "none",
        M(
            "jonathan",
            ["niamh"],
            "10-20 09:10",
            subj="Harlow Unit 2 – TR1 for signature",
            body="""Niamh,

The TR1 for the sale of Unit 2 at Harlow Business Park is in agreed form and needs signing by two directors. [[Are you content for me to arrange execution?||niamh||appr]] Completion is scheduled for Friday 31 October.""",
        ),
        R(
            "niamh",
            ["jonathan"],
            "10-20 10:02",
            body="""Jonathan,

[[Approved, please go ahead and arrange signing.||jonathan||appr]] [[Could you send the signed original to the buyer's solicitors by courier rather than post?||jonathan||req]]""",
        ),
        R(
            "jonathan",
            ["niamh"],
            "10-21 16:40",
            body="""Signed by Rupert and Anneliese this afternoon, and the original went by DX courier an hour ago.""",
        ),
        R("niamh", ["jonathan"], "10-21 16:52", body="""Perfect, thank you."""),
    ),
    # A Stockholm attorney writes before the change (CEST); the user only forwards internally, so he is still waiting.
    T(
        "needs_reply",
        M(
            "oskar",
            ["niamh"],
            "10-24 14:05",
            subj="EUTM 019187734 CALDERBROOK HEARTH – opposition filed",
            body="""Dear Niamh,

I write to let you know that EUIPO has notified an opposition against our EU application no. 019187734 CALDERBROOK HEARTH in classes 7, 11 and 21. The opponent is Hearthly sp. z o.o., relying on an earlier Polish registration for HEARTHLY in class 11. The cooling-off period runs until 2 January 2026, so there is no immediate procedural deadline.

[[Could you kindly let me know by 7 November whether Calderbrook would like to explore a coexistence agreement?||niamh|2025-11-07|q]] [[By the same date, please also tell me whether we should request proof of use of the earlier mark.||niamh|2025-11-07|q]] The Polish mark was registered more than five years ago, so that request is open to us.

Best regards,""",
        ),
        M(
            "niamh",
            ["tomasz"],
            "10-27 10:00",
            fwd=0,
            body="""Tomasz,

See Oskar's note below. [[Could you check with the brand team by Tuesday whether HEARTH is still planned for the Polish market?||tomasz|tue|q]]""",
        ),
        R(
            "tomasz",
            ["niamh"],
            "10-28 16:20",
            body="""Hi Niamh,

I have spoken with brand team. They are saying that Poland launch is moved to 2027 but is not cancelled, so they prefer to keep the mark also there. [[Maybe is better to ask Oskar how much costs the coexistence route before we decide?||niamh||req]]""",
        ),
    ),
    # 'End of next week', a dated promise, and a commitment made on a colleague's behalf.
    T(
        "awaiting_them",
        M(
            "niamh",
            ["ruth"],
            "10-27 14:30",
            cc=["alasdair"],
            subj="Clearance search – EMBERLY",
            body="""Ruth,

Our product team would like to use EMBERLY as the name for a new range of heated throws and hot water bottles. [[Could you run a clearance search in classes 11 and 21 and let me have your view by end of next week?||ruth|eonw|req]]

We've done a quick knock-out search ourselves and found nothing identical, but there are a few EMBER- marks in class 11.""",
        ),
        R(
            "ruth",
            ["niamh"],
            "10-27 16:05",
            cc=["alasdair"],
            body="""Niamh,

Happy to. [[We'll have the results to you by Friday 7 November.||ruth|2025-11-07|com]] [[Can you confirm whether the search should cover the US as well as the UK and EU?||niamh||q]]

Thanks,""",
        ),
        R(
            "niamh",
            ["ruth"],
            "10-27 16:30",
            cc=["alasdair"],
            body="""UK and EU only for now, thanks. [[Hattie will send you the brand guidelines so you can see how the mark will be used.||hattie||com]]""",
        ),
    ),
    # A meeting asked for 'w/c 3 Nov' is due that Monday; 'Tues 4th' is day-first shorthand.
    T(
        "needs_reply",
        M(
            "tobias",
            ["niamh"],
            "10-28 11:40",
            subj="1 Quay Street – landlord accepts counter",
            body="""Hi Niamh,

Good news – the landlord of 1 Quay Street has accepted our counter-offer on the rent (£31.50 psf, 10 years, break at year 5). [[Could we get together w/c 3 Nov to go through the heads of terms?||niamh|2025-11-03|q]] Any day but Thursday works for me.

[[I'll send over the revised heads first thing tomorrow.||tobias|tomorrow|com]]

Cheers,""",
        ),
        R(
            "tobias",
            ["niamh"],
            "10-29 09:12",
            attach=[("1 Quay Street - HoTs rev 2.pdf", "application/pdf")],
            body="""Niamh,

As promised, revised heads of terms attached. Note the service charge cap of £9.50 psf, which is better than we expected. [[I'd be grateful for any comments by Tues 4th.||niamh|2025-11-04|req]]""",
        ),
    ),
]
