"""The Singapore investor's counsel, the London arbitration counsel and the CA firm."""

from __future__ import annotations

from corpus_kit.mailgen import Msg, R, T

THREADS = [
    T(
        "needs_reply",
        Msg(
            "rachel",
            ["me", "sid"],
            "04-08 14:30",
            "Dear all,\n[[Could you confirm whether the founder vesting schedule in clause 6.2 reflects the "
            "four-year schedule with a one-year cliff that we agreed on the call?||me||q]] "
            "[[We will also need the disclosure letter latest by Friday.||me|fri|req]]\n"
            "Our client's investment committee met on 1 April and approved the round subject to "
            "these points.",
            cc=["raghav", "weiling", "pooja", "karthik"],
            subj="Project Saffron - SSA/SHA open points",
        ),
        R(
            "sid",
            ["rachel", "me"],
            "04-08 13:05",
            "[[Ananya, can you take this one?||me||req]] I am travelling till Sunday.",
            cc=["raghav", "weiling", "pooja", "karthik"],
        ),
        R(
            "pooja",
            ["rachel", "me", "sid"],
            "04-08 13:40",
            "Adding for completeness: the FY27 numbers for the disclosure letter will be ready "
            "only after the "
            "audit closes.",
            cc=["raghav", "weiling", "karthik"],
        ),
    ),
    T(
        "awaiting_them",
        Msg(
            "me",
            ["rachel"],
            "04-08 18:10",
            "Dear Rachel,\nPFA our mark-up of the SSA.\n"
            "[[Request you to revert with your comments within 3 working days.||rachel|2027-04-13|req]]",
            cc=["weiling", "raghav"],
            subj="Project Saffron - SSA mark-up",
            attach=[("SSA_KL_markup_08Apr.docx", "application/vnd.openxmlformats")],
        ),
        R(
            "rachel_ooo",
            ["me"],
            "04-08 20:41",
            "Thank you for your email. I am out of the office until Tuesday, 13 April 2027 with "
            "limited access "
            "to email. For urgent matters please contact Chua Wei Ling at weiling.chua@marinacove.sg.test.",
            subj="Automatic reply: Project Saffron - SSA mark-up",
            quote=None,
            headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
            sig=False,
        ),
    ),
    T(
        "needs_reply",
        Msg(
            "weiling",
            ["me"],
            "04-09 15:20",
            "Dear Ananya,\n[[Could you kindly send us certified true copies of the MOA and AOA "
            "of TiffinTrail at "
            "the earliest?||me||req]] "
            "[[Please also let us know whether the FC-GPR for the 2025 round was filed on time.||me||q]]\n"
            "We note that the Series A closed on 19 November 2025.\nMany thanks",
            cc=["rachel"],
            subj="Project Saffron - constitutional documents",
        ),
    ),
    T(
        "needs_reply",
        Msg(
            "rachel",
            ["me"],
            "04-09 19:30",
            "Dear Ananya,\nThanks for the call this afternoon. We are broadly aligned on the liquidation "
            "preference wording. [[I will have Wei Ling turn the draft.||weiling||com]]\n\nBest,\nRachel\n\n"
            "P.S. [[Could you also check whether Karnataka stamp duty on the SSA must be paid "
            "before execution "
            "or can be paid afterwards?||me||q]]",
            subj="Call follow-up",
            sig=False,
        ),
    ),
    T(
        "awaiting_them",
        Msg(
            "me",
            ["james"],
            "04-07 12:30",
            "Dear James,\n[[Could you let us have your opinion on the seat question before the hearing on "
            "20.04.2027?||james|2027-04-20|req]] [[Please also confirm your fee estimate for "
            "the hearing.||james||q]]"
            "\nRegards",
            cc=["raghav"],
            subj="Deccan Agro v Halden Shipping - opinion on seat",
        ),
        R(
            "clerk",
            ["me"],
            "04-09 10:15",
            "Dear Ms Rao,\nMr Whitcombe is in a hearing for the rest of the week. His fee "
            "estimate for the hearing "
            "is \u00a314,500 plus VAT. [[I will make sure the formal fee note reaches you by "
            "Wednesday.||clerk|wed|com]]"
            "\nKind regards",
            cc=["raghav"],
            charset="iso-8859-1",
            cte="quoted-printable",
        ),
    ),
    T(
        "needs_reply",
        Msg(
            "james",
            ["me"],
            "04-11 18:00",
            "Ananya,\nI have now read the award. Two things.\n"
            "[[First, can you send me procedural order no. 3 and the transcript of day 2?||me||req]]\n"
            "[[Second, could we speak on Tuesday at 4 pm your time about the set-aside "
            "grounds?||me|tue|req]]\n"
            "Who drafts these awards, one wonders?",
            subj="Deccan Agro - award",
        ),
    ),
    T(
        "needs_reply",
        Msg(
            "prakash",
            ["me"],
            "04-12 09:15",
            "Dear Ananya,\nWe are finalising Form 15CA/CB for the TiffinTrail remittance to Singapore. "
            "[[Request you to share the executed copy of the services agreement by EOD "
            "today.||me|today|req]] "
            "[[Also kindly confirm whether, in your view, the Singapore entity has a PE in India.||me||q]]",
            subj="Form 15CA/CB - TiffinTrail",
        ),
    ),
    T(
        "none",
        Msg(
            "me",
            ["prakash"],
            "04-05 11:00",
            "Dear Prakash,\n[[Could you confirm the TDS rate applied on our legal fee invoice to Sri Lakshmi "
            "Textiles?||prakash||q]]",
            subj="TDS on invoice KL/2026-27/311",
        ),
        R(
            "prakash",
            ["me"],
            "04-06 14:20",
            "Dear Ananya,\nTDS has been deducted at 10% under Section 194J. Same is reflected "
            "in the Form 16A "
            "attached.",
            attach=[("Form16A_Q4.pdf", "application/pdf")],
        ),
        R("me", ["prakash"], "04-06 15:05", "Noted with thanks."),
    ),
    T(
        "awaiting_them",
        Msg(
            "me",
            ["sneha"],
            "04-07 16:00",
            "[[Sneha, pls send the reconciled ledger for Sri Lakshmi Textiles by month-end.||sneha|eom|req]]",
            cc=["prakash"],
            subj="Ledger reconciliation - Sri Lakshmi",
        ),
        R(
            "sneha",
            ["me"],
            "04-07 18:30",
            "[[Sure ma'am, will share by 28th.||sneha|2027-04-28|com]]",
            cc=["prakash"],
        ),
    ),
    T(
        "none",
        Msg(
            "prakash",
            ["me"],
            "04-06 10:00",
            "Dear Ananya,\nThank you for the referral of the Sri Lakshmi audit. It was lovely "
            "meeting you at the "
            "ICAI event on 27th March. Let me know if you need anything from our side.",
            subj="Thank you",
        ),
    ),
    T(
        "awaiting_them",
        Msg(
            "me",
            ["weiling"],
            "04-09 17:45",
            "Dear Wei Ling,\nThe certificate of incorporation is attached. "
            "[[Could you confirm by 15th April whether your client needs the CTCs notarised as well?"
            "||weiling|2027-04-15|q]]",
            subj="Project Saffron - certificate of incorporation",
            attach=[("COI_TiffinTrail.pdf", "application/pdf")],
        ),
    ),
]
