"""Quillfeather (seed SAFEs; a CEO who writes from her phone) and Tidewell Labs (pre-seed formation)."""

from __future__ import annotations

from corpus_kit.mailgen import Msg, R, T

THREADS = [
    # Chief of staff sends the side letter; the CEO chases from her phone with an EOD.
    T(
        "needs_reply",
        Msg(
            "maya",
            ["leah"],
            "12-10 15:00",
            "Hi Leah,\n\nAttaching the side letter Gwen's lawyer asked for. [[Could you take a look and "
            "let us "
            "know if the pro rata language is OK?||leah||q]] [[I'll send you Gwen's signed SAFE by Friday; "
            "she's traveling until then.||maya|fri|com]]\n\nThanks!",
            cc=["tessa"],
            subj="Gwen Farrow side letter",
            attach=[("Farrow - SAFE side letter (pro rata).docx", "application/vnd.openxmlformats")],
        ),
        R(
            "tessa",
            ["leah"],
            "12-14 07:12",
            "[[can you ptal the side letter maya sent||leah|eod|req]]\neod pls",
            cc=["maya"],
        ),
    ),
    # The angel on plain text promises to sign when back; a commitment made for a colleague on the way.
    T(
        "awaiting_them",
        Msg(
            "leah",
            ["gwen"],
            "12-08 11:30",
            "Gwen,\n\nAttached is your SAFE for Quillfeather ($100,000 at a $12M post-money cap). [[Could "
            "you "
            "sign it through the SignFlow link Kenji will send, and wire the funds by Friday, December "
            "18?||gwen|2026-12-18|req]] Wire instructions are in Exhibit A. [[Please call Kenji to verify "
            "the "
            "wire details by phone before sending anything.||gwen||req]] We never change instructions by "
            "email.",
            cc=["tessa"],
            subj="Quillfeather SAFE - Gwen Farrow",
            attach=[("Quillfeather - SAFE - Farrow.pdf", "application/pdf")],
        ),
        R(
            "tessa",
            ["leah", "gwen"],
            "12-08 12:02",
            "thanks leah!! [[maya will send gwen the pro forma cap table by friday too||maya|fri|com]]",
        ),
        Msg(
            "gwen",
            ["leah"],
            "12-09 06:45",
            "Leah,\n\nThanks to you both. I'm in Lisbon until the 16th with patchy email. [[I will sign and "
            "wire when I'm back on the 16th.||gwen|2026-12-16|com]]\n\nGwen",
            cc=["tessa"],
            subj="Re: Quillfeather SAFE - Gwen Farrow",
            refs=False,
            quote=None,
        ),
    ),
    # Year-end bullets with a lead-in deadline; Leah answers only the first and promises the rest.
    T(
        "needs_reply",
        Msg(
            "maya",
            ["leah"],
            "12-11 13:00",
            "Hi Leah!\n\nA few year-end items before we go dark on the 23rd:\n\n"
            "- [[Can you confirm our Delaware franchise tax will be filed using the assumed par value "
            "method?||leah|2026-12-23|q]]\n"
            "- [[Send me the list of board consents we still need signed||leah|2026-12-23|req]]\n"
            "- [[Let me know if we need to do anything now that we're past 100 employees in "
            "California||leah|2026-12-23|q]]\n\nThank you!!",
            subj="year-end housekeeping",
        ),
        R(
            "leah",
            ["maya"],
            "12-11 16:00",
            "Hi Maya,\n\nQuick answer on the first: yes, assumed par value, which is far cheaper for you. "
            "[[I'll send the consents list on Monday.||leah|mon|com]]",
        ),
        R(
            "maya",
            ["leah"],
            "12-11 16:40",
            "ok thank you! [[also could you loop Kenji in on the franchise tax filing, Firstgate keeps "
            "emailing "
            "me||leah||req]]",
        ),
    ),
    # Forwarded chain with a note on top: the forwarded investor asks are not labelled.
    T(
        "needs_reply",
        Msg(
            "tessa",
            ["leah"],
            "12-12 18:20",
            "fyi see below from oliver at larkspur\n[[gut check on whether i should take the call before we "
            "close the seed||leah||q]]",
            fwd={
                "frm": "oliver",
                "to": ["tessa"],
                "at": "12-12 17:05",
                "subj": "Quillfeather - intro",
                "body": "Hi Tessa,\n\nRachel mentioned you're raising. Could you send your data room link by "
                "Friday? I'd love to find 30 minutes next week.\n\nBest,",
            },
        ),
    ),
    # Question and request to the CEO; she answers one and commits her chief of staff to the other.
    T(
        "awaiting_them",
        Msg(
            "leah",
            ["tessa"],
            "12-10 09:00",
            "Tessa,\n\nTwo things for the SAFE closing. [[Who should sign for Quillfeather, you or "
            "Maya?||tessa||q]] [[And please send me the wire amounts received so far so I can update the "
            "SAFE "
            "register.||tessa||req]]",
            subj="SAFE closing - two things",
        ),
        R("tessa", ["leah"], "12-10 09:41", "me. [[maya will send wire amounts tmrw||maya|tomorrow|com]]"),
    ),
    # Thanks-only close after the work was delivered.
    T(
        "none",
        Msg(
            "leah",
            ["tessa"],
            "12-11 10:15",
            "Tessa,\n\nGwen's counsel has signed off on the side letter, so the Farrow SAFE papers are "
            "final. "
            "[[I'll send you the fully executed set today.||leah|today|com]]",
            subj="Farrow SAFE - final",
        ),
        R("tessa", ["leah"], "12-11 10:22", "np ty"),
        R(
            "leah",
            ["tessa"],
            "12-11 15:30",
            "Attached is the fully executed set.",
            attach=[("Quillfeather - Farrow SAFE (executed).pdf", "application/pdf")],
        ),
        R("tessa", ["leah"], "12-11 15:48", "+1 thx"),
    ),
    # A new-hire question answered and thanked.
    T(
        "none",
        Msg(
            "tessa",
            ["leah"],
            "12-09 08:10",
            "new eng hire marco got his grant on dec 7\n[[can you make sure he files his 83b||leah||req]]",
            subj="marco 83b",
        ),
        R(
            "leah",
            ["tessa"],
            "12-09 11:20",
            "Done. I sent Marco the 83(b) packet with instructions; he has 30 days from the grant on Dec "
            "7, so "
            "his deadline is January 6.",
        ),
        R("tessa", ["leah"], "12-09 11:31", "ty!!"),
    ),
    # Tidewell: Sunday-evening chat-style questions, one without a question mark.
    T(
        "needs_reply",
        Msg(
            "ines",
            ["leah"],
            "12-13 19:22",
            "hey leah, quick q\n\n[[gut check: can we issue the advisor grant before the board approves "
            "the new "
            "plan||leah||q]]\n[[also could you send me the advisor agreement template by "
            "wed?||leah|wed|req]] "
            "advisor starts jan 4\n\nty!",
            subj="advisor grant",
        ),
    ),
    # Tidewell formation: numbered items under a lead-in deadline; the founder promises all three.
    T(
        "awaiting_them",
        Msg(
            "leah",
            ["ines"],
            "12-09 14:00",
            "Hi Ines,\n\nSo that we can file Tidewell's Delaware certificate before the holidays, I need "
            "three "
            "things from you before EOY:\n\n"
            "1. [[the founders' full legal names and home addresses||ines|2026-12-31|req]]\n"
            "2. [[the share split between you and Pablo||ines|2026-12-31|q]]\n"
            "3. [[confirmation that nobody else contributed code or ideas to Tidewell||ines|2026-12-31|q]]",
            subj="Tidewell formation - 3 items",
        ),
        R("ines", ["leah"], "12-09 22:10", "on it! [[will send all 3 tomorrow||ines|tomorrow|com]]"),
    ),
    # Tidewell: retainer question to the partner is in the firm module; here the friendly small talk.
    T(
        "none",
        Msg(
            "ines",
            ["leah"],
            "12-07 17:05",
            "leah!! the delaware stuff is so much less scary with you. how do you keep all of this in your "
            "head? anyway pablo says hi. no action needed, just grateful",
            subj="thank u",
        ),
        R(
            "leah",
            ["ines"],
            "12-08 08:40",
            "Ha, mostly checklists and coffee. Say hi to Pablo. Let me know if you need anything before the "
            "holidays.",
        ),
    ),
    # A resend request closed by the last word.
    T(
        "none",
        Msg(
            "maya",
            ["leah"],
            "12-10 11:15",
            "[[Hi Leah, could you resend the SAFE template?||leah||req]] I can't find it in the shared "
            "drive.",
            subj="SAFE template",
        ),
        R(
            "leah",
            ["maya"],
            "12-10 11:40",
            "Here you go.",
            attach=[("Quillfeather - SAFE template (post-money).docx", "application/vnd.openxmlformats")],
        ),
        R("maya", ["leah"], "12-10 11:52", "np, got it, thank you!"),
    ),
]
