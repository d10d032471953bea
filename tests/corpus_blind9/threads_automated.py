"""Automated mail: deeds lodgement tracker, court e-filing, load-shedding alerts, a bank system, a newsletter.
# ruff: noqa: E501 (mail bodies carry inline [[ask||owner|due|kind]] marks, longer than the lines they render)

Instructions and deadlines in automated mail are not asks, so none of these threads has one.
"""

from __future__ import annotations

from corpus_kit.mailgen import Msg, T

AUTO = {"Auto-Submitted": "auto-generated", "Precedence": "bulk"}

THREADS = [
    T(
        "none",
        Msg(
            "edeeds",
            ["lerato"],
            "03-12 16:02",
            """DEEDS REGISTRY JOHANNESBURG - LODGEMENT TRACKER

Conveyancer: L DLAMINI (KGOSI VAN WYK INC)
Batch: 2027/JHB/0381    Lodged: 04/03/2027
Deed: T000000/2027  Erf 55 Parkhurst

Status: EXAMINED - NOTE RAISED (Section C)

Please attend to the examiner's note and re-lodge within 5 working days, failing which the batch will be
withdrawn. Do not reply to this message; this mailbox is not monitored.""",
            subj="eDeeds: batch 2027/JHB/0381 - examined with note",
            headers=AUTO,
        ),
    ),
    T(
        "none",
        Msg(
            "casehub",
            ["lerato"],
            "03-15 09:14",
            """CaseHub Gauteng: a new document has been filed.

Case: 2027/012345 - Mahlangu Civils (Pty) Ltd v Highveld Heights Developments (Pty) Ltd
Document: Notice of Intention to Defend (Section B, page 14)
Filed by: Nel & Partners Attorneys on 15/03/2027 09:11

Parties are reminded that a plea must be delivered within 20 court days of the notice of intention to defend.
Please log in to CaseHub to view and download the document.

This is an automated notification. Please do not reply.""",
            subj="CaseHub: New document in 2027/012345",
            headers=AUTO,
            fmt="html",
        ),
    ),
    T(
        "none",
        Msg(
            "power",
            ["lerato"],
            "03-14 18:00",
            """PowerWatch: Stage 4 load shedding from 05:00 on Monday 15 March

Your area: Rosebank (City Power Block 7B)
Mon 15 Mar: 08:00 - 10:30 and 16:00 - 18:30
Tue 16 Mar: 14:00 - 16:30

Please charge your devices and switch off geysers before your slot. Schedules may change at short notice.
Manage your alerts in the app.""",
            subj="Load shedding: Stage 4 - Rosebank Block 7B",
            headers=AUTO,
        ),
    ),
    T(
        "none",
        Msg(
            "power",
            ["lerato"],
            "03-16 05:30",
            """PowerWatch: Eskom has moved to Stage 2 from 05:00 today.

Your area: Rosebank (City Power Block 7B)
Tue 16 Mar: 14:00 - 16:30 (unchanged)

Please check the app before you leave home.""",
            subj="Load shedding update: Stage 2 - Rosebank Block 7B",
            headers=AUTO,
        ),
    ),
    T(
        "none",
        Msg(
            "amandla",
            ["lerato"],
            "03-09 06:15",
            """Amandla Bank Home Loans - Transferring attorney notification

Application: HL-2027-0088123
Applicant: A ZULU
Property: ERF 1187 NORTHCLIFF EXT 4
Status: FINAL APPROVAL - INSTRUCTION ISSUED TO PATEL MOOSA ATTORNEYS

Please liaise with the registering bond attorney regarding guarantees. Kindly ensure that the transfer
is lodged within 90 days of this notice. This mailbox is not monitored.""",
            subj="Amandla Bank: HL-2027-0088123 approved - instruction issued",
            headers=AUTO,
        ),
    ),
    T(
        "none",
        Msg(
            "news",
            ["lerato"],
            "03-10 07:00",
            """The Conveyancer's Brief - March 2027

Deeds Registries: electronic lodgement goes live in Pretoria and Johannesburg on 1 May.
What does it mean for your practice? Our panel explains.

Register now for our webinar on Thursday 25 March at 12:00.
Don't forget to renew your Fidelity Fund certificate before the end of the year.

Why not forward this issue to a colleague?

You are receiving this because you subscribed at conveyancersbrief.test. Unsubscribe.""",
            subj="The Conveyancer's Brief: e-lodgement, transfer duty and more",
            headers={"List-Unsubscribe": "<https://conveyancersbrief.test/u>", "Precedence": "bulk"},
            fmt="html",
        ),
    ),
]
