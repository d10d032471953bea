"""TiffinTrail (the start-up founder client) and Sri Lakshmi Textiles (the Chennai family business)."""

from __future__ import annotations

from corpus_kit.mailgen import Msg, R, T

LANDLORD_NOTICE = {
    "frm": "landlord",
    "to": ["sid"],
    "at": "04-09 17:40",
    "subj": "Notice: arrears of rent, Koramangala premises",
    "body": "Dear Sir,\nOn behalf of our client Mr. K. Gowda, owner of the premises at 5th "
    "Block, Koramangala, "
    "we hereby call upon you to remit the arrears of rent for January to March 2027 within 15 "
    "days of receipt "
    "of this notice, failing which our client shall initiate proceedings.\nYours faithfully,\nB. Ramaiah, "
    "Advocate",
    "sig": "",
}

THREADS = [
    T(
        "needs_reply",
        Msg(
            "sid",
            ["me"],
            "04-09 18:20",
            "Hi Ananya,\nWe got the term sheet comments back from Rachel's side today.\n"
            "[[Pls share the revised SHA draft by 15th April so I can take it to the "
            "board.||me|2027-04-15|req]] "
            "[[Also, is the drag-along threshold of 75% still negotiable or have we already "
            "conceded it?||me||q]]\n"
            "FYI the board meeting was held on 3rd March and the minutes are in the data room.",
            cc=["raghav"],
            subj="SHA - investor comments",
        ),
        R(
            "me",
            ["sid"],
            "04-09 19:05",
            "Hi Sid,\nNoted. [[I will send you the revised draft by 14th April.||me|2027-04-14|com]] "
            "On the drag-along, we have not conceded it yet.\n"
            "[[Karthik will circulate the issues list to your team tomorrow first "
            "half.||karthik|tomorrow|com]]",
            cc=["raghav", "karthik"],
        ),
        R(
            "sid_mobile",
            ["me"],
            "04-11 22:14",
            "ok thanks. [[also can u check if the esop pool top up needs a fresh board approval||me||q]]",
        ),
    ),
    T(
        "awaiting_them",
        Msg(
            "me",
            ["pooja"],
            "04-07 11:30",
            "Dear Pooja,\nFor the closing, request you to share the following documents at the earliest:\n"
            "1. [[Certified copy of the board resolution approving the allotment||pooja||req]]\n"
            "2. [[Updated shareholding pattern as on 31 March 2027||pooja||req]]\n"
            "3. [[Challan for the MGT-14 filing||pooja||req]]\n"
            "4. [[Valuation report from the registered valuer||pooja||req]]\n"
            "Kindly do the needful.",
            cc=["sid"],
            subj="Closing documents - TiffinTrail Series B",
        ),
        R(
            "pooja",
            ["me"],
            "04-09 16:10",
            "Hi Ananya,\nPFA items 1 and 2. "
            "[[The valuation report should come from the valuer by Wednesday and I will forward "
            "it the same day."
            "||pooja|wed|com]]\nThanks",
            cc=["sid"],
            attach=[
                ("Board_resolution_CTC.pdf", "application/pdf"),
                ("SHP_31Mar2027.pdf", "application/pdf"),
            ],
        ),
    ),
    T(
        "needs_reply",
        Msg(
            "sid",
            ["me"],
            "04-10 09:02",
            "[[Pls look into this.||me||req]]\n"
            "[[Landlord is claiming 3 months rent for the old Koramangala kitchen, can you tell "
            "me by Wednesday "
            "whether we need to send a formal reply?||me|wed|q]]",
            fwd=LANDLORD_NOTICE,
        ),
    ),
    T(
        "none",
        Msg(
            "me",
            ["sid"],
            "04-05 15:20",
            "Hi Sid,\nPFA the NDA with Zestly, signed at their end. "
            "[[Kindly countersign and send back the scanned copy.||sid||req]]",
            subj="NDA - Zestly",
            attach=[("NDA_Zestly_signed.pdf", "application/pdf")],
        ),
        R(
            "sid",
            ["me"],
            "04-05 21:48",
            "Done, signed copy attached.",
            attach=[("NDA_countersigned.pdf", "application/pdf")],
        ),
        R("me", ["sid"], "04-06 09:30", "Noted with thanks, Sid.", quote=None),
    ),
    T(
        "needs_reply",
        Msg(
            "pooja",
            ["me"],
            "04-10 12:15",
            "Hi Ananya,\n[[Could you confirm the stamp duty amount payable on the new share "
            "certificates?||me||q]] "
            "[[Pls also share the e-stamp challan once it is paid.||me||req]]\n"
            "Last time we paid it ourselves on 12th February and it took a week to reflect.\nThanks!",
            subj="Stamp duty on share certificates",
            fmt="html",
        ),
    ),
    T(
        "awaiting_them",
        Msg(
            "me",
            ["sid"],
            "04-08 17:00",
            "[[Sid, could you confirm the exact date on which the shareholders approved the "
            "ESOP pool?||sid||q]] "
            "Rachel's team has asked for it in the disclosure letter.",
            subj="ESOP pool approval date",
            fmt="plain",
        ),
        R(
            "sid",
            ["me"],
            "04-08 23:41",
            "[[will dig out the minutes and revert back tomorrow||sid|tomorrow|com]]",
            sig=False,
        ),
    ),
    T(
        "needs_reply",
        Msg(
            "sid_mobile",
            ["me"],
            "04-12 08:05",
            "[[can we do a quick call today at 12||me|today|req]]",
            subj="call",
        ),
    ),
    T(
        "needs_reply",
        Msg(
            "venkat",
            ["me"],
            "04-08 11:00",
            "Dear Madam,\n\nSub: Notice under Section 13(2) of the SARFAESI Act, 2002 issued by Coromandel "
            "Co-operative Bank\n\n"
            "At the outset, we thank you for the kind guidance extended to us during our "
            "meeting at Bengaluru.\n\n"
            "As you are aware, the term loan of Rs. 4.2 crores was sanctioned to our company on "
            "17th August 2019, "
            "and the instalments were regularly paid until the floods of December 2023 affected "
            "our Erode unit. "
            "The bank has now issued a demand notice dated 29th March 2027 calling upon us to pay the entire "
            "outstanding within sixty days. "
            "[[We request you to kindly advise us, before Ambedkar Jayanti, whether the said notice can be "
            "challenged before the Debts Recovery Tribunal.||me|2027-04-14|req]] "
            "[[Kindly also confirm whether your good office requires the original title deeds of the Egmore "
            "property or whether certified copies will suffice.||me||q]]\n\n"
            "Our son Arvind has been looking after the correspondence with the bank, and he "
            "will be available "
            "to assist your team in every manner. Our auditors have also been informed of the matter.\n\n"
            "We have full faith in your good office and remain ever grateful.",
            cc=["arvind"],
            subj="Sri Lakshmi Textiles - SARFAESI notice - request for advice",
        ),
    ),
    T(
        "awaiting_them",
        Msg(
            "me",
            ["arvind"],
            "04-08 15:45",
            "Dear Arvind,\n[[Request you to share the last three years' audited financials of the company by "
            "15/04.||arvind|2027-04-15|req]] "
            "[[Also, could you confirm who signed the corporate guarantee on behalf of the company in 2019?"
            "||arvind||q]]\nRegards",
            subj="Sri Lakshmi Textiles - documents required",
            headers={"Disposition-Notification-To": "Ananya Rao <ananya.rao@kaverilegal.test>"},
        ),
        Msg(
            "arvind_rr",
            ["me"],
            "04-08 16:02",
            "This is a receipt for the mail you sent to arvind.v@srilakshmitex.test at 08/04/2027 15:45.\n\n"
            "This receipt verifies that the message has been displayed on the recipient's computer.",
            subj="Read: Sri Lakshmi Textiles - documents required",
            report=(
                "disposition-notification",
                "Reporting-UA: mail.srilakshmitex.test\n"
                "Final-Recipient: rfc822; arvind.v@srilakshmitex.test\n"
                "Disposition: manual-action/MDN-sent-manually; displayed",
            ),
            sig=False,
        ),
        R(
            "arvind",
            ["me"],
            "04-09 20:12",
            "[[will check with appa and revert by wednesday||arvind|wed|com]]",
            reply=0,
            sig=False,
        ),
    ),
    T(
        "none",
        Msg(
            "me",
            ["venkat"],
            "04-06 12:10",
            "Dear Sir,\nAs discussed, the hearing before the DRT has been adjourned to 3rd May 2027. "
            "No action is required from your side at present.\nPlease let me know if you need "
            "anything further.",
            cc=["arvind"],
            subj="DRT Chennai - adjournment",
        ),
        R("venkat", ["me"], "04-06 17:30", "Dear Madam,\nNoted with thanks. God bless.", cc=["arvind"]),
    ),
    T(
        "needs_reply",
        Msg(
            "me",
            ["venkat"],
            "04-07 10:20",
            "Dear Sir,\n[[Could you send us a copy of the 2019 sanction letter?||venkat||q]]\nRegards",
            subj="Sanction letter",
        ),
        Msg(
            "venkat",
            ["me"],
            "04-09 11:40",
            "Dear Madam,\nSame is attached herewith for your kind perusal. "
            "[[Kindly acknowledge receipt.||me||req]]",
            subj="Sanction letter - Sri Lakshmi Textiles",
            attach=[("Sanction_letter_2019.pdf", "application/pdf")],
        ),
    ),
    T(
        "needs_reply",
        Msg(
            "arvind",
            ["me"],
            "04-10 18:25",
            "Madam,\nAppa asked me to write. "
            "[[Kindly let us know your professional fee for filing the appeal before the DRT "
            "latest by Friday."
            "||me|fri|q]]\nRegards",
            subj="Fee for DRT appeal",
        ),
    ),
]
