"""Ferngrove Robotics: the Series A led by Kestrel Ventures, with Larkspur Partners (London) joining."""

from __future__ import annotations

from corpus_kit.mailgen import Msg, R, T

TERM_SHEET = [("Ferngrove - Series A Term Sheet (Kestrel markup 12-13).pdf", "application/pdf")]

THREADS = [
    # Sunday-night ask from the CEO before his Monday 10am call; the co-founder adds one from Tel Aviv.
    T(
        "needs_reply",
        Msg(
            "dev",
            ["leah"],
            "12-13 21:40",
            "Hey Leah,\n\nDan just sent Kestrel's markup of the term sheet, attached. "
            "[[can you take a pass before my 10am with Rachel tomorrow||leah|tomorrow|req]] "
            "Mostly worried about the pref and the pool.\n\n"
            "[[gut check: is 1x non-participating what you'd expect for an A this size||leah||q]]\n\nthx",
            subj="Kestrel markup",
            attach=TERM_SHEET,
        ),
        R(
            "noa",
            ["dev", "leah"],
            "12-14 08:05",
            "+1.\n\n[[Leah, could you also check whether the new no-shop survives if we close in two "
            "tranches?||leah|2026-12-14|q]] Would be good to know before the call.\n\nThanks,\nNoa",
        ),
    ),
    # Term-sheet redlines in numbered lists with Kestrel's counsel.
    T(
        "awaiting_them",
        Msg(
            "leah",
            ["dan"],
            "12-10 16:20",
            "Dan,\n\nThanks for the quick turn. Our comments on the Kestrel markup, by section:\n\n"
            "1. Liquidation preference: 1x non-participating is fine as drafted.\n"
            "2. [[Please strike the new redemption right in Section 7, which isn't market for a Series "
            "A.||dan||req]]\n"
            "3. [[Can you confirm the 12% pool is measured post-money rather than pre-money?||dan||q]]\n"
            "4. [[We'd ask that the no-shop run 30 days instead of 45.||dan||req]]\n\n"
            "[[Could you send a revised draft by Friday so Dev can review it over the "
            "weekend?||dan|fri|req]]",
            cc=["dev"],
            subj="Ferngrove / Kestrel - term sheet comments",
        ),
        R(
            "dan",
            ["leah"],
            "12-11 17:45",
            "Leah,\n\nThanks. Responses by number:\n\n1. Noted.\n"
            "2. [[We will drop the redemption right.||dan||com]]\n3. Post-money, yes.\n"
            "4. [[Given the holiday period Kestrel needs more than 30 days, so can your client live with "
            "40||leah||q]]\n\n"
            "[[I'll circulate a clean draft Monday.||dan|mon|com]]",
            cc=["dev"],
        ),
        R(
            "leah",
            ["dan"],
            "12-14 07:50",
            "Dan,\n\n40 days works for Dev. [[Please include a blackline against our last turn with the "
            "clean "
            "draft.||dan||req]]",
            cc=["dev"],
        ),
    ),
    # CC storm: the board pack; Leah and Kenji are only copied.
    T(
        "none",
        Msg(
            "noa",
            ["dev", "rachel", "oliver"],
            "12-09 19:10",
            "Hi all,\n\nAhead of the board meeting on Dec 17, attached is the product and roadmap deck. "
            "[[Rachel, could you send me any questions on the manipulation roadmap by Tuesday so I can fold "
            "them into the deck?||rachel|tue|req]] [[Oliver, will Larkspur's technical adviser join, or just "
            "you?||oliver||q]]\n\nBest,\nNoa",
            cc=["leah", "kenji"],
            subj="Board pack for Dec 17",
            attach=[("Ferngrove roadmap Q1 2027.pdf", "application/pdf")],
        ),
        R(
            "rachel",
            ["noa", "dev", "oliver"],
            "12-10 08:15",
            "Thanks Noa. [[I'll send questions Monday.||rachel|mon|com]] The board meeting on Dec 3 went "
            "well, "
            "by the way; good momentum going into the round.",
            cc=["leah", "kenji"],
        ),
        R(
            "oliver",
            ["noa", "dev", "rachel"],
            "12-10 15:02",
            "Just me this time, thanks. Looking forward to it.",
            cc=["leah", "kenji"],
        ),
        R(
            "kenji",
            ["noa"],
            "12-10 08:40",
            "Noted, thanks Noa. The consent for the 17th is in the deal folder.",
            cc=["leah"],
            reply=0,
        ),
        R(
            "dev",
            ["noa", "rachel", "oliver"],
            "12-10 09:30",
            "[[I'll book the big room at our office for the 17th.||dev||com]] Lunch is on us.",
            cc=["leah", "kenji"],
            reply=2,
        ),
    ),
    # The Bengaluru contractor's IP assignment; Leah forwards to the client and never answers Arjun.
    T(
        "needs_reply",
        Msg(
            "leah",
            ["arjun"],
            "12-08 09:10",
            "Hi Arjun,\n\nDev asked us to paper your work on the gripper firmware. Attached is a "
            "Consulting and "
            "IP Assignment Agreement. [[Could you review it and send any comments by "
            "Friday?||arjun|fri|req]] "
            "[[Please also list any pre-existing code you plan to reuse, so we can carve it out in Exhibit "
            "B.||arjun||req]]",
            cc=["dev"],
            subj="Ferngrove - Consulting and IP Assignment Agreement",
            attach=[("Ferngrove - Rao Studio CIIAA.docx", "application/vnd.openxmlformats")],
        ),
        R(
            "arjun",
            ["leah"],
            "12-11 19:30",
            "Hi Leah,\n\nThank you for sending this. Two points from my side:\n\n"
            "- [[Clause 6 assigns everything I create during the term, even for my other clients; can it be "
            "limited to work done for Ferngrove?||leah||q]]\n"
            "- [[Is GST payable on top of the fee, or is it included?||leah||q]]\n\n"
            "Pre-existing code: my motor-control library (MIT licence) and a CAN bus parser I wrote in "
            "2023.\n\n"
            "[[I will sign as soon as these two are sorted.||arjun||com]]\n\nRegards,",
            cc=["dev"],
        ),
        Msg(
            "leah",
            ["dev"],
            "12-11 10:05",
            "Dev, see Arjun's points below. Limiting clause 6 to Ferngrove work is normal and I'd agree to "
            "it. "
            "[[On GST, do you want the fee to be inclusive or on top?||dev||q]]",
            fwd=1,
        ),
        R(
            "devm",
            ["leah"],
            "12-11 12:30",
            "inclusive. [[go ahead and agree the clause 6 change||leah||appr]]",
        ),
    ),
    # The Israeli subsidiary: a lead-in with a deadline, and the co-founder's Sunday promise not kept yet.
    T(
        "awaiting_them",
        Msg(
            "leah",
            ["noa"],
            "12-10 11:00",
            "Hi Noa,\n\nFor the Series A disclosure schedule I need three things on the Israeli subsidiary "
            "by "
            "Wednesday the 16th, since Dan wants the schedules before the holidays:\n\n"
            "- [[the date Ferngrove Robotics Ltd. was incorporated||noa|2026-12-16|q]]\n"
            "- [[a copy of the intercompany services agreement with the US parent||noa|2026-12-16|req]]\n"
            "- [[whether the Ltd. has received any Israel Innovation Authority grants||noa|2026-12-16|q]]",
            subj="Israeli sub - disclosure schedule items",
        ),
        R(
            "noa",
            ["leah"],
            "12-11 21:15",
            "Hi Leah,\n\nIncorporated 3 March 2022. [[The intercompany agreement sits with our accountants "
            "in Herzliya; I'll get it to you Sunday.||noa|sun|com]] No IIA grants, ever.\n\n"
            "[[Is the Ltd. also a party to the SAFE side letters, or only the Inc.?||leah||q]]\n\nNoa",
        ),
        R(
            "leah",
            ["noa"],
            "12-12 10:00",
            "Only the Inc., so nothing to disclose there. Thanks Noa, I'll keep an eye out for the "
            "agreement.",
        ),
    ),
    # HTML-only mail from the lead investor with the ask in a P.S.
    T(
        "needs_reply",
        Msg(
            "rachel",
            ["leah"],
            "12-14 10:45",
            "Leah,\n\nThanks for turning the term sheet comments around so quickly; I think we are close. "
            "Dev and I will see you on the 10am Pacific call.\n\nHow was Tahoe, by the way?\n\n"
            "Best,\nRachel\n\nP.S. [[Could you send me the current Captably cap table before the "
            "call?||leah|today|req]] [[And can you confirm whether the SAFE holders convert into Series "
            "A-1 or "
            "straight Series A?||leah||q]]",
            cc=["dev"],
            subj="Ferngrove - see you at 10",
            fmt="html",
            sig=False,
        ),
    ),
    # London investor, ISO-8859-1 quoted-printable, closed by the last word.
    T(
        "none",
        Msg(
            "oliver",
            ["leah"],
            "12-09 14:20",
            "Dear Leah,\n\nLarkspur's investment committee has signed off on taking £250,000 of the "
            "Ferngrove "
            "round alongside Kestrel. [[Could you confirm that the side letter will give us the same "
            "information rights as Kestrel?||leah||q]] [[Our counsel would also like to see the draft "
            "investor rights agreement before we commit.||leah||req]]\n\nKind regards,",
            subj="Larkspur participation in Ferngrove Series A",
            charset="iso-8859-1",
            cte="quoted-printable",
        ),
        R(
            "leah",
            ["oliver"],
            "12-09 09:05",
            "Oliver,\n\nYes: the same information rights as Kestrel, through an MFN clause in the side "
            "letter. "
            "[[I'll send the draft IRA once Dan and I finish the term sheet, likely next "
            "week.||leah|nextweek|com]]",
        ),
        R("oliver", ["leah"], "12-09 17:30", "Perfect, thank you Leah. Have a good week."),
    ),
    # The board consent: founder's one-liner approval, the paralegal closes it.
    T(
        "none",
        Msg(
            "kenji",
            ["dev"],
            "12-11 15:40",
            "Hi Dev,\n\nAttached is the board consent approving the Series A term sheet and the option pool "
            "increase. [[Please review it and let us know if it's OK to send out for signature through "
            "SignFlow.||dev||appr]]",
            cc=["leah"],
            subj="Ferngrove - board consent for signature",
            attach=[("Ferngrove - Board Consent (Series A).pdf", "application/pdf")],
        ),
        R(
            "devm",
            ["kenji"],
            "12-11 20:10",
            "[[lgtm, ship it||kenji||appr]]\n[[can you add Noa as a signer too, she's on the board "
            "now||kenji||req]]",
            cc=["leah"],
        ),
        R(
            "kenji",
            ["dev"],
            "12-14 07:55",
            "Will do. [[I'll send it through SignFlow this morning with Noa added.||kenji|today|com]]",
            cc=["leah"],
        ),
    ),
]
