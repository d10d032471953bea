# ruff: noqa: E501  (mail bodies keep one paragraph per line, as mail clients send them)
"""Vancouver, London, Calgary and Regina: clocks that differ from Toronto's."""

from corpus_kit.mailgen import Msg, R, T

THREADS = [
    # Vancouver at 22:10 on the 4th (already the 5th in Toronto): "EOD tomorrow" is the 5th.
    T(
        "needs_reply",
        Msg(
            "jordan",
            ["claire"],
            "11-04 22:10",
            """hi Claire, sorry for the late one.

We've decided to let two engineers in the Vancouver office go as part of the reorg. [[Could you send me the BC termination letter template by EOD tomorrow?||claire|tomorrow|req]] [[Also do we need to give group termination notice under the BC ESA if it's only two people||claire||q]]

thx!""",
            subj="Reorg - two Vancouver terminations",
        ),
        R(
            "jordan",
            ["claire"],
            "11-05 05:40",
            """[[also pls loop in Aisha, she did our last offer letter||claire||req]]""",
            quote=None,
            sig=False,
        ),
    ),
    # London after its clocks changed; a promise with a date counted from London's own date.
    T(
        "awaiting_them",
        Msg(
            "claire",
            ["fenwick"],
            "10-29 12:00",
            """Olivia,

Thank you for sending the group policy pack. Before I can advise on whether it can be rolled out to the Canadian staff, I need two things.
[[Could you send me the English and French versions of the global code of conduct, and tell me when each was last updated?||fenwick||req]]
[[Can you also confirm whether the UK company or Pinecrest Canada is the employer of record for the two Montreal contractors?||fenwick||q]]""",
            cc=["jordan"],
            subj="Pinecrest - group policies in Canada",
        ),
        R(
            "fenwick",
            ["claire"],
            "11-05 03:30",
            """Claire,

Apologies for the slow reply, I have been at our Dublin offsite all week. [[I'll dig out both versions and send them to you by tomorrow.||fenwick|tomorrow|com]] On the Montreal contractors, I need to check with our finance team.

Kind regards,
Olivia""",
            cc=["jordan"],
            sig=False,
        ),
    ),
    # Calgary client answers Claire's question; Claire delivers. None.
    T(
        "none",
        Msg(
            "claire",
            ["brent"],
            "10-27 14:00",
            """Brent,

Our draft opinion on random testing at the Fort McMurray site is attached. [[Could you confirm which positions Foothill has designated as safety-sensitive, so I can finalise Schedule A?||brent||q]]""",
            subj="Foothill - random alcohol and drug testing opinion",
            attach=[("Foothill_testing_opinion_DRAFT.pdf", "application/pdf")],
        ),
        R(
            "brent",
            ["claire"],
            "10-27 15:30",
            """Claire, the list is attached: equipment operators, derrickhands and the two site supervisors. The safety committee already endorsed the approach at its meeting on October 21.""",
            attach=[("safety_sensitive_positions.xlsx", "application/vnd.ms-excel")],
        ),
        R(
            "claire",
            ["brent"],
            "10-28 09:00",
            """Thanks Brent. Schedule A is updated and the final opinion is attached.""",
            attach=[("Foothill_testing_opinion_FINAL.pdf", "application/pdf")],
        ),
    ),
    # Calgary on Tuesday afternoon (-0700); the managing partner's lower-case iPhone line is internal.
    T(
        "needs_reply",
        Msg(
            "brent",
            ["claire"],
            "11-03 16:20",
            """Claire,

One of our field supervisors has been charged with impaired driving (off duty, his own truck). [[Can we suspend him without pay until the trial, or does that expose us to a constructive dismissal claim?||claire||q]] [[Please call me tomorrow before 10 my time.||claire|tomorrow|req]]

Brent""",
            cc=["gordon"],
            subj="Supervisor charged - suspension?",
            sig="Brent Olafson\nGeneral Counsel | Foothill Energy Services Ltd.\n403-555-0135",
        ),
        R(
            "gordon_ios",
            ["claire"],
            "11-03 18:45",
            """[[claire pls handle, brent is a good client||claire||req]]""",
            quote=None,
        ),
    ),
    # Regina never changes clocks (-0600). Claire answers and asks back; the client has not replied.
    T(
        "awaiting_them",
        Msg(
            "colleen",
            ["claire"],
            "10-30 10:00",
            """Hi Claire,

We're updating our employee handbook for the recent changes to The Saskatchewan Employment Act. [[Can you review the attached leave section and tell us what needs to change?||claire||req]]

Thanks so much,
Colleen""",
            subj="Handbook update - leaves",
            sig="Colleen Dyck | HR Manager | Prairie Grain Co-operative | 306-555-0108",
            attach=[("Handbook_s7_leaves.docx", "application/vnd.openxmlformats")],
        ),
        R(
            "claire",
            ["colleen"],
            "11-02 11:00",
            """Hi Colleen,

I've marked up the leave section (attached); the interpersonal violence leave and the bereavement changes are flagged in yellow. [[Could you confirm whether any of your Regina staff are unionized?||colleen||q]] That changes how the new leave fits with the collective agreement. [[I'll send the rest of the handbook comments by Friday the 13th.||claire|2026-11-13|com]]""",
            attach=[("Handbook_s7_leaves_LP.docx", "application/vnd.openxmlformats")],
        ),
    ),
    # Sent To two people with no name: the ask is Claire's; the associate's reply to Claire only is an offer.
    T(
        "needs_reply",
        Msg(
            "jordan",
            ["aisha", "claire"],
            "11-02 13:00",
            """Hi team,

We're hiring a sales lead for the Toronto office, start date January 4. [[Can one of you review the attached offer letter before Wednesday?||claire|wed|req]] The candidate wants it signed by the end of the week.

Jordan""",
            subj="Offer letter - Toronto sales lead",
            sig=False,
            attach=[("Offer_Toronto_Sales_Lead.docx", "application/vnd.openxmlformats")],
        ),
        R(
            "aisha",
            ["claire"],
            "11-02 16:30",
            """Claire, I can take this one if you're slammed, just let me know.""",
        ),
    ),
]
