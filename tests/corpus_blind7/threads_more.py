"""More of the week: a CC storm, chasers from Mumbai, approvals inside the team, small talk."""

from __future__ import annotations

from corpus_kit.mailgen import Msg, R, T

THREADS = [
    # CC storm: the asks are between others; Femke is only copied.
    T(
        "none",
        Msg(
            "thomas",
            ["ops", "joost", "kasia"],
            "01-04 08:40",
            "Hello together,\n\nthe truck with the machine parts for Gdynia is standing in Venlo since "
            "Saturday "
            "because the slot at the terminal was cancelled. [[Can you book a new slot for Wednesday?"
            "||ops||req]] Der Fahrer wartet schon seit zwei Tagen. Otherwise we have to invoice waiting time "
            "from Thursday.",
            cc=["me", "lars", "sanne", "pieter"],
            subj="Truck Venlo - slot cancelled",
        ),
        R(
            "kasia",
            ["thomas", "ops", "joost"],
            "01-04 09:15",
            "Dear Thomas,\n\n[[can you send us the CMR for truck WGD 5550K, please?||thomas||req]] "
            "Without it "
            "Gdynia cannot pre-announce the goods.\n\nKasia",
            cc=["me", "lars", "sanne", "pieter"],
            sig=False,
        ),
        R(
            "joost",
            ["thomas", "kasia", "ops"],
            "01-04 09:50",
            "All,\n\n[[I will call the terminal about the slot this afternoon.||joost|today|com]] "
            "No waiting time before we know what happened, please.\n\nJoost",
            cc=["me", "lars", "sanne", "pieter"],
            sig=False,
        ),
        R(
            "thomas",
            ["joost", "kasia", "ops"],
            "01-04 11:30",
            "Danke Joost. CMR is attached, Kasia.",
            cc=["me", "lars", "sanne", "pieter"],
            attach=[("CMR_WGD5550K.pdf", "application/pdf")],
            sig=False,
        ),
    ),
    # Mumbai accounts: a December question and a header-less chaser "Awaiting your reply."
    T(
        "needs_reply",
        Msg(
            "anita",
            ["me"],
            "12-29 12:30",
            "Dear Madam,\n\n[[Kindly confirm the status of payment against our invoice no. SSA/2026/1102 "
            "dated "
            "30.11.2026.||me||q]] As per the agreement the payment was due on 15.12.2026.",
            cc=["dev"],
            subj="Payment status - invoice SSA/2026/1102",
        ),
        R(
            "anita",
            ["me"],
            "01-05 10:10",
            "Dear Madam,\n\nGentle reminder. [[Awaiting your reply.||me||req]]",
            cc=["dev"],
            refs=False,
        ),
    ),
    # Budget approval from the GC's phone; closed by my own promise to tell London.
    T(
        "none",
        Msg(
            "me",
            ["pieter"],
            "01-05 09:05",
            "Pieter,\n\nCarrow Finch estimate GBP 85,000 for disclosure and witness statements in Gulfline. "
            "[[Could you approve the budget so that I can confirm it to Harriet this "
            "week?||pieter|eow|appr]]",
            subj="Gulfline - budget Carrow Finch",
        ),
        R("pieter_m", ["me"], "01-05 09:41", "[[ok approved||me||appr]]"),
        R(
            "me",
            ["pieter"],
            "01-05 09:50",
            "Thanks. [[I will let Harriet know today.||me|today|com]]",
            sig=False,
        ),
    ),
    # Chartering: approval granted, a request, and a bare "Will do.".
    T(
        "awaiting_them",
        Msg(
            "joost",
            ["me"],
            "01-05 10:30",
            "Femke,\n\nThe charterers of Kattegat Spirit want to extend the laycan to 20-1. "
            "[[Can I agree without asking Pieter?||me||appr]]\n\nJoost",
            subj="Laycan Kattegat Spirit",
            sig=False,
        ),
        R(
            "me",
            ["joost"],
            "01-05 11:15",
            "Joost,\n\n[[Yes, you can agree the extension to 20 January; no need to involve Pieter."
            "||joost||appr]] [[Please confirm it to the charterers in writing and copy me.||joost||req]]",
            sig=False,
        ),
        R("joost", ["me"], "01-05 11:20", "Will do.", sig=False),
    ),
    # Danish "I will hear if...": a call in week 2.
    T(
        "needs_reply",
        Msg(
            "lars",
            ["me"],
            "01-05 14:35",
            "Hi Femke,\n\nThe receivers in Gdansk have sent a claim of EUR 64,000 for wet damage to the "
            "paper "
            "rolls discharged on 18.11.2026. "
            "[[I will hear if you have time for a short call about it in week 2.||me|2027-01-11|q]] "
            "[[Also, should we notify the P&I club already now?||me||q]]\n\nLars",
            subj="Cargo claim Gdansk - paper rolls",
            sig=False,
        ),
    ),
    # Polish contract manager: numbered questions, a deadline in the lead-in, "in week 3".
    T(
        "needs_reply",
        Msg(
            "kasia",
            ["me"],
            "01-04 15:50",
            "Dear Femke,\n\nFrom February we start the new trucking line Gdynia-Rotterdam. Before I sign "
            "with "
            "the subcontractor I need your input in week 3 on these points:\n\n"
            "1. [[Do we need a separate posting declaration for each driver under the mobility package?"
            "||me|2027-01-18|q]]\n"
            "2. [[Is it possible that you check the liability clause in the "
            "subcontract?||me|2027-01-18|req]]\n"
            "3. [[Can you tell me if our CMR insurance covers the subcontractor as "
            "well?||me|2027-01-18|q]]\n\n"
            "[[I will send you the subcontract today.||kasia|today|com]]\n\nThank you,",
            subj="New trucking line Gdynia-Rotterdam - questions",
        ),
        R(
            "kasia",
            ["me"],
            "01-04 17:05",
            "Femke, the subcontract is attached. Sorry, I forgot it before.\n\nKasia",
            sig=False,
            attach=[("Subcontract_Trans-Pol_draft.docx", "application/vnd.openxmlformats")],
        ),
    ),
    # Small talk and an offer from a friend: nothing to do.
    T(
        "none",
        Msg(
            "niels",
            ["me"],
            "01-03 20:15",
            "Femke!\n\nGelukkig nieuwjaar! How was Texel, did you survive the storm? "
            "We should grab a beer soon, it has been way too long.\n\nAnd if you ever need a hand with a "
            "Dutch court filing, let me know.\n\nNiels",
            subj="Nieuwjaar",
            sig=False,
        ),
        R(
            "me",
            ["niels"],
            "01-04 08:05",
            "Haha, Texel was very windy but lovely. Beer, yes please! Happy new year to you and Marit.",
            sig=False,
            disc=False,
        ),
    ),
    # Harriet asks about a hearing date; the date of the hearing is not a deadline for the answer.
    T(
        "needs_reply",
        Msg(
            "harriet",
            ["me", "pieter"],
            "01-05 15:10",
            "Dear Femke, dear Pieter,\n\nThe court has offered 23 or 24 March for the case management "
            "conference. [[Please let me know which date suits you both by 4 pm London time on Friday."
            "||me|fri|q]] [[We will file the form the same afternoon.||harriet|fri|com]]\n\n"
            "Separately, the CMC in the Kattegat matter on 2 December went as expected; no costs order.",
            subj="Gulfline - CMC dates",
        ),
    ),
]
