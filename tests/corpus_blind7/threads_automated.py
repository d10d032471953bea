"""Machines and the things around them: customs, port, tracking, e-signature, tickets, bounces, receipts."""

from __future__ import annotations

from corpus_kit.mailgen import Msg, Person, R, T

Person("tomasz_typo", "Tomasz Kowalczyk", "tomasz.kowalczyk@wislamagazyn.test", client="gmail")

ICS = (
    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN\r\n"
    "METHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:or-2027-01-14-waalhaven@noordkade.test\r\n"
    "DTSTAMP:20270105T090000Z\r\nDTSTART;TZID=W. Europe Standard Time:20270114T140000\r\n"
    "DTEND;TZID=W. Europe Standard Time:20270114T160000\r\nSUMMARY:OR-vergadering - reorganisatie "
    "Waalhaven\r\nLOCATION:Maaskade 140\\, zaal Nieuwe Maas\r\n"
    "ORGANIZER;CN=Ingrid Smits:mailto:ingrid.smits@noordkade.test\r\n"
    "ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:femke.hoogendijk@noordkade.test\r\n"
    "END:VEVENT\r\nEND:VCALENDAR\r\n"
)

THREADS = [
    T(
        "none",
        Msg(
            "douane",
            ["me"],
            "01-05 06:12",
            "DouaneConnect - status update\n\nDeclaration MRN 27NL0003D1234567A8\nDeclarant: Noordkade "
            "Logistics B.V.\nStatus: SELECTED FOR DOCUMENT CHECK\n\nPlease upload the commercial invoice and "
            "the packing list within 2 working days via the DouaneConnect portal. If the documents are not "
            "received by 07-01-2027 the goods will remain under customs supervision.\n\n"
            "This is an automatically generated message. Do not reply to this email.",
            subj="[DouaneConnect] MRN 27NL0003D1234567A8 - documents requested",
            headers={"Auto-Submitted": "auto-generated"},
        ),
    ),
    T(
        "none",
        Msg(
            "portcs",
            ["me", "ops"],
            "01-05 22:47",
            "MAASPORT PCS ALERT\n\nVessel: KATTEGAT SPIRIT (IMO 9555017)\nEvent: ETA CHANGED\n"
            "Old ETA: 06-01-2027 14:00 CET\nNew ETA: 07-01-2027 03:30 CET\nBerth: Waalhaven Z 5\n\n"
            "Please check your pre-arrival notifications and update the dangerous goods declaration if "
            "needed.\n\nYou receive this alert because you subscribed to vessel events. Manage alerts at "
            "https://pcs.maasport-pcs.test/alerts",
            subj="PCS alert: ETA change KATTEGAT SPIRIT",
            headers={"Auto-Submitted": "auto-generated", "Precedence": "bulk"},
        ),
    ),
    T(
        "none",
        Msg(
            "track",
            ["me"],
            "01-04 07:05",
            "Your shipment NTR-884120-NL is on its way.\n\nCurrent status: Departed hub Venlo, 04.01.2027 "
            "06:41\nExpected delivery: Thursday 07.01.2027 between 09:00 and 13:00\n\n"
            "Will you not be at home? Change your delivery date at https://nordtrack.test/NTR-884120-NL\n\n"
            "NordTrack B.V. - this mailbox is not monitored.",
            subj="Your shipment NTR-884120-NL is on its way",
            fmt="html",
        ),
    ),
    T(
        "none",
        Msg(
            "sign",
            ["me"],
            "01-04 15:52",
            'Brandon Kessler has signed "Amendment No. 2 to Master Services Agreement".\n\n'
            "All parties have now signed. Review and download the completed document from your SignVault "
            "account within 30 days.\n\nPlease do not share this email; it contains a secure link.\n\n"
            "SignVault - electronic signatures",
            subj="Completed: Amendment No. 2 to Master Services Agreement",
            headers={"Auto-Submitted": "auto-generated"},
        ),
    ),
    T(
        "none",
        Msg(
            "news",
            ["me"],
            "01-05 07:00",
            "MARITIME LAW WEEKLY - 5 January 2027\n\n"
            "Rotterdam Rules: will 2027 finally be the year?\n"
            "Court of Appeal clarifies the time bar for misdelivery claims\n"
            "Sanctions update: what changes for feeder operators on 1 February\n\n"
            "Register now for our webinar on 21 January. Why not forward this issue to a colleague?\n\n"
            "You receive this newsletter because you subscribed. Unsubscribe here.",
            subj="Maritime Law Weekly - 5 January 2027",
            fmt="html",
            headers={"List-Unsubscribe": "<https://maritimelawweekly.test/unsub>", "Precedence": "bulk"},
        ),
    ),
    # Works-council meeting invitation (calendar): no asks.
    T(
        "none",
        Msg(
            "hr",
            ["me", "pieter"],
            "01-05 10:00",
            "OR-vergadering / works council meeting on the reorganisation of the Waalhaven warehouse.\n\n"
            "Agenda: 1. opening, 2. advice request Waalhaven, 3. shift rules, 4. any other business.\n\n"
            "Please accept or decline so that the secretary knows who attends.",
            subj="Uitnodiging: OR-vergadering - reorganisatie Waalhaven",
            ics=ICS,
            sig=False,
        ),
    ),
    # Ticket: an automatic acknowledgement does not answer.
    T(
        "awaiting_them",
        Msg(
            "me",
            ["desk"],
            "01-05 11:05",
            "Hello,\n\n[[Please give Sanne Bakker read access to the contract register "
            "(Legal/Contracts/2027) "
            "before 11 January.||desk|2027-01-11|req]]\n\nThank you,",
            subj="Access contract register for Sanne Bakker",
        ),
        R(
            "desk",
            ["me"],
            "01-05 11:06",
            "Dear Femke Hoogendijk,\n\nYour request has been registered as ticket NK-48213 (priority: "
            "normal). "
            "We aim to respond within 2 business days.\n\nTo add information, reply to this email and keep "
            "the ticket number in the subject.\n\nNoordkade ServiceDesk",
            subj="[NK-48213] Access contract register for Sanne Bakker",
            quote=None,
            headers={"Auto-Submitted": "auto-replied"},
        ),
    ),
    # A bounce on a mistyped address: still waiting.
    T(
        "awaiting_them",
        Msg(
            "me",
            ["tomasz_typo"],
            "01-05 15:40",
            "Dear Tomasz,\n\n[[Could you confirm the date of the joint inspection at handover, latest Monday?"
            "||tomasz_typo|mon|q]]\n\nKind regards,",
            subj="Gdynia handover - inspection date",
        ),
        Msg(
            "postmaster",
            ["me"],
            "01-05 15:41",
            "This is the mail system at host mx1.noordkade.test.\n\nI'm sorry to have to inform you that "
            "your "
            "message could not be delivered to one or more recipients.\n\n"
            "<tomasz.kowalczyk@wislamagazyn.test>: host not found: wislamagazyn.test",
            subj="Undelivered Mail Returned to Sender",
            refs=False,
            report=(
                "delivery-status",
                "Reporting-MTA: dns; mx1.noordkade.test\n\nFinal-Recipient: rfc822; "
                "tomasz.kowalczyk@wislamagazyn.test\nAction: failed\nStatus: 5.1.2",
            ),
        ),
    ),
    # A read receipt: still waiting.
    T(
        "awaiting_them",
        Msg(
            "me",
            ["kasia"],
            "01-04 14:10",
            "Kasia,\n\n[[Please send me the signed annex 3 to the Gdynia trucking contract by wk 2."
            "||kasia|2027-01-11|req]] The old one expired on 31 December.\n\nThanks,",
            subj="Annex 3 trucking Gdynia",
        ),
        R(
            "kasia",
            ["me"],
            "01-04 14:32",
            "Your message\n\n  To: Katarzyna Nowak\n  Subject: Annex 3 trucking Gdynia\n\nwas read on "
            "04.01.2027 14:32.",
            subj="Read: Annex 3 trucking Gdynia",
            quote=None,
            sig=False,
            report=(
                "disposition-notification",
                "Reporting-UA: Microsoft Outlook 16.0\nFinal-Recipient: rfc822; "
                "katarzyna.nowak@noordkade.test\nDisposition: manual-action/MDN-sent-manually; displayed",
            ),
        ),
    ),
]
