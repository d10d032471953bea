# ruff: noqa: E501  (mail bodies keep one paragraph per line, as mail clients send them)
"""New York, Chicago and a Toronto executive: month-first dates, a read receipt, a header-less mobile reply."""

from corpus_kit.mailgen import Msg, R, T

THREADS = [
    # US in-house counsel: numbered asks To Claire and Chicago counsel; one names Kevin.
    T(
        "needs_reply",
        Msg(
            "tamara",
            ["claire", "kevin"],
            "11-04 09:15",
            """Hi both,

Halvorsen is planning a North American RIF effective 12/1. The US side is with Kevin and Canada is with you, Claire, but I want one plan. A few things:

1. [[Please send me a summary of the Canadian notice and severance obligations for the 14 Toronto employees by 11/13.||claire|2026-11-13|req]]
2. [[Kevin, can you confirm whether federal WARN is triggered at the Joliet plant?||kevin||q]]
3. [[Can we use one release template for both countries, or do we need a separate Canadian one?||claire||q]]

[[We have to brief the board before its meeting on 11/18, so let's touch base early next week.||claire|nextweek|req]]""",
            subj="Project Granite - North American RIF",
        ),
        R(
            "kevin",
            ["tamara", "claire"],
            "11-04 15:00",
            """Tamara,

Federal WARN is not triggered at Joliet on these numbers (31 of 212), but the Illinois statute has a lower threshold. [[I'll run the numbers under the state act and report back by Monday.||kevin|mon|com]]

Claire, glad to compare notes whenever suits.""",
        ),
        R(
            "tamara",
            ["kevin"],
            "11-04 15:40",
            """Thanks Kevin. [[Pls copy me when you send the Illinois numbers.||kevin||req]]""",
            cc=["claire"],
            sig="Tamara",
        ),
    ),
    # Claire waits on Chicago counsel; a read receipt is no answer.
    T(
        "awaiting_them",
        Msg(
            "claire",
            ["kevin"],
            "10-30 10:00",
            """Hi Kevin,

Tamara asked us to coordinate on Project Granite. [[Could you send me Brandt Kessler's conflict clearance for Halvorsen before we share the employee census?||kevin||req]] [[And what is your usual hourly range for cross-border work like this, as Tamara wants a combined budget?||kevin||q]]""",
            subj="Project Granite - conflicts and budget",
        ),
        Msg(
            "kevin",
            ["claire"],
            "10-30 09:20",
            """Your message

  To: Kevin O'Rourke
  Subject: Project Granite - conflicts and budget
  Sent: Friday, October 30, 2026 10:00 AM (UTC-05:00) Eastern Time (US & Canada)

was read on Friday, October 30, 2026 9:20 AM (UTC-06:00) Central Time (US & Canada).""",
            subj="Read: Project Granite - conflicts and budget",
            reply=0,
            quote=None,
            sig=False,
            disc=False,
            fmt="plain",
            report=(
                "disposition-notification",
                "Reporting-UA: korourke@brandtkessler.test\nFinal-Recipient: rfc822;korourke@brandtkessler.test\n"
                "Disposition: manual-action/MDN-sent-manually; displayed",
            ),
        ),
        R(
            "claire",
            ["kevin"],
            "11-03 11:10",
            """Kevin, just circling back on the conflict clearance. [[Ping me when it's done.||kevin||req]]""",
            reply=0,
        ),
    ),
    # The executive's header-less mobile reply: lower case, no question marks.
    T(
        "needs_reply",
        Msg(
            "claire",
            ["ravi"],
            "10-29 17:30",
            """Ravi,

I sent the demand letter to Quillmark's counsel this afternoon. [[Please forward me anything they send you directly, and don't sign anything yet.||ravi||req]]""",
            subj="Your severance - demand letter sent",
        ),
        R(
            "ravi",
            ["claire"],
            "11-04 19:45",
            """hey claire
they came back with 9 months
[[is that fair for 11 yrs as a VP||claire||q]]
[[can we talk tmrw at lunch||claire|tomorrow|req]]""",
            quote=None,
            refs=False,
        ),
        Msg(
            "ravi",
            ["claire"],
            "11-04 19:52",
            """[[also should i accept the reference letter wording they sent||claire||q]]""",
            subj="Re: Your severance - demand letter sent",
            quote=None,
            refs=False,
        ),
    ),
    # Answered and thanked: none.
    T(
        "none",
        Msg(
            "tamara",
            ["claire"],
            "10-26 13:40",
            """Claire, quick q. [[What's the current Ontario position on termination clauses that limit notice to the ESA minimum?||claire||q]] Our template from 2019 uses that language.""",
            subj="Ontario termination clauses",
            sig="Tamara",
        ),
        R(
            "claire",
            ["tamara"],
            "10-26 17:05",
            """Hi Tamara,

The short version: Ontario courts read these clauses strictly. If any part of the clause could breach the ESA (including the just-cause language), the whole clause tends to fall and the employee gets common law notice. The 2019 template would not survive that review, in my view. I'd recommend replacing it before the next hiring round.""",
        ),
        R("tamara", ["claire"], "10-26 17:30", """Super helpful, thx!""", sig=False),
    ),
    # Claire asks; the client promises to come back. Awaiting them.
    T(
        "awaiting_them",
        Msg(
            "claire",
            ["tamara"],
            "11-02 14:15",
            """Tamara,

One point we need settled before we model the Canadian costs. [[Could you confirm by November 9 whether Halvorsen Canada will honour the retention bonuses promised at the time of the 2025 acquisition?||tamara|2026-11-09|q]]""",
            subj="Project Granite - retention bonuses",
        ),
        R(
            "tamara",
            ["claire"],
            "11-02 16:50",
            """Good q. [[I'll check with comp & ben and get back to you early next week.||tamara|nextweek|com]]""",
            sig="Tamara",
        ),
    ),
]
