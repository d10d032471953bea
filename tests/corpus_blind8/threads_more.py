# ruff: noqa: E501  (mail text and inline ask marks are kept on one line, as the mail shows them)
"""More clients and the firm's own open requests: a contact form, an HTML-only question, promises to wait on."""

from __future__ import annotations

from corpus_kit.mailgen import Msg, R, T

THREADS = [
    # Daniela again, about rescheduling the biometrics appointment
    T(
        "needs_reply",
        Msg(
            "daniela",
            ["me"],
            "03-07 18:20",
            subj="biometrics on Thursday",
            body="""\
Hi Ms. Castellanos, sorry to bother you on a Sunday.
[[My dad asks if he can move the biometrics appointment, because he has a cardiologist appointment that same \
morning||me||q]]
[[If he can't, could you write a letter for the cardiologist's office before the biometrics appointment?||me|2027-03-11|req]]
He waited three months for that doctor, so he really doesn't want to lose it.""",
        ),
    ),
    # a website contact form relays a person's own words
    T(
        "needs_reply",
        Msg(
            "forms",
            ["me"],
            "03-06 13:02",
            subj="New consultation request from castellanosimmigration.test",
            headers={"Auto-Submitted": "auto-generated", "Reply-To": "hpineda.miami@nubemail.test"},
            body="""\
A visitor submitted the contact form.

Name: Héctor Pineda
Phone: (786) 555-0128
Email: hpineda.miami@nubemail.test
Preferred language: Español

Message:
Good afternoon, my wife has TPS from Venezuela and I have a tourist visa that expired in January.
[[Can I get a consultation next week to see if she can help me get papers?||me|nextweek|q]]
I work mornings, so afternoons are better.""",
        ),
    ),
    # a worker writes HTML-only from Outlook
    T(
        "needs_reply",
        Msg(
            "oscar",
            ["me"],
            "03-04 21:05",
            fmt="html",
            subj="pregunta sobre mi esposa",
            body="""\
Buenas noches licenciada,

Mr. Carlos told me the wage is approved at the bakery, thank you for everything.
[[Can my wife and my daughter come with me on the same petition?||me||q]]
[[And how long does it take after the labor certification, more or less?||me||q]]

Gracias, que Dios la bendiga.""",
        ),
    ),
    # Camilo asks ASAP; Adriana promises drafts in two weeks; he sends what she asked for
    T(
        "none",
        Msg(
            "camilo",
            ["me"],
            "03-01 08:05",
            subj="formularios NVC",
            body="""\
Dra. Castellanos, the NVC sent my parents an email saying the fees are paid.
[[What do they need to fill out now, ASAP please?||me||q]]""",
        ),
        R(
            "me",
            ["camilo"],
            "03-01 11:30",
            """\
Hi Camilo,

Now they need the DS-260 immigrant visa applications. [[We will fill them out for them.||me||com]]
[[I'll prepare the DS-260 drafts for your parents to review in two weeks.||me|+14|com]]
[[In the meantime, please send me scans of the biographic pages of both passports.||camilo||req]]""",
        ),
        R(
            "camilo",
            ["me"],
            "03-02 20:10",
            "Here are the passport pages for both of them. Thank you!",
            attach=[("pasaportes_Duarte.pdf", "application/pdf")],
        ),
        R("me", ["camilo"], "03-03 08:40", "Got them, thank you Camilo. They look perfect."),
    ),
    # Héctor needs the engagement letter before he flies out
    T(
        "needs_reply",
        Msg(
            "hector",
            ["me"],
            "03-05 20:15",
            cc=["sofia"],
            subj="engagement letter",
            body="""\
Adriana, good evening.
[[Can you send me the engagement letter to sign before I fly out Thursday?||me|thu|req]] I will be in \
Bogotá for work until the 18th and my signature pad stays at home.
[[Also, is the retainer payable by wire from Spain or only by card?||me||q]]
Saludos,
Héctor""",
        ),
    ),
    # co-counsel promises to look for an order: a promise is not an answer
    T(
        "awaiting_them",
        Msg(
            "me",
            ["gabriela"],
            "03-05 09:50",
            subj="Brooklyn court - remote appearances",
            body="""\
Hi Gabriela,

[[Thank you for the draft motion; I'll send edits on Monday.||me|mon|com]]
[[Could you send me the court's current standing order on remote appearances?||gabriela||req]]
[[And do you know whether the judge allows the respondent to appear by video at a master calendar \
hearing?||gabriela||q]]""",
        ),
        R(
            "gabriela",
            ["me"],
            "03-05 11:12",
            """\
Hi Adriana, good questions.
[[I'll dig up the standing order tomorrow and check with our clerk about video appearances.||gabriela|tomorrow|com]]""",
        ),
    ),
    # Daniela is asked for trip dates and promises to ask her father
    T(
        "awaiting_them",
        Msg(
            "me",
            ["daniela"],
            "03-02 15:05",
            subj="Ramón - trips outside the US",
            body="""\
Hi Daniela,

One more thing for your dad's N-400 interview.
[[Can you ask him for the dates of every trip outside the US since March 2022?||daniela|2027-03-15|q]] \
I need them by the 15th.
[[Please also find out whether any trip lasted more than six months.||daniela|2027-03-15|q]]""",
        ),
        R(
            "daniela",
            ["me"],
            "03-02 18:40",
            """\
Hi! He keeps the boarding passes in a folder, so it should be easy.
[[I'll go through them with him this weekend and send you the list.||daniela|2027-03-07|com]]""",
        ),
    ),
    # Luz asks the nurse to upload a document; no answer yet
    T(
        "awaiting_them",
        Msg(
            "luz",
            ["marco"],
            "03-04 10:40",
            cc=["me"],
            subj="Villanueva - NVC documents",
            body="""\
Hi Marco,

This is Luz, Adriana's paralegal.
[[Please upload your PSA birth certificate and your marriage certificate to the NVC portal by the 15th.||marco|2027-03-15|req]]
[[Let me know when they are uploaded so I can check them.||marco|2027-03-15|q]]

Thank you!""",
        ),
    ),
    # a translation request meets an out-of-office
    T(
        "awaiting_them",
        Msg(
            "me",
            ["marisol"],
            "03-06 10:05",
            subj="Carta - caso Rojas",
            body="""\
Hola Marisol,

One more small job: a one-page letter from Wilmer Rojas's mother-in-law, in Spanish, for his RFE response.
[[Could you translate and certify it in two weeks?||marisol|+14|q]]
[[I'll send the scan on Monday.||me|mon|com]]""",
        ),
        R(
            "marisol",
            ["me"],
            "03-06 10:06",
            quote=None,
            sig=False,
            headers={"Auto-Submitted": "auto-replied"},
            body="""\
Gracias por su mensaje. Estaré fuera de la oficina hasta el miércoles 10 de marzo, con acceso limitado al
correo. Thank you for your message. I am out of the office until Wednesday, March 10.""",
        ),
    ),
]
