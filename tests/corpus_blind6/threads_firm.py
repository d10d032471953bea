"""The firm (a partner who writes three words, a paralegal), investors, and more Ferngrove mail."""

from __future__ import annotations

from corpus_kit.mailgen import Msg, R, T

THREADS = [
    # The partner, three words at a time, before the Monday call.
    T(
        "needs_reply",
        Msg(
            "walt",
            ["leah"],
            "12-14 06:50",
            "[[Ferngrove status?||leah||q]] [[Call me.||leah||req]]",
            subj="Ferngrove",
        ),
    ),
    # Approval asked of the partner and granted in two words.
    T(
        "none",
        Msg(
            "leah",
            ["walt"],
            "12-10 13:05",
            "Walt,\n\nTidewell is two founders and no money yet. [[OK to waive the retainer for them until "
            "they close a round?||walt||appr]]",
            subj="Tidewell retainer",
        ),
        R("walt", ["leah"], "12-10 13:40", "Yes. [[Waive it.||leah||appr]]"),
    ),
    # The partner forwards a new-client lead: the forwarded questions are not labelled.
    T(
        "needs_reply",
        Msg(
            "walt",
            ["leah"],
            "12-12 09:14",
            "[[Can you take this?||leah||req]]",
            fwd={
                "frm": "theo",
                "to": ["walt"],
                "at": "12-11 22:30",
                "subj": "Intro - Brightmoss founders need counsel",
                "body": "Walt,\n\nMy friends at Brightmoss are converting their LLC to a C-corp before a "
                "priced round in January. Could someone at your firm speak with them this week? Happy to "
                "make the intro.\n\nTheo",
            },
        ),
    ),
    # The paralegal promises and has not delivered yet.
    T(
        "awaiting_them",
        Msg(
            "leah",
            ["kenji"],
            "12-11 11:20",
            "[[Kenji, can you pull Delaware good standing certificates for Ferngrove and Quillfeather "
            "before the "
            "closing call on Friday the 18th?||kenji|2026-12-18|req]]",
            subj="good standings",
        ),
        R(
            "kenji",
            ["leah"],
            "12-11 11:48",
            "Sure. [[I'll order them from Firstgate Monday morning; they need a day to turn "
            "them.||kenji|mon|com]]",
        ),
    ),
    # The paralegal's numbered questions with a lead-in deadline.
    T(
        "needs_reply",
        Msg(
            "kenji",
            ["leah"],
            "12-11 17:10",
            "Leah,\n\nCaptably flagged that Quillfeather's option ledger doesn't match the board consents. "
            "Two "
            "questions, ideally answered before the year-end audit pull on the 28th:\n\n"
            "1. [[Should I record the October 2 grants at the old 409A price?||leah|2026-12-28|q]]\n"
            "2. [[Do you want me to ask Maya for the missing consent, or will you?||leah|2026-12-28|q]]\n\n"
            "Thanks,",
            subj="Quillfeather option ledger mismatch",
        ),
    ),
    # Co-founder in Tel Aviv asks on Sunday (a workday there); the CEO adds his weight.
    T(
        "needs_reply",
        Msg(
            "noa",
            ["leah"],
            "12-13 10:00",
            "Hi Leah,\n\nOur four Israeli employees need their options under a Section 102 trustee plan. "
            "[[Can you recommend Israeli counsel to set up the sub-plan?||leah||q]] [[Also, do we need board "
            "approval for the sub-plan before the January grants, or can it wait?||leah||q]]\n\nThanks,\nNoa",
            cc=["dev"],
            subj="Section 102 sub-plan",
        ),
        R(
            "dev",
            ["noa", "leah"],
            "12-13 11:00",
            "+1. [[Leah, please put this ahead of the IRA if you can.||leah||req]] The Israeli team has "
            "been waiting since October.",
        ),
    ),
    # The contractor's invoice is for the client; Leah is only copied.
    T(
        "none",
        Msg(
            "arjun",
            ["dev"],
            "12-10 16:45",
            "Hi Dev,\n\n[[Please find my November invoice attached; kindly process it by 20 "
            "Dec.||dev|2026-12-20|req]]"
            "\n\nRegards,",
            cc=["leah"],
            subj="Rao Studio invoice - November",
            attach=[("RS-2026-11.pdf", "application/pdf")],
        ),
        R("dev", ["arjun"], "12-11 08:02", "paid, thx Arjun", cc=["leah"]),
    ),
    # Two To recipients, nobody named, Leah not among them: the first To owns it.
    T(
        "awaiting_them",
        Msg(
            "leah",
            ["dev", "noa"],
            "12-09 10:30",
            "Hi both,\n\n[[Please each send me a signed copy of the founder vesting acknowledgement by "
            "Friday.||dev|fri|req]] It goes in the Series A closing set.",
            subj="founder vesting acknowledgements",
            attach=[("Founder Vesting Acknowledgement.pdf", "application/pdf")],
        ),
        R("devm", ["leah", "noa"], "12-09 12:15", "[[will do tonight||dev|today|com]]"),
        R(
            "noa",
            ["leah", "dev"],
            "12-09 23:20",
            "Signed, attached.",
            attach=[("Vesting Ack - Ben-Ami signed.pdf", "application/pdf")],
        ),
    ),
    # A CC storm where Leah is in To: "can someone" with nobody named is hers.
    T(
        "needs_reply",
        Msg(
            "dev",
            ["leah", "kenji", "noa"],
            "12-11 19:40",
            "[[can someone send me the final closing checklist, need it for the board deck||leah||req]]",
            cc=["rachel", "oliver", "dan"],
            subj="closing checklist",
        ),
        R(
            "rachel",
            ["dev", "leah", "kenji", "noa"],
            "12-12 09:05",
            "[[Dan, can you share Kestrel's version too?||dan||req]]",
            cc=["oliver", "dan"],
        ),
        R(
            "dan",
            ["rachel", "dev", "leah", "kenji", "noa"],
            "12-12 10:30",
            "[[Will send it after our call Monday.||dan|mon|com]]",
            cc=["oliver"],
        ),
        R(
            "noa",
            ["dan", "rachel", "dev", "leah", "kenji"],
            "12-12 19:10",
            "+1, would love that.",
            cc=["oliver"],
        ),
    ),
    # The lead investor wants split signature pages; Leah has not answered.
    T(
        "needs_reply",
        Msg(
            "leah",
            ["rachel"],
            "12-10 14:00",
            "Rachel,\n\n[[Could you confirm which Kestrel entity will sign, Kestrel Ventures Fund III, "
            "L.P. or "
            "the parallel fund?||rachel||q]]",
            subj="Kestrel signing entity",
        ),
        R(
            "rachel",
            ["leah"],
            "12-11 09:30",
            "Fund III, L.P. for 90% and the parallel fund for the rest. [[Can you split the signature pages "
            "accordingly?||leah||req]] [[Also, please add Jordan to the distribution list for the closing "
            "documents.||leah||req]]",
            cc=["jordan"],
        ),
    ),
    # A question to investor counsel answered only by his out-of-office.
    T(
        "awaiting_them",
        Msg(
            "leah",
            ["dan"],
            "12-12 11:00",
            "Dan,\n\n[[One more for your list: does Kestrel want a board observer seat for Larkspur in the "
            "voting agreement, or only an information right?||dan||q]]",
            subj="Larkspur observer seat?",
        ),
        R(
            "dan",
            ["leah"],
            "12-12 14:01",
            "I am out of the office until Monday, December 14, with limited access to email. For urgent "
            "matters "
            "please contact my assistant, Carla Ruiz, at +1 212 555 0191.",
            subj="Automatic reply: Larkspur observer seat?",
            headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
            quote=None,
            sig=False,
            disc=False,
        ),
    ),
    # A friend: dinner plans, closed by the last word.
    T(
        "none",
        Msg(
            "theo",
            ["leah"],
            "12-08 20:15",
            "Leah! How's the new place treating you? [[Are you free for dinner Thursday the 17th?||leah||q]] "
            "Mira is in town.",
            subj="dinner?",
        ),
        R("leah", ["theo"], "12-09 07:30", "Yes! [[I'll book Tamarine for 7.||leah||com]]"),
        R("theo", ["leah"], "12-09 08:02", "perfect, see you then"),
    ),
]
