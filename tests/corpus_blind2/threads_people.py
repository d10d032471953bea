# ruff: noqa: E501  (mail bodies keep one paragraph per line so every labelled sentence stays verbatim)
"""Employment and HR: a grievance investigation, a tribunal claim settling through outside counsel, a DSAR from the
claimant's solicitors, a flexible-working question in HTML, an exit agreement, and a rhetorical question."""

from corpus_kit.mailgen import Msg as M
from corpus_kit.mailgen import R, T

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"

THREADS = [
    # Bullets with their own deadlines and an approval asked for; the answer declines it and asks for something else.
    T(
        "needs_reply",
        M(
            "fiona",
            ["niamh"],
            "10-20 12:00",
            subj="CONFIDENTIAL – grievance investigation, Leeds warehouse",
            attach=[("Terms of reference - draft 1.docx", DOCX)],
            body="""Hi Niamh,

As discussed, we've received a formal grievance from a team leader at the Leeds site alleging bullying by her shift manager. I've drafted terms of reference for the investigation (attached). A few things I need from you:

• [[a view on whether we should appoint an external investigator||niamh||q]]
• [[comments on the draft terms of reference, ideally by Wednesday||niamh|wed|req]]
• [[confirmation that we can suspend the shift manager on full pay while the investigation runs||niamh||appr]]

Thanks,""",
        ),
        R(
            "niamh",
            ["fiona"],
            "10-21 14:30",
            attach=[("Terms of reference - NG comments.docx", DOCX)],
            body="""Fiona,

Comments on the terms of reference are in the attached. On your other points:

- External investigator: yes, given the shift manager reports directly to the site director. [[I'll ask Meredith Clough for her availability and fees.||niamh||com]]
- Suspension: I'd rather not suspend at this stage. [[Please move him to the day shift instead while the investigation runs.||fiona||req]]""",
        ),
        R(
            "fiona",
            ["niamh"],
            "10-28 09:10",
            body="""Thanks Niamh. He's been on days since Monday and the team leader is aware. [[Have you heard back from the investigator?||niamh||q]] The team leader's union rep keeps asking when the interviews will start.""",
        ),
    ),
    # An availability check (no due date) next to a dated request; the promise lapses; the chase is a question.
    T(
        "awaiting_them",
        M(
            "niamh",
            ["meredith"],
            "10-21 15:05",
            subj="New instruction – workplace investigation (Leeds)",
            body="""Dear Meredith,

We'd like to instruct you on a grievance investigation at our Leeds distribution centre: a bullying allegation against a shift manager, with around six witnesses. [[Would you be available to start interviews w/c 3 November?||meredith||q]]

[[If so, could you send me your fee estimate and a draft letter of engagement by Friday?||meredith|fri|req]]

Kind regards,""",
        ),
        R(
            "meredith",
            ["niamh"],
            "10-22 19:48",
            body="""Dear Niamh,

Thank you for thinking of me. I can start on Tuesday 4 November and would expect the interviews to take three days. [[My fee estimate and engagement letter will follow by the end of the week.||meredith|eow|com]]

Best wishes,""",
        ),
        R(
            "niamh",
            ["meredith"],
            "10-29 12:30",
            body="""Dear Meredith,

[[Just checking whether the fee estimate and engagement letter are on their way?||meredith||q]] We'd like to confirm the 4 November start with the employees as soon as we can.""",
        ),
    ),
    # Outside counsel forwards an offer with a note on top; the user gets the GC's sign-off but has not told counsel.
    T(
        "needs_reply",
        M(
            "alasdair",
            ["niamh"],
            "10-24 12:15",
            fwd=dict(
                frm="bronagh",
                to=["alasdair"],
                at="10-24 11:02",
                subj="Arkwright v Calderbrook Group plc – WITHOUT PREJUDICE SAVE AS TO COSTS",
                body="""Dear Mr Crombie,

We write on a without prejudice save as to costs basis. Our client would be prepared to withdraw her claim in return for a payment of £38,000 and an agreed reference. Please let us have your client's response by 4pm on 7 November 2025, after which this offer will lapse.

Yours sincerely,""",
            ),
            body="""Niamh,

See below – the claimant's first offer. It's higher than we expected but within the range we discussed in September. [[Could we have a quick call on Monday to take your instructions?||niamh|mon|q]] [[Before then, it would help if you could ask Fiona for the claimant's two most recent appraisals.||niamh|mon|req]]""",
        ),
        R(
            "niamh",
            ["alasdair"],
            "10-24 13:02",
            body="""Thanks Alasdair. Monday at 11 works. [[I'll send you an invite.||niamh||com]]""",
        ),
        R(
            "alasdair",
            ["niamh"],
            "10-27 12:40",
            body="""Niamh,

Thanks for the call. To confirm your instructions: the £38,000 offer is rejected, and our counter is £17,500 with an agreed reference. [[I'll send the counter-offer to Kestle & Dunn tomorrow.||alasdair|tomorrow|com]]

[[Could you confirm that Rupert is comfortable with the £17,500 figure?||niamh||appr]]""",
        ),
        M(
            "niamh",
            ["rupert"],
            "10-27 13:15",
            fwd=2,
            body="""Rupert,

[[Are you happy for us to counter at £17,500?||rupert||appr]] Background below; the claimant's offer lapses on 7 November.""",
        ),
        R("rupert_ios", ["niamh"], "10-27 18:02", body="""[[Fine by me, go ahead.||niamh||appr]]"""),
    ),
    # HTML-only with a question phrased 'I was wondering whether', then a header-less 'forgot the attachment'.
    T(
        "needs_reply",
        M(
            "callum",
            ["niamh"],
            "10-29 11:25",
            subj="Flexible working request – Jo Mensah",
            fmt="html",
            unread=True,
            body="""Hi Niamh,

Quick one if you have a minute. [[I was wondering whether we have to reply to Jo Mensah's flexible working request within a set time, as she sent it in on 2 October?||niamh||q]] She wants to move to a four-day week from January.

I've drafted a reply turning it down because we can't cover the early shift. [[Would you mind having a quick look before I send it?||niamh|eonw|req]] Ideally by end of next week.

Cheers,""",
        ),
        M(
            "callum",
            ["niamh"],
            "10-29 11:31",
            subj="RE: Flexible working request – Jo Mensah",
            fmt="html",
            refs=False,
            quote=None,
            unread=True,
            attach=[("Reply to flexible working request - draft.docx", DOCX)],
            body="""Sorry – forgot the attachment. Here it is.""",
        ),
    ),
    # FYI with a rhetorical question; closed by thanks all round.
    T(
        "none",
        M(
            "fiona",
            ["niamh", "tomasz"],
            "10-23 10:30",
            subj="Christmas party guidance – final",
            attach=[("Christmas party guidance 2025.pdf", "application/pdf")],
            body="""Hi both,

Updated Christmas party guidance attached, with your comments from last week built in. It goes out to all line managers on 3 November.

Honestly, who decided a free bar until 1am was a good idea last year?""",
        ),
        R("tomasz", ["fiona", "niamh"], "10-23 11:02", body="""Looks good to me. Thank you Fiona!"""),
        R("niamh", ["fiona", "tomasz"], "10-23 11:40", body="""Thanks Fiona – all good from me."""),
    ),
    # 'By close of play Friday' introduces a numbered list; approval granted to the user, who has not yet acted.
    T(
        "needs_reply",
        M(
            "fiona",
            ["niamh"],
            "10-23 15:20",
            subj="Exit – Lewis Parfitt (settlement agreement)",
            body="""Hi Niamh,

We've agreed an exit with Lewis Parfitt (Regional Sales Manager, South). Terms agreed in principle: three months' pay in lieu of notice, a £12,000 ex gratia payment and an agreed reference. Could you please do the following by close of play Friday:

1. [[draft the settlement agreement||niamh|fri|req]]
2. [[send it to his adviser, Mr Sandhu at Pennine Law||niamh|fri|req]]

He'd like to leave on 31 October if possible.""",
        ),
        R(
            "niamh",
            ["fiona"],
            "10-24 17:45",
            attach=[("Settlement agreement - L Parfitt - draft.docx", DOCX)],
            body="""Fiona,

Draft attached, sorry it's a little later than promised. [[I'll send it to Mr Sandhu on Monday once you've confirmed the figures.||niamh|mon|com]] [[Can you confirm the £12,000 is on top of his notice pay?||fiona||q]]""",
        ),
        R(
            "fiona",
            ["niamh"],
            "10-27 08:50",
            body="""Yes, the £12k is on top of notice pay. [[Go ahead and send it.||niamh||appr]]""",
        ),
    ),
    # A claimant's solicitor asks; the user consults outside counsel only.
    T(
        "needs_reply",
        M(
            "bronagh",
            ["niamh"],
            "10-27 10:30",
            subj="Denise Arkwright – subject access request",
            body="""Dear Ms Garrity,

We act for Ms Denise Arkwright, your former employee, in her claim against Calderbrook Group plc. We write on her behalf to make a subject access request under Article 15 of the UK GDPR.

[[Please provide copies of all emails and Teams messages sent or received by Mr Paul Hendry that refer to our client between 1 January and 30 September 2025.||niamh||req]] [[Kindly acknowledge receipt of this request.||niamh||req]]

We remind you that you have one calendar month in which to respond.

Yours sincerely,""",
        ),
        M(
            "niamh",
            ["alasdair"],
            "10-27 11:20",
            fwd=0,
            body="""Alasdair,

A DSAR from the claimant's solicitors, below. I assume it's a fishing exercise for the tribunal claim. [[Shall we handle it in-house, or would you rather Ferris Lowe responded?||alasdair||q]]""",
        ),
        R(
            "alasdair",
            ["niamh"],
            "10-27 15:45",
            body="""Niamh,

In-house is fine. [[Please send us the disclosure bundle before anything goes out, so we can check it for privilege.||niamh||req]]""",
        ),
    ),
]
