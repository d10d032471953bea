# ruff: noqa: E501  (mail bodies keep one paragraph per line so every labelled sentence stays verbatim)
"""Privacy: a DSAR through the website form, a transfer addendum from India, a breach over the clock-change weekend,
a works council in Berlin, a read receipt, an out-of-office that sends the user elsewhere."""

from corpus_kit.mailgen import Msg as M
from corpus_kit.mailgen import R, T

OOO = {"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"}

READ_RECEIPT = """Reporting-UA: LO2P265MB5129.GBRP265.PROD.OUTLOOK.COM; Microsoft Exchange Server
Final-Recipient: rfc822;lorna.beckwith@calderbrook.co.uk
Disposition: manual-action/MDN-sent-manually; displayed
"""

THREADS = [
    # A contact-form relay is labelled like the person's own words; replying only to a colleague answers nobody outside.
    T(
        "needs_reply",
        M(
            "website",
            ["niamh"],
            "10-27 08:12",
            subj="[Website enquiry] Data protection – Gavin Trotter",
            sig=False,
            headers={"Reply-To": "Gavin Trotter <gtrotter1975@gmail.com>"},
            body="""A new enquiry was submitted through the Contact Us form on calderbrook.co.uk.

Name: Gavin Trotter
Email: gtrotter1975@gmail.com
Phone: 07700 900127
Topic: Data protection / privacy
Order number: CB-5520193

Message:
I am making a subject access request under Article 15 of the UK GDPR. [[Please send me copies of all the personal data you hold about me, including the recordings of my calls to your customer service team in August.||niamh||req]] [[I would also like to know who you have shared my data with.||niamh||q]] I have been waiting since my complaint in August and I'm not prepared to wait much longer.

--
This message was sent from https://www.calderbrook.co.uk/contact at 27/10/2025 08:11. Do not reply to this email; use the address given above.""",
        ),
        M(
            "niamh",
            ["seun"],
            "10-27 08:50",
            fwd=0,
            body="""Seun,

DSAR below came in through the website form. [[Can you log it and start the searches across Salesforce and the call recording system this week?||seun|eow|req]] The statutory deadline is 27 November.

Thanks,""",
        ),
        R(
            "seun",
            ["niamh"],
            "10-27 10:05",
            body="""Logged as DSAR-2025-041. [[I'll have the first data pull to you by Monday.||seun|mon|com]]""",
        ),
    ),
    # HTML-only numbered questions from Bengaluru under a deadline; an internal exchange; a reminder due 'today itself' in IST.
    T(
        "needs_reply",
        M(
            "anand",
            ["niamh"],
            "10-28 18:40",
            cc=["gareth"],
            subj="International Data Transfer Addendum - Sarvana Components",
            fmt="html",
            body="""Dear Madam,

Greetings from Sarvana Components!

As discussed with Mr. Gareth, we are requested to sign the International Data Transfer Addendum along with the supply agreement. Our legal team has gone through the document and has few queries, kindly revert on below points by Monday, 3rd November:

1. [[Kindly clarify whether the addendum is required at all, as we are only receiving the names and email IDs of your buyers||niamh|2025-11-03|q]]
2. [[Please share the editable Word version so that our team can put their comments||niamh|2025-11-03|req]]
3. [[Request you to confirm the timeline for execution||niamh|2025-11-03|q]]

Thanking you,""",
        ),
        R(
            "gareth",
            ["niamh"],
            "10-28 13:35",
            body="""Niamh – this one's holding up the PO for the Q1 motor order. [[Could you prioritise it and come back to Anand ASAP?||niamh||req]]""",
        ),
        R(
            "niamh",
            ["gareth"],
            "10-28 14:00",
            body="""Gareth,

Will do. Before I reply to Sarvana, [[could you tell me exactly which personal data fields we send them through the supplier portal?||gareth||q]] [[Names and work email addresses only, or phone numbers too?||gareth||q]]""",
        ),
        M(
            "anand",
            ["niamh"],
            "10-30 13:05",
            cc=["gareth"],
            reply=0,
            body="""Dear Niamh,

Gentle reminder on the below. [[Request you to kindly share the Word version today itself, as our legal head is travelling from tomorrow.||niamh|today|req]]""",
        ),
    ),
    # A breach reported on Friday in BST, answered on Saturday, closed on Monday in GMT.
    T(
        "none",
        M(
            "kit",
            ["niamh", "seun"],
            "10-24 17:55",
            cc=["rupert"],
            subj="PayAxis – misdirected payslips (possible personal data breach)",
            body="""Niamh, Seun,

Heads up: PayAxis emailed at 16:30 to say that a batch of October payslips for 14 of our Leeds employees was sent to another of their clients by mistake. The other client has reported it to them and says the file was not opened.

[[Niamh, do we need to report this to the ICO, and if so can you let me know by Sunday evening?||niamh|sun|q]] [[Seun, can you get the list of affected employees from PayAxis?||seun||req]]""",
        ),
        R(
            "niamh",
            ["kit", "seun"],
            "10-25 10:12",
            cc=["rupert"],
            body="""Kit,

Having read PayAxis's note, I think this is reportable: the payslips show salary, NI number and bank details, and we can't be sure the file wasn't opened. [[I'll submit the ICO report by midday Monday.||niamh|mon|com]]

[[Seun, please ask PayAxis to confirm in writing that the other client has deleted the file.||seun||req]]""",
        ),
        R(
            "seun",
            ["niamh", "kit"],
            "10-27 09:20",
            cc=["rupert"],
            attach=[("PayAxis deletion confirmation.pdf", "application/pdf")],
            body="""PayAxis have confirmed the deletion in writing (attached), together with the list of the 14 employees.""",
        ),
        R(
            "niamh",
            ["seun", "kit"],
            "10-27 11:55",
            cc=["rupert"],
            body="""ICO report submitted this morning, reference IC-44102-K7Q3. Thanks both, and thanks Rupert for the quick sign-off over the weekend.""",
        ),
    ),
    # Berlin writes in CEST and then in CET; a time check without a reply deadline has no due date.
    T(
        "needs_reply",
        M(
            "katrin",
            ["niamh"],
            "10-22 09:30",
            subj="Endpoint-Monitoring – Betriebsrat / works council",
            body="""Dear Niamh,

our works council (Betriebsrat) has asked for information about the new endpoint monitoring tool which IT wants to roll out in Berlin. As you know, under German law they have a co-determination right here.

[[Could you please check whether we need a data protection impact assessment before the roll-out on 17 November?||niamh|2025-11-17|q]] [[Also, it would be great if you could join our call with the works council on Tuesday 4th November at 14:00 CET.||niamh|2025-11-04|req]]""",
        ),
        R(
            "niamh",
            ["katrin"],
            "10-23 12:15",
            body="""Dear Katrin,

Thank you. I can join on the 4th. [[Could you send me the vendor's technical description and the draft works agreement before then?||katrin|2025-11-04|req]]

[[I'll come back to you on the DPIA question next week.||niamh|nextweek|com]]""",
        ),
        R(
            "katrin",
            ["niamh"],
            "10-29 08:05",
            attach=[
                ("Technische Beschreibung Endpoint Monitoring.pdf", "application/pdf"),
                ("Entwurf Betriebsvereinbarung.pdf", "application/pdf"),
            ],
            body="""Dear Niamh,

please find attached the technical description and the draft Betriebsvereinbarung. [[Is the DPIA needed or not?||niamh||q]] The chair of the works council asks me every day.

[[The call is moved to 15:00 CET, does this still work for you?||niamh||q]]""",
        ),
    ),
    # A read receipt is not an answer.
    T(
        "awaiting_them",
        M(
            "niamh",
            ["lorna"],
            "10-29 16:10",
            subj="Customer marketing objection – please suppress",
            attach=[("Objection - customer details.pdf", "application/pdf")],
            body="""Hi Lorna,

We've had an objection to direct marketing from a customer; the details are in the attached. [[Please don't forward it to anyone outside the CRM team.||lorna||req]] [[Please suppress her email address in Braze and on the loyalty mailer list by tomorrow morning.||lorna|tomorrow|req]] [[And could you confirm once that's done?||lorna||q]]

Thanks,""",
        ),
        R(
            "lorna",
            ["niamh"],
            "10-29 16:32",
            subj="Read: Customer marketing objection – please suppress",
            quote=None,
            sig=False,
            disc=False,
            fmt="plain",
            report=("disposition-notification", READ_RECEIPT),
            body="""Your message

  To: Lorna Beckwith
  Subject: Customer marketing objection – please suppress
  Sent: 29 October 2025 16:10:00 (UTC+00:00) Dublin, Edinburgh, Lisbon, London

was read on 29 October 2025 16:32:11 (UTC+00:00) Dublin, Edinburgh, Lisbon, London.""",
        ),
    ),
    # An out-of-office names a stand-in; the user forwards to her with the deadline restated.
    T(
        "awaiting_them",
        M(
            "niamh",
            ["aled"],
            "10-28 09:40",
            subj="Call recordings – Gavin Trotter (DSAR-2025-041)",
            body="""Aled,

[[Could your team send me the call recordings from Gavin Trotter's complaint in August (order CB-5520193)?||aled|2025-10-31|req]] It's for a subject access request, so I'd need them by Friday 31 October.""",
        ),
        R(
            "aled",
            ["niamh"],
            "10-28 09:40",
            subj="Automatic reply: Call recordings – Gavin Trotter (DSAR-2025-041)",
            quote=None,
            sig=False,
            disc=False,
            fmt="plain",
            headers=dict(OOO),
            body="""I'm out of the office until Monday 3 November with no access to email. For urgent customer service matters please contact Shauna Kerr (shauna.kerr@calderbrook.co.uk).""",
        ),
        M(
            "niamh",
            ["shauna"],
            "10-28 10:02",
            fwd=0,
            body="""Hi Shauna,

Aled's away until next week. [[Could you help with the request below instead?||shauna|2025-10-31|req]] I need the recordings by Friday 31 October.""",
        ),
    ),
]
