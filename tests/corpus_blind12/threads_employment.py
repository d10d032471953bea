"""Employment threads outside the co-op: the Sydney parent company, the Wellington ministry, the barrister."""

from __future__ import annotations

from corpus_kit.mailgen import Msg, R, T

MINISTRY_LETTER = (
    "Dear Ms Parata\n\nPersonal grievance: Mr Tom Ranginui\n\n"
    "Thank you for your letter of 12 March 2027 raising a personal grievance on behalf of Mr Ranginui. "
    "The Ministry has considered the matters set out in it carefully.\n\n"
    "The Ministry does not accept that Mr Ranginui was unjustifiably disadvantaged by the change to his "
    "reporting line, which was consulted on with all affected staff between 2 February and 16 February 2027. "
    "We note that Mr Ranginui did not make a submission during that period.\n\n"
    "[[So that the Ministry can respond to the health-related aspects of the grievance in full, "
    "we ask that you provide copies of any medical certificates Mr Ranginui relies on within 7 days of the "
    "date of this letter.||ngaio|+7|req]] Any information provided will be held by People and Capability and "
    "used only for this purpose.\n\n"
    "The Ministry remains open to resolving this matter early. "
    "[[Please advise whether your client would be willing to attend mediation with the Ministry in the week "
    "of 19 April.||ngaio||q]]\n\n"
    "Nothing in this letter should be taken as an admission of liability.\n\n"
    "Yours sincerely"
)

