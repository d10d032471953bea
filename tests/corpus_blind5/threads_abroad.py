"""Southern Cross Minerals (Sydney, a London-seated arbitration) and the New York discovery application."""

from __future__ import annotations

from corpus_kit.mailgen import Msg, R, T

SCM = "Southern Cross / Kalgan JV arbitration"

THREADS = [
    # HTML-only mail from Sydney early on the 2nd: "tomorrow" is the 3rd; the deadline sentence is not an ask.
    T(
        "needs_reply",
        Msg(
            "olivia",
            ["me"],
            "12-02 08:15",
            """Hi Joanna,

Thanks for the draft expert brief, it reads well.
[[Could you add a section asking the expert to deal with the 2024 change to the price index?||me|\
tomorrow|req]]
I need the revised version by COB tomorrow Sydney time, as it goes to our CEO on Friday.
[[Separately, are we comfortable that the London seat will not slow down any challenge to the award?\
||me||q]]

Kind regards,
Olivia""",
            cc=["rowan"],
            sig=False,
            fmt="html",
            subj=f"{SCM} - draft expert brief",
        ),
        R(
            "rowan",
            ["olivia", "me"],
            "12-02 09:20",
            "Joanna, [[one more for the brief: could the expert also comment on the 2025 haulage "
            "costs?||me||req]]",
        ),
    ),
    # The London expert answers half, in ISO-8859-1 quoted-printable, and promises the rest.
    T(
        "awaiting_them",
        Msg(
            "me",
            ["pryor"],
            "11-27 17:00",
            """Dear Dr Pryor,

[[Please could you confirm your availability for a hearing window of 8 to 12 February 2027?||pryor||q]]
[[Could you also send us your revised fee estimate by Friday 4 December?||pryor|2026-12-04|req]]

Kind regards,""",
            cc=["ben"],
            subj=f"{SCM} - hearing window and fees",
        ),
        R(
            "pryor",
            ["me"],
            "11-30 09:10",
            """Dear Joanna,

I am available on 8, 9 and 12 February, but not on the 10th or 11th.

On fees, my revised estimate is likely to be in the region of £48,500, but I must first confirm the \
junior's hours with my colleague Zoë Ashworth. [[I will send the formal estimate early next week.||pryor|\
nextweek|com]]

Kind regards,""",
            cc=["ben"],
            charset="iso-8859-1",
            cte="quoted-printable",
        ),
    ),
    # Small talk and a request for slides, delivered and thanked.
    T(
        "none",
        Msg(
            "rowan",
            ["me"],
            "11-26 11:00",
            """Hi Joanna,

Great to meet you at the Sydney conference last week. How was the flight back?
[[Could you send me the slides from your talk on emergency arbitrators?||me||req]]

Cheers,""",
            subj="Slides",
        ),
        R(
            "me",
            ["rowan"],
            "11-26 09:45",
            "Hi Rowan,\n\nLikewise, and the slides are attached. The flight was smooth, thank you.",
        ),
        R("rowan", ["me"], "11-26 13:20", "Much appreciated, thanks Joanna."),
    ),
    # Counsel's clerk promises to check the diary: still awaiting an answer.
    T(
        "awaiting_them",
        Msg(
            "me",
            ["tom"],
            "11-30 17:00",
            """Dear Tom,

[[Could you let me know by Thursday 3/12 whether Ms Adeyemi KC is available for a two-hour conference \
in the w/c 7 Dec?||tom|2026-12-03|q]] The client would join from Sydney, so a slot between 8am and 10am \
London time would be ideal.

Many thanks,""",
            subj=f"{SCM} - conference with counsel",
        ),
        R(
            "tom",
            ["me"],
            "11-30 09:40",
            "Dear Joanna,\n\nThank you. "
            "[[I'll check Ms Adeyemi's diary and revert tomorrow.||tom|tomorrow|com]]",
        ),
    ),
    # A request for a paper by end-Dec and a call this week; our proposed time; the client asks for an invite.
    T(
        "needs_reply",
        Msg(
            "olivia",
            ["me"],
            "11-30 16:00",
            """Hi Joanna,

[[Our board would like a settlement options paper by end-Dec.||me|2026-12-31|req]]
[[Could we have a call this week to discuss how it should be structured?||me|eow|req]]

Kind regards,
Olivia""",
            cc=["malcolm"],
            sig=False,
            subj=f"{SCM} - settlement options paper",
        ),
        R(
            "me",
            ["olivia"],
            "11-30 15:10",
            """Hi Olivia,

Certainly. [[Would Thursday at 2pm Sydney time work for you?||olivia||q]]

Best regards,""",
            cc=["malcolm"],
        ),
        R(
            "olivia",
            ["me"],
            "11-30 19:05",
            """Thursday 2pm works. [[Can you send a calendar invite with a dial-in?||me||req]]
[[And pls let me know who from your side will join||me||q]]

O""",
            sig=False,
        ),
    ),
    # New York at 19:40 on the 1st (08:40 on the 2nd in Hong Kong): "by tomorrow" is the 2nd.
    T(
        "needs_reply",
        Msg(
            "greg",
            ["me"],
            "12-01 19:40",
            """Joanna,

[[We need the signed declaration from Tianrui's records custodian by tomorrow so we can file on \
Friday.||me|tomorrow|req]]
[[Can you also confirm the custodian's full name and title?||me||q]]
[[Nadia will circulate the revised memorandum of law tonight.||nadia|today|com]]""",
            cc=["nadia"],
            subj="Tianrui - Section 1782 application - declaration",
        ),
        R(
            "nadia",
            ["greg", "me"],
            "12-01 20:45",
            """Revised memorandum attached, as promised.
[[Joanna, could you check the description of the Hong Kong enforcement proceedings in section II \
before we file on Friday?||me|fri|req]]""",
        ),
    ),
    # A partial answer with a promise for the rest.
    T(
        "awaiting_them",
        Msg(
            "me",
            ["nadia"],
            "11-30 09:30",
            """Hi Nadia,

[[Could you send me the Southern District's rule on foreign-language exhibits?||nadia||req]]
[[Also, will the court accept a translator's declaration, or does it need a certified translation of \
the Chinese supply contract?||nadia||q]]

Thanks,""",
            cc=["greg"],
            subj="Tianrui - 1782 - translations",
        ),
        R(
            "nadia",
            ["me"],
            "11-30 08:10",
            """Hi Joanna,

The rule is attached. [[On translations I need to check with Greg; I'll get back to you on that \
tomorrow.||nadia|tomorrow|com]]

Nadia""",
            cc=["greg"],
            sig=False,
        ),
    ),
    # An out-of-office over Thanksgiving, then the real answer and thanks.
    T(
        "none",
        Msg(
            "me",
            ["greg"],
            "11-26 21:00",
            """Greg,

[[Can you confirm that the filing fee for the application will be paid by your firm and billed through \
to us?||greg||q]]

Thanks,""",
            subj="Tianrui - 1782 - filing fee",
        ),
        Msg(
            "greg_ooo",
            ["me"],
            "11-26 08:01",
            "I am out of the office for Thanksgiving and will return on Monday, November 30. I will respond "
            "to your message on my return.",
            reply=0,
            quote=None,
            sig=False,
            subj="Automatic reply: Tianrui - 1782 - filing fee",
            headers={"Auto-Submitted": "auto-replied"},
        ),
        Msg(
            "greg",
            ["me"],
            "11-30 09:15",
            "Joanna,\n\nYes, we pay it and bill it through with our December invoice.",
            reply=0,
        ),
        R("me", ["greg"], "11-30 22:40", "Thanks Greg, that's all I needed."),
    ),
]
