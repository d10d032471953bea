"""Pre-holiday lists and year-end questions, and the Bengaluru contractor's paperwork."""

from __future__ import annotations

from corpus_kit.mailgen import Msg, R, T

THREADS = [
    # The CEO's long pre-holiday list; the co-founder adds an item from Tel Aviv.
    T(
        "needs_reply",
        Msg(
            "dev",
            ["leah"],
            "12-13 22:30",
            "Leah, sorry this is long. Stuff I need before the holidays (we shut down on the 23rd):\n\n"
            "- [[redline the Larkspur side letter against Kestrel's||leah|2026-12-23|req]]\n"
            "- [[finalize the Arjun agreement||leah|2026-12-23|req]]\n"
            "- [[check whether we need a new 409A after the A closes||leah|2026-12-23|req]]\n"
            "- [[send the SAFE holders a note about how they convert||leah|2026-12-23|req]]\n"
            "- [[tell me what I need to sign and when||leah|2026-12-23|q]]\n\n"
            "[[Also, can we do a 30 min call Wednesday to go through all of it?||leah|wed|req]]",
            cc=["noa"],
            subj="pre-holiday list",
        ),
        R(
            "noa",
            ["dev", "leah"],
            "12-14 09:10",
            "[[Please add the IP assignments for our two Israeli contractors to the list.||leah||req]] "
            "Happy to "
            "join the call.",
        ),
    ),
    # London investor: a year-end question.
    T(
        "needs_reply",
        Msg(
            "oliver",
            ["leah"],
            "12-14 15:40",
            "Leah,\n\n[[Could you let me know before year-end whether the A will close in 2026 or "
            "2027?||leah|2026-12-31|q]] It matters for our fund's vintage reporting. [[And could you send me "
            "the list of closing conditions?||leah||req]]",
            subj="Ferngrove closing year",
        ),
    ),
    # The contractor promises details after checking with his accountant.
    T(
        "awaiting_them",
        Msg(
            "leah",
            ["arjun"],
            "12-12 09:30",
            "[[Arjun, could you send your PAN and GST registration numbers for the notices section of the "
            "agreement?||arjun||req]]",
            subj="Rao Studio - PAN and GST numbers",
        ),
        R(
            "arjun",
            ["leah"],
            "12-13 21:00",
            "Hi Leah,\n\n[[I'll send them on Monday after I check with my CA.||arjun|mon|com]]\n\nRegards,",
        ),
    ),
    # The contractor's independence confirmed and his own question answered.
    T(
        "none",
        Msg(
            "leah",
            ["arjun"],
            "12-08 09:40",
            "[[Arjun, one more thing: can you confirm you are not employed by anyone else while consulting "
            "for "
            "Ferngrove?||arjun||q]]",
            subj="Ferngrove - independence",
        ),
        R(
            "arjun",
            ["leah"],
            "12-09 07:50",
            "Hi Leah,\n\nConfirmed, I'm fully independent. [[Can you also confirm whether I need to register "
            "anything in the US?||leah||q]]\n\nRegards,",
        ),
        R("leah", ["arjun"], "12-09 08:15", "No, nothing in the US. Thanks Arjun!"),
        R("arjun", ["leah"], "12-09 22:05", "Great, thank you."),
    ),
]
