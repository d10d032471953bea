# ruff: noqa: E501  (mail bodies keep one paragraph per line so every labelled sentence stays verbatim)
"""Procurement: a forwarded supplier email with a note on top, approvals asked, granted and refused, thanks-only."""

from corpus_kit.mailgen import Msg as M
from corpus_kit.mailgen import Person, R, T

Person(
    "sophie",
    "Sophie Marlow",
    "s.marlow@brackleyfreight.co.uk",
    sig="Sophie Marlow\nHead of Contracts\nBrackley Freight Ltd",
)

THREADS = [
    # The forwarded supplier text asks too, but only the note on top is the sender's own; the user answers with a question.
    T(
        "awaiting_them",
        M(
            "gareth",
            ["niamh"],
            "10-29 14:20",
            fwd=dict(
                frm="sophie",
                to=["gareth"],
                at="10-29 12:02",
                subj="Calderbrook framework – liability",
                body="""Gareth,

Further to our call, we can't accept unlimited liability for loss of goods in transit. Our insurers will only cover £2m per claim and £5m in aggregate. Please confirm by return whether Calderbrook will accept those limits so that we can issue the final framework agreement.

Kind regards,""",
            ),
            body="""Niamh – Brackley have come back on the liability cap again (see below). I'm minded to accept £2m per claim as long as the aggregate stays at £5m. [[Can you let me know if legal can live with that before I speak to them tomorrow afternoon?||niamh|tomorrow|q]]""",
        ),
        R(
            "niamh",
            ["gareth"],
            "10-29 16:45",
            body="""Gareth,

Probably yes, but one thing first: [[is the £5m aggregate per contract year or over the whole term?||gareth||q]] If it's over the whole term, I'd push back.""",
        ),
    ),
    # Approval requested for today, and a question with no question mark tucked into a PS.
    T(
        "needs_reply",
        M(
            "bev",
            ["niamh"],
            "10-30 08:05",
            subj="Harlow cleaning contract – OK to sign?",
            unread=True,
            attach=[("Harlow cleaning services agreement - final.pdf", "application/pdf")],
            body="""Morning Niamh,

The new cleaning contract for the Harlow site is ready to sign (£148k over three years, attached). I think it's within my delegated authority but wanted to check with you before I put my name to it. [[Would be great to have your OK to sign today, as they want to start on Monday.||niamh|today|appr]]

[[PS let me know if the TUPE wording Gareth added is fine as it is||niamh||q]]""",
        ),
    ),
    # Delivered work closed by a thanks.
    T(
        "none",
        M(
            "niamh",
            ["gareth"],
            "10-24 09:15",
            subj="Kelso Packaging – signed supply agreement",
            attach=[("Kelso Packaging supply agreement - executed.pdf", "application/pdf")],
            body="""Gareth,

The signed Kelso supply agreement is attached for your records. [[Please upload it to Coupa and close legal request LR-2291.||gareth||req]]""",
        ),
        R(
            "gareth",
            ["niamh"],
            "10-24 10:02",
            body="""Done – thanks Niamh, great work getting this over the line.""",
        ),
    ),
    # An approval request with a neighbouring-sentence deadline, refused with a request, then a dated promise.
    T(
        "none",
        M(
            "gareth",
            ["niamh"],
            "10-23 14:05",
            subj="Kelso case study – use of our logo",
            body="""Niamh – Kelso Packaging want to put out a case study about the new recyclable kettle box and use our logo in it. [[Are we OK to agree?||niamh|eow|appr]] They've asked for an answer this week.""",
        ),
        R(
            "niamh",
            ["gareth"],
            "10-23 15:20",
            body="""Gareth,

Not yet – the brand team needs to sign off the wording first. [[Please ask Kelso to send the draft case study to brand@calderbrook.co.uk before anything is agreed.||gareth||req]]""",
        ),
        R(
            "gareth",
            ["niamh"],
            "10-23 15:31",
            body="""Understood. [[I'll pass that on to them today.||gareth|today|com]]""",
        ),
    ),
]
