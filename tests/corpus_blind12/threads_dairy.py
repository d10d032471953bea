"""Maungatautari Milk Co-operative (Waikato) employment work, and the firm's own threads about it."""

from __future__ import annotations

from corpus_kit.mailgen import Msg, R, T

THREADS = [
    # Letter of concern for a tanker driver: numbered questions, a promise kept, then a new request.
    T(
        "needs_reply",
        Msg(
            "mere",
            ["ngaio"],
            "03-29 08:40",
            "Kia ora Ngaio,\n\nWe've had a second complaint about one of our tanker drivers, Jared, speeding "
            "on "
            "the Matamata run. The first one was back on 3 March and we dealt with it informally.\n\n"
            "[[Can you have a look at the draft letter of concern and flick me any changes by COB Friday?"
            "||ngaio|fri|req]]\n\nA couple of things I'm not sure about:\n"
            "1. [[Do we have to tell him who made the complaint?||ngaio||q]]\n"
            "2. [[Is it OK to stand him down on pay while we look into it?||ngaio||q]]",
            cc=["tane"],
            subj="Letter of concern - J. Tuhoro",
            attach=[("Draft letter of concern - J Tuhoro.docx", "application/vnd.openxmlformats")],
            cte="quoted-printable",
        ),
        R(
            "ngaio",
            ["mere"],
            "03-29 11:05",
            "Hi Mere,\n\nThanks for sending this through. "
            "[[I'll go through the letter tonight and get it back to you by Wednesday.||ngaio|wed|com]]\n\n"
            "Short answers for now: you don't have to name the complainant, but Jared is entitled to know "
            "the "
            "substance of what's alleged so he can respond. A paid stand-down is fine if there's a genuine "
            "safety reason, and we should write down what that reason is.",
            cc=["tane"],
        ),
        R(
            "ngaio",
            ["mere"],
            "03-31 16:20",
            "Hi Mere,\n\nMarked-up letter attached. The main change is in paragraph 4, where I've softened "
            "the "
            "wording so it doesn't read as if you've already made up your mind.\n\n"
            "[[Can you confirm Jared's start date so I can fill in the last gap?||mere||q]]",
            cc=["tane"],
            attach=[("Letter of concern - J Tuhoro (KP comments).docx", "application/vnd.openxmlformats")],
        ),
        R(
            "mere",
            ["ngaio"],
            "03-31 17:02",
            "Chur Ngaio, that reads much better.\n\nHe started with us on 14 June 2021.\n\n"
            "[[Could you also put together a short script for whoever runs the meeting on Tuesday?"
            "||ngaio|tue|req]]",
            cc=["tane"],
        ),
    ),
    # Operations manager on his phone: a question with no question mark, nobody has answered.
    T(
        "needs_reply",
        Msg(
            "dave",
            ["ngaio"],
            "03-30 19:12",
            "hey ngaio quick one\n"
            "[[can we shift the night crew to 12 hour rosters from may without consulting them||ngaio||q]]\n"
            "the lads reckon they'd rather do 4 on 4 off anyway",
            subj="night roster",
        ),
    ),
    # Union rep at the meeting: lower-case question, answered; Dave's "will do" closes it.
    T(
        "none",
        Msg(
            "dave",
            ["ngaio"],
            "03-31 07:45",
            "[[morning ngaio, the union delegate wants to sit in on jared's meeting is that ok||ngaio||q]]",
            subj="jared meeting",
        ),
        R(
            "ngaio",
            ["dave"],
            "03-31 08:30",
            "Morning Dave,\n\nYes, that's fine. Jared is entitled to bring a representative, and the "
            "delegate "
            "is a good choice.\n\n[[Can you let the delegate know the time by tomorrow?||dave|tomorrow|req]]",
        ),
        R("dave", ["ngaio"], "03-31 09:02", "will do cheers"),
    ),
    # Restructure pack: asked before Easter, a promise instead of the documents, a chaser.
    T(
        "awaiting_them",
        Msg(
            "ngaio",
            ["mere"],
            "03-25 10:10",
            "Hi Mere,\n\nGood to talk this morning. [[To get going on the lab restructure proposal, "
            "could you send me the current org chart and the job descriptions for the three lab roles "
            "before the long weekend?||mere|2027-03-26|req]]\n\nHope you get a proper break over Easter.",
            subj="Lab restructure - documents",
        ),
        R(
            "mere",
            ["ngaio"],
            "03-25 15:48",
            "Hi Ngaio,\n\nSorry, it's been manic with the end of season. "
            "[[I'll send them through next week.||mere|nextweek|com]]",
        ),
        R(
            "ngaio",
            ["mere"],
            "03-31 09:15",
            "Kia ora Mere,\n\nJust touching base on the org chart and job descriptions. "
            "[[Any chance you could flick them over by Friday?||mere|fri|req]] "
            "I'm keen to have the consultation pack drafted by mid-April so the team has time to read it.",
        ),
    ),
    # Internal: holiday pay training, everyone answers, closed by thanks.
    T(
        "none",
        Msg(
            "tane",
            ["ngaio", "liam"],
            "03-30 10:02",
            "Ngaio, Liam,\n\nMaungatautari want a half-day refresher on the holiday pay rules for their "
            "payroll and shed managers.\n\n"
            "[[Liam, can you dig out last year's slides and update them before "
            "mid-April?||liam|2027-04-15|req]]\n"
            "[[Ngaio, are you happy to present it with me?||ngaio||q]]",
            subj="Holiday pay training - Maungatautari",
        ),
        R(
            "ngaio",
            ["tane", "liam"],
            "03-30 10:40",
            "Yes, keen. [[I'll take the section on the remediation calculations.||ngaio||com]]",
        ),
        R(
            "liam",
            ["tane", "ngaio"],
            "03-30 13:25",
            "No worries. [[I'll have a first cut of the slides to you both by next "
            "Wednesday.||liam|2027-04-07|com]]",
        ),
        R("tane", ["ngaio", "liam"], "03-30 13:31", "Sweet as, thanks both."),
    ),
    # Partner forwards a client email with "can you have a look?" on top; nobody has answered.
    T(
        "needs_reply",
        Msg(
            "tane_phone",
            ["ngaio"],
            "03-31 12:55",
            "[[Ngaio can you have a look?||ngaio||req]] I'm in Hamilton all afternoon.",
            fwd={
                "frm": "grant",
                "to": ["tane"],
                "at": "03-31 11:20",
                "subj": "Fixed-term contracts for calving staff",
                "body": "Hi Tāne,\n\nWe take on about 20 extra staff for calving each year on fixed-term "
                "agreements. Someone at the Fieldays stand told us these need a genuine reason written "
                "in.\n\n"
                "Can you tell us whether our current template is OK before we start hiring in June?\n\n"
                "Cheers",
            },
        ),
    ),
    # CC storm about a board briefing: Tāne commits Ngaio to the paper; her own answer is still owed.
    T(
        "needs_reply",
        Msg(
            "mere",
            ["ngaio", "tane"],
            "03-30 09:30",
            "Kia ora koutou,\n\nThe board would like a briefing on the new flexible working policy before it "
            "is rolled out.\n\n[[Can you confirm you're available on Wednesday 7 April at 10am?||ngaio||q]]",
            cc=["dave", "grant", "hine"],
            subj="Board briefing - flexible working policy",
        ),
        R("dave", ["mere"], "03-30 09:48", "yep works for me", cc=["ngaio", "tane", "grant", "hine"]),
        R(
            "grant",
            ["mere"],
            "03-30 10:12",
            "I'm in Wellington that morning. [[Could we do 2pm instead?||mere||q]]",
            cc=["ngaio", "tane", "dave", "hine"],
        ),
        R(
            "hine",
            ["mere"],
            "03-30 11:01",
            "2pm suits me too. Thanks for organising, Mere.",
            cc=["ngaio", "tane", "dave", "grant"],
        ),
        R(
            "tane",
            ["mere"],
            "03-30 14:20",
            "2pm is fine for me. [[Ngaio will send the board paper through on Monday.||ngaio|mon|com]]",
            cc=["ngaio", "dave", "grant", "hine"],
        ),
    ),
    # Fee approval to the CFO, answered only by his out-of-office.
    T(
        "awaiting_them",
        Msg(
            "ngaio",
            ["grant"],
            "03-31 10:05",
            "Hi Grant,\n\nThe investigation into the Matamata complaint is taking more time than we first "
            "thought, so I've revised the estimate to $6,500 plus GST.\n\n"
            "[[Could you approve the revised fee estimate?||grant||appr]]",
            subj="Revised fee estimate - tanker driver investigation",
        ),
        R(
            "grant",
            ["ngaio"],
            "03-31 10:06",
            "Kia ora,\n\nI'm on leave until Tuesday 6 April with limited access to email. For anything "
            "urgent "
            "please contact Mere Tipene on +64 7 555 0150.\n\nGrant",
            subj="Automatic reply: Revised fee estimate - tanker driver investigation",
            quote=None,
            sig=False,
            disc=False,
            headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
        ),
    ),
    # Invoice split: committed for Aroha, closed with thanks.
    T(
        "none",
        Msg(
            "grant",
            ["ngaio"],
            "03-30 08:20",
            "Morning Ngaio,\n\n[[Can you split the March invoice between the Matamata and Te Awamutu cost "
            "centres?||ngaio||req]] Our auditors have asked us to tidy this up.",
            subj="March invoice",
            sig="auto",
        ),
        R(
            "ngaio",
            ["grant"],
            "03-30 09:10",
            "Hi Grant,\n\nNo worries at all. [[Aroha will reissue it split 60/40 by Friday.||aroha|fri|com]]",
            cc=["aroha"],
        ),
        R("grant", ["ngaio"], "03-30 09:35", "Cheers, much appreciated.", cc=["aroha"]),
    ),
]
