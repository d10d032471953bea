# ruff: noqa: E501  (mail bodies keep one paragraph per line, as mail clients send them)
"""The Brennans buy Unit 4/17 Addison Road, Marrickville: contract, strata, finance, settlement on 22 October."""

from corpus_kit.mailgen import Msg, R, T

THREADS = [
    # Clients' questions; the latest (a valuation shortfall, a call tomorrow, and Liam's header-less
    # one-liner about keys) are unanswered.
    T(
        "needs_reply",
        Msg(
            "chloe",
            ["maeve"],
            "09-22 19:40",
            """Hi Maeve,

Thanks so much for taking us on. The agent has sent through the contract for Unit 4/17 Addison Road and I've attached it.

[[Could you have a look at the special conditions before Friday?||maeve|fri|req]] The agent reckons there's another couple keen on it.

[[Also, what happens with the 0.25% if we pull out during the cooling-off period?||maeve||q]]""",
            cc=["liam"],
            subj="Unit 4/17 Addison Rd - contract review",
        ),
        R(
            "maeve",
            ["chloe"],
            "09-24 11:05",
            """Hi Chloe and Liam,

I've been through the contract. Special conditions 34 to 41 are mostly standard; condition 38 (you can't object to anything in the strata report) is the one I'd strike out.

On cooling off: if you rescind within the cooling-off period you forfeit 0.25% of the price, so on $890,000 that's $2,225.

[[Please send me a copy of your loan pre-approval so I can check the finance date lines up.||chloe||req]]

[[I'll ask Stavros (the vendor's solicitor) to delete condition 38 and extend the cooling-off period to 10 business days.||maeve||com]]""",
            cc=["liam"],
        ),
        R(
            "liam",
            ["maeve"],
            "09-24 12:30",
            "Legend, thanks Maeve. [[Chloe's got the pre-approval, she'll send it tonight.||chloe|today|com]]",
            cc=["chloe"],
        ),
        R(
            "chloe",
            ["maeve"],
            "10-07 20:15",
            """Hi Maeve,

Quick one, the bank valuation came back $20k under the price. [[Does that change anything with the contract, and can we still go ahead on 22 October?||maeve||q]]

[[Could you give us a call tomorrow arvo to talk it through?||maeve|tomorrow|req]] We're both free after 2.

Cheers,""",
            cc=["liam"],
            sig="Chloe",
        ),
        R(
            "liam",
            ["maeve"],
            "10-07 21:02",
            "[[hey maeve one more, do we get the keys on settlement day or do we pick them up from the agent||maeve||q]]",
            quote=None,
            refs=False,
        ),
    ),
    # Amendments asked of the vendor's solicitor; his last word is a promise to come back, so still awaiting.
    T(
        "awaiting_them",
        Msg(
            "maeve",
            ["stavros"],
            "09-24 14:20",
            """Dear Stavros,

We act for the purchasers of Unit 4/17 Addison Road, Liam and Chloe Brennan. Our clients are keen to exchange and ask that your client agree to the following by COB Monday 28 September:

1. [[Delete special condition 38.||stavros|2026-09-28|req]]
2. [[Extend the cooling-off period to 10 business days.||stavros|2026-09-28|req]]
3. [[Provide copies of the 2025 and 2026 AGM minutes for the strata scheme.||stavros|2026-09-28|req]]""",
            cc=["tom"],
            subj="4/17 Addison Rd - contract amendments",
        ),
        R(
            "stavros",
            ["maeve"],
            "09-28 16:45",
            """Dear Maeve,

Our client agrees to extend the cooling-off period to 10 business days and the AGM minutes are attached. Our client does not agree to delete special condition 38.

[[We will send the amended contract for signing by Wednesday.||stavros|wed|com]]""",
            cc=["tom"],
        ),
        R(
            "maeve",
            ["stavros"],
            "09-29 09:10",
            """Thanks Stavros.

Our clients are prepared to live with condition 38 if the vendor pays for a strata inspection report. [[Can you take instructions and let me know by Thursday?||stavros|thu|q]]""",
            cc=["tom"],
        ),
        R(
            "stavros",
            ["maeve"],
            "10-06 10:30",
            """Maeve,

Apologies for the delay, my client is travelling and hard to pin down. [[I'll come back to you once I hear from her.||stavros||com]]""",
            cc=["tom"],
        ),
    ),
    # The inspector answers the clients' question; Maeve is only copied.
    T(
        "none",
        Msg(
            "rhys",
            ["chloe"],
            "09-30 18:05",
            """Hi Chloe,

Report attached for 4/17 Addison Rd. Minor stuff only: some cracked tiles on the balcony and the bathroom exhaust fan isn't vented to the outside. Nothing structural and no sign of termites.

Any questions, just give me a ring.""",
            cc=["maeve"],
            subj="Pre-purchase inspection - 4/17 Addison Rd",
        ),
        R(
            "chloe",
            ["rhys"],
            "09-30 21:00",
            "Thanks Rhys, that's a relief! [[Would the balcony tiles be a strata issue or ours?||rhys||q]]",
            cc=["maeve"],
        ),
        R(
            "rhys",
            ["chloe"],
            "10-01 07:30",
            "Balcony tiles are usually common property, so it'd be strata's problem, but it depends on the by-laws. Cheers",
            cc=["maeve"],
        ),
    ),
    # The broker's bullets share one deadline ("ideally by Fri 9/10"); she then asks again for the figure.
    T(
        "needs_reply",
        Msg(
            "jasmine",
            ["maeve"],
            "10-05 16:20",
            """Hi Maeve,

Loan docs have gone out to Chloe and Liam through the lender's portal. A few things from my end, ideally by Fri 9/10:

- [[Can you confirm who'll be handling settlement so I can give the lender their details?||maeve|2026-10-09|q]]
- [[Flick me the exchanged contract||maeve|2026-10-09|req]]
- [[Let me know the estimated settlement figure once you've done the adjustments||maeve|2026-10-09|q]]

Hope you're enjoying the long weekend!""",
            cc=["chloe"],
            subj="Brennan - loan docs and settlement",
        ),
        R(
            "maeve",
            ["jasmine"],
            "10-06 09:15",
            """Hi Jas,

We're handling settlement; Jodie Pham in our settlements team is your contact for it (jodie.pham@wattlequill.test). [[Jodie will send you the exchanged contract by tomorrow.||jodie|tomorrow|com]]""",
            cc=["chloe", "jodie"],
        ),
        R(
            "jasmine",
            ["maeve"],
            "10-07 11:00",
            """Thanks Maeve, got the contract from Jodie, ta.

[[Can you shoot me the estimated settlement figure by Monday?||maeve|mon|req]] The lender is chasing me for it.""",
            cc=["chloe", "jodie"],
        ),
    ),
    # Strata certificate ordered and delivered; the strata manager's dates are history, not deadlines.
    T(
        "none",
        Msg(
            "maeve",
            ["glenys"],
            "09-25 10:00",
            """Hi Glenys,

We act for the purchasers of Lot 4 in Strata Plan 51873 (4/17 Addison Road). [[Could you please issue a section 184 strata information certificate for Lot 4?||glenys||req]] [[Please send the invoice to accounts@wattlequill.test and we'll pay it by EFT.||glenys||req]]""",
            subj="SP 51873 Lot 4 - s184 certificate",
        ),
        R(
            "glenys",
            ["maeve"],
            "09-29 14:10",
            """Hi Maeve,

Certificate attached. Please note the special levy for the lift upgrade ($4,200 per lot) was struck at the AGM on 12 August and the first instalment fell due on 1 September; the vendor has paid it.

Invoice received and paid, thank you.""",
        ),
        R("maeve", ["glenys"], "09-29 15:00", "Thanks Glenys, much appreciated.", sig=False),
    ),
    # Questions to the strata manager; "settlement is on 22 October" is context, the reply date is 14.10.
    T(
        "awaiting_them",
        Msg(
            "maeve",
            ["glenys"],
            "10-06 15:00",
            """Hi Glenys,

[[Following the building inspection for Lot 4, can you confirm whether the balcony tiles are common property under the strata plan?||glenys|2026-10-14|q]] [[If they are, could you let me know whether the owners corporation has any repairs scheduled?||glenys|2026-10-14|q]]

Our clients' settlement is on 22 October, so a reply by 14.10 would be appreciated.""",
            cc=["chloe"],
            subj="SP 51873 Lot 4 - balcony tiles",
        ),
    ),
    # Numbered asks to two clients, none named: the first To recipient owns them.
    T(
        "awaiting_them",
        Msg(
            "maeve",
            ["chloe", "liam"],
            "10-07 11:00",
            """Hi Chloe and Liam,

With settlement on 22 October coming up, here's what we need from you by Friday 16 October:

1. [[Sign the transfer when Jodie sends you the SettleNet link.||chloe|2026-10-16|req]]
2. [[Confirm how you want to hold title (joint tenants or tenants in common).||chloe|2026-10-16|q]]
3. [[Transfer the balance of funds ($92,310.45) into our trust account.||chloe|2026-10-16|req]]

[[Jodie will send you the SettleNet signing link on Monday.||jodie|mon|com]]""",
            cc=["jodie"],
            subj="Settlement checklist - 4/17 Addison Rd",
        ),
        R(
            "liam",
            ["maeve"],
            "10-07 12:10",
            "[[thanks maeve, chloe will sort the money transfer this week||chloe|eow|com]]",
            cc=["chloe", "jodie"],
        ),
        R(
            "chloe",
            ["maeve"],
            "10-07 21:00",
            "Hi Maeve, we'll hold it as joint tenants. Thanks!",
            cc=["liam", "jodie"],
        ),
        R(
            "jodie",
            ["chloe", "liam"],
            "10-08 08:40",
            "Hi Chloe and Liam,\n\n[[I'll send the SettleNet signing link first thing Monday.||jodie|mon|com]]",
            cc=["maeve"],
        ),
    ),
]
