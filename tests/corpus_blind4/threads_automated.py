# ruff: noqa: E501  (mail bodies keep one paragraph per line, as mail clients send them)
"""Automated mail: nothing here is an ask, whatever it says. Plus a bounce that leaves Claire waiting."""

from corpus_kit.mailgen import Msg, R, T

AUTO = {"Auto-Submitted": "auto-generated", "Precedence": "bulk"}

ICS = """BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
ORGANIZER;CN="Kevin O'Rourke":mailto:korourke@brandtkessler.test
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:claire.desrosiers@lindenhallpryce.test
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:tgoldfarb@halvorsenbrands.test
DTSTART;TZID=Central Standard Time:20261110T100000
DTEND;TZID=Central Standard Time:20261110T110000
SUMMARY:Project Granite - US/Canada RIF sync
UID:040000008200E00074C5B7101A82E0080000000012BF4F7A
LOCATION:Teams
END:VEVENT
END:VCALENDAR
"""

THREADS = [
    T(
        "none",
        Msg(
            "efile",
            ["claire"],
            "11-03 14:02",
            """ONTARIO COURTS E-FILING - FILING ACCEPTED

Court file no.: CV-26-00714533-0000
Title of proceeding: Tran v. Northhaven Logistics Inc.
Document: Notice of Motion (returnable November 26, 2026)
Filed by: Claire Desrosiers, Lindenhall Pryce LLP
Status: ACCEPTED on November 3, 2026 at 2:02 PM

Please serve the accepted document on all parties and file proof of service at least 7 days before the return date. Confirm your motion record is complete before the hearing.

This is an automated message. Do not reply to this e-mail.""",
            subj="Filing accepted - CV-26-00714533-0000 - Notice of Motion",
            headers=AUTO,
            sig=False,
        ),
    ),
    T(
        "none",
        Msg(
            "payroll",
            ["claire"],
            "11-04 06:00",
            """PayWell Payroll - Action required

Hello Claire,

Your 2026 year-end tax slip consent is still pending. Please log in to PayWell and confirm your electronic delivery preference by November 13, 2026. Can't remember your password? Use the "Forgot password" link on the sign-in page.

Your pay statement for the period ending October 31 is now available.

This mailbox is not monitored.""",
            subj="Action required: confirm your tax slip delivery preference",
            headers=AUTO,
            sig=False,
        ),
    ),
    T(
        "none",
        Msg(
            "newsletter",
            ["claire"],
            "11-02 07:00",
            """Employment Law Brief - November 2026

This week:
- Court of Appeal narrows "for cause" language in termination clauses
- Quebec tribunal awards moral damages for a botched investigation
- Pay transparency in Ontario: are you ready for January 1?

Webinar: Year-end termination clinic, Thursday, November 19 at noon ET.
- Register now to save your seat
- Send us your questions in advance by November 16

You are receiving this because you subscribed at employmentlawbrief.test. Unsubscribe or update your preferences at any time.""",
            subj="This week in the Employment Law Brief",
            headers={
                "List-Unsubscribe": "<mailto:unsubscribe@employmentlawbrief.test>",
                "Precedence": "bulk",
            },
            sig=False,
        ),
    ),
    T(
        "none",
        Msg(
            "kevin_cal",
            ["claire", "tamara"],
            "11-04 16:30",
            """Project Granite - US/Canada RIF sync
Tuesday, November 10, 2026, 10:00 AM - 11:00 AM Central

Please accept so I can send the dial-in and the agenda. Come ready to walk through the headcount by site.

Microsoft Teams meeting
Join on your computer, mobile app or room device""",
            subj="Invitation: Project Granite - US/Canada RIF sync @ Tue Nov 10, 2026 10am - 11am (CST)",
            ics=ICS,
            sig=False,
        ),
    ),
    T(
        "none",
        Msg(
            "tat",
            ["claire"],
            "10-30 08:00",
            """TRIBUNAL ADMINISTRATIF DU TRAVAIL - AVIS DE CONVOCATION

Dossier : CM-2026-4471
Parties : Bélanger c. Aliments Château-Vert inc.

Vous êtes convoqué(e) à une audience le vendredi 20 novembre 2026 à 9 h 30, salle 4.12, Montréal.
Veuillez confirmer la présence de vos témoins au plus tard 10 jours avant l'audience.
Toute demande de remise doit être présentée par écrit dans les meilleurs délais.

Ce message est généré automatiquement. Merci de ne pas y répondre.""",
            subj="Avis de convocation - dossier CM-2026-4471",
            headers=AUTO,
            sig=False,
        ),
    ),
    # Claire's ask went to a mistyped address and bounced: nobody has answered.
    T(
        "awaiting_them",
        Msg(
            "claire",
            ["colleen_typo"],
            "11-03 13:05",
            """Hi Colleen,

[[Could you send me the signed retainer for the handbook review when you get a chance?||colleen_typo||req]] Our accounts team needs it before I can bill the first stage.""",
            subj="Prairie Grain - retainer",
        ),
        R(
            "daemon",
            ["claire"],
            "11-03 13:05",
            """This is the mail system at host mx2.lindenhallpryce.test.

I'm sorry to have to inform you that your message could not be delivered to one or more recipients.

<colleen.dyck@prairiegrain.test>: host mx.prairiegrain.test said: 550 5.1.1 User unknown""",
            subj="Undelivered Mail Returned to Sender",
            quote=None,
            sig=False,
            disc=False,
            report=(
                "delivery-status",
                "Reporting-MTA: dns; mx2.lindenhallpryce.test\n\nFinal-Recipient: rfc822; colleen.dyck@prairiegrain.test\n"
                "Action: failed\nStatus: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 User unknown",
            ),
        ),
    ),
]
