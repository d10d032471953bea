# ruff: noqa: E501  (mail bodies keep one paragraph per line, as mail clients send them)
"""Smaller follow-ups across the practice: clerks, billing, client chasers, a London invitation, an FYI."""

from corpus_kit.mailgen import Msg, R, T

THREADS = [
    # Booked and thanked: none.
    T(
        "none",
        Msg(
            "claire",
            ["bev"],
            "11-04 08:45",
            """[[Bev, pls book a boardroom for the Halvorsen call on Tuesday the 10th, 10 to noon, by EOD today if you can.||bev|eod|req]]""",
            subj="Boardroom for Halvorsen",
            sig="Claire",
        ),
        R(
            "bev",
            ["claire"],
            "11-04 09:10",
            """Booked 34B for the 10th, 10 to 12. [[I'll order coffee for six as well.||bev||com]]""",
        ),
        R("claire", ["bev"], "11-04 09:12", """Perfect, thanks Bev.""", sig=False),
    ),
    # Chicago counsel's request with a US deadline phrase; LMK question.
    T(
        "needs_reply",
        Msg(
            "kevin",
            ["claire"],
            "11-03 16:00",
            """Claire,

Tamara wants one headcount view for both countries. [[Could you send over the Canadian census template by COB Thursday?||claire|thu|req]] [[Also LMK if Halvorsen Canada has any unionized staff.||claire||q]]

Thx,
Kevin""",
            subj="Project Granite - Canadian census",
            sig=False,
        ),
    ),
    # Claire's numbered follow-ups; the client promises; a gentle chase. Awaiting them.
    T(
        "awaiting_them",
        Msg(
            "claire",
            ["jordan"],
            "10-26 12:30",
            """Hi Jordan,

A few follow-ups on the reorg before I can size the packages:
1. [[Please confirm each employee's start date and current base salary.||jordan||req]]
2. [[Were either of them on a leave of any kind in the last six months?||jordan||q]]
3. [[Is there a signed employment agreement for each, and if so can you send it?||jordan||q]]""",
            subj="Reorg - employee details",
        ),
        R(
            "jordan",
            ["claire"],
            "10-26 15:00",
            """[[on it, will send everything by Friday.||jordan|fri|com]]""",
            sig=False,
        ),
        R(
            "claire",
            ["jordan"],
            "11-02 10:15",
            """[[Hi Jordan, any luck pulling those agreements?||jordan||q]]""",
            sig=False,
        ),
    ),
    # Client controller promises the register by the end of next week: awaiting them.
    T(
        "awaiting_them",
        Msg(
            "claire",
            ["etienne"],
            "11-03 10:10",
            """Salut Étienne,

[[Could you send me the 2025 payroll register for the Laval plant by the 12th?||etienne|2026-11-12|req]] We need it to cost the union's wage proposal.""",
            subj="Registre de paie 2025 - Laval",
        ),
        R(
            "etienne",
            ["claire"],
            "11-03 13:30",
            """[[Salut Claire, je te l'envoie d'ici la fin de la semaine prochaine.||etienne|eonw|com]]""",
        ),
    ),
    # Answered, closed with small talk: none.
    T(
        "none",
        Msg(
            "kevin",
            ["claire"],
            "10-27 09:40",
            """[[Claire, quick one: do Ontario employees get paid out for accrued vacation on termination?||claire||q]]""",
            subj="Ontario vacation payout",
        ),
        R(
            "claire",
            ["kevin"],
            "10-27 11:05",
            """Hi Kevin, yes. Any vacation pay owing must be paid out with the final pay, within seven days of the last day or on the next regular pay day, whichever is later.""",
        ),
        R(
            "kevin",
            ["claire"],
            "10-27 10:20",
            """Great, thanks. Off to the Bears game tonight, wish me luck!""",
            sig="Kevin",
        ),
    ),
    # London proposes a call at a given time (3 pm UK is 10 am Toronto after both changes).
    T(
        "needs_reply",
        Msg(
            "fenwick",
            ["claire"],
            "11-04 09:00",
            """Dear Claire,

We are holding our quarterly global HR call on Monday. [[Could you join us at 3pm UK time (10am your time) to take questions on Canada?||claire|mon|req]] [[Would you also send me a one-page note on the Ontario pay transparency rules beforehand?||claire|mon|req]]

Kind regards,
Olivia""",
            subj="Global HR call - Monday",
            sig=False,
        ),
    ),
    # Billing asked and delivered: none.
    T(
        "none",
        Msg(
            "claire",
            ["joanne"],
            "11-02 09:30",
            """[[Joanne, can you send me the aged WIP report for Northhaven?||joanne||req]] Gordon is asking.""",
            subj="Northhaven aged WIP",
            sig="Claire",
        ),
        R(
            "joanne",
            ["claire"],
            "11-02 10:05",
            """Attached.""",
            attach=[("Northhaven_WIP.xlsx", "application/vnd.ms-excel")],
        ),
        R("claire", ["joanne"], "11-02 10:07", """thx""", sig=False),
    ),
    # Regina client asks to meet next week; a date that is not a deadline.
    T(
        "needs_reply",
        Msg(
            "colleen",
            ["claire"],
            "11-04 16:30",
            """Hi Claire,

Thanks for the leave markup. Our board approved the handbook project on October 15, so we're keen to keep it moving. [[Could we set up a call next week to go over your comments, maybe Tuesday or Wednesday afternoon?||claire|nextweek|req]]

Colleen""",
            subj="Handbook - call next week?",
            sig="Colleen Dyck | HR Manager | Prairie Grain Co-operative | 306-555-0108",
        ),
    ),
    # A forwarded article with an FYI note from the partner's phone: none.
    T(
        "none",
        Msg(
            "gordon_ios",
            ["claire"],
            "11-01 20:15",
            """fyi - relevant to Halvorsen""",
            fwd={
                "frm": "newsletter",
                "to": ["gordon"],
                "at": "11-01 07:00",
                "subj": "Cross-border RIFs: five mistakes US employers make in Canada",
                "body": """Cross-border RIFs: five mistakes US employers make in Canada

1. Assuming at-will employment applies north of the border.
2. Forgetting mass termination notice to the province.
3. Using a US release without Canadian consideration.
Read the full article on our site and register for the December webinar.""",
                "disc": False,
            },
        ),
    ),
]

