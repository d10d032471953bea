# ruff: noqa: E501  (long lines are mail text, kept as typed)
"""The firm itself, Atlantic Freight's managing director on his phone, a union official, a friend, a consultant."""

from __future__ import annotations

from corpus_kit.mailgen import Msg, R, T

THREADS = [
    # Mobile one-liners in lower case; the last one has no In-Reply-To; closed with the note delivered.
    T(
        "none",
        Msg(
            "tom",
            ["me"],
            "03-15 07:45",
            """quick one - [[lad in the yard out sick 3 months now, can we let him go||me||q]]""",
            subj="sick lad",
        ),
        R(
            "me",
            ["tom"],
            "03-15 09:20",
            """Hi Tom,

Short answer: not without a proper process, and not without up-to-date medical evidence. [[Would you mind \
sending on his contract and the sick certs?||tom||req]]

Cheers,""",
        ),
        R("tom", ["me"], "03-15 09:31", """[[eilis will send them on today||eilis|today|com]]"""),
        Msg(
            "eilis",
            ["me"],
            "03-15 14:10",
            """Hi Niamh,

Contract and the five certs attached, as Tom asked. Let me know if you need anything else.

Eilís""",
            cc=["tom_d"],
            reply=1,
            sig=False,
            attach=[("Foley contract and certs.pdf", "application/pdf")],
        ),
        Msg(
            "me",
            ["tom_d"],
            "03-19 12:00",
            """Hi Tom,

Note attached on the steps: an occupational health referral first, then a meeting with him, and only then \
any decision.

Cheers,""",
            cc=["eilis"],
            reply=3,
            attach=[("Atlantic Freight - long-term absence note.pdf", "application/pdf")],
        ),
        Msg(
            "tom",
            ["me"],
            "03-19 12:14",
            """cheers niamh, [[will get OH booked||tom||com]]""",
            reply=4,
            refs=False,
            quote=None,
        ),
    ),
    # A lower-case question with no question mark, unanswered.
    T(
        "needs_reply",
        Msg(
            "tom",
            ["me"],
            "03-24 18:22",
            """[[niamh do we have to pay the lads for easter monday if the port is open||me||q]]""",
            subj="bank hol",
        ),
    ),
    # The trainee's memo: his question back is still open.
    T(
        "needs_reply",
        Msg(
            "me",
            ["ciaran"],
            "03-22 09:05",
            """Ciarán,

[[Would you mind pulling the WRC decisions on dismissals for long-term sick absence from the last two \
years?||ciaran|2027-03-30|req]] Something by Tuesday week would be grand.

Niamh""",
            subj="Research - long-term absence dismissals",
            sig=False,
        ),
        R(
            "ciaran",
            ["me"],
            "03-22 10:12",
            """No bother, [[I'll have a memo to you by then.||ciaran|2027-03-30|com]]

[[Quick question: should I include Labour Court appeals as well||me||q]]

Ciarán""",
            sig=False,
        ),
    ),
    # The managing partner on his phone asks for cover; Niamh asks for his slides; he promises.
    T(
        "awaiting_them",
        Msg(
            "declan_m",
            ["me"],
            "03-23 07:58",
            """[[can you cover the law society talk on 1 april, im in court||me|2027-04-01|req]]""",
            subj="CPD talk",
        ),
        R(
            "me",
            ["declan"],
            "03-23 08:40",
            """Grand, I'll do it. [[Can you send on your slides from last year?||declan||req]]""",
            sig="Niamh",
        ),
        R("declan_m", ["me"], "03-23 21:05", """[[will dig them out tomorrow||declan|tomorrow|com]]"""),
    ),
    # The PA's Easter rota: answered and thanked.
    T(
        "none",
        Msg(
            "grainne",
            ["me"],
            "03-22 12:30",
            """Hi Niamh,

[[Would you mind letting me know which days you're in over the Easter break?||me|fri|q]] I need to send \
the rota to Declan by close of business Friday.

Thanks,
Gráinne""",
            subj="Easter cover",
            sig=False,
        ),
        R(
            "me",
            ["grainne"],
            "03-22 13:05",
            """In Tuesday and Wednesday, off Thursday and Friday.""",
            sig="N",
        ),
        R("grainne", ["me"], "03-22 13:20", """Perfect, thanks.""", sig=False),
    ),
    # Accounts wants approval of a write-off before month end; nobody has answered.
    T(
        "needs_reply",
        Msg(
            "accounts",
            ["me"],
            "03-24 15:40",
            """Hi Niamh,

A quick one - [[can you approve the write-off of €1,240 on the Corrib file before month end?||me|eom|appr]] \
The bill was disputed in January and never paid.

Thanks,""",
            subj="Write-off - Corrib MedTech - bill 27/0114",
        ),
    ),
    # An associate asks for sign-off; granted; done.
    T(
        "none",
        Msg(
            "aoife",
            ["me"],
            "03-19 10:50",
            """Niamh,

[[Are you happy for me to send the attached letter to Byrne Mulcahy on the Brady extension?||me||appr]]

Aoife""",
            subj="Brady - confirming letter",
            sig=False,
            attach=[
                (
                    "Letter to Byrne Mulcahy 19.03.27.docx",
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                )
            ],
        ),
        R("me", ["aoife"], "03-19 11:05", """[[Approved, go ahead and send it.||aoife||appr]]""", sig="N"),
        R("aoife", ["me"], "03-19 11:30", """Sent.""", sig=False),
    ),
    # A friend: small talk plus one real question.
    T(
        "needs_reply",
        Msg(
            "sinead",
            ["me"],
            "03-20 10:15",
            """Hiya!

How was Paddy's Day? Did you get dragged to the parade again? [[Are you around for a coffee this side of \
Easter?||me|2027-03-28|q]] I'm in town Tuesday and Wednesday.

S x""",
            subj="coffee?",
        ),
    ),
    # A union official, Gmail quoting; Niamh's question back is open.
    T(
        "awaiting_them",
        Msg(
            "union",
            ["me"],
            "03-17 19:30",
            """Dear Ms Brennan,

I act for the members at Atlantic Freight's Dublin Port depot on the rostering dispute. [[Can you confirm \
your client will attend a conciliation conference at the WRC?||me||q]]

Is mise le meas,""",
            subj="Atlantic Freight - rostering dispute - conciliation",
        ),
        R(
            "me",
            ["union"],
            "03-18 12:40",
            """Dear Mr Ó Murchú,

My client will attend. [[Can you send on the list of members you represent at the depot, so we know the \
numbers involved?||union||req]]

Kind regards,""",
            cc=["tom_d"],
        ),
    ),
    # ISO-8859-1, quoted-printable, from a consultant's rooms: an ask with a date that is not a deadline.
    T(
        "needs_reply",
        Msg(
            "rafferty",
            ["me"],
            "03-24 11:30",
            """Dear Ms Brennan,

Re: Seán Kavanagh, DOB 14/06/1981 - defence medical examination

Mr Rafferty can see Mr Kavanagh at the Beacon rooms on Thursday 8 April at 2.30pm. The plaintiff was last \
seen by him on 19 May 2026 for the first report. [[Please confirm by return that this suits and that your \
office will arrange an Irish Sign Language interpreter.||me||q]]

Fee: 650 euro, payable before the report issues.

Le meas,""",
            subj="Kavanagh - medical appointment 8 April",
            charset="iso-8859-1",
            cte="quoted-printable",
        ),
    ),
]
