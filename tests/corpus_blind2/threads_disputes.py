# ruff: noqa: E501  (mail bodies keep one paragraph per line so every labelled sentence stays verbatim)
"""Disputes: a US letter of claim, a legal hold sent to several people, a debt with a payment plan in Latin-1,
an article with a rhetorical question, and a late-night message sent in the last hour of British Summer Time."""

from corpus_kit.mailgen import Msg as M
from corpus_kit.mailgen import R, T

THREADS = [
    # New York writes in EDT while London is already on GMT; the user consults counsel but owes New York the answer.
    T(
        "needs_reply",
        M(
            "caleb",
            ["niamh"],
            "10-27 16:45",
            subj="Ambridge Home Inc. / Calderbrook – KX-40 kettles",
            body="""Dear Ms. Garrity:

We represent Ambridge Home Inc. in connection with the 3,200 units of the Calderbrook KX-40 electric kettle that Ambridge purchased under purchase order AH-77120 and that have since been returned by retail customers because of thermostat failures. Our client has incurred substantial costs in processing these returns and in responding to customer complaints, and it has had to suspend sales of the product line in 41 stores. [[Please confirm by close of business Friday whether Calderbrook will accept the return of all affected units and issue a full credit.||niamh|fri|q]] [[In the meantime, please ensure that all documents relating to the KX-40 and its thermostat supplier are preserved.||niamh||req]]

Absent a satisfactory response, our client reserves all of its rights and remedies.

Very truly yours,""",
        ),
        M(
            "niamh",
            ["alasdair"],
            "10-28 09:30",
            fwd=0,
            body="""Alasdair,

Letter from Ambridge's US counsel below. [[Could you advise whether the limitation of liability in our standard terms of supply protects us here?||alasdair|thu|q]] I need to reply to Mr Whitlock by Friday, so your view by Thursday would be ideal.""",
        ),
        R(
            "alasdair",
            ["niamh"],
            "10-28 15:10",
            body="""Niamh,

Short answer: probably, but a US buyer's purchase order may well have its own terms, and we'd need to work out which set won. [[Can you send me the PO and any correspondence about which terms applied?||niamh||req]] [[I'll give you a fuller view tomorrow morning.||alasdair|tomorrow|com]]""",
        ),
        R(
            "niamh",
            ["alasdair"],
            "10-28 15:40",
            attach=[
                ("AH-77120 purchase order.pdf", "application/pdf"),
                ("Ambridge order correspondence.pdf", "application/pdf"),
            ],
            body="""PO and the emails attached. Their PO says New York law, ours says English law. Happy days.""",
        ),
        R(
            "alasdair",
            ["niamh"],
            "10-29 10:55",
            attach=[("Ambridge - note on terms and limitation.pdf", "application/pdf")],
            body="""Niamh,

Our note is attached. In short, our terms are likely to have prevailed because Ambridge's order acknowledgement accepted them expressly, so the cap of 100% of the order value should apply. Let me know if you'd like to talk it through before you reply.""",
        ),
    ),
    # Sent to three people with nobody named: unnamed asks belong to the first To recipient.
    T(
        "awaiting_them",
        M(
            "niamh",
            ["declan", "gareth", "kit"],
            "10-28 17:20",
            cc=["rupert"],
            subj="LEGAL HOLD – Ambridge Home / KX-40 kettles",
            body="""All,

Calderbrook has received a letter of claim from Ambridge Home about the KX-40 kettle. Until further notice:

1. [[Do not delete, edit or move any emails, Teams messages or documents relating to the KX-40 or its thermostat supplier.||declan||req]]
2. [[Switch off any auto-delete rules on your mailbox and OneDrive.||declan||req]]
3. [[Kit, please disable the 90-day Teams retention policy for the three of you.||kit||req]]

[[Please reply to confirm you have read and understood this notice by 12 noon on Friday.||declan|fri|req]]""",
        ),
        R("declan", ["niamh"], "10-28 17:48", cc=["gareth", "kit", "rupert"], body="""confirmed"""),
        R(
            "kit",
            ["niamh"],
            "10-29 09:02",
            cc=["declan", "gareth", "rupert"],
            body="""Confirmed. The retention policy is disabled for Declan, Gareth and me as of 08:45 this morning.""",
        ),
    ),
    # 'Within 14 days' of a letter; a conditional promise has no due date; the reply is ISO-8859-1.
    T(
        "needs_reply",
        M(
            "niamh",
            ["harlan"],
            "10-20 09:45",
            subj="Calderbrook Group plc – overdue invoices – letter before action",
            body="""Dear Mr Dyce,

We write about invoices CB-INV-30417, CB-INV-30452 and CB-INV-30488, totalling £46,218.40, which fell due for payment between 31 July and 31 August 2025 and remain unpaid despite several reminders from our credit control team.

[[Please pay the outstanding sum within 14 days of the date of this letter.||harlan|2025-11-03|req]] If payment is not received, we may issue proceedings without further notice and seek interest and costs.

Yours sincerely,""",
        ),
        R(
            "harlan",
            ["niamh"],
            "10-27 11:15",
            charset="iso-8859-1",
            body="""Dear Ms Garrity,

We acknowledge the debt and apologise for the delay. Cash flow has been very tight since we lost our largest contract in the summer.

[[We propose to pay £10,000 now and the balance in six monthly instalments of £6,036.40; would Calderbrook agree to that?||niamh||appr]] [[We can make the first payment within 48 hours of your agreement.||harlan||com]]

Yours sincerely,""",
        ),
        M(
            "niamh",
            ["anneliese"],
            "10-27 11:40",
            fwd=1,
            body="""Anneliese,

Penrose are offering a payment plan, see below. [[Are you OK with six months, or should I push for three?||anneliese||q]]""",
        ),
        R(
            "anneliese",
            ["niamh"],
            "10-28 08:05",
            body="""Three months max, and we want interest at 4% over base on the instalments. [[Please make sure the agreement has an acceleration clause in case they miss a payment.||niamh||req]]""",
        ),
    ),
    # A rhetorical question and an offer are not asks.
    T(
        "none",
        M(
            "alasdair",
            ["niamh"],
            "10-22 08:30",
            subj="Court of Appeal on limitation clauses – worth a read",
            attach=[("CA judgment - limitation clause.pdf", "application/pdf")],
            body="""Niamh,

Thought you'd find the attached Court of Appeal decision interesting: the court upheld a cap of 100% of the annual charges in a standard-terms supply contract, even against a large retailer. Who'd have thought a toaster case would end up in the Court of Appeal?

Let me know if you'd like us to do a short note for your exec team.""",
        ),
        R(
            "niamh",
            ["alasdair"],
            "10-22 09:05",
            body="""Thanks Alasdair, very timely given what's going on with the KX-40!""",
        ),
    ),
    # 'EOD tomorrow' in a neighbouring sentence; a lower-case promise without a date.
    T(
        "awaiting_them",
        M(
            "niamh",
            ["declan"],
            "10-29 10:20",
            subj="Ambridge – KX-40 volumes",
            body="""Declan,

[[Could you confirm how many KX-40s Ambridge ordered in Q3 and Q4 last year?||declan|tomorrow|q]] I need the figures for our reply to their lawyers, so EOD tomorrow at the latest.

Thanks,""",
        ),
        R(
            "declan",
            ["niamh"],
            "10-29 10:41",
            body="""on it. [[will get the numbers from sharon in sales ops||declan||com]]""",
        ),
    ),
    # Sent at 00:40 BST on the Sunday the clocks went back (still Saturday in UTC): 'tmrw' is Monday.
    T(
        "none",
        M(
            "declan",
            ["niamh"],
            "10-26 00:40",
            subj="ambridge",
            body="""[[can we talk tmrw morning about ambridge, their buyer just rang me at home (!!) and threatened to go to the press||niamh|tomorrow|q]]""",
        ),
        R(
            "niamh",
            ["declan"],
            "10-27 07:55",
            body="""Declan,

[[Yes – I'll call you at 9 this morning.||niamh|today|com]] [[Please don't say anything more to their buyer in the meantime.||declan||req]]""",
        ),
        R("declan", ["niamh"], "10-27 08:02", body="""ok 👍"""),
    ),
]