THREADS += [
    # Colleague asks, Claire delivers, thanks: none.
    T(
        "none",
        Msg(
            "aisha",
            ["claire"],
            "11-03 09:05",
            """[[Claire, can you send me the mediation brief you used for the Foothill matter last year?||claire||req]] I'd like to borrow the structure for Sandhu.""",
            subj="Foothill brief precedent",
            sig="Aisha",
        ),
        R(
            "claire",
            ["aisha"],
            "11-03 09:40",
            """Sent, it's in the Foothill precedents folder under 2025.""",
            sig=False,
        ),
        R("aisha", ["claire"], "11-03 09:42", """Got it, thanks!""", sig=False),
    ),
    # Opposing counsel in Calgary answers one question and promises the other: awaiting them.
    T(
        "awaiting_them",
        Msg(
            "claire",
            ["nadine"],
            "11-02 13:20",
            """Nadine,

Two housekeeping points ahead of the Sandhu mediation. [[Would your client agree to exchange briefs by e-mail on the 11th rather than by courier?||nadine||q]] [[Could you also confirm whether Mr. Sandhu will attend in person?||nadine||q]]""",
            subj="Sandhu - mediation housekeeping",
        ),
        R(
            "nadine",
            ["claire"],
            "11-02 14:05",
            """Claire, e-mail is fine. [[I'll confirm his attendance once I've met with him next week.||nadine||com]]""",
            sig="Nadine",
        ),
    ),
    # Union rep's mobile-style request tied to a meeting.
    T(
        "needs_reply",
        Msg(
            "darnell",
            ["claire"],
            "11-04 12:40",
            """[[claire can you send me the discipline letters for Luis Ortega before Friday's meeting||claire|fri|req]]
thanks""",
            subj="Ortega discipline letters",
            sig=False,
        ),
    ),
    # A student asks permission; Claire grants it; bare acknowledgement: none.
    T(
        "none",
        Msg(
            "mateo",
            ["claire"],
            "11-04 10:15",
            """Hi Claire,

[[May I cite the unreported Divisional Court decision in the inducement memo, or would you rather I leave it out?||claire||appr]]""",
            subj="Inducement memo - unreported case",
        ),
        R(
            "claire",
            ["mateo"],
            "11-04 10:40",
            """[[Yes, cite it, but flag that it's unreported.||mateo||appr]]""",
            sig=False,
        ),
        R("mateo", ["claire"], "11-04 10:42", """Will do.""", sig=False),
    ),
]
