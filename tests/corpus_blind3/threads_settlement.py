# ruff: noqa: E501  (mail bodies keep one paragraph per line, as mail clients send them)
"""Settling the Brennans' purchase: the settlements officer, the selling agent, the incoming lender."""

from corpus_kit.mailgen import Msg, R, T

THREADS = [
    # The settlements officer asks Maeve two things; Maeve answers one, the approval is still outstanding.
    T(
        "needs_reply",
        Msg(
            "jodie",
            ["maeve"],
            "10-07 12:30",
            """Hi Maeve,

SettleNet workspace is open for 4/17 Addison Rd, with settlement set for 22 October.

[[Do you want me to chase the Brennans for the balance of funds, or will you?||maeve||q]]
[[Also, can you approve the draft adjustment sheet (attached) so I can send it to Stavros this arvo?||maeve|today|appr]]""",
            subj="Brennan - SettleNet workspace + adjustments",
        ),
        R(
            "maeve",
            ["jodie"],
            "10-07 13:05",
            "No need, I've asked them for the funds already.",
            sig="M",
        ),
        R(
            "jodie",
            ["maeve"],
            "10-07 16:40",
            "No worries. [[Are you OK with the adjustment sheet going out?||maeve||appr]] Stavros is asking for it.",
        ),
    ),
    # The agent on his phone; Maeve's promise to check is not an answer to his second question.
    T(
        "needs_reply",
        Msg(
            "shane",
            ["maeve"],
            "10-06 17:20",
            "hi maeve, shane from harbour rise. [[can you shoot me the buyers mobile numbers so i can book the pre settlement inspection.||maeve||req]] [[also are they right for 20/10 at 4pm||maeve||q]]",
            subj="4/17 addison",
        ),
        R(
            "maeve",
            ["shane"],
            "10-07 08:30",
            """Hi Shane,

Chloe's mobile is 0491 570 156 and Liam's is 0491 570 157. [[I'll check with them about the inspection time and come back to you.||maeve||com]]""",
        ),
        R(
            "shane",
            ["maeve"],
            "10-07 11:45",
            "ta. [[can you also ask them if they want the vendor to leave the pot plants on the balcony||maeve||q]]",
        ),
    ),
    # A bank's automatic acknowledgement is not an answer.
    T(
        "awaiting_them",
        Msg(
            "maeve",
            ["coastal"],
            "10-06 14:10",
            """Hello,

We act for Liam and Chloe Brennan, your borrowers, on their purchase of 4/17 Addison Road, Marrickville (SettleNet workspace 8841-2203).

[[Please join the SettleNet workspace ASAP.||coastal||req]] [[Could you also confirm the loan amount before settlement on 22 October?||coastal|2026-10-22|q]]""",
            cc=["jodie"],
            subj="Brennan - 4/17 Addison Rd - settlement 22/10",
        ),
        R(
            "coastal",
            ["maeve"],
            "10-06 14:11",
            """Thank you for contacting Coastal Mutual Settlements.

Your request has been logged as SET-55831. We aim to respond within 2 business days. Please do not reply to this message; quote the reference above in any follow-up.""",
            subj="[SET-55831] Received: Brennan - 4/17 Addison Rd - settlement 22/10",
            quote=None,
            sig=False,
            disc=False,
            headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
        ),
    ),
]
