"""Outside counsel in London and the US customer in Houston: the Gulfline demurrage dispute and its edges."""

from __future__ import annotations

from corpus_kit.mailgen import Msg, R, T

THREADS = [
    # Defence draft: numbered points from London, "ad 1)" answers, a promise for Sanne, a new ask from Oliver.
    T(
        "needs_reply",
        Msg(
            "harriet",
            ["me"],
            "12-30 16:40",
            "Dear Femke,\n\nPlease find attached our first draft of the Defence in Gulfline Petrochemicals v "
            "Noordkade. We need your instructions on three points by Friday 8 January, as the Defence "
            "must be "
            "served on 13 January:\n\n"
            "1. [[Could you confirm whether the booking note of 14 August was ever countersigned by Gulfline?"
            "||me|2027-01-08|q]]\n"
            "2. [[Please send us the full email exchange with the Houston office about the delay at Antwerp."
            "||me|2027-01-08|req]]\n"
            "3. [[We would like to know who on your side can give a witness statement on the reefer "
            "monitoring."
            "||me|2027-01-08|q]]\n\n"
            "[[Any comments on the draft itself would be welcome at the same time.||me|2027-01-08|req]]\n\n"
            "Wishing you a good start of the new year.",
            cc=["oliver"],
            subj="Gulfline v Noordkade - draft Defence [CF-Matter 20417]",
            attach=[("Defence_draft1.pdf", "application/pdf")],
        ),
        R(
            "me",
            ["harriet"],
            "01-04 10:05",
            "Dear Harriet,\n\nThank you, and a happy new year to you too.\n\n"
            "ad 1) The booking note was not countersigned. Gulfline only confirmed the rate by email on 16 "
            "August.\n"
            "ad 2) [[Sanne will send you the Antwerp emails today.||sanne|today|com]]\n"
            "ad 3) Probably Joost de Wit, our chartering manager. "
            "[[I am checking his availability and will revert.||me||com]]\n\n"
            "I am reading the draft now.",
            cc=["oliver", "sanne"],
        ),
        R(
            "oliver",
            ["me"],
            "01-05 11:20",
            "Dear Femke,\n\nMany thanks. [[Could you also let us have the reefer log for container "
            "NKDU 501234-7?||me||req]] [[Harriet would like to speak to Joost before Friday, so please "
            "let us "
            "know a convenient slot.||me|fri|req]]\n\nBest wishes,",
            cc=["harriet"],
        ),
    ),
    # Settlement proposal to Houston; Brandon's lower-case phone reply is only a promise.
    T(
        "awaiting_them",
        Msg(
            "me",
            ["brandon"],
            "01-04 15:30",
            "Dear Brandon,\n\nFollowing our call before Christmas, Noordkade is prepared to settle the "
            "demurrage claim for the Antwerp delay at USD 48,500, full and final, each party bearing its own "
            "costs.\n\n[[Could you let me know by 12 January whether Gulfline accepts this proposal?"
            "||brandon|2027-01-12|q]] [[If so, I will send you a short settlement agreement the same day."
            "||me||com]]\n\nThis offer is made without prejudice and subject to contract.",
            subj="Without prejudice - demurrage claim Antwerp",
        ),
        R(
            "brandon_m",
            ["me"],
            "01-04 09:12",
            "[[got it, will run it by our CFO and come back to you||brandon||com]]",
        ),
    ),
    # HTML-only mail from Houston late on the 5th: "noon CET tomorrow" counts from his own date.
    T(
        "needs_reply",
        Msg(
            "brandon",
            ["me"],
            "01-05 17:40",
            "Hi Femke,\n\nHow were the holidays over there? We had a quiet one in Houston.\n\n"
            "Our auditors need a signed letter from Noordkade confirming the liability cap in the 2025 "
            "Master "
            "Services Agreement (section 11.2). [[Can you get that to me by noon CET tomorrow?"
            "||me|tomorrow|req]] They close the file at 1 pm your time.\n\n"
            "[[Also, has the cargo insurance certificate for 2027 been issued yet?||me||q]]\n\n"
            "Happy to jump on a call if that is easier.\n\nThanks,",
            subj="Auditor letter - liability cap MSA",
            fmt="html",
            unread=True,
        ),
    ),
    # A question answered and closed with thanks.
    T(
        "none",
        Msg(
            "me",
            ["harriet"],
            "12-29 11:10",
            "Dear Harriet,\n\n[[Could you check clause 19 of the attached Kattegat Feeder charter party "
            "against "
            "the BIMCO form and tell me whether the deviation clause is wider than "
            "standard?||harriet||req]]\n\n"
            "No rush, early January is fine.",
            subj="Kattegat Feeder CP - deviation clause",
            attach=[("Kattegat_CP_draft.pdf", "application/pdf")],
        ),
        R(
            "harriet",
            ["me"],
            "12-31 10:25",
            'Dear Femke,\n\nYes, it is wider. Clause 19 allows deviation "for any purpose whatsoever", which '
            "goes beyond the BIMCO wording; an English court would still read it down to purposes connected "
            'with the voyage, but I would delete the words after "purpose". A marked-up page is attached.',
        ),
        R("me", ["harriet"], "01-04 09:30", "Thanks Harriet, very helpful. Happy new year!"),
    ),
    # Out-of-office reply: no answer.
    T(
        "awaiting_them",
        Msg(
            "me",
            ["oliver"],
            "01-05 14:50",
            "Oliver,\n\n[[Can you send me your time estimate for the disclosure phase before our budget "
            "meeting "
            "on 11 January?||oliver|2027-01-11|req]] A range is fine.",
            cc=["harriet"],
            subj="Gulfline - budget for disclosure",
        ),
        R(
            "oliver",
            ["me"],
            "01-05 13:51",
            "Thank you for your email. I am out of the office until Thursday 7 January with limited "
            "access to "
            "email. For urgent matters please contact Harriet Lowe on +44 20 5550 0150 or reply to "
            "london.disputes@carrowfinch.test.",
            quote=None,
            sig=False,
            disc=False,
            fmt="plain",
            subj="Automatic reply: Gulfline - budget for disclosure",
            headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
        ),
    ),
    # Pieter forwards Gulfline's letter with a note on top; the forwarded deadline is not an ask.
    T(
        "needs_reply",
        Msg(
            "pieter",
            ["me"],
            "01-05 16:05",
            "Femke,\n\nSee below from Brandon. [[Please prepare a short reply for my signature by Thursday."
            "||me|thu|req]] [[Do we still have the original bill of lading?||me||q]]",
            fwd={
                "frm": "brandon",
                "to": ["pieter"],
                "subj": "Antwerp delay - demand",
                "at": "01-04 14:00",
                "body": "Dear Mr Verhoeven,\n\nFurther to my note to Ms Hoogendijk, Gulfline also claims the "
                "storage costs at Antwerp of EUR 9,870. Please confirm by January 11 that Noordkade will "
                "pay this amount.\n\nRegards,",
            },
        ),
    ),
    # US customer: approval granted, closed.
    T(
        "none",
        Msg(
            "brandon",
            ["me"],
            "12-28 10:15",
            "Femke,\n\nWe would like to add our new Baytown plant as a delivery point under the MSA from "
            "February. [[Is Noordkade OK with adding it by a simple email exchange instead of a formal "
            "amendment?||me||appr]]\n\nBest,",
            subj="Baytown delivery point",
        ),
        R(
            "me",
            ["brandon"],
            "01-04 11:00",
            "Dear Brandon,\n\n[[Yes, we agree to add Baytown by email exchange; this email counts as our "
            "consent.||brandon||appr]] The rates of Annex 2 apply.",
        ),
        R("brandon", ["me"], "01-04 08:30", "Perfect, thank you Femke."),
    ),
]
