"""Blind corpus threads, part 2: the firm's own logistics, a contact-form enquiry, family law.

Asks are marked [[sentence||owner|due|kind]]; see blind_threads_people for the due tokens.
"""

# ruff: noqa: E501  (mail paragraphs are single lines, as mail clients send them)

from blind_mail import M, R, T

THREADS = [
    # Paralegal needs a signature by EOD.
    T(
        "needs_reply",
        M(
            "lourdes",
            ["rq"],
            at="03-11 07:55",
            unread=True,
            subj="Verification signature",
            body="""[[Need your signature on the verification for the Baptiste interrogatory responses by EOD.||rq|today|req]] Original is on your chair (Keiko signed hers yesterday).""",
        ),
    ),
    # Bulleted instructions to named team members under one deadline; one still open on a promise.
    T(
        "awaiting_them",
        M(
            "rq",
            ["lourdes", "bea"],
            at="03-10 13:00",
            subj="Deposition day logistics – Thursday",
            body="""Lourdes, Bea,

For Thursday's deposition, by tomorrow noon please:

• [[Lourdes: print three sets of exhibits 1–24 and tab them||lourdes|tomorrow|req]]
• [[Bea: book conference room 18B from 8 a.m. to 6 p.m. and order lunch for eight||bea|tomorrow|req]]
• [[Lourdes: confirm the Haitian Creole interpreter for Mr. Baptiste is still booked||lourdes|tomorrow|req]]

Thanks!""",
        ),
        R("bea", ["rq", "lourdes"], at="03-10 13:20", body="""18B booked and lunch ordered from Sessions."""),
        R(
            "lourdes",
            ["rq", "bea"],
            reply=0,
            at="03-10 15:45",
            body="""Exhibits are printed and tabbed. The interpreter agency hasn't confirmed yet. [[I'll chase them first thing tomorrow.||lourdes|tomorrow|com]]""",
        ),
    ),
    # Assistant's calendar questions; Rafaela answers from her phone in lower case and grants approval.
    T(
        "none",
        M(
            "bea",
            ["rq"],
            at="03-10 16:30",
            subj="Your calendar Thursday",
            body="""Rafaela, the Baptiste deposition may run all day Thursday, which collides with the Pell Street call at 3 and your dentist at 5:30. [[Do you want me to move both to Friday?||rq||q]]

[[Also, could you have lunch with Graham and Ravi next Tuesday?||rq|2026-03-17|q]] Graham's assistant is holding 12:30.""",
        ),
        R("rq_phone", ["bea"], at="03-10 17:05", body="""[[yes move both.||bea||appr]] lunch tues is fine"""),
        R(
            "bea",
            ["rq"],
            at="03-10 17:20",
            body="""Done, both moved to Friday and lunch is booked at 12:30.""",
        ),
    ),
    # A website contact form relays a prospective client's words; Rafaela only forwards it internally.
    T(
        "needs_reply",
        M(
            "webforms",
            ["rq"],
            at="03-10 19:33",
            subj="New inquiry from calderlowe.com: Family law",
            fmt="plain",
            sig=False,
            headers={"Auto-Submitted": "auto-generated", "Reply-To": "celeste.nr@gmail.com"},
            body="""A new message was submitted through the contact form at calderlowe.com.

Name: Celeste Nakamura-Ruiz
Email: celeste.nr@gmail.com
Phone: (415) 555-0162
Practice area: Family law
Preferred contact: Email

Message:
Hello, I am separating from my husband after 11 years and we have a 7-year-old son. He has told me he plans to move to Portland with our son this summer. [[Could I set up a consultation with someone at your firm next week?||rq|nextweek|req]] [[I would also like to know roughly what a custody case costs.||rq||q]]

--
This message was sent automatically by the website. Do not reply to this address; reply to the sender's email above.""",
        ),
        M(
            "rq",
            ["gwen"],
            at="03-11 07:45",
            fwd=0,
            body="""Gwen, this looks like one for you. [[Could you reach out to her today?||gwen|today|req]] Happy to join the consult if there's a property angle.""",
        ),
    ),
    # Colleague's question with the deadline in a fragment; answered; commitment kept; thanks.
    T(
        "none",
        M(
            "gwen",
            ["rq"],
            at="03-04 18:20",
            subj="Ferrante – house question",
            body="""Quick one. The Ferrantes' house in Noe Valley was bought before marriage but refinanced in both names in 2019. [[Does the refi transmute it or just give the community a Moore/Marsden interest?||rq|mon|q]] Need to know before mediation Monday""",
        ),
        R(
            "rq",
            ["gwen"],
            at="03-05 08:10",
            quote=False,
            body="""Short answer: a refinance alone doesn't transmute it; you'd need an express written declaration under Family Code section 852. The community likely gets a pro tanto interest for principal paid down with community funds. [[I'll send you the two cases I'd cite by tonight.||rq|today|com]]""",
        ),
        R(
            "rq",
            ["gwen"],
            at="03-05 17:55",
            quote=False,
            attach=("Marriage of Moore.pdf", "Marriage of Marsden.pdf"),
            body="""Cases attached. Good luck on Monday.""",
        ),
        R("gwen", ["rq"], at="03-05 18:30", body="""perfect, thank you!!"""),
    ),
    # Approval requested, deadline in the next sentence.
    T(
        "needs_reply",
        M(
            "gwen",
            ["rq"],
            at="03-10 20:10",
            unread=True,
            subj="Ferrante – co-counsel?",
            body="""Mediation didn't settle. The husband's side is now arguing the Sonoma cabin is his separate property too. [[Are you OK coming in as co-counsel on the property issues, 70/30 with me leading?||rq|2026-03-16|appr]] Need your ok before I send the client the revised engagement letter Monday.""",
        ),
    ),
]
