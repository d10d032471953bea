"""Wisniewski v. Calloway Logistics: a warehouse worker's forklift injury, deposition on 9 December."""

from __future__ import annotations

from corpus_kit.mailgen import Msg, R, T

SUBJ_DEP = "Your deposition on December 9"

THREADS = [
    # The client answers the prep letter with two questions and no question marks.
    T(
        "needs_reply",
        Msg(
            "nora",
            ["marek"],
            "11-23 15:20",
            "Hi Marek,\n\n"
            "As we discussed, the lawyers for Calloway will take your deposition on Wednesday, December 9 at "
            "10:00 a.m. at their office on Madison Street. A Polish interpreter will be there for you.\n\n"
            "[[Please call Denise at 312-555-0151 to set up a prep meeting with me before the deposition on "
            "12/9.||marek|2026-12-09|req]] It will take about two hours.\n\n"
            "Remember, the accident happened on March 3, 2025, and they will ask you a lot about that day "
            "and "
            "about your work before it. Just tell the truth, and if you don't understand a question, say so.",
            subj=SUBJ_DEP,
        ),
        R(
            "marek",
            ["nora"],
            "11-28 19:02",
            "Dzień dobry Pani Nora,\n\n[[I call Denise Monday.||marek|mon|com]]\n"
            "[[what papers i should bring to the meeting||nora||q]]\n"
            "[[also can my wife Agnieszka come with me, she remember the day better than me||nora||q]]\n\n"
            "Dziękuję\nMarek",
        ),
    ),
    # A partner forwards defence counsel's email with "can you handle?" on top.
    T(
        "needs_reply",
        Msg(
            "tom_phone",
            ["nora"],
            "11-27 10:41",
            "[[Nora can you handle?||nora||req]] im out til wed",
            fwd={
                "frm": "adam",
                "to": ["tom"],
                "at": "11-25 16:10",
                "subj": "Wisniewski v. Calloway - warehouse inspection",
                "body": "Tom,\n\nOur client has agreed to make the Elk Grove Village warehouse available for "
                "your expert's inspection. Please let me know two or three dates in December that work for "
                "your side. The loading dock will need to be closed during the inspection, so we need at "
                "least a week's notice.\n\nThanks,\nAdam",
            },
        ),
    ),
    # CC storm with defence counsel; their associate promises an answer later, so Nora still waits.
    T(
        "awaiting_them",
        Msg(
            "adam",
            ["nora"],
            "11-24 11:05",
            "Nora,\n\n"
            "Following up on our call. [[Please confirm that Mr. Wisniewski will appear for his deposition "
            "on "
            "December 9 at 10:00 a.m. at our offices.||nora||q]] [[We will also need his executed HIPAA "
            "authorizations for Alexian Occupational Health and Northwest Community Hospital no later than "
            "December 4.||nora|2026-12-04|req]]\n\nRegards,\nAdam",
            cc=["lindsay", "tom", "denise", "jerome"],
            subj="Wisniewski v. Calloway Logistics, No. 2025 L 004417 - deposition and authorizations",
        ),
        R(
            "nora",
            ["adam"],
            "11-24 14:30",
            "Adam,\n\nConfirmed for December 9 at 10:00. [[Denise will send the signed authorizations by "
            "Thursday.||denise|thu|com]]\n\n"
            "[[In return, please send us Calloway's supplemental answers to our second set of "
            "interrogatories "
            "before the deposition on 12/9.||adam|2026-12-09|req]] [[Can you also tell me whether Calloway "
            "will "
            "produce its safety manager, Doug Feeney, for deposition in January?||adam||q]]\n\nThanks,",
            cc=["lindsay", "tom", "denise", "jerome"],
        ),
        R(
            "lindsay",
            ["nora"],
            "11-25 09:12",
            "Nora,\n\nAdam is in trial in Du Page County through next week. [[I will get you an answer on "
            "Mr. "
            "Feeney's deposition by Friday.||lindsay|fri|com]] The supplemental answers are being "
            "finalized.\n\n"
            "Best,",
            cc=["adam", "tom", "denise", "jerome"],
        ),
        R(
            "denise",
            ["adam", "lindsay"],
            "11-25 11:20",
            "Good morning,\n\nAttached are Mr. Wisniewski's signed HIPAA authorizations for Alexian "
            "Occupational "
            "Health and Northwest Community Hospital.\n\nRegards,",
            cc=["nora", "tom", "jerome"],
            attach=[("Wisniewski_HIPAA_x2.pdf", "application/pdf")],
        ),
    ),
    # The court reporter books the deposition; closed by her confirmation.
    T(
        "none",
        Msg(
            "jolene",
            ["nora"],
            "11-19 13:48",
            "Hi Nora,\n\nWe have you down for the Wisniewski deposition on 12/9 at 10:00 a.m. at Whitaker "
            "Booth. Confirmation #PCR-58812.\n\n[[Will you need a Polish interpreter from us, or is your "
            "office "
            "arranging one?||nora||q]]\n\nThank you,",
            subj="Booking confirmation - Wisniewski deposition 12/9",
        ),
        R(
            "nora",
            ["jolene"],
            "11-19 16:02",
            "Hi Jolene, our office is arranging the interpreter. [[Please add realtime and a rough draft for "
            "me.||jolene||req]]\n\nThanks!",
        ),
        R(
            "jolene",
            ["nora"],
            "11-20 08:30",
            "All set, realtime and a rough are on the order. See you on the 9th.",
        ),
    ),
    # The client promises the pay stubs "tomorrow": a promise is not the documents, so Nora still waits.
    T(
        "awaiting_them",
        Msg(
            "nora",
            ["marek"],
            "11-24 10:15",
            "Marek,\n\n[[Can you send me photos of your pay stubs from January and February 2025, before the "
            "accident?||marek||req]] We need them for the lost wages claim. [[And let me know when Dr. Rao "
            "clears you for light duty.||marek||q]]\n\nThank you,",
            subj="Pay stubs",
        ),
        R(
            "marek_phone",
            ["nora"],
            "11-29 21:14",
            "[[ok i send tomorrow||marek|tomorrow|com]]",
            quote=None,
            refs=False,
        ),
    ),
    # Defence counsel asks consent; Nora grants it with a condition; "Will do." is a promise, not the copies.
    T(
        "awaiting_them",
        Msg(
            "adam",
            ["nora"],
            "11-18 15:40",
            "Nora,\n\n[[Do you object to us subpoenaing Mr. Wisniewski's personnel file from his prior "
            "employer, "
            "Baltic Freight Services?||nora||q]] He worked there from 2019 until he started at Calloway in "
            "2023.\n\nAdam",
            subj="Subpoena to Baltic Freight",
        ),
        R(
            "nora",
            ["adam"],
            "11-18 17:05",
            "Adam,\n\n[[No objection, go ahead and issue it.||adam||appr]] [[Please send us copies of "
            "whatever "
            "comes back within a week of receiving it.||adam||req]]\n\nNora",
        ),
        R("adam", ["nora"], "11-19 08:02", "Will do. Thanks, Nora."),
    ),
    # The client writes in his own English about a recorded statement; no question mark on the question.
    T(
        "needs_reply",
        Msg(
            "marek",
            ["nora"],
            "11-27 12:33",
            "Hello Pani Nora\n\nSomebody from insurance of Calloway called me today, a man, he want recorded "
            "statement about the accident.\n[[I should talk to him or no||nora||q]]\n"
            "I said him I must ask my lawyer first.\n"
            "[[Please call me after 4, before I am at work.||nora||req]]\n\nMarek",
            subj="insurance call",
        ),
    ),
    # Nora asks the treating doctor's office for a narrative report; they promise to pass it on later.
    T(
        "awaiting_them",
        Msg(
            "nora",
            ["megan"],
            "11-20 11:25",
            "Hi Megan,\n\nI represent your patient Marek Wisniewski (DOB 06/02/1984) in his injury case.\n\n"
            "[[Could you ask Dr. Rao to prepare a narrative report addressing causation, permanency and "
            "future "
            "care?||megan|2026-12-09|req]] We need it before his deposition on December 9. [[Please also let "
            "me know Dr. Rao's fee for the report.||megan||q]]\n\nA signed authorization is attached.",
            attach=[("Wisniewski_HIPAA_authorization.pdf", "application/pdf")],
            subj="Narrative report request - Marek Wisniewski",
        ),
        R(
            "megan",
            ["nora"],
            "11-23 09:40",
            "Hi Nora,\n\nDr. Rao is on vacation this week. [[I'll give her your request when she's back on "
            "12/1.||megan|2026-12-01|com]]\n\nMegan",
        ),
    ),
    # The workers' comp carrier's lien notice: form language, one real question.
    T(
        "needs_reply",
        Msg(
            "midwest_comp",
            ["nora"],
            "11-25 14:20",
            "RE: Employee: Marek Wisniewski\nEmployer: Calloway Logistics, Inc.\nDate of Injury: 03/03/2025\n"
            "Claim No.: WC-2025-118834\n\nDear Counsel:\n\n"
            "Please be advised that Midwest Comp Services is the third-party administrator for the workers' "
            "compensation carrier of the above employer. Benefits paid to date total $38,412.60, consisting "
            "of "
            "$24,980.10 in medical and $13,432.50 in TTD.\n\n"
            "[[Please confirm in writing that you will protect our lien under Section 5(b) of the Act in any "
            "third-party recovery.||nora||q]] [[At your earliest convenience, please also provide the status "
            "of the third-party action and the name of defense counsel.||nora||q]]\n\n"
            "Thank you for your attention to this matter.",
            subj="Notice of Lien - Wisniewski / Calloway Logistics",
        ),
    ),
    # Court e-filing notice: automated, nothing in it is an ask.
    T(
        "none",
        Msg(
            "efile",
            ["nora"],
            "11-24 16:52",
            "NOTICE OF ELECTRONIC FILING\n\nCase: 2025 L 004417 - WISNIEWSKI, MAREK v. CALLOWAY LOGISTICS, "
            "INC.\n"
            "Court: Circuit Court of Cook County, Law Division\nDocument: MOTION TO COMPEL ANSWERS TO "
            "INTERROGATORIES\nFiled by: Adam R. Whitaker, Whitaker Booth LLP\nEnvelope: 40918273\n"
            "Filed: 11/24/2026 4:47 PM\n\nA hearing on this motion is set for 12/16/2026 at 9:30 AM in "
            "Courtroom 2005.\n\nPlease review the attached document. Service contacts must respond in "
            "accordance with the applicable rules. Do not reply to this email; this mailbox is not "
            "monitored.",
            subj="Notice of Electronic Filing - 2025 L 004417 - Motion to Compel",
            headers={"Auto-Submitted": "auto-generated"},
        ),
    ),
    # An associate's recap with the real ask in a P.S.
    T(
        "needs_reply",
        Msg(
            "jerome",
            ["nora"],
            "11-30 08:12",
            "Morning Nora,\n\nQuick recap of the Kessler Forklift corporate rep deposition last Tuesday: "
            "their "
            "witness admitted the mast chain on unit 14 was flagged in the October 2024 inspection and never "
            "replaced. I ordered the expedited transcript. Calloway's motion to compel is up on 12/16, so "
            "we have some time.\n\nHope you had a good Thanksgiving.\n\n"
            "P.S. [[Can you look over my draft response to the motion to compel by "
            "Wednesday?||nora|wed|req]] "
            "It's in the shared folder under Pleadings.",
            subj="Kessler dep recap",
        ),
    ),
    # Nora asks the partner for sign-off; no answer yet.
    T(
        "awaiting_them",
        Msg(
            "nora",
            ["tom"],
            "11-25 17:45",
            "Tom,\n\nAfter the Kessler deposition I think Calloway will want to talk numbers. [[OK with you "
            "if I "
            "propose a mediation with Judge Halloran in late January?||tom||appr]] [[And do you want to "
            "attend "
            "it with me?||tom||q]]",
            subj="Wisniewski - mediation?",
        ),
    ),
]
