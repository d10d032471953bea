# ruff: noqa: E501  (mail bodies keep one paragraph per line, as mail clients send them)
"""Northhaven Logistics (Mississauga): a termination, a lawsuit, a grievance, an investigation, a policy."""

from corpus_kit.mailgen import Msg, R, T

THREADS = [
    # HR director's long paragraphs; questions inside prose; a commitment made for a colleague.
    T(
        "needs_reply",
        Msg(
            "marjorie",
            ["claire"],
            "10-30 14:20",
            """Hi Claire,

I hope you had a good week. I wanted to give you the full picture on the Hutchins situation before we go any further, because I think the history matters here. Dale has been a shift supervisor at the Meadowvale site since 2014 and, until last spring, his file was essentially clean; the first documented issue was the forklift incident on April 9, and then there were the two attendance warnings in the summer, which Kwame issued and which Dale signed without comment. The performance improvement plan ran from August 17 to October 16 and, in Kwame's view and mine, he did not meet the targets. [[Given all of that, could you tell us whether we have just cause or whether we should be looking at a without-cause termination with a package?||claire||q]] [[If it is the latter, we would also need your view on what a reasonable notice range looks like for someone with twelve years of service who is 54.||claire||q]] I realise that is a big question and there are a lot of moving parts.

On timing, our leadership team meets on November 10 and I would really like to have a recommendation in front of them. [[Could you get us something in writing by Friday, November 6?||claire|2026-11-06|req]] [[Kwame will pull together the attendance records and the PIP documents and send them to you by Monday.||kwame|mon|com]]

Thank you so much, and have a lovely weekend.""",
            cc=["kwame"],
            subj="Dale Hutchins - next steps",
        ),
        R(
            "kwame",
            ["claire"],
            "11-02 16:05",
            """Hi Claire,

Attached are the attendance records and the signed PIP. The October 16 review notes are still with the site lead. [[I'll forward those tomorrow morning.||kwame|tomorrow|com]]""",
            cc=["marjorie"],
            attach=[
                ("Hutchins_attendance_2026.pdf", "application/pdf"),
                ("Hutchins_PIP_signed.pdf", "application/pdf"),
            ],
        ),
        R(
            "marjorie",
            ["claire"],
            "11-04 08:55",
            """Good morning Claire,

[[Just checking that you received Kwame's documents?||claire||q]] One more thing I should have asked last week: [[could you include a draft termination letter with your recommendation, in case the leadership team decides to proceed on the 10th?||claire|2026-11-06|req]] I know Friday is tight, and I appreciate it.""",
            cc=["kwame"],
        ),
    ),
    # Opposing counsel: a partial answer with a promise, then an out-of-office. Still awaiting them.
    T(
        "awaiting_them",
        Msg(
            "claire",
            ["sarahw"],
            "10-28 11:15",
            """Sarah,

Further to our call on Monday, Northhaven is prepared to discuss mediation in Tran v. Northhaven Logistics. The examinations for discovery on October 7 went about as expected, and I think both our clients would benefit from a day with a mediator before the costs climb further.

[[Could you confirm whether your client is available on November 18, 19 or 24?||sarahw||q]] [[We would also ask that you produce Ms. Tran's mitigation records (job applications, offers, and any income since her termination) within 10 business days.||sarahw|2026-11-11|req]]""",
            cc=["aisha"],
            subj="Tran v. Northhaven Logistics - mediation and mitigation records",
        ),
        R(
            "sarahw",
            ["claire"],
            "10-30 16:40",
            """Claire,

Thanks for this. My client is travelling and hard to reach until the second week of November. [[I will come back to you on dates once I have spoken with her.||sarahw||com]] On the mitigation records, we are gathering them.""",
            cc=["aisha"],
        ),
        R(
            "claire",
            ["sarahw"],
            "11-04 10:30",
            """Sarah,

Just circling back on mediation. Moreau ADR is holding November 24 for us, but only until the end of the week. [[Can you let me know by Friday whether the 24th works?||sarahw|fri|q]]""",
            cc=["aisha"],
        ),
        R(
            "ooo_sarah",
            ["claire"],
            "11-04 10:31",
            """I am out of the office until Monday, November 9, with limited access to e-mail. For urgent matters please call my assistant, Rhea, at 416-555-0192. Please note that I will not be monitoring this inbox and your message will not be forwarded.""",
            subj="Automatic reply: Tran v. Northhaven Logistics - mediation and mitigation records",
            quote=None,
            sig=False,
            disc=False,
            headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
        ),
    ),
    # Union rep writes To two lawyers, no one named: the asks are Claire's. The partner's reply is internal.
    T(
        "needs_reply",
        Msg(
            "darnell",
            ["dimitri", "claire"],
            "11-03 13:30",
            """Good afternoon,

The Local has filed a policy grievance over the new rotating schedule at Meadowvale (copy attached). The rotation took effect on October 19 without the 30 days' notice that Article 14.03 requires.

[[Will the employer agree to skip Step 1 and meet at Step 2?||claire||q]]
[[If so, please send me three dates for a Step 2 meeting by the 13th.||claire|2026-11-13|req]]

Hope the clocks going back didn't wreck anyone's weekend.""",
            cc=["marjorie"],
            subj="Policy grievance 2026-07 - rotating schedule, Meadowvale",
            attach=[("AWW417_policy_grievance_2026-07.pdf", "application/pdf")],
        ),
        R(
            "dimitri",
            ["claire"],
            "11-03 15:10",
            """Claire - your call on skipping Step 1, I'm fine either way. [[Check with Marjorie before you answer Darnell.||claire||req]]""",
        ),
        Msg(
            "marjorie",
            ["claire"],
            "11-03 17:05",
            """Claire, we're fine with skipping Step 1. [[Can you tell Darnell we'd prefer dates in the week of the 16th?||claire||req]]""",
            reply=0,
            sig="Marjorie",
        ),
    ),
    # Delivered work, thanked: none.
    T(
        "none",
        Msg(
            "claire",
            ["marjorie"],
            "10-27 10:00",
            """Hi Marjorie,

Attached is our marked-up Workplace Harassment Policy. The main changes are in sections 4 and 7, and they reflect the amendments that took effect this spring. [[Could you circulate it to the joint health and safety committee before it goes live?||marjorie||req]]""",
            subj="Workplace Harassment Policy - our mark-up",
            attach=[("Northhaven_Harassment_Policy_LP_markup.docx", "application/vnd.openxmlformats")],
        ),
        R(
            "marjorie",
            ["claire"],
            "10-28 09:12",
            """Thank you Claire, this is wonderful. I shared it with the committee at their meeting yesterday afternoon and no concerns were raised; they were especially pleased with the clearer reporting section, which had been a sore point since the audit last year. We will roll it out on December 1 together with the annual training. Thanks again for turning it around so quickly.""",
        ),
    ),
    # A checklist To two clients, Claire not in To: unnamed bullets belong to the first To recipient.
    T(
        "awaiting_them",
        Msg(
            "claire",
            ["marjorie", "kwame"],
            "11-02 11:30",
            """Hi both,

Sethi Workplace Investigations is confirmed for the Pereira complaint. Before Priyanka starts her interviews, I need the following, ideally by Wednesday:

- [[The complainant's written statement and any texts she has provided||marjorie|wed|req]]
- [[A list of witnesses with their shift times||marjorie|wed|req]]
- [[Kwame, the badge-swipe logs for the loading dock for October 5 to 9||kwame|wed|req]]

[[Please also confirm that the respondent has been told not to contact the complainant.||marjorie||req]]""",
            cc=["priyanka"],
            subj="Pereira complaint - documents for the investigator",
        ),
        R(
            "kwame",
            ["claire"],
            "11-04 17:45",
            """Claire, the swipe logs are attached. Sorry for the delay, our system only exports one day at a time.""",
            cc=["marjorie", "priyanka"],
            attach=[("dock_swipes_oct5-9.xlsx", "application/vnd.ms-excel")],
        ),
        R(
            "marjorie",
            ["claire"],
            "11-04 18:30",
            """Claire, sorry, it has been a week. [[I'll get you the statement and the witness list tomorrow.||marjorie|tomorrow|com]]""",
            reply=0,
            cc=["kwame", "priyanka"],
            sig="Marjorie",
        ),
    ),
    # CC storm: Claire only copied; the asks are between other people.
    T(
        "none",
        Msg(
            "marjorie",
            ["kwame"],
            "11-02 09:05",
            """Kwame,

[[Can you make sure the Meadowvale holiday schedule is posted by November 15?||kwame|2026-11-15|req]] Last year it went up on December 3 and we had three complaints to the Ministry about short notice.

Claire, I'm copying you only so you have the background on the Christmas Day premium-pay question we discussed; nothing needed from you right now.""",
            cc=["claire", "dimitri", "bev", "aisha"],
            subj="Holiday schedule - Meadowvale",
        ),
        R(
            "kwame",
            ["marjorie"],
            "11-02 10:20",
            """[[Will have it posted by the 13th.||kwame|2026-11-13|com]]""",
            cc=["claire", "dimitri", "bev", "aisha"],
        ),
        R(
            "marjorie",
            ["kwame"],
            "11-02 10:41",
            """Perfect, thank you!""",
            cc=["claire", "dimitri", "bev", "aisha"],
        ),
        R(
            "dimitri",
            ["kwame"],
            "11-02 11:15",
            """[[Kwame, can you also send me the premium-pay rota once it's posted?||kwame||req]] The union will ask for it.""",
            reply=1,
            cc=["marjorie", "claire", "bev", "aisha"],
            sig="DP",
        ),
    ),
    # A forward with a note on top: the employee's own asks are in forwarded text and are not labelled.
    T(
        "needs_reply",
        Msg(
            "marjorie",
            ["claire"],
            "11-04 15:50",
            """Claire,

Please see below from one of our drivers. He was off for six weeks after knee surgery and his doctor has now cleared him for modified duties only. [[What are our obligations here, and are we allowed to ask him for more detail from his doctor?||claire|2026-11-10|q]] I need your advice before I respond to him on Tuesday the 10th.

Many thanks,""",
            fwd={
                "frm": "kwame",
                "to": ["marjorie"],
                "at": "11-04 13:15",
                "subj": "Modified duties request - T. Okafor",
                "body": """Marjorie,

Tobi Okafor dropped this off at the dispatch office this morning. He says: "I am ready to come back but I can't drive the long-haul routes yet. Could you let me know by Friday what shifts you can give me?"

Can you take it from here? I don't want to say the wrong thing to him.""",
            },
            subj=None,
            sig="Marjorie",
        ),
    ),
    # Small talk and a rhetorical question only.
    T(
        "none",
        Msg(
            "kwame",
            ["claire"],
            "10-26 12:10",
            """Hi Claire,

Great seeing you at the HR Law Summit on October 22! Your session on the new pay transparency rules was the best one of the day. How was the drive back in all that rain? Who schedules a conference the same week as the Leafs home opener, anyway?

Kwame""",
            subj="Great to see you",
            sig=False,
        ),
    ),
]
