"""Inside Kaveri Legal: the partner, the junior associate, the paralegal and the admin desk."""

from __future__ import annotations

from corpus_kit.mailgen import Msg, R, T

THREADS = [
    T(
        "awaiting_them",
        Msg(
            "me",
            ["karthik"],
            "04-07 10:05",
            "Karthik,\nFor the TiffinTrail closing, pls do the following by end of this week:\n"
            "- [[Update the CP tracker with the documents Pooja has sent||karthik|eow|req]]\n"
            "- [[Prepare the draft board resolution for the allotment||karthik|eow|req]]\n"
            "- [[Run a charge search on the MCA portal for the company||karthik|eow|req]]\nThanks",
            subj="TiffinTrail closing - to do",
        ),
        R(
            "karthik",
            ["me"],
            "04-07 11:20",
            "Sure Ananya. [[I will send you the tracker and the resolution by Thursday.||karthik|thu|com]]",
        ),
    ),
    T(
        "needs_reply",
        Msg(
            "raghav",
            ["me"],
            "04-12 08:40",
            "[[Ananya, can we prepone the Sri Lakshmi strategy meeting to tomorrow 11 am?||me|tomorrow|q]] "
            "[[Also pls get Divya to pull the DRT order sheets before that.||me|tomorrow|req]]",
            subj="Sri Lakshmi meeting",
            sig=False,
        ),
    ),
    T(
        "none",
        Msg(
            "raghav",
            ["karthik"],
            "04-09 10:30",
            "[[Karthik, pls file the vakalatnama in the Sri Lakshmi matter today "
            "itself.||karthik|today|req]]",
            cc=["me"],
            subj="Vakalatnama - Sri Lakshmi",
        ),
        R(
            "karthik",
            ["raghav"],
            "04-09 16:05",
            "Done sir, filed at 3:40 pm. Acknowledgement attached.",
            cc=["me"],
            attach=[("Ack_vakalat.pdf", "application/pdf")],
        ),
    ),
    T(
        "needs_reply",
        Msg(
            "divya",
            ["me"],
            "04-09 12:50",
            "Ma'am,\n[[Kindly approve the courier charges of Rs 2,400 for sending the originals to Chennai."
            "||me||appr]]\n[[Also should I book the conference room for Tuesday or Wednesday||me||q]]",
            subj="Courier + conference room",
        ),
    ),
    T(
        "none",
        Msg(
            "karthik",
            ["me"],
            "04-08 14:10",
            "Hi Ananya,\n[[May I file the rejoinder in the Deccan Agro petition as per the attached version?"
            "||me||appr]]",
            subj="Rejoinder - Deccan Agro",
            attach=[("Rejoinder_v4.docx", "application/vnd.openxmlformats")],
        ),
        R("me", ["karthik"], "04-08 14:40", "[[Approved, go ahead and file.||karthik||appr]]"),
        R("karthik", ["me"], "04-08 18:20", "Filed. Diary number is 4471/2027."),
    ),
    T(
        "awaiting_them",
        Msg(
            "me",
            ["divya"],
            "04-09 09:30",
            "[[Divya, pls prepare the compilation of judgments for the hearing on the 20th and "
            "share it by 15/04."
            "||divya|2027-04-15|req]]",
            subj="Compilation - Deccan Agro",
        ),
    ),
    T(
        "none",
        Msg(
            "meera",
            ["me", "karthik", "divya"],
            "04-09 13:00",
            "Cake in the pantry for Divya's birthday! Who doesn't love a Friday treat?\n"
            "And thank you all for the lovely send-off on Monday.",
            subj="Cake!",
        ),
    ),
    T(
        "needs_reply",
        Msg(
            "raghav",
            ["me", "karthik"],
            "04-10 11:15",
            "[[Can someone draft the reply to Coromandel Bank's notice by Friday?||me|fri|req]] "
            "Client is anxious.",
            subj="Reply to bank notice",
            sig=False,
        ),
    ),
    T(
        "none",
        Msg(
            "karthik",
            ["me"],
            "04-07 19:00",
            "FYI, the Karnataka High Court decision on interest under the MSMED Act, decided on 2nd April. "
            "The relevant paras are 22\u201325 and the court has followed the Supreme Court\u2019s view.",
            subj="Judgment - MSMED interest",
            cte="quoted-printable",
            attach=[("KHC_MSMED_02Apr2027.pdf", "application/pdf")],
        ),
        R("me", ["karthik"], "04-07 19:30", "Thanks Karthik, very useful."),
    ),
    T(
        "none",
        Msg(
            "hr",
            ["me", "raghav", "karthik", "divya", "meera"],
            "04-08 09:00",
            "Dear all,\nThe office will remain closed on Wednesday, 14 April 2027 on account of "
            "Ambedkar Jayanti. "
            "Please plan your filings accordingly.",
            subj="Office closed on 14 April",
        ),
    ),
    T(
        "needs_reply",
        Msg(
            "karthik",
            ["me"],
            "04-10 10:40",
            "Hi Ananya,\nIssues list for TiffinTrail is attached. "
            "[[Could you review it before I send it to Sid's team?||me||req]] "
            "[[Divya will send the revised SHA clean copy to you by Friday.||divya|fri|com]]",
            subj="RE: SHA - issues list",
            attach=[("Issues_list_v1.docx", "application/vnd.openxmlformats")],
        ),
    ),
    T(
        "awaiting_them",
        Msg(
            "me",
            ["ramesh"],
            "04-08 12:00",
            "Dear Mr Iyer,\n[[Could you share the stock statements submitted to the bank for "
            "FY26?||ramesh||q]]",
            subj="Stock statements FY26",
        ),
        Msg(
            "daemon",
            ["me"],
            "04-08 12:01",
            "This is the mail system at host mx1.kaverilegal.test.\n\nI'm sorry to have to "
            "inform you that your "
            "message could not be delivered to one or more "
            "recipients.\n\n<ramesh.iyer@srilakshmitex-old.test>: "
            "host not found",
            subj="Undelivered Mail Returned to Sender",
            report=(
                "delivery-status",
                "Reporting-MTA: dns; mx1.kaverilegal.test\n\n"
                "Final-Recipient: rfc822; ramesh.iyer@srilakshmitex-old.test\nAction: failed\n"
                "Status: 5.1.2",
            ),
            sig=False,
        ),
    ),
]
