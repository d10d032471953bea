"""Conveyancing: the Pretorius sale of Erf 1187 Northcliff Ext 4 to Ayanda Zulu, and other transfers."""
# ruff: noqa: E501 (mail bodies carry inline [[ask||owner|due|kind]] marks, longer than the lines they render)

from __future__ import annotations

from corpus_kit.mailgen import Msg, R, T

THREADS = [
    # The retired sellers write in plain text, ISO-8859-1 and quoted-printable; their last questions are open.
    T(
        "needs_reply",
        Msg(
            "gerrit",
            ["lerato"],
            "03-12 09:14",
            """Good morning Lerato

René and I signed the offer to purchase on 3 February, as you know, and Ruan tells us that the buyer's
bond was approved this week. We are a bit lost with all the forms.

[[Could you tell us which documents you still need from us?||lerato||q]] [[And when will registration
happen, more or less?||lerato||q]] We fly to our daughter in George on 2 April.""".replace(
                "when will registration\nhappen", "when will registration happen"
            ),
            cc=["rene"],
            subj="Sale of our house - 27 Kiepersol Street Northcliff",
            charset="iso-8859-1",
            cte="quoted-printable",
        ),
        R(
            "lerato",
            ["gerrit", "rene"],
            "03-12 11:30",
            """Dear Gerrit and René

Thank you, and congratulations: the buyer's bond was indeed approved on 8 March.

Please let us have the following documents before the long weekend, by Friday 19 March:
1. [[Certified copies of both your ID documents, certified not more than three months ago||gerrit|2027-03-19|req]]
2. [[Proof of your residential address, such as a municipal account from the last three months||gerrit|2027-03-19|req]]
3. [[Your marriage certificate and, if you have one, your antenuptial contract||gerrit|2027-03-19|req]]
4. [[A bank letter confirming the account into which the proceeds must be paid||gerrit|2027-03-19|req]]

Registration normally follows about three weeks after lodgement, so late April is realistic if the
municipality plays along. [[Sipho will phone you on Monday to set up a time to sign the transfer documents.||sipho|2027-03-15|com]]""",
        ),
        R(
            "gerrit",
            ["lerato"],
            "03-15 16:40",
            """Baie dankie Lerato, that is very clear.

We found the marriage certificate but the antenuptial contract is somewhere in a box in the garage.
[[Is it a problem if we only bring it after the long weekend?||lerato||q]]

Sipho phoned and we are coming in on Thursday at 10:00. [[Must we bring the original title deed as well?||lerato||q]]""",
            charset="iso-8859-1",
            cte="quoted-printable",
        ),
    ),
    # The buyer: a read receipt does not answer; her own question then waits on Lerato.
    T(
        "needs_reply",
        Msg(
            "lerato",
            ["ayanda"],
            "03-11 10:05",
            """Dear Ms Zulu

We act for the sellers and will attend to the transfer of 27 Kiepersol Street, Northcliff to you.

[[Please pay the transfer costs of R38 900.00 into our trust account by Friday the 19th, using reference
KVW/PRE/0112 only.||ayanda|2027-03-19|req]] Please also send the following FICA documents by the same date:
- [[a certified copy of your ID||ayanda|2027-03-19|req]]
- [[proof of address not older than three months||ayanda|2027-03-19|req]]
- [[your income tax number||ayanda|2027-03-19|req]]

Our banking details are on the attached letter. [[Please phone me to verify them before you pay.||ayanda||req]]""".replace(
                "reference\nKVW", "reference KVW"
            ),
            subj="Transfer: Pretorius to Zulu - Erf 1187 Northcliff Ext 4",
            headers={"Disposition-Notification-To": "lerato.dlamini@kgosivanwyk.test"},
        ),
        Msg(
            "ayanda",
            ["lerato"],
            "03-11 12:47",
            "This is a receipt for the mail you sent to ayanda.zulu@gmail.test at 11/03/2027 10:05.\n\n"
            "This receipt verifies that the message has been displayed on the recipient's computer.",
            subj="Read: Transfer: Pretorius to Zulu - Erf 1187 Northcliff Ext 4",
            reply=0,
            quote=None,
            sig=False,
            report=(
                "disposition-notification",
                "Reporting-UA: gmail.test\nFinal-Recipient: rfc822;ayanda.zulu@gmail.test\n"
                "Disposition: manual-action/MDN-sent-manually; displayed",
            ),
        ),
        R(
            "ayanda",
            ["lerato"],
            "03-15 13:02",
            """Hi Lerato

Thanks for the clear letter. [[I'll pay the costs on the 19th when my salary goes in.||ayanda|2027-03-19|com]]
Attached are my ID and my tax number.

I don't have a municipal account because I rent. [[Is a Vodacom statement fine as proof of address?||lerato||q]]""",
            reply=0,
        ),
    ),
    # Rates clearance agent: a promise is not an answer, and the chase carries the lodgement date.
    T(
        "awaiting_them",
        Msg(
            "lerato",
            ["moeketsi"],
            "03-09 14:20",
            """Hi Moeketsi

New one for you: Erf 1187 Northcliff Extension 4, City of Johannesburg, account 554 000 812.
[[Please apply for the rates clearance figures this week still.||moeketsi|2027-03-12|req]]

The seller is Mr G Pretorius; the power of attorney is attached.""",
            subj="Rates clearance - Erf 1187 Northcliff Ext 4",
        ),
        R(
            "moeketsi",
            ["lerato"],
            "03-10 08:31",
            """Morning Lerato

Applied yesterday afternoon, ref CL-77310. Joburg is very slow at the moment because of the system upgrade.
[[I'll send you the figures as soon as they come out, hopefully by the 19th.||moeketsi|2027-03-19|com]]""",
        ),
        R(
            "lerato",
            ["moeketsi"],
            "03-15 09:12",
            """Hi Moeketsi

[[Any news on the Northcliff figures?||moeketsi||q]] [[Please push them, because we want to lodge on the
25th and the certificate must be in hand by then.||moeketsi|2027-03-25|req]]""".replace(
                "the\n25th", "the 25th"
            ),
        ),
    ),
    # The bond originator: a request closed by Lerato's promise and a thanks.
    T(
        "none",
        Msg(
            "chantal",
            ["lerato"],
            "03-08 16:10",
            """Hi Lerato

Good news: Amandla Bank approved Ayanda Zulu's home loan this afternoon, R1 850 000 over 20 years. The
instruction goes to Patel Moosa as bond attorneys tomorrow.

[[Please send Rashid your guarantee requirements and the draft figures directly.||lerato||req]]""",
            cc=["ruan"],
            subj="Bond approved - A Zulu - 27 Kiepersol St",
        ),
        R(
            "lerato",
            ["chantal"],
            "03-09 07:48",
            "Thanks Chantal, lekker news! [[I'll send Rashid our requirements today.||lerato|today|com]]",
            cc=["ruan"],
        ),
        R("chantal", ["lerato"], "03-09 08:05", "You're a star, thanks!", cc=["ruan"], sig=False),
    ),
    # Bond attorneys: a numbered list with a lead-in deadline, a "now now" promise and a chase.
    T(
        "awaiting_them",
        Msg(
            "lerato",
            ["rashid"],
            "03-09 15:10",
            """Rashid, howzit

Following Chantal's note, our requirements on Pretorius / Zulu, Erf 1187 Northcliff Ext 4. Kindly send the
following by Friday the 12th so that we can lodge simultaneously:
1. [[Guarantees for R1 850 000, payable to Kgosi Van Wyk Inc. on registration||rashid|2027-03-12|req]]
2. [[A copy of the bank's instruction to you, so that we can check the bond amount||rashid|2027-03-12|req]]
3. [[Your draft deed of bond for our file||rashid|2027-03-12|req]]

[[Can we aim to lodge together on Thursday 25 March?||rashid||q]]""",
            subj="Pretorius / Zulu - guarantee requirements",
        ),
        R(
            "rashid",
            ["lerato"],
            "03-11 11:22",
            """Hi Lerato

Noted, thanks. We only received the bank's instruction yesterday. [[I'll send the guarantees and the draft
bond now now.||rashid||com]] The 25th works for us.""".replace("draft\nbond", "draft bond"),
        ),
        R(
            "lerato",
            ["rashid"],
            "03-15 11:40",
            "[[Rashid, just checking on the guarantees: please send them by 12:00 tomorrow, asseblief.||rashid|tomorrow|req]]",
        ),
    ),
    # The estate agent: two asks in the body and a third in a P.S.; one question has no question mark.
    T(
        "needs_reply",
        Msg(
            "ruan",
            ["lerato"],
            "03-15 17:20",
            """Hi Lerato

Hope you're well. The Zulus would like to move in before registration, on 1 April, and the Pretoriuses
are fine with that.
[[Can you draw up an occupation addendum before she moves in on 1 April?||lerato|2027-04-01|req]]
[[Also what should the occupational rent be, the sellers suggested R12 000 a month||lerato||q]]

Cheers
Ruan

P.S. [[Please send me a copy of the signed OTP for my file when you get a chance.||lerato||req]]""",
            subj="Zulu - early occupation",
            sig=False,
        ),
    ),
    # Internal: the transfer duty receipt is needed before lodgement.
    T(
        "awaiting_them",
        Msg(
            "lerato",
            ["faith"],
            "03-11 08:35",
            """Faith, [[please pay the transfer duty for Pretorius / Zulu from trust today so that we have the
SARS receipt before lodgement.||faith|today|req]] The amount is R98 450.00; the declaration was submitted on
9 March.""".replace("the\nSARS", "the SARS"),
            subj="Transfer duty - Pretorius / Zulu",
        ),
        R(
            "faith",
            ["lerato"],
            "03-11 09:10",
            "[[I'll pay it this afternoon once Ms Zulu's deposit has cleared.||faith|today|com]]",
        ),
        R(
            "lerato",
            ["faith"],
            "03-15 08:20",
            "[[Faith, did the payment go through, and can you send me the receipt by Wednesday?||faith|wed|q]]",
        ),
    ),
]
