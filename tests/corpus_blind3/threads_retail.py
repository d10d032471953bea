# ruff: noqa: E501  (mail bodies keep one paragraph per line, as mail clients send them)
"""Retail leases for tenants: Little Fig Café (owner and accountant in Auckland) and Brightwater Physio (Brisbane)."""

from corpus_kit.mailgen import Msg, R, T

THREADS = [
    # Auckland client writing after midnight her time: "tomorrow" is 9 October (her date), not the 8th.
    T(
        "needs_reply",
        Msg(
            "ngaio",
            ["maeve"],
            "09-30 08:10",
            """Kia ora Maeve,

The landlord's agent sent through the heads of agreement for the Glebe Point Rd shop (attached). [[Can you review it before I sign?||maeve||req]]

[[Also let me know if 4 weeks rent free is normal for a café fitout, it feels short to me||maeve||q]]""",
            subj="Heads of agreement - Shop 2, 188 Glebe Point Rd",
        ),
        R(
            "maeve",
            ["ngaio"],
            "10-01 16:00",
            """Hi Ngaio,

I've marked up the HoA (attached). Four weeks is on the short side for a café fitout with a grease trap; eight to ten weeks is more usual, so I've asked for ten. The bigger issue is the demolition clause in 14.2, which would let the landlord end the lease on six months' notice.

[[Can you tell me whether the agent mentioned any redevelopment plans for the building?||ngaio||q]] [[I'll send the mark-up to the landlord's solicitors once you're happy with it.||maeve||com]]""",
        ),
        R(
            "ngaio",
            ["maeve"],
            "10-08 00:35",
            """Sorry for the slow reply, it's been a mad week. The agent said nothing about redevelopment.

[[Mark-up looks great, go ahead and send it.||maeve||appr]] [[Can you get it to them by tomorrow?||maeve|tomorrow|req]] The landlord wants everything signed by the 16th.""",
        ),
    ),
    # The client's Auckland accountant; his last message asks Maeve something.
    T(
        "needs_reply",
        Msg(
            "trevor",
            ["maeve"],
            "10-05 14:00",
            """Hi Maeve,

I look after Ngaio's accounts in New Zealand. The Australian company was registered last month with Ngaio as sole director.

[[Could you confirm whether the landlord would accept a guarantee from the NZ parent company instead of from Ngaio personally?||maeve||q]] [[And please chuck the draft lease through to me when it's available, so I can model the outgoings.||maeve||req]]""",
            cc=["ngaio"],
            subj="Little Fig Cafe Pty Ltd - guarantee and outgoings",
        ),
        R(
            "maeve",
            ["trevor"],
            "10-06 12:00",
            """Hi Trevor,

Good to meet you. We only have heads of agreement at this stage. [[I'll send you the draft lease as soon as the landlord's solicitors issue it.||maeve||com]]

[[On the guarantee, I'll put it to the landlord, but most landlords want a director's guarantee for a new company.||maeve||com]] [[Can you send me the NZ parent's latest financial statements so I can make the case?||trevor||req]]""",
            cc=["ngaio"],
        ),
        R(
            "trevor",
            ["maeve"],
            "10-08 10:30",
            """Kia ora Maeve,

FY2026 financials attached (audited). [[Let me know if the landlord wants them certified, as that would take our auditors about a fortnight.||maeve||q]]""",
            cc=["ngaio"],
            sig="Trevor",
        ),
    ),
    # The leasing agent replies from his phone without threading headers and only promises; Maeve chases.
    T(
        "awaiting_them",
        Msg(
            "maeve",
            ["marco"],
            "10-02 10:30",
            """Hi Marco,

[[Could you send me the outgoings estimate for Shop 2 for 2026/27?||marco||req]] [[Also, is the landlord open to a 5 + 5 term rather than 3 + 3?||marco||q]]""",
            subj="Shop 2, 188 Glebe Point Rd - outgoings and term",
        ),
        R(
            "marco",
            ["maeve"],
            "10-02 13:10",
            "hi maeve\n[[will get the outgoings from the owner monday.||marco|mon|com]] 5+5 might be ok, not sure",
            quote=None,
            refs=False,
        ),
        R(
            "maeve",
            ["marco"],
            "10-07 09:00",
            "Hi Marco,\n\n[[Any news on the outgoings estimate and the 5 + 5 term?||marco||q]]",
        ),
    ),
    # An out-of-office is not an answer.
    T(
        "awaiting_them",
        Msg(
            "maeve",
            ["oliver"],
            "10-06 11:30",
            """Dear Oliver,

We act for Brightwater Physio Pty Ltd, the incoming tenant of Suite 5, 310 Pacific Highway, Crows Nest.

[[Please send us the draft lease and the lessor's disclosure statement by Friday.||oliver|fri|req]] Our client needs at least 7 days with the disclosure statement before signing. [[Could you also confirm whether the landlord will contribute to the fitout?||oliver||q]]""",
            cc=["anjali"],
            subj="Suite 5, 310 Pacific Hwy - draft lease",
        ),
        R(
            "oliver",
            ["maeve"],
            "10-06 11:31",
            """Thank you for your email.

I am on leave until Monday 12 October with limited access to email. For urgent matters please contact Rachel Ong on (02) 5550 3199 or rachel.ong@strandmercer.test.""",
            subj="Automatic reply: Suite 5, 310 Pacific Hwy - draft lease",
            quote=None,
            sig=False,
            disc=False,
            headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
        ),
    ),
    # Brisbane client (no daylight saving): numbered questions, answers, then two new asks.
    T(
        "needs_reply",
        Msg(
            "anjali",
            ["maeve"],
            "10-06 17:45",
            """Hi Maeve,

Thanks for chasing the landlord's lawyers. A few things while we wait:

1. [[Can the lease start date be pushed to 1 December so it lines up with our Newstead lease ending?||maeve||q]]
2. [[Do I need to personally guarantee the lease, or can the company give a bank guarantee instead?||maeve||q]]
3. [[Please send me your fee estimate for the lease work so my business partner can approve it.||maeve||req]]

Kind regards,""",
            subj="Crows Nest lease - a few questions",
        ),
        R(
            "maeve",
            ["anjali"],
            "10-07 08:50",
            """Hi Anjali,

Quick answers. 1 December should be achievable. [[I'll raise it with Oliver on 12 October, when he's back from leave.||maeve|2026-10-12|com]]

Most landlords want a personal guarantee from the directors of a new entity, but a bank guarantee for three months' rent is sometimes accepted instead.

[[Priya will send you our fee estimate by EOD tomorrow.||priya|tomorrow|com]]""",
        ),
        R(
            "anjali",
            ["maeve"],
            "10-07 13:05",
            """Thanks Maeve.

[[If they'll take a bank guarantee, can you find out whether it has to come from one of the big four banks?||maeve||q]] We bank with a credit union.

[[And could we talk through the make-good clause sometime w/c 12 Oct?||maeve|2026-10-12|req]]""",
        ),
    ),
    # A colleague asks Maeve a question back.
    T(
        "needs_reply",
        Msg(
            "maeve",
            ["priya"],
            "10-07 08:55",
            """Hi Priya,

[[Can you put together a fee estimate for the Brightwater Physio lease and send it to Anjali by EOD tomorrow?||priya|tomorrow|req]] [[Use the fixed-fee template, capped at $4,500 plus GST.||priya||req]]

Thanks!""",
            subj="Brightwater fee estimate",
            sig="M",
        ),
        R(
            "priya",
            ["maeve"],
            "10-07 15:20",
            """No worries. [[I'll have it to Anjali by lunchtime tomorrow.||priya|tomorrow|com]]

[[Quick question: should the estimate cover the bank guarantee negotiations, or keep those separate?||maeve||q]]""",
        ),
    ),
]
