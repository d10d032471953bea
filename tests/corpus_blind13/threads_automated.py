"""Automated mail: the court registry, the e-stamp portal, the data room, a newsletter and an invite."""

from __future__ import annotations

from corpus_kit.mailgen import Msg, T

ICS = (
    "BEGIN:VCALENDAR\nMETHOD:REQUEST\nPRODID:Microsoft Exchange Server 2019\nVERSION:2.0\nBEGIN:VEVENT\n"
    "UID:kaveri-srilakshmi-strategy-0413\nDTSTART;TZID=India Standard Time:20270413T110000\n"
    "DTEND;TZID=India Standard Time:20270413T120000\nSUMMARY:Sri Lakshmi - strategy meeting\n"
    "ORGANIZER;CN=Raghav Menon:mailto:raghav.menon@kaverilegal.test\n"
    "ATTENDEE;RSVP=TRUE:mailto:ananya.rao@kaverilegal.test\nLOCATION:Conference Room 2\nEND:VEVENT\n"
    "END:VCALENDAR"
)

NEWSLETTER = (
    "<html><body><h2>LexBrief India - Weekly Disputes Digest</h2>"
    "<p>Will arbitral tribunals ever get the last word on interest? Read our lead story.</p>"
    "<p>Register now for our webinar on emergency arbitration, to be held on 22 April 2027.</p>"
    "<p>Reply to this email to share your views with the editors.</p>"
    '<p><a href="https://lexbrief.test/unsubscribe">Unsubscribe</a></p></body></html>'
)

THREADS = [
    T(
        "none",
        Msg(
            "registry",
            ["me"],
            "04-10 19:30",
            "COMMERCIAL COURT, BENGALURU\nCAUSE LIST FOR TUESDAY, 13.04.2027\nCourt Hall 3\n\n"
            "Item 14   COM.OS 211/2026   Deccan Agro Exports Pvt Ltd v. Halden Shipping Ltd   For Hearing\n"
            "Item 15   COM.AP 18/2027    Sri Lakshmi Textiles Pvt Ltd v. Coromandel Co-op Bank  "
            " For Orders\n\n"
            "Advocates are requested to be present before 10:30 AM. Adjournment requests must be filed by "
            "4:00 PM today.\n\nThis is a system generated e-mail. Please do not reply.",
            subj="Cause List - Court Hall 3 - 13.04.2027",
            headers={"Auto-Submitted": "auto-generated"},
        ),
    ),
    T(
        "none",
        Msg(
            "estamp",
            ["me"],
            "04-09 14:02",
            "Dear User,\nYour e-stamp certificate IN-KA48213390017 for Rs. 1,500.00 (Article "
            "5(j), Agreement) "
            "has been generated successfully.\nPlease print the certificate within 7 days of issue.\n\n"
            "Karnataka e-Stamp Portal - this is an auto-generated message.",
            subj="e-Stamp certificate generated - IN-KA48213390017",
            headers={"Auto-Submitted": "auto-generated"},
        ),
    ),
    T(
        "none",
        Msg(
            "vault",
            ["me"],
            "04-11 09:12",
            "Rachel Tan uploaded 3 documents to the folder 'Project Saffron / 04 Legal DD'.\n"
            "Please review the new documents at your earliest convenience.\n"
            "View folder: https://vaultroom.test/r/saffron/04\n\nYou are receiving this because "
            "you follow this "
            "folder.",
            subj="[VaultRoom] New documents in Project Saffron",
            headers={"Auto-Submitted": "auto-generated"},
        ),
    ),
    T(
        "none",
        Msg(
            "lexbrief",
            ["me"],
            "04-10 07:00",
            subj="LexBrief Weekly: emergency arbitration, interest and more",
            fmt="html",
            html=NEWSLETTER,
            headers={"List-Unsubscribe": "<https://lexbrief.test/unsubscribe>", "Precedence": "bulk"},
        ),
    ),
    T(
        "none",
        Msg(
            "raghav",
            ["me", "divya"],
            "04-12 08:45",
            "Sri Lakshmi - strategy meeting\nTuesday, 13 April 2027, 11:00-12:00 IST\nConference Room 2",
            subj="Sri Lakshmi - strategy meeting",
            ics=ICS,
            sig=False,
            disc=False,
        ),
    ),
]
