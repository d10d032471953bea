"""More of the week: defence counsel, an expert, a chiropractor, an interpreter, the partner's list."""

from __future__ import annotations

from corpus_kit.mailgen import Msg, R, T

THREADS = [
    # Outlook top-posting with defence counsel: extension agreed on a condition, then a new ask to Nora.
    T(
        "needs_reply",
        Msg(
            "lindsay",
            ["nora"],
            "11-19 14:05",
            "Nora,\n\n[[Can you agree to a 14-day extension for Calloway's responses to your third request "
            "to "
            "produce?||nora||q]] The maintenance records are stored off-site and our client is still pulling "
            "them.\n\nThank you,",
            cc=["adam"],
            subj="Wisniewski - extension on third RTP",
        ),
        R(
            "nora",
            ["lindsay"],
            "11-19 16:20",
            "Lindsay,\n\n[[Agreed, as long as the production comes with a privilege log.||lindsay||appr]] "
            "[[Please confirm the new date in writing.||lindsay||req]]\n\nNora",
            cc=["adam"],
        ),
        R(
            "lindsay",
            ["nora"],
            "11-20 09:30",
            "Nora,\n\nThank you. [[We will serve the responses and the log by December "
            "18.||lindsay|2026-12-18|com]]\n\n"
            "[[Also, would you stipulate to a protective order covering Calloway's maintenance and training "
            "records?||nora||appr]] A draft is attached; it tracks the Cook County model order.",
            cc=["adam"],
            attach=[("Draft_Agreed_Protective_Order.docx", "application/vnd.openxmlformats")],
        ),
    ),
    # The case manager's own to-do list: each bullet is her commitment, due today; closed by thanks.
    T(
        "none",
        Msg(
            "denise",
            ["nora"],
            "11-23 08:20",
            "Good morning! Today I will:\n\n"
            "- [[Calendar the 12/16 motion to compel hearing||denise|today|com]]\n"
            "- [[Send Marek the deposition prep letter in Polish||denise|today|com]]\n"
            "- [[Request Harold Pruitt's Northshore records||denise|today|com]]\n\n"
            "Anything else, just holler.",
            subj="Today",
        ),
        R("nora", ["denise"], "11-23 08:41", "Great, thank you!"),
    ),
    # Nora writes to the engineering expert; he promises to check later, so she waits.
    T(
        "awaiting_them",
        Msg(
            "nora",
            ["walt"],
            "11-27 09:15",
            "Hi Walt,\n\nCalloway has agreed to let us inspect the Elk Grove Village warehouse. [[Are you "
            "available for a half-day inspection in the week of December 14?||walt||q]] [[Please also send "
            "me "
            "your updated fee schedule and CV before Christmas.||walt|2026-12-25|req]]\n\nThanks,\nNora",
            subj="Calloway warehouse inspection",
        ),
        R(
            "walt",
            ["nora"],
            "11-28 10:02",
            "Nora, that week should be fine. [[Let me check my calendar after the holiday and get back to "
            "you.||walt||com]]\n\nWalt",
        ),
    ),
    # A chiropractor's billing office wants a letter of protection.
    T(
        "needs_reply",
        Msg(
            "rosa",
            ["nora"],
            "11-24 15:55",
            "Hello,\n\nWe are treating Mateo and Sofia Rojas for injuries from the car accident on October "
            "14, "
            "2025.\n[[Can you send us a letter of protection for both children so we can hold the "
            "bills?||nora||req]]\n[[Please also confirm the claim number with Lakeshore "
            "Mutual.||nora||q]]\n\n"
            "Balances to date: Mateo $2,140.00, Sofia $1,865.00.",
            subj="Letter of protection - Rojas children",
        ),
    ),
    # The case manager books an interpreter, with Nora copied; closed.
    T(
        "none",
        Msg(
            "denise",
            ["lingua"],
            "11-20 13:15",
            "Hi Irena,\n\n[[Please book a Polish interpreter for a deposition on Wednesday, December 9, "
            "10:00 to "
            "4:00, at Whitaker Booth, 70 W. Madison, Suite 2900.||lingua||req]] The witness is our client, "
            "Marek "
            "Wisniewski.\n\nThank you,",
            cc=["nora"],
            subj="Polish interpreter - deposition 12/9",
        ),
        R(
            "lingua",
            ["denise"],
            "11-20 15:40",
            "Hi Denise,\n\nConfirmed: Ewa Nowak will be there at 9:45. Our cancellation policy requires 48 "
            "hours' "
            "notice.\n\nBest,",
            cc=["nora"],
        ),
        R("denise", ["lingua"], "11-20 15:52", "Thank you!", cc=["nora"]),
    ),
    # The partner's numbered list before he is back: questions, a request and his own commitment.
    T(
        "needs_reply",
        Msg(
            "tom",
            ["nora"],
            "11-29 16:30",
            "Nora,\n\nA few things before I'm back on Wednesday:\n\n"
            "1. [[Did we ever get the body-cam video from Oak Park PD in Pruitt?||nora||q]]\n"
            "2. [[Please make sure Jerome has the Kessler exhibits for the motion response.||nora||req]]\n"
            "3. [[I'll handle the Dempsey post-trial motions myself.||tom||com]]\n\n"
            "Tom",
            subj="Before Wednesday",
        ),
    ),
    # An associate asks to leave early; Nora grants it.
    T(
        "none",
        Msg(
            "jerome",
            ["nora"],
            "11-19 10:05",
            "[[Is it OK if I leave at 3 on Friday for my son's school concert?||nora||appr]] [[I'll have the "
            "Kessler outline done before then.||jerome|fri|com]]",
            subj="Friday",
        ),
        R(
            "nora",
            ["jerome"],
            "11-19 10:20",
            "[[Yes, of course you can leave at 3.||jerome||appr]] Enjoy it!",
        ),
    ),
    # Med-pay question answered with a request, which Nora then fulfils: closed.
    T(
        "none",
        Msg(
            "nora",
            ["gary"],
            "11-18 14:15",
            "Gary,\n\n[[Does Fairbrook's policy carry medical payments coverage, and if so, how "
            "much?||gary||q]]\n\nThanks,\nNora",
            subj="Pruitt - med pay",
        ),
        R(
            "gary",
            ["nora"],
            "11-19 09:05",
            "Nora,\n\nIt does: $5,000 per person. [[Please have Mr. Pruitt sign the attached med-pay "
            "application "
            "and send it back to me.||nora||req]]",
            attach=[("MedPay_Application.pdf", "application/pdf")],
        ),
        R("nora", ["gary"], "11-23 12:10", "Gary, the signed application is attached. Thanks."),
    ),
]
