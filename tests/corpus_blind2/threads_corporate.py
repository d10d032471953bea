# ruff: noqa: E501  (mail bodies keep one paragraph per line so every labelled sentence stays verbatim)
"""Corporate and everyday: board papers, a Singapore company secretary who answers inline, Companies House, an
audit request that half-bounces, a terse General Counsel, Los Angeles time, an invitation, an IT ticket."""

from corpus_kit.mailgen import Msg as M
from corpus_kit.mailgen import R, T

BOUNCE_STATUS = """Reporting-MTA: dns; mx1.brunswickaudit.co.uk

Final-Recipient: rfc822; olivia.brandt@brunswickaudit.co.uk
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 <olivia.brandt@brunswickaudit.co.uk>: Recipient address rejected: User unknown
"""

THREADS = [
    # HTML-only; 'no later than' a date, 'for the same deadline', 'Monday 3rd', and a commitment for someone not on the email.
    T(
        "needs_reply",
        M(
            "jonathan",
            ["niamh", "tomasz", "anneliese", "gareth"],
            "10-27 09:40",
            subj="Board papers – 13 November meeting",
            fmt="html",
            body="""Dear all,

Board papers for the meeting on 13 November are due with me no later than 5pm on Wednesday 5 November. [[Please send me your papers in the usual template by then.||niamh|2025-11-05|req]]

[[Niamh, could you also draft the resolution approving the Harlow disposal for the same deadline?||niamh|2025-11-05|req]] [[Tomasz, I'll need the updated litigation register from you by Monday 3rd.||tomasz|2025-11-03|req]]

[[Hattie will circulate the final board pack on Friday 7 November.||hattie|2025-11-07|com]]

Many thanks,""",
        ),
        R(
            "tomasz",
            ["jonathan", "niamh", "anneliese", "gareth"],
            "10-27 10:15",
            body="""Noted. [[I will send the register on Monday.||tomasz|mon|com]]""",
        ),
    ),
    # A ticket acknowledgement is not an answer; the real reply answers inline under '>' quotes.
    T(
        "awaiting_them",
        M(
            "niamh",
            ["jasmine"],
            "10-21 10:00",
            subj="Calderbrook Asia Pte. Ltd. – AGM and annual return",
            body="""Dear Jasmine,

[[Could you please send us the draft directors' resolutions for the Calderbrook Asia AGM by Friday 31 October?||jasmine|2025-10-31|req]]

[[We also need confirmation of the filing deadline for the annual return.||jasmine||q]]

Many thanks,""",
        ),
        R(
            "orchid_desk",
            ["niamh"],
            "10-21 17:01",
            subj="[Ticket #OCS-55817] RE: Calderbrook Asia Pte. Ltd. – AGM and annual return",
            quote=None,
            sig=False,
            headers={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"},
            body="""Dear Client,

Thank you for contacting Orchid Corporate Services. Your email has been received and assigned ticket number OCS-55817. A member of our team will respond within 2 working days.

Please do not reply to this message. To add information, reply to your original email quoting the ticket number.

Orchid Corporate Services Pte. Ltd.""",
        ),
        M(
            "jasmine",
            ["niamh"],
            "10-23 18:30",
            reply=0,
            plain="""Dear Niamh,

Please see our replies below.

> Could you please send us the draft directors' resolutions for the Calderbrook Asia AGM by Friday 31 October?

[[We will send the draft resolutions by next Wednesday.||jasmine|wed|com]]

> We also need confirmation of the filing deadline for the annual return.

The annual return must be filed within 7 months after the financial year end, i.e. by 31 January 2026.

Regards,
Jasmine Koh
Senior Manager, Corporate Secretarial
Orchid Corporate Services Pte. Ltd.""",
        ),
    ),
    # Delivered and thanked; the answer comes header-less.
    T(
        "none",
        M(
            "niamh",
            ["hattie"],
            "10-22 14:10",
            subj="Companies House – two quick things",
            body="""Hattie,

Two things for Companies House when you get a moment:

- [[file the confirmation statement for Calderbrook Trading Limited, which is due on 9 November||hattie|2025-11-09|req]]
- [[update the PSC register for Harlow Estates (No. 2) Limited now that the share transfer has completed||hattie||req]]

Thanks!""",
        ),
        M(
            "hattie",
            ["niamh"],
            "10-23 09:30",
            subj="RE: Companies House – two quick things",
            refs=False,
            quote=None,
            body="""Both done: the CS01 was filed this morning and the PSC register is updated.""",
        ),
        R("niamh", ["hattie"], "10-23 09:41", body="""Brilliant, thank you!"""),
    ),
    # A bounce for the copied address belongs to the thread; the auditor has not answered.
    T(
        "awaiting_them",
        M(
            "niamh",
            ["ciaran"],
            "10-29 15:00",
            cc=["olivia"],
            subj="FY25 year-end legal confirmation letter",
            body="""Dear Ciaran,

[[Ahead of the year-end audit, could you send me the list of matters you'd like covered in this year's legal confirmation letter?||ciaran|2025-11-07|req]] I'd need it by Friday 7 November so that I can circulate it to the business units.

Kind regards,""",
        ),
        R(
            "mailer",
            ["niamh"],
            "10-29 15:01",
            subj="Undelivered Mail Returned to Sender",
            quote=None,
            sig=False,
            disc=False,
            headers={"Auto-Submitted": "auto-replied"},
            report=("delivery-status", BOUNCE_STATUS),
            body="""This is the mail system at host mx1.brunswickaudit.co.uk.

I'm sorry to have to inform you that your message could not be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

<olivia.brandt@brunswickaudit.co.uk>: host mailstore.brunswickaudit.co.uk said: 550 5.1.1 User unknown (in reply to RCPT TO command)""",
        ),
    ),
    # Terse mobile asks from the General Counsel, one without punctuation.
    T(
        "needs_reply",
        M(
            "rupert_ios",
            ["niamh"],
            "10-29 18:40",
            subj="Ambridge",
            unread=True,
            body="""[[Pls give me two lines on our Ambridge exposure before the exec call first thing tomorrow||niamh|tomorrow|req]]""",
        ),
        R(
            "rupert_ios",
            ["niamh"],
            "10-29 18:44",
            unread=True,
            body="""[[And where are we on Penrose?||niamh||q]]""",
        ),
    ),
    # Approval requested 'before the end of the month' in the next sentence; a promise to look is not an answer.
    T(
        "awaiting_them",
        M(
            "niamh",
            ["rupert"],
            "10-28 12:10",
            subj="Ferris Lowe – budget increase for Ambridge",
            body="""Rupert,

Ferris Lowe's estimate for the Ambridge matter up to the end of the pre-action stage is £24,000 plus VAT, which takes us over our £50k annual budget with them. [[Could you approve the increase so that I can sign their updated engagement letter?||rupert|eom|appr]] Ideally before the end of the month, so that it falls in this quarter's forecast.""",
        ),
        R("rupert", ["niamh"], "10-28 19:30", body="""[[I'll look at it tomorrow.||rupert|tomorrow|com]]"""),
    ),
    # Sent on Wednesday evening in Los Angeles, which is already Thursday in London: 'tomorrow our time' is Thursday.
    T(
        "needs_reply",
        M(
            "renata",
            ["niamh"],
            "10-29 17:05",
            subj="Product liability certificate for 2026 + KX-40",
            unread=True,
            body="""Hi Niamh,

Quick one: our insurers need a copy of Calderbrook's product liability insurance certificate for 2026 before they'll renew our policy. [[Could you send it over by EOD tomorrow our time?||niamh|tomorrow|req]]

[[Also, is the KX-40 issue going to affect the US stock we're holding?||niamh||q]] We have about 600 units in our Ontario, CA warehouse.

Thanks so much,""",
        ),
    ),
    # A forwarded invitation with a question on top; answered, with a promise for today.
    T(
        "none",
        M(
            "rupert",
            ["niamh"],
            "10-21 08:20",
            fwd=dict(
                frm="lawsoc",
                to=["rupert"],
                at="10-20 16:00",
                subj="Invitation: In-house Lawyers' Annual Dinner, 20 November",
                sig="",
                body="""Dear Rupert,

You are warmly invited to the In-house Lawyers' Annual Dinner at the Law Society, 113 Chancery Lane, on Thursday 20 November 2025 at 7pm. Please RSVP by 7 November using the link below.

https://lawsociety-events.org.uk/rsvp/ihd2025""",
            ),
            body="""Niamh,

I can't make this one. [[Are you free to go in my place on the 20th?||niamh||q]]""",
        ),
        R(
            "niamh",
            ["rupert"],
            "10-21 09:10",
            body="""Yes, happy to go. [[I'll RSVP today.||niamh|today|com]]""",
        ),
    ),
    # Non-native phrasing: a request as 'I am wondering if', a question with no question mark.
    T(
        "needs_reply",
        M(
            "tomasz",
            ["niamh"],
            "10-30 07:50",
            subj="Vantor Plastics – audit clause",
            unread=True,
            body="""Hi Niamh

I am preparing the new supply contract with Vantor Plastics. [[I am wondering if you could send me the audit rights clause which you used in the Sarvana contract.||niamh||req]] [[Also I need to know if Vantor must sign our supplier code of conduct or their own code is enough||niamh||q]]""",
        ),
    ),
    # An IT ticket: automatic acknowledgement, a fix with a request, closed by thanks.
    T(
        "none",
        M(
            "niamh",
            ["servicedesk"],
            "10-20 08:35",
            subj="VPN keeps dropping on my laptop",
            body="""Hi,

Since Friday's update my VPN connection drops every ten minutes or so, which makes working from home almost impossible. [[Could someone look at this today?||servicedesk|today|req]]

Thanks,""",
        ),
        R(
            "servicenow",
            ["niamh"],
            "10-20 08:36",
            subj="Incident INC0048812 has been opened on your behalf",
            quote=None,
            sig=False,
            headers={"Auto-Submitted": "auto-generated"},
            body="""Hello Niamh Garrity,

Your incident INC0048812 (VPN keeps dropping on my laptop) has been logged with priority 3 - Moderate. Target resolution: 22/10/2025 17:00.

You can view the incident and add comments at https://calderbrook.service-now.com/sp?id=ticket&number=INC0048812. Please do not reply to this email.

Calderbrook IT Service Desk""",
        ),
        M(
            "dominic",
            ["niamh"],
            "10-20 11:50",
            reply=0,
            quote=None,
            subj="RE: VPN keeps dropping on my laptop [INC0048812]",
            body="""Hi Niamh,

I've pushed an updated VPN client to your laptop remotely. [[Please restart your laptop and let me know if the problem comes back.||niamh||req]]""",
        ),
        R("niamh", ["dominic"], "10-20 13:15", body="""Working perfectly now, thanks Dom!"""),
    ),
]
