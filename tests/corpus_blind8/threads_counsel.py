# ruff: noqa: E501  (mail text and inline ask marks are kept on one line, as the mail shows them)
"""Co-counsel in New York, the translator in Bogotá, the Colombian consulate and a family-petition client."""

from __future__ import annotations

from corpus_kit.mailgen import Msg, R, T

THREADS = [
    # New York co-counsel on Jean-Baptiste's case; an out-of-office, then a request due this morning
    T(
        "needs_reply",
        Msg(
            "nathan",
            ["me"],
            "03-02 17:30",
            cc=["gabriela"],
            subj="Louis - change of venue granted",
            body="""\
Adriana,

Who knew the New York court would move this fast? The change of venue was granted and the master calendar \
hearing is set for April 6 in front of Judge Whitcombe.

[[Can you send me the full A-file copy and your I-589 with all exhibits by end of next week?||me|eonw|req]]
[[Also, do you want to remain counsel of record, or should I file the E-28 alone?||me||q]]
[[Gabriela will prepare a motion to advance and circulate it to both of us by Thursday.||gabriela|thu|com]]""",
        ),
        R(
            "me",
            ["nathan"],
            "03-03 09:20",
            cc=["gabriela"],
            body="""\
Nathan, great news, thank you.

I would like to stay on as co-counsel. [[Please go ahead and file your E-28; I'll keep mine on file.||nathan||appr]]
[[Luz will upload the A-file and the I-589 packet to the shared folder by Friday.||luz|fri|com]]
[[One question for you: does Judge Whitcombe still want paper courtesy copies, or is everything through \
e-filing now?||nathan||q]]""",
        ),
        R(
            "nathan",
            ["me"],
            "03-03 09:21",
            quote=None,
            sig=False,
            disc=False,
            headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
            body="""\
Thank you for your email. I am out of the office until Monday, March 8, with limited access to email.
For urgent matters please contact Gabriela Ruiz at gruiz@adlerruiz.test or call (212) 555-0170.""",
        ),
        Msg(
            "gabriela",
            ["me", "nathan"],
            "03-04 18:05",
            reply=1,
            fmt="html",
            subj="RE: Louis - change of venue granted",
            body="""\
Hi Adriana,

Attached is the draft motion to advance, based on the I-589 Luz uploaded.
[[Adriana, please review the statement of facts and send me any edits by Monday.||me|mon|req]]
The asylum clock issue is covered on page 4.""",
            attach=[("Louis_Motion_to_Advance_DRAFT.pdf", "application/pdf")],
        ),
    ),
    # the fee split with co-counsel: asked and granted
    T(
        "none",
        Msg(
            "nathan",
            ["me"],
            "03-01 11:05",
            subj="Louis - fee arrangement",
            body="""\
Adriana,

Before we go further on Louis, I want to make sure we are on the same page.
[[Could you confirm that the fee split is 60/40 as we discussed at the AILA lunch?||me||appr]]
Hope Miami is warmer than here.""",
        ),
        R(
            "me",
            ["nathan"],
            "03-01 14:40",
            """\
Hi Nathan, [[confirmed, 60/40 works for me.||nathan||appr]] And yes, it is 81 degrees here, sorry!""",
        ),
        R("nathan", ["me"], "03-01 15:02", "Great, thanks. Rub it in."),
    ),
    # the translator in Bogotá: quote, approval, delivery promised
    T(
        "awaiting_them",
        Msg(
            "me",
            ["marisol"],
            "03-01 10:15",
            subj="Traducciones - familia Duarte",
            body="""\
Hola Marisol,

I hope you are well. I have a new batch for you for the Duarte family:
- Registro civil de nacimiento of Camilo Duarte
- Marriage certificate of his parents
- Two police certificates

[[Could you send me a quote and a delivery date for the four documents?||marisol||q]]
[[We need the certified translations no later than March 19, because the packet goes to the National Visa \
Center that week.||marisol|2027-03-19|req]]""",
        ),
        R(
            "marisol",
            ["me"],
            "03-01 15:40",
            """\
Hola Adriana, con gusto.

The quote is USD 35 per page, 9 pages in total, so USD 315.
[[I can deliver everything by Friday, March 12.||marisol|2027-03-12|com]]
[[Please confirm today so I can start tomorrow morning.||me|today|appr]]""",
        ),
        R(
            "me",
            ["marisol"],
            "03-02 08:30",
            "[[Confirmed, please go ahead.||marisol||appr]] Thank you, Marisol!",
        ),
    ),
    # the translator's invoice, with the real ask in a P.S.
    T(
        "needs_reply",
        Msg(
            "marisol",
            ["me"],
            "03-04 17:25",
            subj="Factura - traducciones Paredes",
            body="""\
Hola Adriana,

Attached is the invoice for the Paredes translations we delivered on February 22 (USD 210). There is no \
rush with the payment.

Saludos desde Bogotá,

P.S. I am applying for the ATA certification this spring. [[Could you write me a short letter of \
recommendation before the end of the month?||me|2027-03-31|req]]""",
            attach=[("Factura_0217.pdf", "application/pdf")],
        ),
    ),
    # Camilo asks Adriana; Luz answers and promises for the translator and for Adriana
    T(
        "none",
        Msg(
            "camilo",
            ["me"],
            "03-04 13:00",
            cc=["luz"],
            subj="mis papás - entrevista en Bogotá",
            body="""\
Dra. Castellanos,

[[when will the translations be ready||me||q]] my parents call me every day asking when the interview in \
Bogotá will be.
[[Can you also tell me if they need a medical exam before the interview?||me||q]]

Thanks""",
        ),
        R(
            "luz",
            ["camilo"],
            "03-04 15:30",
            cc=["me"],
            body="""\
Hi Camilo,

Adriana asked me to answer you.
[[Marisol will send the translations by Friday, March 12.||marisol|2027-03-12|com]]
Yes, your parents need a medical exam with a panel physician in Bogotá; the embassy gives the list when the \
interview is scheduled.
[[Adriana will let you know as soon as the National Visa Center schedules the interview.||me||com]]""",
        ),
        R("camilo", ["luz"], "03-04 16:02", cc=["me"], refs=False, body="Thank you Luz, very clear."),
    ),
    # the Colombian consulate: a power of attorney for a detained national; the answer is HTML-only
    T(
        "awaiting_them",
        Msg(
            "me",
            ["consul"],
            "03-02 10:40",
            subj="Poder especial - connacional detenido en Broward",
            body="""\
Estimado señor Cárdenas:

I represent Luis Benítez, a Colombian national held at the Broward Transitional Center. He needs to sign a \
special power of attorney so that his sister can handle a property matter in Cali.
[[Could you tell me whether the consulate can authenticate a power of attorney signed by a national in \
immigration detention?||consul||q]]
[[If so, what should his sister bring to the consulate?||consul||q]]

Muchas gracias.""",
        ),
        R(
            "consul",
            ["me"],
            "03-03 15:20",
            fmt="html",
            body="""\
Estimada doctora Castellanos:

The consulate can authenticate it through a consular visit to the detention center, by prior request. His \
sister only needs to bring her cédula and his A-number to our offices.
[[Please send the draft text of the power of attorney to this address at least five business days before \
the visit.||me||req]]
[[We will confirm the visit date once we receive the draft.||consul||com]]

Atentamente,""",
        ),
        R(
            "me",
            ["consul"],
            "03-05 11:00",
            """\
Thank you very much, señor Cárdenas. Attached is the draft power of attorney.
[[Could you confirm the date of the visit when you have it?||consul||q]]""",
            attach=[("Poder_especial_Benitez.pdf", "application/pdf")],
        ),
    ),
    # a colleague's offer becomes a favour: she owes him the file
    T(
        "needs_reply",
        Msg(
            "kevin",
            ["me"],
            "03-03 12:15",
            subj="good to see you",
            body="""\
Adriana! Great to see you at the bar luncheon yesterday. How is solo life treating you?
If you ever need someone to cover a master calendar hearing at Krome, let me know.""",
        ),
        R(
            "me",
            ["kevin"],
            "03-03 18:50",
            """\
Kevin, so good to see you too! Solo life is busy, which I suppose is good.
Funny you should offer: [[could you cover a bond hearing for me at Krome on March 17?||kevin|2027-03-17|req]] \
I have an interview in Orlando that morning.""",
        ),
        R(
            "kevin",
            ["me"],
            "03-05 08:05",
            """\
[[Sure, I can cover it.||kevin|2027-03-17|com]]
[[Send me the file and your notes by Friday the 12th.||me|2027-03-12|req]]""",
        ),
    ),
]
