# ruff: noqa: E501  (mail bodies keep one paragraph per line so every labelled sentence stays verbatim)
"""Commercial contracts: a Singapore distributor, a US SaaS vendor, sales NDAs, an Indian IT supplier, a CC storm.

Asks are marked inline as [[sentence||owner|due|kind]]; due tokens are read against the message's own local date
(see mailgen.resolve_due).
"""

from corpus_kit.mailgen import Msg as M
from corpus_kit.mailgen import R, T

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"

THREADS = [
    # A distributor asks in Singapore time; the follow-up arrives header-less and 'tomorrow' is Singapore's.
    T(
        "needs_reply",
        M(
            "meiling",
            ["niamh"],
            "10-28 16:40",
            cc=["declan"],
            subj="Straitsway / Calderbrook – distribution agreement renewal 2026",
            attach=[("Straitsway sales 2024.pdf", "application/pdf")],
            body="""Dear Niamh,

Hope you are keeping well. Thank you for sending the renewal draft last week; our management has now reviewed it.

Overall we are comfortable with the commercial terms. [[I was wondering whether Calderbrook would consider extending our exclusive territory to cover Malaysia as well, since we already service two Malaysian retailers from our Johor warehouse.||niamh||q]] The sales figures for 2024 are attached for your reference.

[[Would you mind sending us the updated draft by end of next week?||niamh|eonw|req]] Our board meets on 10 November and would like to see the final wording before then.""",
        ),
        R(
            "declan",
            ["niamh"],
            "10-28 09:55",
            body="""[[niamh can u pick this up, malaysia is fine from a sales pov but check w rupert first||niamh||req]]""",
        ),
        M(
            "meiling",
            ["niamh"],
            "10-30 07:10",
            cc=["declan"],
            subj="RE: Straitsway / Calderbrook – distribution agreement renewal 2026",
            refs=False,
            quote=None,
            body="""Dear Niamh,

Sorry to write again before you have replied. Two more points from our finance team:

1. [[Kindly advise whether the 2026 price list can be annexed to the agreement rather than sent separately each year.||niamh||q]]
2. [[Please also confirm if the governing law can remain Singapore law as in the current agreement.||niamh||q]]

[[I will send our comments on the marketing fund clause tomorrow.||meiling|tomorrow|com]]""",
        ),
    ),
    # A numbered list under a message-level deadline; a partial answer and a promise are not an answer.
    T(
        "awaiting_them",
        M(
            "niamh",
            ["brandon"],
            "10-21 15:00",
            subj="Calderbrook / Lumora – MSA and DPA mark-up",
            attach=[
                ("Lumora MSA - Calderbrook mark-up 21.10.25.docx", DOCX),
                ("Lumora DPA - Calderbrook mark-up 21.10.25.docx", DOCX),
            ],
            body="""Brandon,

Thanks for the call on Friday. Please find attached our mark-up of the MSA and the DPA.

Most of the changes are tidy-up. It would be great to have your response on the following points by Friday 31 October, which is when our budget sign-off closes:

1. [[a cap of 3% per year on the renewal uplift in clause 7.4||brandon|2025-10-31|req]]
2. [[the location of any support personnel who can access production data||brandon|2025-10-31|q]]
3. [[the sub-processor list attached as Annex 3, rather than linked from your website||brandon|2025-10-31|req]]

Kind regards,""",
        ),
        R(
            "brandon",
            ["niamh"],
            "10-22 08:15",
            body="""Hi Niamh,

Thanks for turning this around so quickly. I've looped in our privacy team on item 2. [[I'll get you our position on the rest early next week.||brandon|nextweek|com]]""",
        ),
        R(
            "brandon",
            ["niamh"],
            "10-27 17:30",
            body="""Niamh,

Quick update as promised. On the uplift, the best we can do is 5%. Annex 3 is fine as proposed.

Item 2 is still with our privacy team. [[I should have an answer for you within 48 hours.||brandon|2025-10-29|com]]""",
        ),
        R(
            "niamh",
            ["brandon"],
            "10-28 10:05",
            body="""Brandon,

Thanks. 5% is more than our finance team will accept for a three-year term. [[Would you meet us at 4%?||brandon||q]]

Happy to jump on a call w/c 3 Nov if that's easier to close out.""",
        ),
    ),
    # Two unrelated threads share the subject "NDA" (this one and the next).
    T(
        "needs_reply",
        M(
            "declan",
            ["niamh"],
            "10-27 08:02",
            subj="NDA",
            body="""hi niamh

[[need an nda for harrowgate living before their visit on the 6th||niamh|2025-11-06|req]]
[[can u send me our template so i can fill in the details||niamh||req]]""",
        ),
        R(
            "niamh",
            ["declan"],
            "10-27 09:30",
            attach=[("Calderbrook mutual NDA template v4.docx", DOCX)],
            body="""Declan,

[[Template attached, but please don't fill it in yourself.||declan||req]] [[Could you send me Harrowgate's full company name and registered address?||declan||q]] [[I'll get the NDA out to them as soon as I have those.||niamh||com]]""",
        ),
        R(
            "declan",
            ["niamh"],
            "10-27 10:14",
            body="""harrowgate living ltd, 2 mill lane, skipton bd23 1aa. thx""",
        ),
    ),
    T(
        "none",
        M(
            "hattie",
            ["niamh"],
            "10-28 11:20",
            subj="NDA",
            body="""Hi Niamh,

The mutual NDA with Pelham Robotics came back signed through DocuSign this morning. I've saved it to the contracts register (CR-1187) and set a reminder for its expiry on 28 October 2027.

Nothing needed from you.""",
        ),
        R("niamh", ["hattie"], "10-28 11:26", body="""Thanks Hattie!"""),
    ),
    # CC storm: the user is only copied; the asks are between other people.
    T(
        "none",
        M(
            "declan",
            ["meiling"],
            "10-27 07:40",
            cc=["niamh", "gareth", "anneliese"],
            subj="Q4 shipments – Straitsway",
            body="""hi mei ling

[[can you share the revised eta for the november containers?||meiling||q]] our retail customers keep asking

thx""",
        ),
        R(
            "meiling",
            ["declan"],
            "10-27 17:05",
            cc=["niamh", "gareth", "anneliese"],
            body="""Dear Declan,

The vessel is held at Port Klang because of congestion, so the November containers will be about ten days late. [[We will confirm the revised ETA by Friday.||meiling|fri|com]]

[[Gareth, could your team keep the pallet bookings at Tilbury open for now?||gareth||req]]""",
        ),
        R("gareth", ["meiling"], "10-27 09:40", cc=["declan", "niamh", "anneliese"], body="""Will do."""),
        R(
            "anneliese",
            ["declan"],
            "10-27 11:10",
            cc=["meiling", "gareth", "niamh"],
            body="""[[Declan, please make sure the credit note for the September shortfall is raised before month end.||declan|eom|req]]""",
        ),
        R(
            "declan",
            ["anneliese"],
            "10-27 11:32",
            cc=["meiling", "gareth", "niamh"],
            body="""[[will sort it today||declan|today|com]]""",
        ),
    ),
    # Supplier due diligence from Bengaluru: bullets under a deadline, a conditional promise, an open promise.
    T(
        "awaiting_them",
        M(
            "niamh",
            ["deepa"],
            "10-20 10:30",
            subj="Supplier due diligence – HR data hosting",
            body="""Dear Deepa,

As part of our onboarding of Kaveri for the HR data hosting work, could you please send me the following by Friday 24 October:

- [[your current ISO 27001 certificate||deepa|2025-10-24|req]]
- [[your latest SOC 2 Type II report||deepa|2025-10-24|req]]
- [[a list of the sub-processors who may access our employee data||deepa|2025-10-24|req]]

Many thanks,""",
        ),
        R(
            "deepa",
            ["niamh"],
            "10-21 11:05",
            attach=[
                ("Kaveri ISO 27001 certificate.pdf", "application/pdf"),
                ("Kaveri mutual NDA.pdf", "application/pdf"),
            ],
            body="""Dear Niamh,

Good day. Please find attached our ISO 27001 certificate, valid till March 2027.

For the SOC 2 report, as per our policy it can be shared only under NDA. [[Kindly sign the attached NDA and return to us.||niamh||req]] [[Once received we will share the report on same day.||deepa||com]]

[[Regarding sub-processor list, I am checking with our DPO and will revert.||deepa||com]]""",
        ),
        R(
            "niamh",
            ["deepa"],
            "10-21 12:10",
            attach=[("Kaveri mutual NDA - signed.pdf", "application/pdf")],
            body="""Dear Deepa,

Signed NDA attached. Thank you.""",
        ),
        R(
            "deepa",
            ["niamh"],
            "10-22 10:40",
            body="""Dear Niamh,

Thank you for the signed NDA. [[Our compliance team will share the SOC 2 report with you shortly.||deepa||com]]""",
        ),
    ),
]
