# ruff: noqa: E501  (mail bodies keep one paragraph per line, as mail clients send them)
"""Disputes: a Calgary mediation, a Quebec adjournment, the investigator, the associate's list."""

from corpus_kit.mailgen import Msg, R, T

THREADS = [
    # Mediator's office writes To both counsel; Claire forwards in-thread; the client chases her promise.
    T(
        "needs_reply",
        Msg(
            "mediator",
            ["nadine", "claire"],
            "10-28 10:00",
            """Dear Counsel,

This confirms the mediation in Sandhu v. Foothill Energy Services Ltd. on Wednesday, November 18, 2026, at 9:30 a.m. Mountain Time, at our Calgary offices (Suite 1200, 505 3rd Street SW).

[[Please deliver your mediation briefs (15 pages at most) no later than Wednesday, November 11.||claire|2026-11-11|req]] [[Please also confirm the names of everyone attending, including a client representative with settlement authority, by November 13.||claire|2026-11-13|req]]

Thank you,""",
            subj="Sandhu v. Foothill Energy Services - mediation confirmation",
        ),
        Msg(
            "claire",
            ["brent"],
            "10-28 11:30",
            """Brent, see below from the mediator. [[Can you confirm you'll attend with someone who has authority to settle up to the reserve?||brent||q]] [[I'll send you a draft of our brief by November 6 for comments.||claire|2026-11-06|com]]""",
            fwd=0,
            cc=["aisha"],
            sig="Claire",
        ),
        R(
            "brent",
            ["claire"],
            "10-28 12:10",
            """Yes, I'll attend with Karen Lutz, our VP Operations, who has authority up to the reserve.""",
            cc=["aisha"],
        ),
        Msg(
            "claire",
            ["mediator"],
            "10-29 09:00",
            """Lucie,

Thank you. Attending for Foothill: Brent Olafson (General Counsel) and Karen Lutz (VP Operations), with Aisha Rahman and me. [[Could you tell us whether the rooms have a video link, as the client's HR lead may join remotely?||mediator||q]]""",
            reply=0,
            cc=["nadine"],
        ),
        R(
            "mediator",
            ["claire"],
            "10-29 10:30",
            """Yes, both rooms have Teams. [[We will send the link the day before the session.||mediator|2026-11-17|com]]""",
            cc=["nadine"],
        ),
        Msg(
            "brent",
            ["claire"],
            "11-04 17:00",
            """[[Claire, where are we on the draft brief you mentioned for the 6th?||claire||q]] Karen is keen to see it. [[Also, can we do a prep call with Karen before the mediation on the 18th?||claire|2026-11-18|req]]""",
            reply=1,
            sig="Brent",
        ),
    ),
    # Opposing counsel asks for consent to an adjournment; the client grants it; Marc has no answer yet.
    T(
        "needs_reply",
        Msg(
            "marc",
            ["claire"],
            "11-03 11:20",
            """Chère consoeur,

Mon client vient d'être hospitalisé et ne pourra pas témoigner à l'audience du 20 novembre devant le Tribunal. [[Pourriez-vous me confirmer d'ici vendredi si votre cliente consent à une remise?||claire|fri|appr]] [[Nous vous ferons parvenir nos disponibilités pour décembre demain.||marc|tomorrow|com]]

Merci et bonne journée,""",
            subj="Bélanger c. Château-Vert - demande de remise",
        ),
        Msg(
            "claire",
            ["sylvie"],
            "11-03 12:05",
            """Sylvie, voir ci-dessous. [[Es-tu d'accord pour qu'on consente à la remise?||sylvie|fri|appr]] J'ai besoin de ta réponse d'ici vendredi.""",
            fwd=0,
            sig="Claire",
        ),
        R(
            "sylvie",
            ["claire"],
            "11-03 16:40",
            """Oui, pas de problème pour nous. [[Tu peux consentir à la remise.||claire||appr]]""",
            sig="Sylvie",
        ),
    ),
    # The investigator answers part of Claire's question and promises the rest: awaiting them.
    T(
        "awaiting_them",
        Msg(
            "claire",
            ["priyanka"],
            "11-02 12:00",
            """Hi Priyanka,

Thanks for taking the Pereira matter. [[Could you send me your engagement terms and a fee estimate?||priyanka||req]] [[Also, how soon after the last interview would you expect to deliver your report?||priyanka||q]] Northhaven's board meets on December 8 and would like the findings before then if possible.""",
            subj="Pereira investigation - terms and timing",
        ),
        R(
            "priyanka",
            ["claire"],
            "11-03 09:15",
            """Hi Claire,

Terms and estimate attached. On timing, it depends on how many witnesses there are. [[I'll let you know next week once I've seen the witness list.||priyanka|nextweek|com]]""",
            attach=[("Sethi_engagement_terms.pdf", "application/pdf")],
        ),
    ),
    # The associate's bulleted questions to Claire.
    T(
        "needs_reply",
        Msg(
            "aisha",
            ["claire"],
            "11-04 14:10",
            """Claire, three things on Tran before I start the defence:

- [[Can you sign the acceptance of service letter (it's on your chair)?||claire||req]]
- [[Do you want me to bring a motion to strike the punitive damages claim?||claire||q]]
- [[Please confirm whether I should copy Marjorie on the first draft.||claire||q]]

The claim was issued on October 30, so we have a bit of room.""",
            subj="Tran - three questions",
            sig="Aisha",
        ),
    ),
    # Claire asks the client's operations manager; no answer.
    T(
        "awaiting_them",
        Msg(
            "claire",
            ["kwame"],
            "11-04 12:30",
            """Kwame,

If Northhaven goes ahead with Dale Hutchins's termination, we'll want the day to go smoothly. [[Can you confirm what company property he has that we'd need to recover on the day (laptop, fob, fuel card, anything else)?||kwame||q]]""",
            subj="Hutchins - company property",
        ),
    ),
    # A partner's lead-in deadline carries to every numbered item.
    T(
        "needs_reply",
        Msg(
            "dimitri",
            ["claire"],
            "11-04 18:20",
            """Claire,

For the Château-Vert bargaining, before our prep session on Tuesday the 10th:
1. [[Pull the last three collective agreements from the precedent bank||claire|2026-11-10|req]]
2. [[Draft the employer's opening proposal on scheduling||claire|2026-11-10|req]]
3. [[Book us a room in Montreal for the 25th||claire|2026-11-10|req]]

DP""",
            subj="CV bargaining prep",
            sig=False,
        ),
    ),
]
