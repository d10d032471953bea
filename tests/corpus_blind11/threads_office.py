"""The firm's own traffic and the automated mail: portal, newsletter, bounce, a friend, a clerk."""

from __future__ import annotations

from corpus_kit.mailgen import Msg, R, T

NEWSLETTER_HTML = """<html><body>
<h1>Prairie Trial Bar Weekly</h1>
<p>Issue 47 &middot; November 27, 2026</p>
<h2>Seventh District tightens rules on late expert disclosures</h2>
<p>A panel held last week that a treating physician's undisclosed causation opinion was properly barred.
Read the full summary on our website.</p>
<h2>Winter seminar: trying the soft-tissue case</h2>
<p>Register by December 4 to get the early rate. Six hours of CLE credit, including one hour of
professional responsibility.</p>
<p>Know a colleague who should be reading this? Forward this issue and tell them to subscribe.</p>
<p style="font-size:9px">You are receiving this because you are a member. Unsubscribe | Update preferences</p>
</body></html>
"""

THREADS = [
    # A records-request portal notification: automated, with instructions that are not asks.
    T(
        "none",
        Msg(
            "portal",
            ["nora"],
            "11-25 07:31",
            "MedRecords Express\n\nRequest MRX-2026-5531907 has been fulfilled.\n\n"
            "Requester: Kestrel & Vance Injury Law\nPatient: ROJAS, GUADALUPE\nFacility: Mercy West Hospital "
            "- "
            "Emergency Department\nPages: 64\nAmount due: $87.50 (paid)\n\n"
            "Log in to download your records within 14 days. After 14 days the file will be removed and a "
            "new "
            "request will be required.\n\nThis is an automated notification. Replies to this address are not "
            "read.",
            subj="Your records request MRX-2026-5531907 is ready",
            headers={"Auto-Submitted": "auto-generated"},
        ),
    ),
    # An HTML-only bar newsletter.
    T(
        "none",
        Msg(
            "newsletter",
            ["nora"],
            "11-27 06:00",
            subj="Prairie Trial Bar Weekly: expert disclosures, winter seminar",
            html=NEWSLETTER_HTML,
            fmt="html",
            headers={"List-Unsubscribe": "<mailto:unsubscribe@prairietrialbar.test>", "Precedence": "bulk"},
        ),
    ),
    # A holiday note to a former client bounces.
    T(
        "none",
        Msg(
            "nora",
            ["old_client"],
            "11-25 12:00",
            "Hi Terrence,\n\nI was thinking of you this week. How is the new job at the depot going? I hope "
            "the "
            "back is holding up.\n\nHappy Thanksgiving to you and the family. Let me know if you ever need "
            "anything.",
            subj="Happy Thanksgiving",
        ),
        Msg(
            "mailer",
            ["nora"],
            "11-25 12:00",
            "This is the mail system at host mx1.kestrelvance.test.\n\n"
            "I'm sorry to have to inform you that your message could not be delivered to one or more "
            "recipients.\n\n<tboyd77@aol.test>: host mx.aol.test said: 550 5.1.1 mailbox unavailable",
            subj="Undelivered Mail Returned to Sender",
            reply=0,
            quote=None,
            refs=False,
            report=(
                "delivery-status",
                "Reporting-MTA: dns; mx1.kestrelvance.test\n\nFinal-Recipient: rfc822; tboyd77@aol.test\n"
                "Action: failed\nStatus: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 mailbox unavailable",
            ),
        ),
    ),
    # A clerk's question relayed by the legal assistant, due today.
    T(
        "needs_reply",
        Msg(
            "kayla",
            ["nora"],
            "11-30 08:35",
            "Nora,\n\nJudge Halloran's clerk called about Wisniewski. [[Can you do the case management "
            "conference "
            "by phone on 12/8 at 9:15?||nora|eod|q]] She needs to know by EOD today.\n\nKayla",
            subj="Halloran clerk - CMC 12/8",
        ),
    ),
    # A friend's note: small talk, a rhetorical question and an offer.
    T(
        "none",
        Msg(
            "greta",
            ["nora"],
            "11-27 20:15",
            "Nora!\n\nSaw your name in the Law Bulletin this morning, congrats on the Dempsey verdict. How "
            "do you "
            "find the time to do all this and still coach Lucy's soccer team?\n\nI hope you had a good "
            "Thanksgiving. If you ever want to grab lunch in the Loop, I'm around all December.",
            subj="Congrats!",
        ),
    ),
    # "Could one of you" to two associates, Nora not in To: the first To recipient owns it.
    T(
        "awaiting_them",
        Msg(
            "nora",
            ["priya", "jerome"],
            "11-25 14:10",
            "Hi both,\n\nLakeshore wants a court petition for the Rojas kids' settlements. [[Could one of "
            "you "
            "draft the petition to approve the minors' settlements after the holiday?||priya||req]] The "
            "children's birth certificates are in the intake folder.\n\nThanks,",
            subj="Rojas minors - petition",
        ),
    ),
    # An all-firm holiday note: FYI, with small talk.
    T(
        "none",
        Msg(
            "tom",
            ["nora", "priya", "jerome", "denise", "kayla"],
            "11-24 12:30",
            "All,\n\nThe office will close at 2:00 on Wednesday for Thanksgiving and reopen Monday. The "
            "phones "
            "roll to the answering service. Who is bringing the pie this year, and is it going to be "
            "Denise's "
            "again? (Rhetorical. It's always Denise's.)\n\nEnjoy the long weekend.",
            subj="Thanksgiving hours",
        ),
        R(
            "denise",
            ["tom", "nora", "priya", "jerome", "kayla"],
            "11-24 12:41",
            "Pecan, as always. Happy Thanksgiving!",
        ),
    ),
]
