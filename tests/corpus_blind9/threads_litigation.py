"""Litigation: Mahlangu Civils v Highveld Heights Developments, counsel, the sheriff and the firm itself."""
# ruff: noqa: E501 (mail bodies carry inline [[ask||owner|due|kind]] marks, longer than the lines they render)

from __future__ import annotations

from corpus_kit.mailgen import Msg, R, T

THREADS = [
    # The client's late-night one-liner: no capitals, no question mark.
    T(
        "needs_reply",
        Msg(
            "bongani",
            ["lerato"],
            "03-15 21:14",
            """[[lerato did the sheriff serve the summons on highveld yet||lerato||q]]
[[call me tmrw morning pls||lerato|tomorrow|req]]""",
            subj="highveld",
            sig="Sent from my Samsung",
            fmt="plain",
        ),
    ),
    # The sheriff's return with an invoice; paid and answered, so closed. 11 March is not a deadline.
    T(
        "none",
        Msg(
            "sheriff",
            ["lerato"],
            "03-12 11:48",
            """Dear Madam

RETURN OF SERVICE: MAHLANGU CIVILS (PTY) LTD v HIGHVELD HEIGHTS DEVELOPMENTS (PTY) LTD, CASE 2027/012345

The combined summons was served on the defendant at its registered address, 3 Republic Road, Randburg, on
11 March 2027 at 10:40, by handing it to Ms J Ferreira, the receptionist. The original return is attached.

[[Kindly settle our invoice SRS-2291 of R1 265.00 within 30 days.||lerato|2027-04-11|req]]""",
            subj="Return of service - 2027/012345",
        ),
        R(
            "lerato",
            ["sheriff"],
            "03-12 14:05",
            "Baie dankie, Mr Khumalo. Faith paid the invoice this afternoon and the proof of payment is attached.",
        ),
    ),
    # Counsel: the clerk's question was answered; the opinion is still awaited.
    T(
        "awaiting_them",
        Msg(
            "lerato",
            ["sithole"],
            "03-10 09:40",
            """Dear Thabo

Please find attached our brief in Mahlangu Civils v Highveld Heights Developments, with the building
contract, the seven payment certificates and the correspondence.

[[Kindly let me have your opinion on the prospects and on whether we should apply for summary judgment, by
month-end if possible.||sithole|2027-03-31|req]] [[Could we also arrange a consultation with the client
early next week?||sithole|2027-03-15|req]]""".replace(
                "judgment, by\nmonth-end", "judgment, by month-end"
            ).replace("client\nearly", "client early"),
            cc=["mandla", "thandi"],
            subj="Brief: Mahlangu Civils v Highveld - opinion",
        ),
        R(
            "mandla",
            ["lerato"],
            "03-10 12:15",
            """Good day Lerato

Brief received with thanks. Adv. Sithole is in a trial on Monday and Tuesday.
[[He can do Thursday 18 March at 14:00 in chambers; please confirm that suits the client.||lerato||q]]""",
            cc=["sithole", "thandi"],
        ),
        R(
            "lerato",
            ["mandla"],
            "03-11 08:05",
            """Thanks Mandla, Thursday 18 March at 14:00 is confirmed with Mr Mahlangu.
[[Thandi will drop the consultation bundle at chambers by Monday.||thandi|2027-03-15|com]]""",
            cc=["sithole", "thandi"],
        ),
    ),
    # The other side's letter: "within 7 court days" skips the weekend and the Human Rights Day holiday.
    T(
        "needs_reply",
        Msg(
            "kobus",
            ["lerato"],
            "03-15 16:05",
            """Dear Ms Dlamini

MAHLANGU CIVILS (PTY) LTD / HIGHVELD HEIGHTS DEVELOPMENTS (PTY) LTD

1. We confirm that we act for the defendant. Our client's notice of intention to defend was served on your
offices this morning.
2. [[Please advise whether your client will agree to postpone the mediation set down for 24 March 2027.||lerato||q]]
3. [[We further request that your client furnish the payment certificates referred to in paragraph 9 of the
particulars of claim within 7 court days of this letter.||lerato|2027-03-25|req]]

We look forward to hearing from you.

Yours faithfully""".replace("the\nparticulars", "the particulars"),
            cc=["marelize"],
            subj="Mahlangu Civils / Highveld Heights - your ref LD/MAH/0044",
        ),
    ),
    # Two To recipients, nobody named: the bullets are Lerato's; Thandi's partial answer and promise leave it open.
    T(
        "needs_reply",
        Msg(
            "riana",
            ["lerato", "thandi"],
            "03-12 14:30",
            """Hi both

As requested, attached are payment certificates 1 to 7 for the Highveld job. Please revert on the
following before the long weekend, as Bongani is on site in Polokwane from the 23rd:
- [[Do you need the original signed certificates or are scans fine?||lerato|2027-03-19|q]]
- [[Must we include the retention invoices as well?||lerato|2027-03-19|q]]
- [[When will the draft affidavit be ready for Bongani to read?||lerato|2027-03-19|q]]

Regards""",
            subj="Highveld - payment certificates",
            sig=True,
        ),
        R(
            "thandi",
            ["riana"],
            "03-12 16:10",
            """Hi Riana

Thank you. Scans are fine for now; we will only need the originals at trial.
[[Lerato will come back to you on the retention invoices and the affidavit.||lerato||com]]""",
            cc=["lerato"],
        ),
    ),
    # Internal task list to the paralegal: her promise is not the work.
    T(
        "awaiting_them",
        Msg(
            "lerato",
            ["marelize"],
            "03-11 07:55",
            """Marelize, for Highveld please do the following by Wednesday the 17th:
- [[index and paginate the pleadings bundle||marelize|2027-03-17|req]]
- [[upload it to CaseHub under the correct section||marelize|2027-03-17|req]]
- [[diarise the dies for the plea||marelize|2027-03-17|req]]

Shout if anything is unclear.""",
            subj="Highveld - bundle",
        ),
        R(
            "marelize",
            ["lerato"],
            "03-11 17:30",
            """[[I'll have the index done by Friday.||marelize|fri|com]] I can only upload and diarise once the
notice of intention to defend is in.""",
        ),
    ),
    # Partner on his phone at dawn: cover a pre-trial today.
    T(
        "needs_reply",
        Msg(
            "pieter_m",
            ["lerato"],
            "03-16 06:52",
            """[[can you cover the Botha pre-trial at 10 today, i'm stuck in Durban||lerato|today|req]]
file is on my desk
[[let me know asap||lerato||q]]""",
            subj="Botha",
        ),
    ),
    # The candidate attorney wants a review and sign-off.
    T(
        "needs_reply",
        Msg(
            "thandi",
            ["lerato"],
            "03-15 15:40",
            """Hi Lerato

I have finished the draft particulars of claim in Dube v Ekurhuleni Plant Hire.
[[Please could you review them before I send them to the client tomorrow?||lerato|2027-03-16|req]]
[[Are you happy for me to sign the covering letter on your behalf?||lerato||appr]]

Thank you!""",
            subj="Dube - draft POC",
        ),
    ),
    # Trust accounts: a question dated by its neighbour, and an approval.
    T(
        "needs_reply",
        Msg(
            "faith",
            ["lerato"],
            "03-15 12:00",
            """Hi Lerato

The trust reconciliation shows three unallocated deposits with your initials on them:
1. R15 000.00 on 2 March, reference "MAHL"
2. R2 300.00 on 5 March, no reference
3. R38 900.00 on 9 March, reference "ZULU TRANSFER"

[[Can you tell me which matters these belong to?||lerato|2027-03-18|q]] I need to allocate them by Thursday
the 18th, as the auditors come in on the 19th.

[[Please also approve the attached transfer of R4 500.00 from trust to business for your Mokoena fees.||lerato||appr]]""",
            subj="Trust recon - unallocated deposits",
        ),
    ),
    # A bounce (no In-Reply-To) never answers.
    T(
        "awaiting_them",
        Msg(
            "lerato",
            ["hennie_typo"],
            "03-12 08:50",
            """Morning Hennie

[[Please could you send me your valuation of the final account on the Highveld project by Wednesday?||hennie_typo|wed|req]]
Counsel wants it for the consultation on Thursday.""",
            cc=["riana"],
            subj="Highveld - final account valuation",
        ),
        Msg(
            "daemon",
            ["lerato"],
            "03-12 08:51",
            """This is the mail system at host mx1.kgosivanwyk.test.

I'm sorry to have to inform you that your message could not be delivered to one or more recipients.

<hennie@krugerqs.test>: host mx.krugerqs.test said: 550 5.1.1 User unknown""",
            subj="Undelivered Mail Returned to Sender",
            reply=0,
            quote=None,
            refs=False,
            report=(
                "delivery-status",
                "Reporting-MTA: dns; mx1.kgosivanwyk.test\n\nFinal-Recipient: rfc822; hennie@krugerqs.test\n"
                "Action: failed\nStatus: 5.1.1",
            ),
        ),
    ),
    # Approval asked of the senior director and not yet given.
    T(
        "awaiting_them",
        Msg(
            "lerato",
            ["pieter"],
            "03-15 16:30",
            """Pieter

[[May I write off R3 200.00 on the Pretorius account?||pieter||appr]] They are pensioners and most of the
extra time went on the bank's mistake with the cancellation figures.""",
            subj="Pretorius - write-off",
        ),
    ),
    # Approval asked and granted; closed by thanks.
    T(
        "none",
        Msg(
            "lerato",
            ["pieter"],
            "03-09 13:00",
            """Pieter, Mokoena Holdings has offered R450 000 in full and final settlement of the lease claim.
[[Are you happy for me to accept it and sign the settlement agreement on the firm's behalf?||pieter||appr]]""",
            subj="Mokoena - settlement offer",
        ),
        R(
            "pieter",
            ["lerato"],
            "03-09 15:45",
            "[[Approved, go ahead and sign.||lerato||appr]] Good result for the client.",
        ),
        R("lerato", ["pieter"], "03-09 15:50", "Thanks!", sig=False),
    ),
    # The clerk's "just now" promise has no date and is not the fee note.
    T(
        "awaiting_them",
        Msg(
            "lerato",
            ["mandla"],
            "03-11 14:10",
            """Hi Mandla

[[Please send Adv. Sithole's fee note for the January opposed motion (Mokoena v Rand Lease) by month-end.||mandla|eom|req]]
The client wants to settle everything before its financial year closes.""",
            subj="Fee note - Mokoena v Rand Lease",
        ),
        R("mandla", ["lerato"], "03-11 15:02", "[[Will send it just now.||mandla||com]]"),
    ),
]
