"""Blind corpus threads, part 4: a games studio's trade marks in the US and the UK (IP).

Asks are marked [[sentence||owner|due|kind]]; see blind_threads_people for the due tokens.
"""

# ruff: noqa: E501  (mail paragraphs are single lines, as mail clients send them)

from blind_mail import M, R, T

THREADS = [
    # UK counsel in London; Rafaela forwards with a note; client asks back; a nudge written after midnight in London.
    T(
        "needs_reply",
        M(
            "imogen",
            ["rq"],
            cc=["graham"],
            at="03-09 17:05",
            subj="FERNHOLLOW – UK opposition OP000512 – cooling-off proposal",
            body="""Dear Rafaela,

The UKIPO has set 8 May as the deadline for the opponent's evidence in chief, so nothing is due from us until then. However, the opponent's representatives have written proposing a cooling-off period. [[Could you take your client's instructions on whether to agree to the cooling-off and revert by close of business Friday, London time?||rq|fri|req]]

Kind regards,""",
        ),
        M(
            "rq",
            ["ravi"],
            at="03-09 10:30",
            fwd=0,
            body="""Ravi,

See below from our UK counsel. [[Do you want to agree to the cooling-off period?||ravi|thu|q]] It would give both sides until late summer to negotiate a coexistence agreement. [[I need your answer by Thursday so Imogen can respond on Friday.||ravi|thu|req]]""",
        ),
        R(
            "ravi",
            ["rq"],
            at="03-10 13:15",
            body="""hey Rafaela, honestly I'm torn. [[What would you do in our shoes?||rq||q]] [[Also, is there a cost difference between agreeing now and fighting it?||rq||q]]""",
        ),
        R(
            "imogen",
            ["rq"],
            reply=0,
            at="03-11 00:40",
            body="""Rafaela, a quick nudge on the cooling-off. [[The opponent's representatives have asked for an answer by end of day tomorrow, so could you let me know your client's position by then?||rq|tomorrow|q]]

Imogen""",
        ),
    ),
    # IP partner: imperatives without please; a "no need" that is not an ask.
    T(
        "needs_reply",
        M(
            "graham",
            ["rq"],
            at="03-10 08:02",
            unread=True,
            subj="Fernhollow TM watch report",
            body="""Watch report flagged two new filings close to FERNHOLLOW in class 9. [[Send me your view on both by COB Thursday.||rq|thu|req]] No need to loop in Ravi yet.

[[Also check whether the Madrid designation for Japan has been granted.||rq||req]] No rush on that one.""",
        ),
    ),
    # HTML-only client mail: three bullets under one event deadline; a partial answer plus a promise.
    T(
        "needs_reply",
        M(
            "ravi",
            ["rq"],
            cc=["mina"],
            at="03-05 12:40",
            fmt="html",
            subj="Steam page – trademark notices + a couple of questions",
            body="""Hi Rafaela,

We're launching the Steam store page on March 20 and want to get the legal bits right. Could you help with these before launch:

- [[Whether we should use ™ or ® next to FERNHOLLOW on the store page||rq|2026-03-20|q]]
- [[A short trademark notice for the footer||rq|2026-03-20|req]]
- [[Checking if the name of our new character "Vessel Ward" clashes with anything registered||rq|2026-03-20|req]]

Thanks!!""",
        ),
        R(
            "rq",
            ["ravi"],
            cc=["mina"],
            at="03-06 09:10",
            body="""Ravi, happy to. Use ™ for now; the US registration hasn't issued, so ® would be premature. [[I'll send the footer notice and the clearance results on Vessel Ward by next Friday.||rq|2026-03-13|com]]""",
        ),
        R("mina", ["rq", "ravi"], at="03-06 10:02", body="""Thank you! That works for us."""),
    ),
    # Partner forwards a demand letter with a note on top; Rafaela delivers and asks back.
    T(
        "awaiting_them",
        M(
            "graham",
            ["rq"],
            at="03-06 13:30",
            fwd=dict(
                frm="quentin",
                to=["ravi"],
                at="03-05 16:45",
                subj="Infringement of HOLLOWFERN mark",
                body="""Dear Mr. Castellanos,

We represent Hollowfern Studios LLC, owner of U.S. Reg. No. 6,512,044 for HOLLOWFERN. Your use of FERNHOLLOW for video games is likely to cause confusion. Please confirm within 10 days that you will cease all use of FERNHOLLOW, and in any event no later than March 16, 2026.

Sincerely,""",
            ),
            body="""Rafaela – Ravi got this yesterday and sent it to me. [[Ridiculous claim, but draft a response for my review by Tuesday.||rq|tue|req]] Their March 16 date is theirs, not ours.""",
        ),
        R(
            "rq",
            ["graham"],
            at="03-10 17:50",
            attach=("Draft response - Hollowfern.pdf",),
            body="""Draft response attached. [[Can you look at the tone of the second paragraph?||graham||req]] I kept it fairly mild.""",
        ),
    ),
    # Header-less reply from London; small talk is not an ask; thanked.
    T(
        "none",
        M(
            "rq",
            ["imogen"],
            at="03-04 09:00",
            subj="FERNHOLLOW – UK filing receipt and invoice",
            body="""Imogen, [[could you send me a copy of the UK filing receipt and the official fee invoice for our records?||imogen|2026-03-31|req]] Our accounting team needs them before the end of the month.

Thanks,""",
        ),
        R(
            "imogen",
            ["rq"],
            at="03-05 08:30",
            refs=False,
            attach=("UK filing receipt.pdf", "Invoice TB-26-0418.pdf"),
            body="""Hi Rafaela, both attached. Apologies for the delay – our invoicing system was down yesterday.""",
        ),
        R("rq", ["imogen"], at="03-05 08:45", body="""Perfect, thank you! How was the INTA meeting?"""),
    ),
    # "Can someone" to a team where Rafaela is only copied; a colleague volunteers.
    T(
        "none",
        M(
            "graham",
            ["devin", "tomasz"],
            cc=["rq", "lourdes"],
            at="03-09 11:00",
            subj="Coverage – Friday CMC in Fernhollow v. Pixelward",
            body="""[[Can someone cover the 9 a.m. CMC in Fernhollow v. Pixelward on Friday?||devin|fri|req]] I'm in Seattle.""",
        ),
        R(
            "devin",
            ["graham"],
            cc=["tomasz", "rq", "lourdes"],
            at="03-09 11:20",
            body="""I'm on the Baptiste deposition all week, sorry.""",
        ),
        R(
            "tomasz",
            ["graham"],
            cc=["devin", "rq", "lourdes"],
            at="03-09 11:45",
            body="""[[I'll cover it.||tomasz|fri|com]] [[Graham, could you send me the case management statement we filed?||graham||req]]""",
        ),
        R(
            "graham",
            ["tomasz"],
            cc=["devin", "rq", "lourdes"],
            at="03-09 12:10",
            attach=("Joint CMC Statement.pdf",),
            body="""Attached. Thanks, Tomasz.""",
        ),
    ),
]
