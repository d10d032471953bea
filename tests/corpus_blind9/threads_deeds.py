"""Conveyancing, continued: the boardroom, a thank-you, a new Ferndale purchase and a deeds examiner's note."""
# ruff: noqa: E501 (mail bodies carry inline [[ask||owner|due|kind]] marks, longer than the lines they render)

from __future__ import annotations

from corpus_kit.mailgen import Msg, R, T

THREADS = [
    # Internal logistics, closed.
    T(
        "none",
        Msg(
            "sipho",
            ["lerato"],
            "03-12 10:15",
            """Lerato, the Pretorius transfer documents are ready for signature.
[[Shall I book the boardroom for Thursday at 10?||lerato||q]]""",
            subj="Pretorius signing",
        ),
        R(
            "lerato",
            ["sipho"],
            "03-12 10:32",
            "[[Yes please, and ask René to bring her ID book too.||sipho||req]]",
        ),
        R("sipho", ["lerato"], "03-12 11:01", "Done. Boardroom booked and René knows."),
    ),
    # Thanks only, from the seller's iPad.
    T(
        "none",
        Msg(
            "rene",
            ["lerato"],
            "03-13 19:26",
            """Dear Lerato

Just a note to say thank you for explaining everything so patiently on the phone yesterday. Gerrit was
very worried about the bond and now he sleeps again. Shame, you must be so busy with all your files!

René""",
            subj="Thank you",
        ),
    ),
    # HTML-only mail from the bond originator on a new matter.
    T(
        "needs_reply",
        Msg(
            "chantal",
            ["lerato"],
            "03-15 14:55",
            """Hi Lerato

Another one for you! Sizwe Nkosi is buying 9 Fourth Avenue, Ferndale (agent is Ruan again).
[[Can you please send me the signed offer to purchase?||lerato||req]] The bank needs it to finalise the application.
[[Also kindly send me your transfer cost estimate so that I can put it in the affordability calculation.||lerato||req]]

Thanks so much""",
            subj="New purchase - S Nkosi - 9 Fourth Ave Ferndale",
            fmt="html",
        ),
    ),
    # The examiner: a forward with "please action" to Sipho does not answer the examiner.
    T(
        "needs_reply",
        Msg(
            "examiner",
            ["lerato"],
            "03-15 10:02",
            """Good morning Ms Dlamini

Batch 2027/JHB/0381, deed of transfer for Erf 55 Parkhurst (Khumalo to Van der Merwe): the power of
attorney describes the seller as married out of community of property, but no antenuptial contract is
mentioned in the deed.

[[Kindly attach proof of the seller's marital status or an affidavit and re-lodge by Thursday the 18th,
otherwise the batch will be withdrawn.||lerato|2027-03-18|req]] [[Please also confirm whether the bond
cancellation is lodged with this transfer or separately.||lerato||q]]""".replace(
                "18th,\notherwise", "18th, otherwise"
            ).replace("bond\ncancellation", "bond cancellation"),
            subj="Batch 0381 - Erf 55 Parkhurst - examination note",
        ),
        Msg(
            "lerato",
            ["sipho"],
            "03-15 10:30",
            """[[Sipho, please action and re-lodge by Thursday the 18th.||sipho|2027-03-18|req]]
[[I'll reply to Ms Govender on the bond cancellation myself.||lerato||com]]""",
            fwd=0,
        ),
        R(
            "sipho",
            ["lerato"],
            "03-15 14:06",
            "[[I'll have the affidavit commissioned tomorrow and re-lodge on Wednesday.||sipho|2027-03-17|com]]",
        ),
    ),
]
