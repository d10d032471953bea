"""The London client selling a Sea Point flat through the Cape Town correspondent, and a few personal threads."""
# ruff: noqa: E501 (mail bodies carry inline [[ask||owner|due|kind]] marks, longer than the lines they render)

from __future__ import annotations

from corpus_kit.mailgen import Msg, R, T

THREADS = [
    # London writes at 17:45 GMT; "end of business tomorrow, UK time" is the 16th.
    T(
        "needs_reply",
        Msg(
            "oliver",
            ["lerato"],
            "03-15 17:45",
            """Dear Lerato

Thank you for Friday's update on the Sea Point flat.

[[Could you let me know by end of business tomorrow, UK time, whether SARS has issued the tax clearance for
the sale?||lerato|2027-03-16|q]] Our accountant is also worried about the withholding tax on a non-resident
seller. [[Is it possible to get a directive reducing it before registration?||lerato||q]]

I shall be in Johannesburg on 29 March for other meetings, in case that is useful.""".replace(
                "for\nthe sale", "for the sale"
            ),
            subj="Bantry Heights - tax clearance",
        ),
    ),
    # The correspondent's out-of-office does not answer; the chase has no In-Reply-To.
    T(
        "awaiting_them",
        Msg(
            "lerato",
            ["jenna"],
            "03-10 10:20",
            """Hi Jenna

Hope the Cape weather is treating you kindly. On Hastings (Section 14, SS Bantry Heights, Sea Point):
[[please lodge the transfer in the Cape Town Deeds Office as soon as the guarantees arrive.||jenna||req]]
[[Can you also send me your pro forma account for the correspondent fees by the 12th?||jenna|2027-03-12|req]]""",
            subj="Hastings - Bantry Heights - lodgement",
        ),
        R(
            "jenna",
            ["lerato"],
            "03-10 10:21",
            """Thank you for your e-mail. I am out of the office until Monday 15 March with limited access to
e-mail. For urgent matters please contact Anele on 021 555 0151.""",
            subj="Automatic reply: Hastings - Bantry Heights - lodgement",
            quote=None,
            sig=False,
            headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
        ),
        Msg(
            "lerato",
            ["jenna"],
            "03-15 08:45",
            """Morning Jenna, welcome back.

[[Just following up on the pro forma account; please send it this week still.||jenna|eow|req]]""",
            subj="RE: Hastings - Bantry Heights - lodgement",
            refs=False,
        ),
    ),
    # The PA sends documents and asks one question; answered and thanked.
    T(
        "none",
        Msg(
            "lerato",
            ["oliver"],
            "03-08 11:15",
            """Dear Oliver

To pass transfer we need your signature on the attached power of attorney.
[[Please sign it before a notary in London, have it apostilled and courier the original to Jenna Williams
in Cape Town by the 19th.||oliver|2027-03-19|req]]
[[Please also send us a certified copy of your passport.||oliver||req]]""".replace(
                "Williams\nin", "Williams in"
            ),
            subj="Bantry Heights - power of attorney",
        ),
        R(
            "nomsa",
            ["lerato"],
            "03-10 09:05",
            """Hello Lerato

Oliver has asked me to send you the certified passport copy, attached. The power of attorney was signed at
the notary yesterday and goes to Cape Town by DHL today.
[[Could you confirm that an apostille from the FCDO is acceptable?||lerato||q]]""",
            cc=["oliver"],
        ),
        R(
            "lerato",
            ["nomsa"],
            "03-10 11:40",
            "Hi Nomsa, yes, the FCDO apostille is exactly what we need. Thank you very much.",
            cc=["oliver"],
        ),
        R("nomsa", ["lerato"], "03-10 10:02", "Wonderful, thank you!", sig=False),
    ),
    # Approval asked of the London client and not yet given.
    T(
        "awaiting_them",
        Msg(
            "lerato",
            ["oliver"],
            "03-15 09:10",
            """Dear Oliver

The buyer's attorneys have asked to extend the date for the guarantees from 19 March to 26 March, because
the bank is behind. Jenna and I see no risk in agreeing.
[[Do you approve the extension to 26 March?||oliver||appr]] [[I'll send the addendum for signature as soon
as I have your go-ahead.||lerato||com]]""".replace("soon\nas", "soon as"),
            cc=["nomsa"],
            subj="Bantry Heights - guarantee extension",
        ),
    ),
    # A WhatsApp-style one-liner from a friend, after small talk.
    T(
        "needs_reply",
        Msg(
            "kea",
            ["lerato"],
            "03-15 12:31",
            """howzit director!! heard the news, is it?? lekker 🎉
how was the Drakensberg?
[[lunch thurs? 🥗||lerato|2027-03-18|q]]""",
            subj="hey",
            fmt="plain",
        ),
    ),
    # CC storm: Lerato is only copied; the asks are between the client's people.
    T(
        "none",
        Msg(
            "bongani",
            ["lucky", "riana", "hennie"],
            "03-11 18:20",
            """Guys

After today's site walk with the Highveld PM:
- [[Lucky, please get the snag list to Hennie by Thursday.||lucky|thu|req]]
- [[Hennie, can you price the remedial work on Block C?||hennie||req]]
- [[Riana, hold back the subbies' retention until Lerato says otherwise.||riana||req]]

Copying Lerato and Thandi so they know.""",
            cc=["lerato", "thandi"],
            subj="Highveld site walk 11/03",
            sig=False,
        ),
        R(
            "lucky",
            ["bongani"],
            "03-11 19:02",
            "[[I'll send the snag list tomorrow afternoon.||lucky|tomorrow|com]]",
            cc=["riana", "hennie", "lerato", "thandi"],
        ),
        R(
            "hennie",
            ["bongani"],
            "03-12 07:40",
            """Morning Bongani. [[I'll price Block C once I have Lucky's list, probably Monday.||hennie|2027-03-15|com]]""",
            cc=["lucky", "riana", "lerato", "thandi"],
        ),
        R(
            "riana",
            ["bongani"],
            "03-12 08:15",
            "Noted, retention is on hold.",
            cc=["lucky", "hennie", "lerato", "thandi"],
            sig=False,
        ),
    ),
    # The client forwards the other side's demand with a note on top; the forwarded demand is not labelled.
    T(
        "needs_reply",
        Msg(
            "riana",
            ["lerato"],
            "03-15 10:48",
            """Lerato, see below from Highveld's attorneys.
[[Can we ignore this or must we respond?||lerato||q]] Bongani says we are not moving off site until we are paid.""",
            fwd={
                "frm": "kobus",
                "to": ["riana"],
                "at": "03-15 09:30",
                "subj": "Notice to vacate - Highveld Heights Phase 2",
                "body": "Dear Ms Steyn\n\nOur client requires your company to vacate the Phase 2 site. "
                "Please confirm by Friday 19 March that your team will be off site by month-end.\n\n"
                "Yours faithfully",
            },
        ),
    ),
    # Invitation to the consultation: a calendar message, no asks.
    T(
        "none",
        Msg(
            "mandla",
            ["lerato", "thandi"],
            "03-11 09:00",
            """Consultation: Mahlangu Civils v Highveld Heights
When: Thursday, 18 March 2027 14:00-16:00 (UTC+02:00) Harare, Pretoria
Where: Group 621, 6th floor, Sandton Chambers

Please bring the client and the original payment certificates.""",
            subj="Invitation: Consultation - Mahlangu Civils @ Thu 18 Mar 14:00",
            sig=False,
            ics="BEGIN:VCALENDAR\r\nMETHOD:REQUEST\r\nPRODID:Microsoft Exchange Server 2019\r\nVERSION:2.0\r\n"
            "BEGIN:VEVENT\r\nUID:040000008200E00074C5B7101A82E008000000001D2A\r\nDTSTART:20270318T120000Z\r\n"
            "DTEND:20270318T140000Z\r\nSUMMARY:Consultation - Mahlangu Civils\r\n"
            "LOCATION:Group 621\\, Sandton Chambers\r\n"
            "ORGANIZER;CN=Mandla Zwane:mailto:clerk@group621bar.test\r\n"
            "ATTENDEE;RSVP=TRUE:mailto:lerato.dlamini@kgosivanwyk.test\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
        ),
    ),
]
