"""Longer chains: witness preparation, list of issues, Meridian costs, the custodian, two Gmail threads."""

from __future__ import annotations

from corpus_kit.mailgen import Msg, R, T

HL = "ARB/26/0417 Harbourline v PDL"

THREADS = [
    # The client's legal manager and Joanna fix a witness session; her last message asks two questions.
    T(
        "needs_reply",
        Msg(
            "connie",
            ["me"],
            "11-25 10:00",
            """Dear Joanna,

Our operations director Mr Lee Ka Fai is travelling in the w/c 7 Dec.
[[Could we fix his witness preparation session before then?||me|2026-12-07|req]]
[[Pls also advise whether Mr Lee needs to attend the CMC in person.||me||q]]

Best regards,""",
            cc=["malcolm"],
            subj=f"{HL} - witness preparation, Mr Lee",
        ),
        R(
            "me",
            ["connie"],
            "11-25 11:30",
            """Dear Connie,

Thank you. [[Would Thursday 3 Dec at 10am at our offices suit Mr Lee?||connie||q]]
He does not need to attend the CMC, as no witnesses are heard at that stage.
[[I will send him the documents he should read by Monday.||me|mon|com]]

Best regards,""",
            cc=["malcolm"],
        ),
        R(
            "connie",
            ["me"],
            "11-26 09:15",
            """Dear Joanna,

3 Dec at 10am is fine. [[Kindly send the meeting details to Mr Lee's assistant, Ms Ivy Tsang, and copy \
me.||me||req]]

Best regards,""",
            cc=["malcolm"],
        ),
        R(
            "me",
            ["connie"],
            "11-30 19:05",
            """Dear Connie,

The meeting details are with Ms Tsang, and the reading bundle for Mr Lee is attached.
[[Please ask him to focus on tabs 3 to 11 before Thursday.||connie|thu|req]]

Best regards,""",
            cc=["malcolm"],
            attach=[("Reading bundle - Mr Lee.pdf", "application/pdf")],
        ),
        R(
            "connie",
            ["me"],
            "12-01 15:50",
            """Dear Joanna,

Received with thanks. One issue: Mr Lee recalls signing a site diary in May 2025 that is not in the \
bundle.
[[Should we search for it before Thursday?||me|thu|q]]
[[And if we find it, do we have to disclose it to the other side||me||q]]

Best regards,""",
            cc=["malcolm"],
        ),
    ),
    # The list of issues with the other side: comments in part, then another promise.
    T(
        "awaiting_them",
        Msg(
            "me",
            ["kenneth"],
            "11-23 17:00",
            """Dear Kenneth,

Please find attached a draft agreed list of issues.
[[Please let us have your client's comments by 27/11.||kenneth|2026-11-27|req]]
[[Please also confirm whether your client will call an expert on dredging volumes.||kenneth||q]]
[[If it will, kindly let us have the expert's name so that we can check for conflicts.||kenneth||req]]

Regards,""",
            cc=["wing"],
            subj=f"{HL} - draft list of issues",
        ),
        R(
            "kenneth",
            ["me"],
            "11-27 18:40",
            """Dear Joanna,

Our comments on the list of issues are attached.
[[We will confirm the position on the expert early next week.||kenneth|nextweek|com]]

Regards,""",
            cc=["wing"],
        ),
        R(
            "me",
            ["kenneth"],
            "11-30 10:15",
            """Dear Kenneth,

Thank you. We accept your amendments to issues 2 and 5 but not to issue 7.
[[Please confirm by 5pm HKT tmr whether your client will drop the words "gross negligence" from issue \
7.||kenneth|tomorrow|q]]
We look forward to hearing from you on the expert point.

Regards,""",
            cc=["wing"],
        ),
        R(
            "kenneth",
            ["me"],
            "12-01 18:20",
            """Dear Joanna,

Our client needs a little more time on issue 7. [[We will revert by Thursday.||kenneth|thu|com]]

Regards,""",
            cc=["wing"],
        ),
    ),
    # Internal costs work, delivered and closed.
    T(
        "none",
        Msg(
            "me",
            ["wing"],
            "11-30 09:00",
            """Wing,

[[Can you pull the Meridian time entries from the billing system into a spreadsheet by tomorrow noon?\
||wing|tomorrow|req]]
[[Priya, could you send me your estimate of the Singapore office's fees to the end of the hearing?\
||priya||req]]

Thanks""",
            cc=["priya"],
            sig=False,
            subj="Meridian - costs estimate inputs",
        ),
        R(
            "priya",
            ["me"],
            "11-30 13:10",
            """Hi Joanna,

Roughly SGD 240k to the end of the hearing, assuming five hearing days.
[[I'll send the breakdown by phase tmr.||priya|tomorrow|com]]""",
            cc=["wing"],
        ),
        Msg(
            "wing",
            ["me"],
            "12-01 11:40",
            """Hi Joanna,

Spreadsheet attached. [[Do you want disbursements shown separately?||me||q]]

Thanks""",
            reply=0,
            attach=[("Meridian WIP to 30.11.2026.xlsx", "application/vnd.openxmlformats")],
        ),
        R(
            "me",
            ["wing"],
            "12-01 12:05",
            "No need, I have split them out myself. Thanks Wing, that's all.",
            sig=False,
        ),
        Msg("priya", ["me"], "12-01 17:50", "Hi Joanna,\n\nBreakdown by phase attached.", reply=1),
        R("me", ["priya"], "12-01 18:15", "Perfect, thanks Priya.", sig=False),
    ),
    # The custodian's details from Shanghai, with a question back to Joanna.
    T(
        "needs_reply",
        Msg(
            "me",
            ["zhang"],
            "12-02 08:55",
            """Dear Zhang Min,

US counsel need a signed declaration from Tianrui's records custodian today, New York time.
[[Could you let me know the custodian's full name and title?||zhang|today|q]]
[[Please also ask the custodian to sign the attached declaration and send us a scan by 9pm HKT \
tonight.||zhang|today|req]]

Best regards,""",
            subj="Tianrui - custodian declaration for US court (urgent)",
            attach=[("Declaration of records custodian.docx", "application/vnd.openxmlformats")],
        ),
        R(
            "zhang",
            ["me"],
            "12-02 09:40",
            """Dear Joanna,

The custodian is Ms HUANG Lijuan, Head of Records. [[We will send you the signed scan by 6pm today.\
||zhang|today|com]]
[[Pls confirm whether her Chinese name should also appear in the signature block||me||q]]

Best regards,""",
        ),
    ),
    # Gmail with '>' quotes: the translator's terminology question, answered and acknowledged.
    T(
        "none",
        Msg(
            "sophie",
            ["me"],
            "11-30 11:20",
            """Hi Joanna,

[[Our translator asks whether you prefer "arbitral tribunal" or "arbitration tribunal" for 仲裁庭 \
throughout?||me||q]]

Best,""",
            subj="Tianrui award - terminology",
        ),
        R(
            "me",
            ["sophie"],
            "11-30 12:05",
            "Hi Sophie,\n\nArbitral tribunal, to match the English version of the institution's rules.",
            sig=False,
        ),
        R("sophie", ["me"], "11-30 12:40", "Noted with thanks!", sig=False),
    ),
    # Gmail with the client's CFO: interest questions, a document request, a dated question and a promise.
    T(
        "needs_reply",
        Msg(
            "tan",
            ["me"],
            "11-26 18:30",
            """Hi Joanna,

Quick one. [[Can the tribunal order Kestrel to pay interest at the contractual rate of 1.5% per month?\
||me||q]]

Boon Huat""",
            sig=False,
            subj="interest",
        ),
        R(
            "me",
            ["tan"],
            "11-27 10:10",
            """Hi Boon Huat,

In principle yes, provided the clause is not a penalty. [[Could you send me a copy of the signed \
charterparty addendum with the interest clause?||tan||req]]

Best regards,""",
        ),
        R(
            "tan",
            ["me"],
            "11-27 21:05",
            """Attached.
[[Also pls advise by 4/12 whether the 1.5% also runs on the demurrage claim||me|2026-12-04|q]]""",
            sig=False,
        ),
        R(
            "me",
            ["tan"],
            "11-30 09:35",
            "Thanks. [[I'll cover that in the note I send you on Friday.||me|fri|com]]",
        ),
    ),
]
