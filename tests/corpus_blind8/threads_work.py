# ruff: noqa: E501  (mail text and inline ask marks are kept on one line, as the mail shows them)
"""An employer's HR in Houston and its nurse in Manila, an investor in Madrid, a bakery, Luz's to-do list."""

from __future__ import annotations

from corpus_kit.mailgen import Msg, R, T

THREADS = [
    # a CC storm on Marco's EB-3: "can someone" to two, questions left open for Adriana
    T(
        "needs_reply",
        Msg(
            "kim",
            ["me", "derek"],
            "03-02 09:15",
            cc=["marco", "luz", "tanya"],
            subj="Villanueva EB-3 - NVC stage",
            body="""\
Hi all,

Quick update on Marco's EB-3: his priority date is current and the NVC has sent the fee bills.
[[Can someone confirm who pays the immigrant visa fee, Gulfstar or Marco?||me||q]]
[[Derek, please send Adriana the I-140 approval notice and the signed offer letter by Thursday.||derek|thu|req]]
[[Marco, please let us know your expected start date once you have a visa appointment.||marco||q]]

Thanks,""",
        ),
        R(
            "derek",
            ["kim", "me"],
            "03-03 13:05",
            cc=["marco", "luz", "tanya"],
            body="""\
[[I'll send both documents to Adriana tomorrow morning.||derek|tomorrow|com]]""",
        ),
        R(
            "marco",
            ["kim"],
            "03-04 22:30",
            cc=["me", "derek", "luz", "tanya"],
            body="""\
Good day Ma'am Kim,

[[I will inform you of my start date as soon as the embassy gives me a schedule.||marco||com]]
[[Ma'am Adriana, may I ask if my wife and son can be included in the same visa appointment?||me||q]]

Thank you and God bless.""",
        ),
        Msg(
            "derek",
            ["me"],
            "03-04 10:15",
            cc=["kim"],
            subj="RE: Villanueva EB-3 - NVC stage",
            reply=1,
            body="""\
Adriana, attached are the I-140 approval notice and the signed offer letter.""",
            attach=[
                ("I-140_Approval_Villanueva.pdf", "application/pdf"),
                ("Offer_Letter_signed.pdf", "application/pdf"),
            ],
        ),
    ),
    # an invoice approved; a PO number promised without being asked
    T(
        "none",
        Msg(
            "me",
            ["kim"],
            "03-05 09:30",
            subj="Invoice - Villanueva consular stage",
            body="""\
Hi Kim,

Attached is our invoice for the EB-3 consular stage (USD 2,400).
[[Could you approve it so that we can pay the NVC fees on Gulfstar's behalf next week?||kim|nextweek|appr]]""",
            attach=[("Invoice_2027-031.pdf", "application/pdf")],
        ),
        R(
            "kim",
            ["me"],
            "03-05 12:40",
            """\
[[Approved, go ahead and pay the fees.||me||appr]]
[[I'll send the PO number on Monday.||kim|mon|com]]""",
        ),
    ),
    # HR wants a call first thing Monday
    T(
        "needs_reply",
        Msg(
            "kim",
            ["me"],
            "03-05 15:10",
            cc=["derek"],
            subj="H-1B cap list",
            body="""\
Hi Adriana,

Registration opens soon and we have six nurses and two physical therapists on the list.
[[Do you have 30 minutes first thing Monday to go over our H-1B cap list?||me|mon|q]]
[[Our legal team would also like a one-page summary of the new registration fee before the call.||me|mon|req]]
[[Derek will send you the candidate spreadsheet tonight.||derek|today|com]]

Have a good weekend,""",
        ),
    ),
    # the nurse in Manila writes directly: dates that are not deadlines
    T(
        "needs_reply",
        Msg(
            "marco",
            ["me"],
            "03-06 09:40",
            subj="NBI clearance question",
            body="""\
Good day Ma'am Adriana,

The NVC checklist asks for my NBI clearance.
[[Should I get the one for travel abroad or the local employment one?||me||q]]
I worked in Riyadh from June 2019 to August 2021, so I also need the Saudi police certificate.
[[I will send the Saudi police certificate by next week.||marco|nextweek|com]]

Thank you po.""",
        ),
    ),
    # the investors in Madrid, their CPA in Coral Gables
    T(
        "awaiting_them",
        Msg(
            "sofia",
            ["me"],
            "03-04 19:30",
            cc=["hector"],
            subj="E-2: firmamos el lease!",
            body="""\
Dear Adriana,

We signed the lease for the café in Coral Gables yesterday!
[[Could you tell us what else is missing for the E-2 application?||me||q]]
[[We would also like to know if Héctor can work in the café with the E-2 dependent visa.||me||q]]
We fly to Miami on March 20; [[can we meet on the 22nd at your office?||me|2027-03-22|q]]

Un abrazo,""",
        ),
        R(
            "me",
            ["sofia"],
            "03-05 10:00",
            cc=["hector", "beatriz"],
            body="""\
Dear Sofía and Héctor,

Congratulations on the lease! Please send me these before you fly out on the 20th:
1. [[The wire records showing the investment arriving in the US account||sofia|2027-03-20|req]]
2. [[Proof of the source of the funds, meaning the deed of sale of the apartment in Valencia||sofia|2027-03-20|req]]
3. [[A copy of the signed lease||sofia|2027-03-20|req]]

[[Beatriz, can you prepare the five-year projections for the business plan by the end of next week?||beatriz|eonw|req]]
Yes, Héctor can apply for work authorization once he is admitted as your E-2 spouse.
[[The 22nd works; would 10 a.m. suit you?||sofia||q]]""",
        ),
        R(
            "beatriz",
            ["sofia", "hector"],
            "03-05 14:20",
            cc=["me"],
            body="""\
Hello Sofía and Héctor,

[[I'll have the projections to Adriana by Friday the 12th.||beatriz|2027-03-12|com]]
[[Can you send me the café's signed lease and the contractor's build-out estimate?||sofia||req]]

Best regards,""",
        ),
    ),
    # the bakery owner opens the mail (read receipt) but does not answer
    T(
        "awaiting_them",
        Msg(
            "me",
            ["carlos"],
            "03-03 11:00",
            subj="Óscar - prevailing wage",
            body="""\
Hi Carlos,

The prevailing wage determination for Óscar's position came back at $19.85 per hour.
[[Please confirm that La Ceiba can pay at least that wage when he starts.||carlos||appr]]
[[I also need the bakery's 2025 tax return by this Friday to show the ability to pay.||carlos|fri|req]]""",
        ),
        Msg(
            "carlos",
            ["me"],
            "03-03 18:20",
            reply=0,
            quote=None,
            sig=False,
            subj="Read: Óscar - prevailing wage",
            headers={"Auto-Submitted": "auto-replied"},
            report=(
                "disposition-notification",
                "Reporting-UA: laceibabakery.test; Microsoft Outlook 16.0\n"
                "Final-Recipient: rfc822; carlos@laceibabakery.test\n"
                "Disposition: manual-action/MDN-sent-manually; displayed",
            ),
            body="""\
Your message

To: Carlos Mejía
Subject: Óscar - prevailing wage

was read on Wednesday, March 3, 2027 6:20 PM.""",
        ),
    ),
    # Luz's list for Monday, with a bullet that is only news
    T(
        "needs_reply",
        Msg(
            "luz",
            ["me"],
            "03-05 17:45",
            subj="for Monday",
            body="""\
Adriana, a few things for Monday morning:
- [[Can you sign the G-28s for the Duarte parents?||me|mon|req]]
- [[Do you want the Albornoz engagement letter in Spanish or English||me|mon|q]]
- Mrs. Quintero's employer letter went out today
- [[Should I book the conference room for the Ibarra practice interview on Wednesday?||me|mon|q]]
I'll be in at 9:30 because of the dentist.""",
        ),
    ),
    # a delegated task, done and thanked
    T(
        "none",
        Msg(
            "me",
            ["luz"],
            "03-02 08:20",
            subj="Quintero - fee waiver",
            body="""\
Luz, [[please prepare the fee waiver for Mrs. Quintero's daughter's N-400 by Thursday.||luz|thu|req]] \
[[Use the 2026 poverty guidelines, not the old ones.||luz|thu|req]]""",
        ),
        R("luz", ["me"], "03-03 16:35", "Done, it's in the Quintero folder for your signature."),
        R("me", ["luz"], "03-03 17:02", "Thanks!"),
    ),
    # Jean-Baptiste moved to Brooklyn; an ISO-8859-1 quoted-printable message
    T(
        "none",
        Msg(
            "jb",
            ["me"],
            "03-03 07:50",
            subj="Change of address",
            charset="iso-8859-1",
            cte="quoted-printable",
            fmt="plain",
            body="""\
Good morning Maître Castellanos,

I moved to Brooklyn last month as I told you, my new address is 418 Rogers Ave, Apt 3F.
[[Do I have to change my address with the court and also with USCIS?||me||q]]
[[And my work permit expires in May, when should I renew it?||me||q]]

Merci beaucoup,""",
        ),
        R(
            "me",
            ["jb"],
            "03-03 12:10",
            """\
Bonjour Jean-Baptiste,

Yes, both.
[[I will file the change of address with the court today.||me|today|com]]
[[Please do the USCIS change of address online this week and send me the confirmation.||jb|eow|req]]
You can renew the work permit up to 180 days before it expires, so we can file now.
[[Luz will send you the list of documents for the renewal.||luz||com]]""",
        ),
        R(
            "jb",
            ["me"],
            "03-06 10:14",
            "Done, here is the confirmation of the change of address. Thank you very much.",
            attach=[("AR-11_confirmation.pdf", "application/pdf")],
        ),
    ),
]