THREADS = [
    # Sydney parent: redundancy advice with a Sydney-time deadline and a promise made for Jack.
    T(
        "needs_reply",
        Msg(
            "priya",
            ["ngaio"],
            "03-31 10:30",
            "Hi Ngaio,\n\nWe're looking at disestablishing the Christchurch depot manager role as part of "
            "the "
            "ANZ integration. [[Could you give us a view on whether we can do this without a consultation "
            "period?||ngaio|tue|q]] We need it by 4pm Tuesday, Sydney time, for our leadership meeting.\n\n"
            "[[Jack will send you the position description and his employment agreement "
            "today.||jack|today|com]]",
            cc=["jack"],
            subj="Christchurch depot manager role",
        ),
        R(
            "ngaio",
            ["priya"],
            "03-31 14:10",
            "Hi Priya,\n\nThe short answer is no: in New Zealand you need to consult genuinely with him "
            "before a "
            "decision is made, even if the business case is strong. "
            "[[I'll send you a fuller note by Tuesday.||ngaio|tue|com]]\n\n"
            "[[Jack, can you also send me the 2024 restructure paper for the North Island "
            "depots?||jack||req]]",
            cc=["jack"],
        ),
        R(
            "jack",
            ["ngaio"],
            "03-31 16:45",
            "Hi Ngaio,\n\nPD, employment agreement and the 2024 paper attached.\n\n[[Priya asked me to check "
            "one "
            "thing with you: does the four weeks' notice in his agreement still apply if he's offered "
            "redeployment and turns it down?||ngaio||q]]",
            cc=["priya"],
            attach=[
                ("PD - Depot Manager CHC.pdf", "application/pdf"),
                ("IEA - R Blake.pdf", "application/pdf"),
            ],
        ),
    ),
    # Late-night Sydney mail: "today" is the sender's 31 March, already 1 April in Auckland.
    T(
        "needs_reply",
        Msg(
            "jack",
            ["ngaio"],
            "03-31 22:40",
            "Ngaio, sorry for the late one.\n\n"
            "[[Could you please send through the engagement letter today so I can get it signed off before "
            "our finance cut-off?||ngaio|today|req]] Our AP team won't set up a new supplier without one.",
            cc=["priya"],
            subj="Engagement letter - Harbourside Freight NZ",
        ),
    ),
    # Who signs the settlement agreement: Priya promises an answer "after Anzac Day" (no deadline).
    T(
        "awaiting_them",
        Msg(
            "ngaio",
            ["priya"],
            "03-29 15:30",
            "Hi Priya,\n\nOne point for the Blake exit agreement if it gets that far. "
            "[[Could you confirm whether Harbourside Freight Group or the NZ subsidiary will sign it?"
            "||priya||q]]",
            subj="Signatory for settlement agreement",
        ),
        R(
            "priya",
            ["ngaio"],
            "03-29 16:05",
            "Good question. [[I'll check with our CFO and come back to you after Anzac Day.||priya||com]] "
            "Half the finance team is away over the school holidays.",
        ),
    ),
    # Bounce: the question went to a misspelt address.
    T(
        "awaiting_them",
        Msg(
            "ngaio",
            ["jack_bad"],
            "03-30 11:20",
            "Hi Jack,\n\n[[Could you confirm the payroll cut-off date for the Christchurch depot in April?"
            "||jack_bad||q]]",
            subj="Payroll cut-off - Christchurch",
        ),
        Msg(
            "daemon",
            ["ngaio"],
            "03-30 11:21",
            subj="Undeliverable: Payroll cut-off - Christchurch",
            plain="Delivery has failed to these recipients or groups:\n\njack.dunn@harbourside-group.test\n"
            "The email address you entered couldn't be found. Please check the recipient's email address and "
            "try to resend the message.\n\nDiagnostic information for administrators:\n"
            "Remote server returned '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'",
            report=(
                "delivery-status",
                "Reporting-MTA: dns; mx1.kowhaipartners.test\n\nFinal-Recipient: rfc822; "
                "jack.dunn@harbourside-group.test\nAction: failed\nStatus: 5.1.1\n",
            ),
            headers={"Auto-Submitted": "auto-replied"},
        ),
    ),
    # Formal ministry letter (ask in the middle); Ngaio forwards it to the client only.
    T(
        "needs_reply",
        Msg(
            "kiri",
            ["ngaio"],
            "03-30 14:10",
            MINISTRY_LETTER,
            subj="Personal grievance - Mr T Ranginui - response",
            attach=[("Letter to Kowhai Partners 30 March 2027.pdf", "application/pdf")],
        ),
        Msg(
            "ngaio",
            ["tom"],
            "03-30 16:40",
            "Hi Tom,\n\nThe Ministry has replied to your grievance; their letter is below. It's fairly "
            "standard "
            "for a first response, so don't be discouraged.\n\n"
            "[[Can you send me the medical certificates from your GP by Monday?||tom|mon|req]]\n"
            "[[Let me know too whether you'd be open to mediation in the week of 19 April.||tom||q]]",
            fwd=0,
        ),
        R(
            "tom",
            ["ngaio"],
            "03-30 20:15",
            "Kia ora Ngaio, thanks for this. Yes I'm open to mediation, any day but the Tuesday. "
            "[[I'll get the certificates from the medical centre on Friday.||tom|fri|com]]",
        ),
    ),
    # Without prejudice proposal, answered only by a read receipt.
    T(
        "awaiting_them",
        Msg(
            "ngaio",
            ["kiri"],
            "03-31 15:00",
            "Dear Kiri\n\nPlease find attached a without prejudice proposal on behalf of Mr Ranginui.\n\n"
            "[[Could you let me know by Friday 9 April whether the Ministry will consider "
            "it?||kiri|2027-04-09|q]]"
            "\n\nKind regards",
            subj="Without prejudice save as to costs - Mr T Ranginui",
            attach=[("WP proposal - Ranginui.pdf", "application/pdf")],
            headers={"Disposition-Notification-To": "ngaio.parata@kowhaipartners.test"},
        ),
        Msg(
            "kiri",
            ["ngaio"],
            "04-01 08:10",
            subj="Read: Without prejudice save as to costs - Mr T Ranginui",
            plain="Your message\n\n  To: Kiri Hēnare\n  Subject: Without prejudice save as to costs - Mr T "
            "Ranginui\n  Sent: Wednesday, 31 March 2027 3:00 PM\n\nwas read on Thursday, 1 April 2027 8:10 "
            "AM.",
            report=(
                "disposition-notification",
                "Reporting-UA: coastal.govt.test; Microsoft Outlook\nFinal-Recipient: rfc822; "
                "kiri.henare@coastal.govt.test\nDisposition: manual-action/MDN-sent-manually; displayed\n",
            ),
        ),
    ),
    # Approval asked and granted internally; the proposal then went out.
    T(
        "none",
        Msg(
            "ngaio",
            ["tane"],
            "03-31 11:40",
            "Tāne,\n\nTom has agreed to a without prejudice proposal of three months' pay plus a $12,000 "
            "compensation payment and a neutral reference. "
            "[[Are you OK for me to send it to the Ministry this afternoon?||tane||appr]]",
            subj="Ranginui - WP proposal",
        ),
        R(
            "tane_phone",
            ["ngaio"],
            "03-31 12:02",
            "[[Approved, go ahead and send it today.||ngaio|today|appr]]",
        ),
    ),
    # Privacy Act request: the ministry acknowledges and promises a date.
    T(
        "awaiting_them",
        Msg(
            "ngaio",
            ["kiri"],
            "03-23 09:20",
            "Dear Kiri\n\nWe act for Mr Tom Ranginui. [[Under the Privacy Act 2020 "
            "please provide a copy of all personal information the Ministry holds about Mr Ranginui, "
            "including his personnel file.||kiri||req]] His signed authority is attached.\n\nKind regards",
            subj="Privacy Act request - Mr T Ranginui",
            attach=[("Authority - T Ranginui.pdf", "application/pdf")],
        ),
        R(
            "kiri",
            ["ngaio"],
            "03-24 13:30",
            "Dear Ms Parata\n\nWe acknowledge receipt of your request of 23 March 2027. "
            "[[We will respond to it no later than 21 April 2027.||kiri|2027-04-21|com]]\n\nNgā mihi",
        ),
    ),
    # Barrister in plain ISO-8859-1 text: availability, a fee estimate promised, a promise for Aroha.
    T(
        "awaiting_them",
        Msg(
            "ngaio",
            ["jonathan"],
            "03-24 16:00",
            "Hi Jonathan,\n\nWe've been directed to an investigation meeting in the Tuhoro matter.\n\n"
            "[[Are you available on 12 May?||jonathan||q]]\n"
            "[[Could you also let me know your fee estimate for the brief?||jonathan||q]]",
            subj="Tuhoro v Maungatautari Milk - ERA investigation meeting",
        ),
        R(
            "jonathan",
            ["ngaio"],
            "03-25 08:05",
            "Ngaio\n\nYes, 12 May is in the diary. [[I'd like to read the papers before committing to a "
            "number, "
            "so I'll send you the fee estimate by the end of the month.||jonathan|eom|com]]\n\n"
            "[[Could Aroha send me the bundle index in the meantime?||aroha||req]]\n\n"
            "How was the café in Raglan you were raving about?",
            charset="iso-8859-1",
            quote=None,
        ),
        R(
            "ngaio",
            ["jonathan"],
            "03-25 09:30",
            "Thanks Jonathan. [[Aroha will send you the bundle index on Monday.||aroha|mon|com]]\n\n"
            "And the café was as good as promised.",
            cc=["aroha"],
        ),
    ),
]
