# ruff: noqa: E501  (mail text and inline ask marks are kept on one line, as the mail shows them)
"""A husband, a parish priest, the nurse's wife, an HR thread Adriana is only copied on, co-counsel on Monday."""

from __future__ import annotations

from corpus_kit.mailgen import Msg, R, T

THREADS = [
    # Yesenia's husband sends the pay stubs; Gmail quoting
    T(
        "none",
        Msg(
            "julian",
            ["me"],
            "03-05 19:30",
            cc=["yesenia"],
            subj="pay stubs - Julián Paredes",
            body="""\
Hi Adriana, here are my last three pay stubs for Yesenia's case.
[[Do you also need my 2026 W-2, or is the tax return enough?||me||q]]""",
            attach=[("paystubs_feb_mar.pdf", "application/pdf")],
        ),
        R(
            "me",
            ["julian"],
            "03-06 10:15",
            cc=["yesenia"],
            body="""\
Hi Julián, thank you. The tax return with the W-2s attached is enough.
[[Please bring the original W-2 to the interview anyway, just in case.||julian|2027-03-24|req]]""",
        ),
        R("julian", ["me"], "03-06 11:02", cc=["yesenia"], body="Ok, will do. Thanks!"),
    ),
    # co-counsel is back on Monday morning
    T(
        "needs_reply",
        Msg(
            "nathan",
            ["me"],
            "03-08 07:35",
            subj="Louis - ECAS access",
            body="""\
Morning Adriana, back at my desk.
[[Can you add me to the Louis case in ECAS so I can see the filings?||me|today|req]] I want to draft the \
pleadings today.
Thanks for your note on the E-28, I filed it this morning.""",
        ),
    ),
    # HR to its own team, Adriana only copied
    T(
        "none",
        Msg(
            "kim",
            ["derek", "tanya"],
            "03-03 08:40",
            cc=["me"],
            subj="H-1B cap - candidate documents",
            body="""\
Team,

For the cap registrations Adriana is preparing:
- [[Derek, please collect passport copies from all eight candidates by Wednesday.||derek|wed|req]]
- [[Tanya, can you get me the degree evaluations for the two PTs?||tanya||q]]

Thanks,""",
        ),
        R(
            "tanya",
            ["kim"],
            "03-03 10:05",
            cc=["derek", "me"],
            body="""\
[[I'll have both evaluations by Friday.||tanya|fri|com]]""",
        ),
        R(
            "derek",
            ["kim"],
            "03-03 10:30",
            cc=["tanya", "me"],
            body="""\
[[On it, I'll chase the night-shift nurses today.||derek|today|com]]""",
        ),
    ),
    # the parish priest: an invitation, accepted, a question answered
    T(
        "none",
        Msg(
            "tomas",
            ["me"],
            "03-01 10:00",
            subj="Charla en la parroquia",
            body="""\
Dear Adriana,

Many families in the parish are frightened by what they hear on the radio. How can we help them if nobody \
explains their rights?
[[Would you be willing to give a short talk in the parish hall after the 11 o'clock Mass on March 21?||me|2027-03-21|q]]

With gratitude,""",
        ),
        R(
            "me",
            ["tomas"],
            "03-01 13:20",
            """\
Padre Tomás, I would be honored.
[[Count me in for the 21st; I'll speak in Spanish for about 30 minutes and then take questions.||me|2027-03-21|com]]
[[Could you tell me how many people you expect, so Luz can print handouts?||tomas||q]]""",
        ),
        R("tomas", ["me"], "03-02 09:10", "About 60 people. God bless you and your work!"),
    ),
    # Luz sends Jean-Baptiste the renewal list; he asks her a question on Sunday
    T(
        "needs_reply",
        Msg(
            "luz",
            ["jb"],
            "03-04 11:00",
            cc=["me"],
            subj="Work permit renewal - documents",
            body="""\
Bonjour Jean-Baptiste,

As Adriana promised, here is the list for your work permit renewal. Please send these by Friday, March 12:
- [[A copy of your current work permit, front and back||jb|2027-03-12|req]]
- [[Two passport photos taken in the last 30 days||jb|2027-03-12|req]]
- [[Your new Brooklyn lease||jb|2027-03-12|req]]

Thank you!""",
        ),
        R(
            "jb",
            ["luz"],
            "03-07 14:25",
            cc=["me"],
            body="""\
Thank you Luz.
[[I will mail the photos tomorrow.||jb|tomorrow|com]]
[[Can I send the lease by email as a PDF?||luz||q]]""",
        ),
    ),
    # the baker to Adriana and Luz: "one of you"
    T(
        "none",
        Msg(
            "carlos",
            ["me", "luz"],
            "03-04 08:15",
            subj="factura",
            body="""\
Good morning,
[[Can one of you send me the invoice for the labor certification again, I can't find it||me||req]]
Thank you""",
        ),
        R(
            "luz",
            ["carlos"],
            "03-04 09:02",
            cc=["me"],
            body="Here it is again, Carlos.",
            attach=[("Invoice_2027-024.pdf", "application/pdf")],
        ),
        R("carlos", ["luz"], "03-04 09:30", cc=["me"], body="Got it, thanks Luz."),
    ),
    # the nurse's wife writes for him from Manila
    T(
        "needs_reply",
        Msg(
            "angelica",
            ["me"],
            "03-07 21:10",
            subj="Marco Villanueva medical exam",
            body="""\
Good evening Attorney Adriana,

I am Angelica, Marco's wife. He is on night duty this week so he asked me to write for you.
[[He asks if the medical exam at St. Luke's must be done before the interview is scheduled||me||q]]
[[And can our son Miguel, who turns 21 in October, still come with us?||me||q]]

Thank you so much po.""",
        ),
    ),
]
