# ruff: noqa: E501  (mail bodies keep one paragraph per line, as mail clients send them)
"""Vendors and an overseas purchaser: René's Neutral Bay sale, Rosalind's will, Hugo's Zetland off-the-plan unit."""

from corpus_kit.mailgen import Msg, R, T

THREADS = [
    # An ISO-8859-1 reply from the vendor. Maeve tells the other side about the tables in another thread,
    # but never answers René, and his second question is open.
    T(
        "needs_reply",
        Msg(
            "maeve",
            ["rene"],
            "09-29 16:00",
            """Dear René,

Good news: contracts for the sale of 12/40 Bayview Parade, Neutral Bay exchanged today with a full 10% deposit, and settlement is set for 29 October.

[[Please let me know your forwarding address in France so we can send the settlement statement there.||rene||q]]""",
            subj="12/40 Bayview Pde - exchanged",
        ),
        R(
            "rene",
            ["maeve"],
            "10-06 21:40",
            """Dear Maeve,

My address from 16 October will be 14 rue des Tanneurs, 69005 Lyon.

The purchaser's conveyancer has written to me directly about the café tables on the balcony, which I do not want to leave behind. [[Could you tell her the tables are not included in the sale?||maeve||req]]

[[Also, do I need to be in Sydney for settlement, or can I sign everything before I fly out on 15 October?||maeve||q]]

Merci beaucoup,""",
            charset="iso-8859-1",
            cte="quoted-printable",
        ),
    ),
    # The purchaser's conveyancer: requisitions answered late; Maeve's own question is open.
    T(
        "awaiting_them",
        Msg(
            "fiona",
            ["maeve"],
            "09-30 12:00",
            """Dear Maeve,

Re: 12/40 Bayview Parade, Neutral Bay - Fauchard to Nguyen

Please find attached our requisitions on title. [[Kindly provide your replies within 7 days.||maeve|+7|req]]

[[Could you also confirm the outdoor table setting on the balcony is included in the sale, as shown in the marketing photos?||maeve||q]]""",
            subj="Requisitions on title - 12/40 Bayview Pde Neutral Bay",
        ),
        R(
            "maeve",
            ["fiona"],
            "10-07 10:20",
            """Dear Fiona,

Our replies to requisitions are attached; apologies for the delay over the long weekend. The outdoor table setting is not included in the sale, as the photos were styled by the agent.

[[Could you confirm your client's lender will be ready to settle on 29 October?||fiona||q]] [[Tom will invite you to the SettleNet workspace this week.||tom|eow|com]]""",
            cc=["tom"],
        ),
        R(
            "tom",
            ["fiona"],
            "10-07 15:05",
            "Hi Fiona,\n\nThe SettleNet invitation for 12/40 Bayview Pde has gone out to you.",
            cc=["maeve"],
        ),
    ),
    # A past client at 01:40 on the night the clocks change (+1000 still); small talk, thanks, two questions.
    T(
        "needs_reply",
        Msg(
            "ros",
            ["maeve"],
            "10-04 01:40",
            """Dear Maeve,

I hope you're enjoying the long weekend. I can't sleep, so I'm finally catching up on my emails! Settlement on 3 September went smoothly and I'm now settled into the cottage in Bowral. Isn't it funny how quickly these things happen? Thank you again for all your help with the sale.

[[Now that the house is sold, does my will need updating, given it leaves the Ashfield house to my nephew?||maeve||q]] [[And could you recommend someone in the Southern Highlands who does wills?||maeve||q]]""",
            subj="Thank you, and a question about my will",
        ),
    ),
    # London client, late evening his time: "tomorrow" is 8 October (his date), not 9 October.
    T(
        "needs_reply",
        Msg(
            "hugo",
            ["maeve"],
            "09-25 08:30",
            """Hi Maeve,

Following our call, I've paid the FIRB application fee. [[Could you let me know roughly how long approval is taking at the moment?||maeve||q]]

[[Also, please confirm the surcharge purchaser duty figure so I can move the funds from my UK account.||maeve||q]]

Thanks,""",
            subj="Zetland apartment - FIRB and duty",
        ),
        R(
            "maeve",
            ["hugo"],
            "09-28 09:40",
            """Hi Hugo,

FIRB is currently taking about 30 days for new dwellings, so we should hear by late October. Surcharge purchaser duty at 9% on $1,150,000 is $103,500, on top of ordinary transfer duty of about $47,000.

[[Please transfer the duty funds to our trust account by 20 October so we can pay them before settlement.||hugo|2026-10-20|req]]""",
        ),
        R(
            "hugo",
            ["maeve"],
            "10-07 22:15",
            """Maeve,

Good news: FIRB approval came through today, letter attached. [[Can you let the developer's solicitors know by tomorrow?||maeve|tomorrow|req]] [[I'll send the duty funds on Monday.||hugo|mon|com]]

Cheers,""",
        ),
    ),
    # A copy to the client's old work address bounces; the developer's solicitor has not answered.
    T(
        "awaiting_them",
        Msg(
            "maeve",
            ["nathan"],
            "10-02 11:00",
            """Dear Nathan,

We act for Hugo Ashdown, the purchaser of Lot 1207 in The Foundry, Zetland.

[[Please confirm the current projected completion date and whether the sunset date in clause 21 is still 30 June 2027.||nathan||q]] [[Could you also send us the registered strata plan once it issues?||nathan||req]]""",
            cc=["hugo_old"],
            subj="Lot 1207 The Foundry - completion date",
        ),
        R(
            "daemon",
            ["maeve"],
            "10-02 11:01",
            """Delivery has failed to these recipients or groups:

hugo.ashdown@pelhamcapital.test
The email address you entered couldn't be found. Please check the recipient's email address and try to resend the message.

Diagnostic information for administrators:
Generating server: mx1.wattlequill.test
Remote server returned '550 5.1.1 <hugo.ashdown@pelhamcapital.test>: Recipient address rejected: User unknown'""",
            subj="Undeliverable: Lot 1207 The Foundry - completion date",
            quote=None,
            sig=False,
            disc=False,
            headers={"Auto-Submitted": "auto-replied"},
            report=(
                "delivery-status",
                "Reporting-MTA: dns; mx1.wattlequill.test\n\n"
                "Final-Recipient: rfc822; hugo.ashdown@pelhamcapital.test\n"
                "Action: failed\nStatus: 5.1.1\n"
                "Diagnostic-Code: smtp; 550 5.1.1 User unknown",
            ),
        ),
        Msg(
            "maeve",
            ["nathan"],
            "10-06 15:30",
            """Hi Nathan,

[[Just following up on the below, could you come back to me by Friday?||nathan|fri|q]] I've taken Hugo's old work address off, as it bounced.""",
            reply=0,
        ),
    ),
    # Inline answers under '>' quotes: only the unquoted lines are Hugo's own text.
    T(
        "needs_reply",
        Msg(
            "maeve",
            ["hugo"],
            "10-05 15:00",
            """Hi Hugo,

A few things I need from you before settlement:

1. [[Will you be in Sydney for the pre-settlement inspection, or would you like the agent to do it?||hugo||q]]
2. [[Have you got a property manager lined up, or would you like a recommendation?||hugo||q]]
3. [[Please send me a certified copy of your passport for the lender's identity check.||hugo||req]]""",
            subj="Zetland - before settlement",
        ),
        R(
            "hugo",
            ["maeve"],
            "10-06 09:20",
            quote=None,
            plain="""Hi Maeve, answers inline below.

On Mon, 5 Oct 2026 at 05:00, Maeve Kilbride <maeve.kilbride@wattlequill.test> wrote:
> 1. Will you be in Sydney for the pre-settlement inspection, or would you like the agent to do it?

No, I won't be over until December. [[Could you ask the agent to do it and video it for me?||maeve||req]]

> 2. Have you got a property manager lined up, or would you like a recommendation?

Got one, thanks: Harbourside Rentals in Zetland.

> 3. Please send me a certified copy of your passport for the lender's identity check.

[[I'll get it certified at Australia House on Friday and courier it over.||hugo|fri|com]]

Hugo""",
        ),
    ),
    # Sign-off asked and granted between Maeve and her settlements officer; dates are history.
    T(
        "none",
        Msg(
            "jodie",
            ["maeve"],
            "09-23 10:00",
            """Hi Maeve,

Just confirming the Papadakis sale settled on 3 September without any dramas, and the final trust statement went out on the 10th. [[Are you happy for me to close the file?||maeve||appr]]""",
            subj="Papadakis sale - close file?",
        ),
        R(
            "maeve",
            ["jodie"],
            "09-23 10:20",
            "[[Yes, go ahead and close it.||jodie||appr]] Thanks Jodie, nice work on that one.",
            sig="M",
        ),
    ),
    # A question answered, a promise kept, thanks.
    T(
        "none",
        Msg(
            "sunil",
            ["maeve"],
            "09-24 09:10",
            """Hi Maeve,

We've received $1,100 into the trust account with the reference "R PAPADAKIS" and no matter number. [[Do you know what it's for?||maeve|2026-10-01|q]] I need to know by 1/10, otherwise it goes back to the payer.""",
            cc=["bronwyn"],
            subj="Unidentified trust deposit $1,100",
        ),
        R(
            "maeve",
            ["sunil"],
            "09-24 16:00",
            """Hi Sunil,

That'll be Rosalind Papadakis paying our invoice for the discharge of her old mortgage. [[I'll ask her to email you the remittance advice.||maeve||com]]""",
            cc=["bronwyn"],
            sig="Maeve",
        ),
        R(
            "sunil",
            ["maeve"],
            "09-25 11:30",
            "Got the remittance from Rosalind and it's all allocated now. Thanks Maeve!",
            cc=["bronwyn"],
        ),
    ),
]
