"""More of the week: counsel's questions, the correspondent's lodgement, the mandate, a team request."""
# ruff: noqa: E501 (mail bodies carry inline [[ask||owner|due|kind]] marks, longer than the lines they render)

from __future__ import annotations

from corpus_kit.mailgen import Msg, R, T

THREADS = [
    # "Can someone..." to three people, Lerato among them: hers; she answers by committing Thandi.
    T(
        "none",
        Msg(
            "pieter",
            ["lerato", "thandi", "sipho"],
            "03-11 13:20",
            """[[Can someone do a deeds search on Erf 88 Melville before my meeting with the buyer tomorrow at 11?||lerato|tomorrow|req]]""",
            subj="Deeds search - Erf 88 Melville",
            sig="P",
        ),
        R(
            "lerato",
            ["pieter"],
            "03-11 13:41",
            "[[Thandi will do it first thing tomorrow and send it to you by 10.||thandi|tomorrow|com]]",
            cc=["thandi", "sipho"],
        ),
        R("pieter", ["lerato"], "03-11 13:45", "Perfect, dankie.", cc=["thandi", "sipho"], sig=False),
    ),
    # Counsel on Gmail, "On ... wrote:" quotes; his last question is open.
    T(
        "needs_reply",
        Msg(
            "sithole",
            ["lerato"],
            "03-13 10:05",
            """Lerato

I have read the papers. Two things before Thursday:
1. [[Please ask the client to bring the site diary for November 2026.||lerato|2027-03-18|req]]
2. [[Do we have the engineer's completion certificate, or only the practical completion letter?||lerato|2027-03-18|q]]

[[I'll send you a short note on summary judgment by Wednesday.||sithole|wed|com]]

Thabo""",
            subj="Mahlangu - before the consultation",
            sig=False,
        ),
        R(
            "lerato",
            ["sithole"],
            "03-15 08:10",
            """Thanks Thabo.

[[Bongani will bring the site diary on Thursday.||bongani|2027-03-18|com]] We only have the practical
completion letter, sadly.""",
        ),
        R(
            "sithole",
            ["lerato"],
            "03-15 19:22",
            """Shame, we will work with what we have.
[[Can the client also confirm who signed the variation orders on site?||lerato||q]]""",
            sig=False,
        ),
    ),
    # The correspondent's own requests, answered with a promise and a yes; closed by her thanks.
    T(
        "none",
        Msg(
            "jenna",
            ["lerato"],
            "03-15 13:00",
            """Hi Lerato

Back at my desk and working through the Hastings file. We plan to lodge on Monday 29 March.
[[Please send me the original power of attorney and the rates clearance before lodgement.||lerato|2027-03-29|req]]
[[Do you want us to lodge the bond cancellation at the same time?||lerato||q]]""",
            subj="Hastings - lodgement on 29 March",
        ),
        R(
            "lerato",
            ["jenna"],
            "03-15 15:20",
            """Hi Jenna

[[I'll courier both to you on Thursday.||lerato|thu|com]]
[[And yes, please lodge the cancellation with the transfer.||jenna||appr]]""",
        ),
        R("jenna", ["lerato"], "03-15 15:34", "Lekker, thanks Lerato.", sig=False),
    ),
    # The client's mandate, Gmail both ways.
    T(
        "none",
        Msg(
            "bongani",
            ["lerato"],
            "03-08 07:15",
            """Morning Lerato

Highveld still hasn't paid certificates 5 to 7 and the board wants to sue.
[[Can you send me your fee estimate for the case before I take it to the board on Thursday?||lerato|thu|req]]""",
            subj="Highveld - fee estimate",
        ),
        R(
            "lerato",
            ["bongani"],
            "03-08 12:30",
            """Hi Bongani

The estimate is attached: R185 000 to R240 000 excluding VAT up to the close of pleadings, counsel
included.
[[Please sign and return the mandate letter by Friday so that we can issue summons.||bongani|fri|req]]""",
        ),
        R("bongani", ["lerato"], "03-10 20:41", "signed and sent, thanks", sig=False),
    ),
    # The agent asks about the deposit; answered; 8 March is a past date.
    T(
        "none",
        Msg(
            "ruan",
            ["lerato"],
            "03-09 09:30",
            """Hi Lerato
[[Could you confirm that you received the Zulus' deposit of R50 000?||lerato||q]]
Cheers""",
            subj="Zulu deposit",
            sig=True,
        ),
        R(
            "lerato",
            ["ruan"],
            "03-09 10:02",
            "Hi Ruan, ja, it came in on 8 March and it is invested for the purchaser in terms of section 86(4).",
        ),
        R("ruan", ["lerato"], "03-09 10:05", "Shot, thanks!", sig=False),
    ),
    # The other side confirms service by e-mail: answered, closed.
    T(
        "none",
        Msg(
            "lerato",
            ["kobus"],
            "03-15 17:10",
            """Dear Mr Nel

Thank you for your letter.
[[Please confirm that your client will accept service of further process by e-mail at this address.||kobus||q]]
[[We will revert on the mediation and the payment certificates separately.||lerato||com]]""",
            cc=["marelize"],
            subj="Mahlangu / Highveld - service by e-mail",
        ),
        R(
            "kobus",
            ["lerato"],
            "03-15 17:55",
            "Dear Ms Dlamini\n\nWe confirm that we accept service by e-mail at this address.\n\nYours faithfully",
            cc=["marelize"],
            sig=True,
        ),
    ),
    # A forwarded chain with "please action" on top from the partner.
    T(
        "needs_reply",
        Msg(
            "pieter",
            ["lerato"],
            "03-15 18:30",
            """[[Lerato, please action.||lerato||req]] I'm in Durban until Wednesday.
[[Can you also call Dineo before the long weekend?||lerato|2027-03-19|req]]""",
            sig="P",
            fwd={
                "frm": "dineo",
                "to": ["pieter"],
                "at": "03-15 17:02",
                "subj": "New premises in Midrand",
                "body": "Hi Pieter\n\nWe have found new premises in Midrand. Could your team check the lease "
                "before we sign on Friday 19 March? The landlord wants an answer by Thursday.\n\nDineo",
                "sig": "",
            },
        ),
    ),
    # The paralegal asks before a load-shedding slot; a question without a question mark.
    T(
        "needs_reply",
        Msg(
            "marelize",
            ["lerato"],
            "03-16 07:31",
            """Morning Lerato

Load shedding at the office from 14:00 today.
[[Let me know if I must print the Botha bundle this morning already||lerato||q]]""",
            subj="Botha bundle",
        ),
    ),
]
