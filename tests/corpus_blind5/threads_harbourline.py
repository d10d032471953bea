"""Harbourline v Pacific Dredging (PDL): arbitration at the invented Victoria Harbour Arbitration Centre."""

from __future__ import annotations

from corpus_kit.mailgen import Msg, R, T

HL = "ARB/26/0417 Harbourline v PDL"

THREADS = [
    # The partner's instructions before the CMC; the trainee promises his part; a late mobile question.
    T(
        "needs_reply",
        Msg(
            "malcolm",
            ["me"],
            "11-30 08:45",
            """Joanna,

The CMC is on 14 Dec and I want our proposals for the draft procedural order settled well before then.

[[Pls send me your mark-up of draft PO1 by COB HK time Thursday.||me|thu|req]]
[[Wing, can you put together a chronology of the without prejudice exchanges with Pacific Dredging for \
the same deadline?||wing|thu|req]]
[[Fiona, pls book the large room for our CMC prep on 10 Dec.||fiona||req]]

The hearing on 18 Nov went well on security, so I have no wish to reopen it at the CMC.""",
            cc=["wing", "fiona"],
            subj=f"{HL} - CMC prep",
        ),
        R(
            "wing",
            ["malcolm", "me"],
            "11-30 10:12",
            "Noted with thanks. [[I will circulate the chronology by tmr evening.||wing|tomorrow|com]]",
        ),
        Msg(
            "malcolm_m",
            ["me"],
            "12-01 19:30",
            "[[also can you check whether the tribunal wants the document production schedule in Redfern "
            "format or in its own template||me||q]]",
            reply=0,
        ),
        Msg(
            "wing",
            ["malcolm", "me"],
            "12-01 20:15",
            "Hi Malcolm, Joanna,\n\nThe chronology is attached, as promised.",
            reply=1,
            attach=[("Chronology of WP exchanges.docx", "application/vnd.openxmlformats")],
        ),
    ),
    # The GC's one-liners from his phone; the second comes with no In-Reply-To.
    T(
        "needs_reply",
        Msg(
            "daniel",
            ["me"],
            "11-30 21:14",
            "[[any update on security for costs||me||q]]",
            subj="security",
        ),
        R(
            "me",
            ["daniel"],
            "11-30 21:40",
            """Daniel,

Not yet. The tribunal indicated on Friday that it would rule by the end of next week.
[[I will update you as soon as we have the order.||me||com]]""",
        ),
        R(
            "daniel",
            ["me"],
            "12-01 08:02",
            "ok. [[also pls send me the costs estimate for the board pack by fri||me|fri|req]]",
            refs=False,
        ),
        R("daniel", ["me"], "12-02 09:30", "[[and pls call me asap re their CFO||me||req]]", refs=False),
    ),
    # Our letter to the other side; they promise to revert, which is not an answer.
    T(
        "awaiting_them",
        Msg(
            "me",
            ["kenneth"],
            "11-26 16:20",
            """Dear Kenneth,

We refer to the Respondent's Redfern schedule served on 20 November 2026.

[[Kindly confirm by 5pm HKT on Friday 4 December whether your client will produce the dredging logs for \
March to June 2025 voluntarily.||kenneth|2026-12-04|q]]
[[Please also confirm, by the same time, whether your client agrees to the draft joint bundle index we \
sent on 17 November.||kenneth|2026-12-04|q]]
[[We should also be grateful to know whether your client intends to apply for a site inspection.||kenneth||q]]

Yours sincerely,""",
            cc=["malcolm"],
            subj=f"{HL} - document production",
        ),
        R(
            "kenneth",
            ["me"],
            "11-30 11:05",
            """Dear Joanna,

Noted. [[We are taking our client's instructions and will revert in due course.||kenneth||com]]

Regards,""",
            cc=["malcolm"],
        ),
    ),
    # A CC storm: the client's legal manager asks our paralegal and billing; Joanna is only copied.
    T(
        "none",
        Msg(
            "connie",
            ["fiona", "cheryl"],
            "11-27 10:30",
            """Dear all,

[[Fiona, pls courier the original parent company guarantee back to our office by Fri 4 Dec.||fiona|\
2026-12-04|req]]
[[Cheryl, kindly re-issue the October invoice to our new billing address at Kowloon Bay.||cheryl||req]]

Many thanks.""",
            cc=["me", "malcolm", "daniel", "wing", "mandy"],
            subj="Harbourline - originals and invoice",
        ),
        R(
            "fiona",
            ["connie"],
            "11-27 11:02",
            "Dear Connie,\n\nNoted. [[I will arrange the courier for Monday morning.||fiona|2026-11-30|com]]",
            cc=["cheryl", "me", "malcolm", "daniel", "wing", "mandy"],
        ),
        R(
            "cheryl",
            ["connie"],
            "11-27 15:40",
            "Hi Connie,\n\nThe October invoice has been re-issued to the Kowloon Bay address and is "
            "attached.",
            cc=["fiona", "me", "malcolm", "daniel", "wing", "mandy"],
        ),
        R(
            "connie",
            ["fiona", "cheryl"],
            "11-30 14:12",
            "Received both, thanks all.",
            cc=["me", "malcolm", "daniel", "wing", "mandy"],
        ),
    ),
    # The partner forwards the other side's letter with a note on top; the forwarded asks are not labelled.
    T(
        "needs_reply",
        Msg(
            "malcolm",
            ["me"],
            "12-01 18:10",
            """Joanna - see below.

[[Can you draft a short response for my review by tmr noon?||me|tomorrow|req]] We should not concede the \
14 days; 7 is plenty.""",
            fwd={
                "frm": "kenneth",
                "to": ["malcolm"],
                "at": "12-01 17:32",
                "subj": f"{HL} - extension for Statement of Defence to Counterclaim",
                "body": """Dear Malcolm,

Our client requires a further 14 days to file its Statement of Defence to Counterclaim, owing to the \
unavailability of its operations director.

Please confirm by return that your client consents to the extension, failing which we shall apply to \
the Tribunal.

Regards,""",
            },
        ),
    ),
    # A client sign-off on an extension, granted; the partner commits Joanna, who then does it.
    T(
        "none",
        Msg(
            "malcolm",
            ["daniel"],
            "11-24 09:40",
            """Daniel,

Pacific Dredging have asked for 7 more days for their Statement of Defence. Refusing would look petty \
to the tribunal and gains us nothing.
[[We recommend agreeing; ok to consent on your behalf?||daniel||appr]]""",
            cc=["me"],
            subj=f"{HL} - extension request",
        ),
        R("daniel", ["malcolm"], "11-24 10:05", "[[ok, agree it||malcolm||appr]]", cc=["me"]),
        R(
            "malcolm",
            ["daniel"],
            "11-24 10:20",
            "Thanks Daniel. [[Joanna will write to Wong & Partners today.||me|today|com]]",
            cc=["me"],
        ),
        R(
            "me",
            ["malcolm", "daniel"],
            "11-24 16:55",
            "Letter sent to Wong & Partners this afternoon consenting to the 7 days; copy attached.",
            attach=[("Letter to Wong & Partners 24.11.2026.pdf", "application/pdf")],
        ),
    ),
    # The case manager writes to both counsel; the other side answers only its own part.
    T(
        "needs_reply",
        Msg(
            "auyeung",
            ["kenneth", "me"],
            "12-01 15:00",
            """Dear Counsel,

I write at the direction of the Tribunal.
[[The parties are requested to file an agreed list of issues by 5pm HKT on 10 December 2026.||me|\
2026-12-10|req]]
[[Please also indicate by 4 December whether the parties object to holding the CMC on 14 December by \
video.||me|2026-12-04|q]]

Yours faithfully,""",
            subj=f"{HL} - directions from the Tribunal",
        ),
        R(
            "kenneth",
            ["auyeung"],
            "12-01 17:05",
            "Dear Ms Au Yeung,\n\nThe Respondent has no objection to a video CMC.\n\nRegards,",
            cc=["me"],
        ),
        Msg(
            "malcolm",
            ["me"],
            "12-01 18:40",
            "Joanna, [[pls draft our reply to Ms Au Yeung and let me see it first.||me||req]] We are fine "
            "with video.",
            reply=0,
            sig=False,
        ),
    ),
    # The client forwards an approach from the other side's CFO, asking in a lower-case line.
    T(
        "needs_reply",
        Msg(
            "connie",
            ["me"],
            "12-01 12:15",
            """Joanna,

FYI see below, their CFO wrote to Daniel directly this morning. [[Do we need to respond or can we \
ignore it||me||q]]

Connie""",
            sig=False,
            fwd={
                "frm": "kenneth",
                "to": ["daniel"],
                "at": "12-01 09:02",
                "subj": "Without prejudice - commercial discussion",
                "body": """Dear Mr Sze,

Our client's CFO would welcome a without prejudice conversation with you before the CMC.
Please let us know your position by 4 December.""",
                "sig": "Kenneth Wong",
            },
        ),
    ),
    # Service of the other side's list of documents, acknowledged; nothing open.
    T(
        "none",
        Msg(
            "kenneth",
            ["me"],
            "11-25 17:50",
            """Dear Joanna,

We enclose by way of service the Respondent's list of documents. The CMC on 14 December remains \
listed for 10am.

Regards,""",
            subj=f"{HL} - Respondent's list of documents",
            attach=[("R-List of Documents.pdf", "application/pdf")],
        ),
        R("me", ["kenneth"], "11-26 09:12", "Dear Kenneth,\n\nReceived with thanks.\n\nRegards,"),
    ),
    # Our draft settlement offer awaits the GC's sign-off.
    T(
        "awaiting_them",
        Msg(
            "me",
            ["daniel"],
            "11-30 18:25",
            """Daniel,

Attached is the draft Calderbank offer we discussed with Malcolm on Friday.
[[Could you approve it so that we can serve it by Friday?||daniel|fri|appr]]
[[If you would prefer a lower opening figure, please let me know the number by Thursday.||daniel|thu|q]]

Best regards,""",
            cc=["malcolm"],
            subj="Harbourline - draft Calderbank offer (privileged)",
            attach=[("Draft Calderbank offer v2.docx", "application/vnd.openxmlformats")],
        ),
    ),
    # Originals sent to the client's legal manager; her read receipt is no answer.
    T(
        "awaiting_them",
        Msg(
            "me",
            ["connie"],
            "11-30 11:40",
            """Connie,

Please find attached the signed witness statement of Mr Lee Ka Fai.
[[Could you arrange for the original to be returned to us by Fri 4/12?||connie|2026-12-04|req]]

Thanks,""",
            subj="Harbourline - witness statement of Mr Lee",
        ),
        Msg(
            "connie_rr",
            ["me"],
            "11-30 11:58",
            """Your message

To: Connie Mak
Subject: Harbourline - witness statement of Mr Lee
Sent: 30/11/2026 11:40

was read on 30/11/2026 11:58.""",
            reply=0,
            quote=None,
            sig=False,
            subj="Read: Harbourline - witness statement of Mr Lee",
            report=(
                "disposition-notification",
                "Reporting-UA: harbourline.test; Microsoft Outlook\n"
                "Final-Recipient: rfc822;connie.mak@harbourline.test\n"
                "Disposition: manual-action/MDN-sent-manually; displayed",
            ),
        ),
    ),
]
