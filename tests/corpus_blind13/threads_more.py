"""More threads: reminders, lists, approvals and threads where Ananya is only copied."""

from __future__ import annotations

from corpus_kit.mailgen import Msg, R, T

THREADS = [
    T(
        "needs_reply",
        Msg(
            "me",
            ["rachel"],
            "04-06 16:00",
            "Dear Rachel,\nOur responses to your open points are below.\n"
            "[[Can you confirm whether your client is fine with a 1.5x non-participating "
            "preference?||rachel||q]]\n"
            "Regards",
            cc=["sid"],
            subj="Project Saffron - liquidation preference",
        ),
        R(
            "rachel",
            ["me"],
            "04-07 11:30",
            "Dear Ananya,\nOur client can only accept 1x non-participating. "
            "[[Please revert with your client's instructions by 15th April.||me|2027-04-15|req]] "
            "[[Could you also share the cap table reflecting the ESOP top-up?||me||req]]",
            cc=["sid"],
        ),
        R(
            "me",
            ["rachel"],
            "04-07 10:00",
            "Noted, Rachel. [[Will revert after speaking to Sid today.||me|today|com]]",
            cc=["sid"],
        ),
        R(
            "rachel",
            ["me"],
            "04-11 09:20",
            "Dear Ananya,\nGentle reminder. [[Could you revert on the preference point at the "
            "earliest?||me||req]]",
            cc=["sid"],
        ),
    ),
    T(
        "none",
        Msg(
            "rachel",
            ["sid"],
            "04-09 12:10",
            "[[Sid, could you sign the investor side letter acknowledgment and send it to Wei "
            "Ling?||sid||req]]",
            cc=["me", "weiling", "pooja", "raghav"],
            subj="Side letter acknowledgment",
        ),
        R(
            "sid",
            ["rachel"],
            "04-09 13:00",
            "Signed and sent to Wei Ling just now.",
            cc=["me", "weiling", "pooja", "raghav"],
        ),
    ),
    T(
        "awaiting_them",
        Msg(
            "me",
            ["clerk"],
            "04-09 15:00",
            "Dear Tom,\n[[Kindly block Mr Whitcombe's diary for a conference on 16 April at 2 pm London time."
            "||clerk|2027-04-16|req]]\n[[Pls confirm that your office will send the Zoom "
            "link.||clerk||q]]\nRegards",
            subj="Deccan Agro - conference with counsel",
        ),
    ),
    T(
        "needs_reply",
        Msg(
            "pooja",
            ["me"],
            "04-08 10:00",
            "Hi Ananya,\n[[is the invoice for March out yet||me||q]]",
            subj="March invoice",
        ),
        R(
            "me",
            ["pooja"],
            "04-08 10:45",
            "Hi Pooja,\nYes, same is attached.",
            attach=[("KL_Invoice_Mar2027.pdf", "application/pdf")],
        ),
        R(
            "pooja",
            ["me"],
            "04-09 11:05",
            "Thanks! [[One more thing, can you pls raise the April invoice only after the 20th "
            "as our books close "
            "then.||me||req]]",
        ),
    ),
    T(
        "awaiting_them",
        Msg(
            "me",
            ["karthik", "divya"],
            "04-09 17:10",
            "[[Can one of you check whether the certified copy of the DRT order has come?||karthik||q]] "
            "[[Also pls update the matter diary with the 3rd May date.||karthik||req]]",
            subj="DRT order - certified copy",
            sig=False,
        ),
    ),
    T(
        "needs_reply",
        Msg(
            "arvind",
            ["me"],
            "04-07 21:00",
            "Madam,\nFew queries from appa after reading the bank's letter:\n"
            "\u2022 [[Whether the bank can take possession of the Erode unit before the DRT "
            "hears us?||me|eow|q]]\n"
            "\u2022 [[Whether we should deposit 25% of the dues under protest?||me|eow|q]]\n"
            "\u2022 [[Kindly send the draft reply to the bank for our review||me|eow|req]]\n"
            "Request you to revert on all of the above by end of this week.\nThanks",
            cc=["venkat"],
            subj="Queries on bank letter",
        ),
    ),
    T(
        "none",
        Msg(
            "me",
            ["sid"],
            "04-06 12:00",
            "Hi Sid,\nPFA the final ESOP scheme with the changes we discussed. "
            "[[Kindly get it approved by the board on Friday.||sid|fri|req]]",
            subj="ESOP scheme - final",
            attach=[("ESOP_Scheme_2027_final.pdf", "application/pdf")],
        ),
        R("sid", ["me"], "04-09 18:30", "Board approved it today. Thanks a ton Ananya!"),
    ),
    T(
        "needs_reply",
        Msg(
            "weiling",
            ["me"],
            "04-10 10:30",
            "Dear Ananya,\nWe have updated the conditions precedent schedule.\n"
            "[[Please confirm you are ok for us to circulate it to the investors||me||appr]]\n"
            "[[Also let us know if a long-stop date of 31 May 2027 works for your client||me||q]]\nThank you",
            cc=["rachel"],
            subj="Project Saffron - CP schedule",
        ),
    ),
    T(
        "none",
        Msg(
            "me",
            ["raghav"],
            "04-09 11:00",
            "[[Raghav, ok to send a fee quote of Rs 3.5 lakhs to Sri Lakshmi for the DRT "
            "appeal?||raghav||appr]]",
            subj="Fee quote - Sri Lakshmi",
            sig=False,
        ),
        R("raghav", ["me"], "04-09 11:25", "[[Ok, go ahead.||me||appr]]", sig=False),
    ),
    T(
        "awaiting_them",
        Msg(
            "me",
            ["prakash"],
            "04-08 13:00",
            "Dear Prakash,\nFor the Sri Lakshmi restructuring note, request you to share:\n"
            "1. [[Net worth certificate as on 31.03.2027||prakash|2027-04-15|req]]\n"
            "2. [[Statement of dues to the bank as per your books||prakash|2027-04-15|req]]\n"
            "3. [[Your comments on the one-time settlement proposal||prakash|2027-04-15|req]]\n"
            "All by 15th April please.",
            cc=["sneha"],
            subj="Sri Lakshmi - restructuring note inputs",
        ),
        R(
            "prakash",
            ["me"],
            "04-09 10:30",
            "Dear Ananya,\n[[Sneha will send items 1 and 2 by Wednesday.||sneha|wed|com]] "
            "[[I will send my comments on the OTS separately.||prakash||com]]",
            cc=["sneha"],
        ),
    ),
    T(
        "none",
        Msg(
            "me",
            ["rachel"],
            "04-09 16:30",
            "Dear Rachel,\nPFA the signed disclosure letter.",
            cc=["weiling"],
            subj="Project Saffron - disclosure letter",
            attach=[("Disclosure_letter_signed.pdf", "application/pdf")],
        ),
        R("rachel", ["me"], "04-09 19:50", "Received with thanks, Ananya.", cc=["weiling"]),
    ),
    T(
        "needs_reply",
        Msg(
            "divya_mobile",
            ["me"],
            "04-12 09:10",
            "[[maam stamp paper for the SSA is ready, shall i send it to Sid's office today itself||me||q]]",
            subj="stamp paper",
        ),
    ),
]
