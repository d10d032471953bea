"""Shanghai Tianrui (enforcing an award in Hong Kong) and Meridian Straits (a Singapore arbitration)."""

from __future__ import annotations

from corpus_kit.mailgen import Msg, R, T

THREADS = [
    # A numbered list of questions with a day-first deadline after it; we promise to revert, not an answer.
    T(
        "needs_reply",
        Msg(
            "zhang",
            ["me"],
            "11-30 15:30",
            """Dear Joanna,

Regarding the enforcement in Hong Kong of the Shanghai award dated 12 Aug 2026, our management has below \
questions, pls advise:

1. [[Whether we need to provide security when applying for leave to enforce||me|2026-12-04|q]]
2. [[How long the ex parte application normally takes before the order is granted||me|2026-12-04|q]]
3. [[Which documents must be translated and whether notarisation in Shanghai is required||me|\
2026-12-04|q]]
4. [[Whether the other side can still apply to set aside the award in Shanghai after we enforce in HK||me|\
2026-12-04|q]]

Kindly revert by 04.12.2026.

Best regards,""",
            cc=["malcolm"],
            subj="Tianrui / enforcement of award in HK - questions",
        ),
        R(
            "me",
            ["zhang"],
            "11-30 17:45",
            """Dear Zhang Min,

Noted with thanks. [[We will revert with our advice on all four points by Thursday.||me|thu|com]]

Best regards,""",
            cc=["malcolm"],
        ),
        R(
            "malcolm",
            ["me"],
            "11-30 18:20",
            "Joanna, [[pls copy me on the advice before it goes to Zhang Min.||me||req]]",
            sig=False,
        ),
        R("me", ["malcolm"], "11-30 18:31", "Will do.", sig=False),
    ),
    # Translation quote: the vendor asks for sign-off; Joanna grants it and asks for delivery.
    T(
        "awaiting_them",
        Msg(
            "me",
            ["lingbridge"],
            "11-25 10:05",
            """Hello,

[[Please could you quote for a certified English translation of the attached Chinese award (43 pages)?\
||lingbridge||req]]
[[Could you also tell us your earliest delivery date?||lingbridge||q]]

Thank you,""",
            subj="Quote request - certified translation of award (Tianrui)",
            attach=[("Award_12Aug2026_CN.pdf", "application/pdf")],
        ),
        R(
            "sophie",
            ["me"],
            "11-26 14:20",
            """Dear Joanna,

Thanks for your enquiry. Our quote is HKD 38,700 for a certified translation, delivered within 5 working \
days of confirmation.
[[Pls confirm the quote by signing the attached form and we will start at once.||me||appr]]

Best,""",
        ),
        R(
            "me",
            ["sophie"],
            "11-27 09:30",
            """Hi Sophie,

Signed form attached. [[Approved, please go ahead.||sophie||appr]]
[[Please send us the draft translation by Fri 4 Dec for checking.||sophie|2026-12-04|req]]
[[The certified copies should then reach us in the w/c 7 Dec.||sophie|2026-12-07|req]]

Thanks,""",
        ),
    ),
    # A summary sent; the client says thanks. The offer of a call is not an ask.
    T(
        "none",
        Msg(
            "me",
            ["zhang"],
            "11-24 11:15",
            """Dear Zhang Min,

As requested, attached is a short note of the court's timetable for the enforcement application. The \
hearing on 18 Nov was vacated by consent, so nothing is fixed yet.

Please let me know if your management would like a call to walk through it.

Best regards,""",
            subj="Tianrui - note on court timetable",
        ),
        R("zhang", ["me"], "11-24 16:40", "Dear Joanna,\n\nNoted with thanks. Very clear.\n\nBest regards,"),
    ),
    # Errands for the paralegal in lower case; no reply yet.
    T(
        "awaiting_them",
        Msg(
            "me",
            ["fiona"],
            "12-01 09:05",
            """Fiona

[[pls book the large conference room for the Tianrui witness interview on 8/12||fiona||req]]
[[and can you check if the Putonghua interpreter has confirmed||fiona||q]]

thx""",
            sig=False,
            subj="room + interpreter",
        ),
    ),
    # Two To recipients, nobody named: the client's asks are Joanna's; her colleague commits her.
    T(
        "needs_reply",
        Msg(
            "tan",
            ["me", "priya"],
            "12-01 09:20",
            """Hi both,

Ahead of our board call on 9/12 we need a few things:
- [[an estimate of the costs we could recover if we win on liability||me|2026-12-09|req]]
- [[the earliest date the tribunal could sit for the merits hearing||me|2026-12-09|q]]
- [[your view on whether we should make a without prejudice offer first||me|2026-12-09|q]]

Thanks
Boon Huat""",
            sig=False,
            subj="Meridian v Kestrel - board call",
        ),
        R(
            "priya",
            ["tan"],
            "12-01 11:02",
            """Hi Boon Huat,

[[Joanna will send you the costs estimate by Friday.||me|fri|com]]
[[I will check the tribunal's availability with the Centre and come back to you.||priya||com]]

Best,""",
            cc=["me"],
        ),
    ),
    # Our chase to opposing counsel hits an out-of-office; a colleague chases again.
    T(
        "awaiting_them",
        Msg(
            "me",
            ["jasmine"],
            "11-26 15:10",
            """Dear Jasmine,

Meridian Straits v Kestrel Marine - document production

[[We refer to our letter of 19 November and would be grateful if you could revert on the outstanding \
requests at your earliest convenience.||jasmine||req]]
[[In particular, please confirm whether your client holds the bunker delivery notes at items 4 to 9 of \
our schedule.||jasmine||q]]

Kind regards,""",
            cc=["priya"],
            subj="Meridian v Kestrel - outstanding document requests",
        ),
        Msg(
            "jasmine_ooo",
            ["me"],
            "11-26 15:11",
            """Thank you for your email. I am on leave until 30 November with limited access to email. For \
urgent matters please contact our general line at +65 5550 0100.""",
            reply=0,
            quote=None,
            sig=False,
            subj="Automatic reply: Meridian v Kestrel - outstanding document requests",
            headers={"Auto-Submitted": "auto-replied"},
        ),
        Msg(
            "priya",
            ["jasmine"],
            "12-01 10:30",
            """Dear Jasmine,

Welcome back. [[Following up on Joanna's email below, kindly revert by 4/12.||jasmine|2026-12-04|req]]

Kind regards,""",
            cc=["me"],
            reply=0,
        ),
    ),
    # A template sent and thanked.
    T(
        "none",
        Msg(
            "priya",
            ["me"],
            "11-25 14:00",
            """Hi Joanna,

[[Could you send me the witness statement template we used in the Aurora matter?||me||req]] Kestrel \
witnesses are being interviewed next week.

Thanks!""",
            subj="WS template",
        ),
        R(
            "me",
            ["priya"],
            "11-25 15:20",
            "Hi Priya,\n\nAttached. The version from the hearing on 18 Nov has the updated declaration.",
        ),
        R("priya", ["me"], "11-25 15:31", "Got it, thanks!"),
    ),
    # A numbered list before a bundle deadline from the Singapore colleague.
    T(
        "needs_reply",
        Msg(
            "priya",
            ["me"],
            "12-01 16:30",
            """Joanna, a few items for the Meridian hearing bundle before the filing deadline on 11 Dec:

1. [[Check the index numbering against the format in PO1||me|2026-12-11|req]]
2. [[Confirm whether we are including the translated board minutes||me|2026-12-11|q]]
3. [[Send me the final exhibit list so I can lodge it||me|2026-12-11|req]]
4. [[Ask Fiona to order two extra hard copies for the tribunal||me|2026-12-11|req]]

[[I will handle the e-filing myself on the 11th.||priya|2026-12-11|com]]""",
            subj="Meridian bundle - items",
        ),
    ),
    # The client's CFO commits to pay T+2 after the invoice and asks a question of his own.
    T(
        "needs_reply",
        Msg(
            "me",
            ["tan"],
            "11-27 17:00",
            """Dear Boon Huat,

Further to our call, we would ask for a deposit of SGD 60,000 on account of the expert's fees.
[[Could you confirm that Meridian is agreeable?||tan||appr]]

Best regards,""",
            subj="Meridian - deposit on account",
        ),
        R(
            "tan",
            ["me"],
            "11-30 08:45",
            """Hi Joanna,

[[Agreeable, pls go ahead and send the invoice.||me||appr]]
[[We will wire the deposit T+2 after receiving your invoice.||tan||com]]
[[Pls address the invoice to Meridian Straits Pte Ltd and not to the holding company.||me||req]]
[[Also, is the deposit refundable if the expert is not called at the hearing||me||q]]

Thanks
Boon Huat""",
            sig=False,
        ),
    ),
]
