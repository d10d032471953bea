"""More threads: list-shaped asks, a ministry chaser, the purchaser's KiwiSaver form, Sydney approvals."""

from __future__ import annotations

from corpus_kit.mailgen import Msg, R, T

THREADS = [
    # Bulleted list under a month-end deadline, plus a promise made for Dave.
    T(
        "needs_reply",
        Msg(
            "mere",
            ["ngaio"],
            "03-29 14:20",
            "Hi Ngaio,\n\nA few things for the new employment agreement template before the end of the "
            "month:\n"
            "- [[update the trial period clause for the 2026 law change||ngaio|eom|req]]\n"
            "- [[add a clause about using company utes after hours||ngaio|eom|req]]\n"
            "- [[tell us whether the availability provision still works for shed staff||ngaio|eom|q]]\n\n"
            "[[Dave will send you the current roster policy on Friday.||dave|fri|com]]",
            cc=["dave"],
            subj="Employment agreement template - changes",
        ),
    ),
    # Ministry wants mediation dates ASAP (no date).
    T(
        "needs_reply",
        Msg(
            "kiri",
            ["ngaio"],
            "03-31 11:15",
            "Kia ora Ngaio\n\nFurther to our letter of 30 March, Mediation Services have offered 20, 21 and "
            "22 "
            "April. [[Could you please send me Mr Ranginui's available dates ASAP?||ngaio||req]] The slots "
            "are being held for us until next week.\n\nNgā mihi",
            subj="Mediation dates - Mr T Ranginui",
        ),
    ),
    # KiwiSaver withdrawal form: Gmail quoting, a promise and an open question from the client.
    T(
        "needs_reply",
        Msg(
            "ngaio",
            ["leilani"],
            "03-30 10:00",
            "Hi Leilani,\n\nYour KiwiSaver provider needs a statutory declaration before it will release "
            "your "
            "first-home withdrawal.\n\n"
            "[[Can you sign it in front of a lawyer or JP and get it back to me within 7 "
            "days?||leilani|+7|req]] "
            "[[I'll send it on to the provider the same day.||ngaio||com]]",
            subj="KiwiSaver first-home withdrawal",
            attach=[("Statutory declaration - KiwiSaver.pdf", "application/pdf")],
        ),
        R(
            "leilani",
            ["ngaio"],
            "03-30 21:10",
            "Hi Ngaio, no worries. [[I'll pop into your office on Monday to sign it.||leilani|mon|com]]\n\n"
            "[[Do I need to bring photo ID as well?||ngaio||q]]",
        ),
    ),
    # Requisitions to the vendor's conveyancer: numbered, one deadline; one item still promised.
    T(
        "awaiting_them",
        Msg(
            "ngaio",
            ["hamish"],
            "03-26 10:30",
            "Hi Hamish,\n\nBefore settlement on the 16th we need:\n"
            "1. [[a copy of the vendor's mortgage discharge authority||hamish|2027-04-16|req]]\n"
            "2. [[the code compliance certificate for the 2019 deck||hamish|2027-04-16|req]]\n"
            "3. [[confirmation that the heat pump is on the chattels list||hamish|2027-04-16|q]]\n\n"
            "Thanks",
            subj="14 Kauri Road - requisitions",
        ),
        R(
            "hamish",
            ["ngaio"],
            "03-29 09:15",
            "Hi Ngaio,\n\nItems 1 and 2 attached. "
            "[[I'll check the heat pump with the vendor and come back to you by 4pm "
            "Tuesday.||hamish|tue|com]]",
            attach=[("Discharge authority.pdf", "application/pdf"), ("CCC deck 2019.pdf", "application/pdf")],
        ),
    ),
    # Approval from Sydney with "next Wednesday"; Ngaio commits; thanks closes it.
    T(
        "none",
        Msg(
            "priya",
            ["ngaio"],
            "03-30 09:00",
            "Hi Ngaio,\n\nThanks for the call yesterday. "
            "[[You have our approval to start consultation with the depot manager next Wednesday.||ngaio|"
            "2027-04-07|appr]]\n\n[[Please send Jack the draft proposal letter first.||ngaio||req]]",
            cc=["jack"],
            subj="Christchurch - go ahead",
        ),
        R(
            "ngaio",
            ["priya"],
            "03-30 11:30",
            "Thanks Priya. [[I'll send Jack the draft on Monday.||ngaio|mon|com]]",
            cc=["jack"],
        ),
        R("priya", ["ngaio"], "03-30 09:40", "Perfect, thank you.", cc=["jack"]),
    ),
    # "Can someone" to two people, nobody named: Ngaio's; Liam takes it.
    T(
        "none",
        Msg(
            "aroha",
            ["ngaio", "liam"],
            "03-31 14:30",
            "Hi both,\n\n[[Can someone witness Leilani's signature on Monday at 10?||ngaio|mon|req]] "
            "I'm at the dentist.",
            subj="Witnessing Monday",
        ),
        R(
            "liam",
            ["aroha"],
            "03-31 14:41",
            "[[I can do it.||liam|mon|com]]",
            cc=["ngaio"],
            sig=False,
        ),
        R("aroha", ["liam"], "03-31 14:45", "Legend, thanks Liam.", cc=["ngaio"], sig=False),
    ),
    # Phone mail from the ops manager: a request and a question without a mark.
    T(
        "needs_reply",
        Msg(
            "dave",
            ["ngaio"],
            "03-31 18:30",
            "[[ngaio can u send me that warning letter template again, cant find it||ngaio||req]]\n"
            "[[and whats the rule on rest breaks for the 12 hr shifts||ngaio||q]]",
            subj="template",
        ),
    ),
    # Barrister after the statement in reply: a conference next week (plain ISO-8859-1, no quote).
    T(
        "needs_reply",
        Msg(
            "jonathan",
            ["ngaio"],
            "03-30 17:25",
            "Ngaio\n\nI've now read the statement in reply; it's thinner than I expected.\n\n"
            "[[Can we have a conference with Mere next week?||ngaio|nextweek|req]] "
            "[[Could you also ask her to bring the GPS logs for the Matamata run?||ngaio||req]]\n\n"
            "Regards",
            subj="Tuhoro - statement in reply",
            charset="iso-8859-1",
        ),
    ),
]
