"""Late additions: the friend's offer taken up, chartering odds and ends, a mandate question."""

from __future__ import annotations

from corpus_kit.mailgen import Msg, R, T

THREADS = [
    # The offer from the small-talk thread taken up in a new thread: a promise is not the filing.
    T(
        "awaiting_them",
        Msg(
            "me",
            ["niels"],
            "01-05 11:40",
            "Hoi Niels,\n\n[[Taking you up on your offer after all: could you file a short extension "
            "request in "
            "the Rijnmond Stuwadoors matter at the Rotterdam court before 12 "
            "January?||niels|2027-01-12|req]] "
            "[[And can you tell me your hourly rate for 2027?||niels||q]]\n\nThanks!",
            subj="Extension request Rijnmond Stuwadoors",
            sig=False,
        ),
        R(
            "niels",
            ["me"],
            "01-05 13:20",
            "Sure! [[I'll file it on Monday.||niels|mon|com]] Rate stays at EUR 295.\n\nNiels",
            sig=False,
        ),
        R(
            "me",
            ["niels"],
            "01-05 13:45",
            "[[Great, please send me the filed version for our records.||niels||req]]",
            sig=False,
            disc=False,
        ),
    ),
    # Chartering bullets, two answered, one promised, then a new request.
    T(
        "needs_reply",
        Msg(
            "joost",
            ["me"],
            "01-04 09:20",
            "Femke,\n\nThree things from chartering:\n"
            "- [[can you check the BIMCO sanctions clause in the new Kattegat CP||me||q]]\n"
            "- [[Pieter wants to know if we can sign the CP electronically||me||q]]\n"
            "- [[please send me the template for a letter of indemnity for delivery without "
            "B/L||me||req]]\n\n"
            "Joost",
            subj="CP Kattegat Spirit - three things",
            sig=False,
        ),
        R(
            "me",
            ["joost"],
            "01-04 11:30",
            "Joost,\n\n1) Checked, the clause is fine as it is.\n2) Yes, via SignVault.\n"
            "3) [[I'll send you the LOI template tomorrow.||me|tomorrow|com]]",
            sig=False,
        ),
        R(
            "joost",
            ["me"],
            "01-05 08:45",
            "Thanks. [[Can you make it a Word file, not PDF?||me||req]] The charterers want to fill it in.",
            sig=False,
        ),
    ),
    # Approval asked and granted; closed with thanks in Polish.
    T(
        "none",
        Msg(
            "kasia",
            ["me"],
            "01-04 10:10",
            "Hi Femke,\n\n[[Can I sign the NDA with Trans-Pol myself or do you need to sign it?||me||appr]] "
            "It is our standard mutual NDA without changes.\n\nKasia",
            subj="NDA Trans-Pol",
            sig=False,
        ),
        R(
            "me",
            ["kasia"],
            "01-04 10:25",
            "Hi Kasia,\n\n[[You can sign it yourself; it is within your mandate.||kasia||appr]]",
            sig=False,
        ),
        R("kasia", ["me"], "01-04 10:40", "Dziękuję, Femke!", sig=False),
    ),
]
