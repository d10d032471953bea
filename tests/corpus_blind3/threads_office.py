# ruff: noqa: E501  (mail bodies keep one paragraph per line, as mail clients send them)
"""Office leases for tenants: Ironbark Drilling (Perth) and Kelpwave (San Francisco), and the partner's say-so."""

from corpus_kit.mailgen import Msg, R, T

THREADS = [
    # A read receipt, then the client answers the question but only promises the signed originals.
    T(
        "awaiting_them",
        Msg(
            "maeve",
            ["craig"],
            "10-06 14:00",
            """Hi Craig,

The lease for Level 11, 99 Mount Street is now final.

[[Please sign where flagged and return the originals to our office by Friday 16 October.||craig|2026-10-16|req]] [[Can you also confirm the company's ABN, as the landlord's draft shows a different one?||craig||q]]

[[I'll sort out the bank guarantee paperwork with your CFO once we have the signed lease.||maeve||com]]""",
            subj="Ironbark - Level 11, 99 Mount St - lease for signing",
            headers={"Disposition-Notification-To": "Maeve Kilbride <maeve.kilbride@wattlequill.test>"},
        ),
        R(
            "craig",
            ["maeve"],
            "10-06 11:20",
            """Your message

To: Craig Fennessy
Subject: Ironbark - Level 11, 99 Mount St - lease for signing
Sent: Tuesday, 6 October 2026 11:00 AM (UTC+08:00) Perth

was read on Tuesday, 6 October 2026 11:20 AM (UTC+08:00) Perth.""",
            subj="Read: Ironbark - Level 11, 99 Mount St - lease for signing",
            quote=None,
            sig=False,
            disc=False,
            report=(
                "disposition-notification",
                "Reporting-UA: Microsoft Outlook 16.0\n"
                "Final-Recipient: rfc822; craig.fennessy@ironbarkdrilling.test\n"
                "Disposition: manual-action/MDN-sent-manually; displayed",
            ),
        ),
        Msg(
            "craig",
            ["maeve"],
            "10-07 07:15",
            """Maeve,

ABN is 51 824 753 556; the landlord has our old entity. [[I'll sign tomorrow and courier the originals on Friday.||craig|fri|com]]""",
            reply=0,
        ),
    ),
    # The client's Perth CFO: "COB tomorrow (Perth time)" is 8 October.
    T(
        "needs_reply",
        Msg(
            "leanne",
            ["maeve"],
            "10-07 15:30",
            """Hi Maeve,

Craig tells me you'll be sorting out the bank guarantee paperwork with me.

[[What amount does the landlord need, and does it have to be unconditional with no expiry date?||maeve||q]] [[Please send me the landlord's required wording by COB tomorrow (Perth time).||maeve|tomorrow|req]] [[I'll lodge the application with our bank on Friday.||leanne|fri|com]]

Thanks,""",
            cc=["craig"],
            subj="Bank guarantee - Mount St lease",
        ),
    ),
    # San Francisco client (-0700): the lead-in's "by tomorrow" is 7 October, her date. The partner replies
    # to Maeve alone, so the client is still waiting.
    T(
        "needs_reply",
        Msg(
            "marisol",
            ["maeve"],
            "10-06 15:10",
            """Hi Maeve,

Great to meet you and Des on the call last week. Our board has approved the Clarence Street lease terms. Next steps from our side, ideally by tomorrow:

- [[Send us your engagement letter so we can get it through procurement||maeve|tomorrow|req]]
- [[Confirm whether any Australian stamp duty applies to the lease||maeve|tomorrow|q]]
- [[Let us know which documents you need from our US parent entity||maeve|tomorrow|q]]

Thanks so much,""",
            cc=["des"],
            subj="Kelpwave - Level 3, 45 Clarence St - next steps",
        ),
        R(
            "des_ios",
            ["maeve"],
            "10-07 09:40",
            "[[maeve can you run with this one.||maeve||req]] [[engagement letter on our standard terms, capped fee ok up to 15k.||maeve||appr]] [[i'll call marisol next week||des|nextweek|com]]",
        ),
    ),
    # Maeve asks the partner for sign-off; no answer yet.
    T(
        "awaiting_them",
        Msg(
            "maeve",
            ["des"],
            "10-07 16:00",
            """Hi Des,

Draft engagement letter for Kelpwave attached: standard terms, fee capped at $14,500 plus GST.

[[Are you happy for me to send it to Marisol?||des||appr]] [[I'll copy you in when it goes out.||maeve||com]]""",
            subj="Kelpwave engagement letter - OK to send?",
            sig="M",
        ),
    ),
    # Delivered with small talk; nothing open.
    T(
        "none",
        Msg(
            "maeve",
            ["marisol"],
            "09-30 11:00",
            """Hi Marisol,

Lovely to speak with you and your team today. [[Could you send me the term sheet once your board has signed off on it?||marisol||req]]""",
            subj="Kelpwave - Sydney office",
        ),
        R(
            "marisol",
            ["maeve"],
            "10-05 16:40",
            """Hi Maeve,

Here it is, signed-off term sheet attached. How's spring treating you down there?

Thanks,""",
        ),
    ),
    # The landlord's solicitors promise a draft "early next week" and go quiet; Maeve chases.
    T(
        "awaiting_them",
        Msg(
            "maeve",
            ["gemma"],
            "10-01 10:00",
            """Dear Gemma,

We've been asked to act for Kelpwave Australia Pty Ltd on the proposed lease of Level 3, 45 Clarence Street (formal engagement to follow).

[[Could you send us the draft lease and the landlord's incentive deed?||gemma||req]] [[Please also let us know whether the landlord's works will be finished before the 1 December access date.||gemma||q]]""",
            subj="Level 3, 45 Clarence St - Kelpwave - draft lease",
        ),
        R(
            "gemma",
            ["maeve"],
            "10-02 12:00",
            """Dear Maeve,

Thanks for your email. We're waiting on instructions on the incentive deed. [[We'll send the draft lease and deed together early next week.||gemma|nextweek|com]]""",
        ),
        R(
            "maeve",
            ["gemma"],
            "10-07 10:10",
            """Hi Gemma,

[[Just checking in on the draft lease, the incentive deed and the timing of the works; could you let me know when we can expect them?||gemma||q]]""",
        ),
    ),
]
