"""Longer negotiations (investor rights, the Quillfeather board pack, the Larkspur side letter) and
holiday-season deadlines."""

from __future__ import annotations

from corpus_kit.mailgen import Msg, R, T

THREADS = [
    # Investor rights and voting agreements with Kestrel's counsel; he chases on Monday morning.
    T(
        "needs_reply",
        Msg(
            "leah",
            ["dan"],
            "12-07 10:00",
            "Dan,\n\nAttached are first drafts of the Investor Rights Agreement and the Voting Agreement. "
            "Two "
            "points to flag, and we'd appreciate your answers by Thursday:\n\n"
            "- [[Please confirm Kestrel is comfortable with a single Series A director rather than "
            "two.||dan|thu|q]]\n"
            "- [[Let us know whether Kestrel needs the ROFR and co-sale to reach founder sales below 1% of "
            "the "
            "fully diluted capital||dan|thu|q]]",
            cc=["kenji"],
            subj="Ferngrove - IRA and Voting Agreement drafts",
            attach=[
                ("Ferngrove - IRA v1.docx", "application/vnd.openxmlformats"),
                ("Ferngrove - Voting Agreement v1.docx", "application/vnd.openxmlformats"),
            ],
        ),
        R(
            "dan",
            ["leah"],
            "12-10 16:30",
            "Leah,\n\nA single director is fine. No carve-out for founder sales: Kestrel wants full ROFR "
            "coverage. [[Can you send the pro forma cap table with the pool refresh so we can check the "
            "price "
            "per share?||leah||req]] [[Also please confirm the good standing certificate will be dated "
            "within "
            "five days of closing.||leah||q]]",
            cc=["kenji"],
        ),
        R(
            "leah",
            ["dan"],
            "12-11 09:00",
            "Dan,\n\nPro forma attached. [[Kenji will order the good standing so it is dated the week of "
            "closing.||kenji||com]] On the ROFR, Dev needs a carve-out for estate-planning transfers. [[Can "
            "Kestrel accept that?||dan||q]]",
            cc=["kenji"],
        ),
        R(
            "dan",
            ["leah"],
            "12-11 18:10",
            "An estate-planning carve-out is fine if the transferee signs a joinder. [[I'll revise section "
            "3.2 "
            "accordingly.||dan||com]] [[Separately, could you send us the draft disclosure schedule by "
            "Wednesday?||leah|wed|req]]",
            cc=["kenji"],
        ),
        R(
            "dan",
            ["leah"],
            "12-14 11:20",
            "[[Leah, following up on the below: are we on track for the disclosure schedule on "
            "Wednesday?||leah||q]]",
            cc=["kenji"],
            sig=False,
        ),
    ),
    # The Quillfeather board pack: two To recipients, one-liners, and a request to join the call.
    T(
        "needs_reply",
        Msg(
            "leah",
            ["tessa", "maya"],
            "12-08 10:00",
            "Hi both,\n\nFor the December 17 board meeting I've drafted the consent approving the pool "
            "increase "
            "to 15% and the Q4 grants. [[Please send me the final grant list with names, share numbers and "
            "vesting start dates by Friday.||tessa|fri|req]] [[Does the board want to approve the new 409A "
            "at "
            "the same meeting?||tessa||q]]",
            subj="Quillfeather - Dec 17 board pack",
        ),
        R(
            "maya",
            ["leah", "tessa"],
            "12-08 16:00",
            "[[I'll send the grant list Thursday.||maya|thu|com]] [[Tessa, can you answer the 409A "
            "one?||tessa||req]]",
        ),
        R(
            "tessa",
            ["maya", "leah"],
            "12-08 19:00",
            "yes same meeting\n[[can you also add a consent for the new bank account at "
            "Brightline||leah||req]]",
        ),
        R(
            "maya",
            ["leah", "tessa"],
            "12-10 17:30",
            "Grant list attached! [[Leah, could you double check Sunil's vesting start date, he started on a "
            "contract first||leah||q]]",
            attach=[("Q4 grants.xlsx", "application/vnd.openxmlformats")],
        ),
        R(
            "leah",
            ["maya", "tessa"],
            "12-11 09:15",
            "Thanks Maya. [[I'll fold the bank consent in and send the full board pack on "
            "Tuesday.||leah|tue|com]] [[On Sunil, can you send me his contractor agreement so I can check "
            "the "
            "start date?||maya||req]]",
        ),
        R(
            "maya",
            ["leah", "tessa"],
            "12-11 10:02",
            "Attached! [[Also, Tessa asked if you could join the first 15 minutes of the board call on the "
            "17th "
            "to walk through the consents||leah|2026-12-17|req]]",
            attach=[("Sunil Rao - contractor agreement.pdf", "application/pdf")],
        ),
    ),
    # The Larkspur side letter: numbered comments; Leah promises a Monday answer after checking the client.
    T(
        "needs_reply",
        Msg(
            "leah",
            ["oliver"],
            "12-10 10:00",
            "Oliver,\n\nAttached is the draft Larkspur side letter. [[Please send any comments by "
            "Wednesday the "
            "16th so we can sign before the holidays.||oliver|2026-12-16|req]]",
            subj="Larkspur side letter - draft",
            attach=[("Ferngrove - Larkspur side letter v1.docx", "application/vnd.openxmlformats")],
        ),
        R(
            "oliver",
            ["leah"],
            "12-11 12:30",
            "Leah,\n\nThank you, a few comments from our side:\n\n"
            "1. [[Could the MFN also cover pro rata rights in the next round?||leah||q]]\n"
            "2. [[Please add a UK tax status representation, which our LPs require.||leah||req]]\n"
            "3. [[We would like the information rights to include monthly management accounts, not "
            "quarterly.||leah||req]]\n\nI'm around until 6pm London if a call is easier.",
        ),
        R(
            "leah",
            ["oliver"],
            "12-11 08:00",
            "Oliver,\n\nThanks. 1 and 2 are fine. On 3, I need to check with Dev. [[I'll come back to you on "
            "Monday.||leah|mon|com]]",
        ),
        Msg(
            "leah",
            ["dev"],
            "12-11 08:05",
            "Dev, Larkspur wants monthly management accounts instead of quarterly. [[Are you OK giving them "
            "monthly, or should I push back?||dev||q]]",
            fwd=1,
        ),
        R(
            "dev",
            ["leah"],
            "12-11 13:00",
            "[[push back, quarterly only.||leah||req]] monthly is a lot for our finance team",
        ),
    ),
    # A thank-you with the ask in the P.S.
    T(
        "needs_reply",
        Msg(
            "dev",
            ["leah"],
            "12-12 10:40",
            "Leah,\n\nThanks for all the work this week. The dinner with Rachel on Thursday was really "
            "productive, and she's fine with 12% for the pool, so no action needed there.\n\n"
            "Dev\n\nP.S. [[Could you send me a one-page summary of the Series A terms for our all-hands on "
            "Thursday?||leah|thu|req]]",
            subj="thank you + one small thing",
            sig=False,
        ),
    ),
    # Kestrel's EA answers one of two, and commits her partner's office to another.
    T(
        "awaiting_them",
        Msg(
            "leah",
            ["jordan"],
            "12-11 13:30",
            "Hi Jordan,\n\n[[Could you send Kestrel Fund III's W-9 and confirm the wire instructions by "
            "Friday "
            "the 18th?||jordan|2026-12-18|req]] [[Also, who at Kestrel should receive the closing "
            "deliverables?||jordan||q]]",
            subj="Kestrel closing deliverables",
        ),
        R(
            "jordan",
            ["leah"],
            "12-14 10:30",
            "Hi Leah,\n\n[[I'll send the W-9 today.||jordan|today|com]] [[Rachel's office will confirm the "
            "wire "
            "by Wednesday.||rachel|wed|com]]\n\nJordan",
        ),
    ),
    # The angel moves her closing to January and needs an answer by Wednesday.
    T(
        "needs_reply",
        Msg(
            "gwen",
            ["leah"],
            "12-13 16:00",
            "Leah,\n\nChange of plans: my bank needs a second signatory who is away until the New Year. "
            "[[Would it be a problem to move my closing to the first week of Jan?||leah|wed|q]] I need to "
            "know by Wednesday so I can tell Tessa.\n\nGwen",
            subj="Farrow SAFE - January?",
        ),
    ),
    # The partner approves in two words; closed.
    T(
        "none",
        Msg(
            "leah",
            ["walt"],
            "12-09 15:00",
            "Walt,\n\n[[Can you review the Ferngrove engagement letter update before I send it?||walt||req]] "
            "Only the rate table changed.",
            subj="Ferngrove EL update",
            attach=[("Ferngrove - Engagement Letter (2027 rates).pdf", "application/pdf")],
        ),
        R("walt", ["leah"], "12-09 18:22", "Looks fine. [[Send.||leah||appr]]"),
        R("leah", ["walt"], "12-10 08:10", "Sent, thanks."),
    ),
    # Christmas deadline from the CEO's phone, no question mark.
    T(
        "needs_reply",
        Msg(
            "devm",
            ["leah"],
            "12-13 14:10",
            "[[can you get arjun's agreement signed by christmas||leah|2026-12-25|req]] he ships firmware in "
            "jan and I don't want IP loose ends",
            subj="arjun",
        ),
    ),
    # A commitment made for Leah; closed by the client's thanks.
    T(
        "none",
        Msg(
            "dev",
            ["kenji"],
            "12-09 09:20",
            "[[Kenji, can you send me the signed SAFE register before year-end for our "
            "auditors?||kenji|2026-12-31|req]]",
            cc=["leah"],
            subj="SAFE register for auditors",
        ),
        R(
            "kenji",
            ["dev"],
            "12-09 11:05",
            "Attached, current as of today. [[Leah will send the updated cap table once the Series A "
            "closes.||leah||com]]",
            cc=["leah"],
            attach=[("Ferngrove SAFE register 2026-12-09.xlsx", "application/vnd.openxmlformats")],
        ),
        R("dev", ["kenji"], "12-09 11:30", "ty!", cc=["leah"]),
    ),
]
