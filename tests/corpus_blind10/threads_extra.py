# ruff: noqa: E501  (long lines are mail text, kept as typed)
"""Longer working threads: the WRC submission, conciliation logistics, the reinsurer's list, payroll."""

from __future__ import annotations

from corpus_kit.mailgen import Msg, R, T

THREADS = [
    # Drafting the WRC submission inside the firm; Aoife's last question is open.
    T(
        "needs_reply",
        Msg(
            "me",
            ["aoife"],
            "03-23 09:10",
            """Aoife,

A few things on the Hession submission:

- [[draft the chronology from the investigation notes||aoife|2027-03-26|req]]
- [[check whether the WRC has decided anything on remote investigation meetings since 2025||aoife|2027-03-26|req]]
- [[pencil in Ruth Tierney for a witness prep call||aoife|2027-03-26|req]]

All by close of business Friday if you can. [[I'll do the legal argument myself over the weekend.||me||com]]

N""",
            subj="Hession - submission",
            sig=False,
        ),
        R(
            "aoife",
            ["me"],
            "03-23 15:30",
            """Grand. [[I'll have the chronology and the case search to you Friday morning.||aoife|fri|com]] \
Ruth is free on the 7th or the 8th.

[[Which day would you prefer for Ruth?||me||q]] [[And do you want Siobhán on that call too?||me||q]]

Aoife""",
            sig=False,
        ),
        R(
            "me",
            ["aoife"],
            "03-23 16:00",
            """The 8th, and yes, include Siobhán.""",
            sig="N",
        ),
        R(
            "aoife",
            ["me"],
            "03-24 17:45",
            """Done, invite out for the 8th at 11. [[One more: are you ok with me citing the two unreported \
decisions from the WRC website, or would you rather stick to the Labour Court?||me||q]]

Aoife""",
            sig=False,
        ),
    ),
    # Conciliation logistics with the client and the parent; Gmail-style quoting from Boston is not used here.
    T(
        "awaiting_them",
        Msg(
            "siobhan",
            ["me"],
            "03-19 11:00",
            """Hi Niamh,

The WRC conciliation officer rang. [[Can you make a call with her on Wednesday 31 March at 2pm?||me||q]] [[Would you mind also telling me who from our side should be on it?||me||q]]

Siobhán""",
            subj="Hession - conciliation call",
            sig=False,
        ),
        R(
            "me",
            ["siobhan"],
            "03-19 14:20",
            """Hi Siobhán,

Yes, the 31st at 2 suits. You and Mark should be on it; Daniel doesn't need to be, but he'll want a readout.

[[Could you send me the final figure Daniel is comfortable with by Tuesday week?||siobhan|2027-03-30|req]]

Cheers,""",
            cc=["kessler"],
        ),
        R(
            "kessler",
            ["me"],
            "03-19 12:40",
            """Niamh - [[I'll get you a number after our finance review.||kessler||com]] Not before the 29th, \
I'm afraid.

Dan""",
            cc=["siobhan"],
            sig=False,
        ),
    ),
    # The reinsurer's bulleted information request, answered in full; a thank-you closes it.
    T(
        "none",
        Msg(
            "katrin",
            ["me"],
            "03-16 09:30",
            """Dear Ms Brennan,

For our quarterly large loss review we require the following on the Quinlan claim by 19 March:

- [[the current reserve split between general and special damages||me|2027-03-19|req]]
- [[the defence costs incurred to date||me|2027-03-19|req]]
- [[your estimate of the date of trial||me|2027-03-19|q]]

With kind regards""",
            cc=["fionnuala"],
            subj="Quinlan - quarterly large loss review",
        ),
        R(
            "me",
            ["katrin"],
            "03-18 11:15",
            """Dear Dr Vogel,

Reserve split and costs to date are in the attached schedule. We don't expect a trial date before \
Michaelmas term, so November 2027 at the earliest.

Kind regards,""",
            cc=["fionnuala"],
            attach=[("Quinlan - reserve and costs 18.03.27.pdf", "application/pdf")],
        ),
        R(
            "katrin",
            ["me"],
            "03-18 13:05",
            """Dear Ms Brennan,

Thank you, this is all we need for now.

With kind regards""",
            cc=["fionnuala"],
        ),
    ),
    # Atlantic Freight payroll: a formal question, answered, then a new question from Niamh pending.
    T(
        "awaiting_them",
        Msg(
            "eilis",
            ["me"],
            "03-17 10:40",
            """Hi Niamh,

Apologies for the delay in coming back on this. [[Could you confirm how the statutory redundancy lump sum \
is calculated for a part-time driver on 24 hours a week?||me||q]] [[I need the figure for the board pack \
by Monday.||me|mon|req]]

Thanks,
Eilís""",
            subj="Redundancy calculation - part-time driver",
            sig=False,
        ),
        R(
            "me",
            ["eilis"],
            "03-18 09:30",
            """Hi Eilís,

Two weeks' pay per year of service plus one bonus week, on his actual weekly pay, capped at €600 a week. \
Calculation attached for the figures you sent.

[[Can you check his start date with Tom?||eilis||req]] The contract says 2014 but the payslips start in \
2015, and it changes the sum.

Cheers,""",
            attach=[
                (
                    "Redundancy calculation.xlsx",
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                )
            ],
        ),
        R(
            "eilis",
            ["me"],
            "03-18 10:05",
            """Thanks Niamh, [[I'll ask Tom when he's back from Rosslare.||eilis||com]]""",
            sig=False,
        ),
    ),
    # Counsel's fee note and availability; Orla's question is answered, her request is not.
    T(
        "needs_reply",
        Msg(
            "orla",
            ["me"],
            "03-22 13:15",
            """Niamh,

[[Any chance you could chase the fee note on Brady, it's been out since November||me||req]]

[[Also, would you mind checking with Munster whether they want me at the settlement meeting on the 6th?||\
me||q]]""",
            subj="Brady fee note + 6 April",
        ),
        R(
            "me",
            ["orla"],
            "03-22 14:00",
            """Hi Orla, [[I'll chase accounts today.||me|today|com]] [[Munster will revert on the 6th by Friday, \
Fionnuala says.||fionnuala|fri|com]]""",
            sig="Niamh",
        ),
        R(
            "orla",
            ["me"],
            "03-24 18:40",
            """[[thanks - still nothing from accounts though, can you check again tomorrow||me|tomorrow|req]]""",
        ),
    ),
    # Mobile one-liners from the HR director with no question marks; Niamh has not replied.
    T(
        "needs_reply",
        Msg(
            "siobhan_m",
            ["me"],
            "03-24 19:55",
            """[[niamh can you ring me before 10 tomorrow||me|tomorrow|req]] Dan wants to fire the sales \
manager today and I think that's a bad idea""",
            subj="urgent",
        ),
        R(
            "siobhan_m",
            ["me"],
            "03-24 20:02",
            """[[also can you send on that note about probation periods||me||req]]""",
        ),
    ),
    # A without-prejudice proposal with a 21-day window; Niamh's side replied with a question, still open.
    T(
        "awaiting_them",
        Msg(
            "fergal",
            ["me"],
            "03-15 12:00",
            """Dear Ms Brennan,

WITHOUT PREJUDICE

Our client is prepared to resolve the Brady claim for €22,000 inclusive of costs. [[Please take your client's \
instructions and let us have a response within 21 days.||me|+21|req]]

Yours sincerely,""",
            subj="Brady v Lee Valley Hotels - without prejudice",
        ),
        R(
            "me",
            ["fergal"],
            "03-18 16:30",
            """Dear Fergal,

WITHOUT PREJUDICE

Our client would pay €15,000 inclusive of costs. [[Would you let us know whether your client will accept \
that figure?||fergal||q]] [[And please confirm that any settlement would include a full release of the \
hotel's employees.||fergal||q]]

Kind regards,""",
        ),
        R(
            "fergal",
            ["me"],
            "03-22 11:00",
            """Dear Ms Brennan,

Thank you. [[We are taking instructions and will revert by Tuesday week.||fergal|2027-03-30|com]]

Yours sincerely,""",
        ),
    ),
]
