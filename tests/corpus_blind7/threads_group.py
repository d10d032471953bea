"""Colleagues inside the Noordkade group: Rotterdam, Gdynia, Santos, Aarhus."""

from __future__ import annotations

from corpus_kit.mailgen import Msg, R, T

THREADS = [
    # The GC on his phone: lower case, no question mark.
    T(
        "needs_reply",
        Msg(
            "pieter_m",
            ["me"],
            "01-06 07:50",
            "[[femke can you give me a sign when the gulfline letter is out||me||req]]\n"
            "[[also need the OR memo before thursday 10:00||me|thu|req]]",
            subj="gulfline",
            unread=True,
        ),
    ),
    # Polish idioms; a past inspection date that is not a deadline.
    T(
        "needs_reply",
        Msg(
            "kasia",
            ["me"],
            "01-05 13:25",
            "Dear Femke,\n\nI hope you had nice holidays.\n\n[[I would like to ask you to check the "
            "termination "
            "notice for the Gdynia warehouse agreement with Wisła Magazyny until 8.01.||me|2027-01-08|req]] "
            "The inspection on 4.12. went fine, so there are no open claims from our side.\n\n"
            "[[Also, is it enough to send the notice by email or do we need registered mail?||me||q]] "
            'In the agreement it is written "in writing" only.\n\nThank you in advance,',
            subj="Termination notice Wisła Magazyny",
            attach=[("Wypowiedzenie_umowy_draft.docx", "application/vnd.openxmlformats")],
        ),
        R(
            "kasia",
            ["me"],
            "01-05 15:05",
            "[[Femke, one more thing: can you also check the Polish version of the notice, or should I ask "
            "our lawyer in Gdynia?||me||q]]\n\nKasia",
            sig=False,
            quote=None,
        ),
    ),
    # Bullets to two colleagues, nobody named, me not in To: the first To recipient owns them.
    T(
        "awaiting_them",
        Msg(
            "me",
            ["sanne", "joost"],
            "01-05 09:40",
            "Hi both,\n\nFor the Gulfline defence London needs the following before Friday:\n\n"
            "- [[all reefer temperature logs for the August voyage||sanne|fri|req]]\n"
            "- [[the Antwerp terminal's delay notices||sanne|fri|req]]\n"
            "- [[the email in which Gulfline confirmed the rate||sanne|fri|req]]\n\n"
            "Thanks!",
            subj="Gulfline - documents for London",
        ),
        R(
            "joost",
            ["me", "sanne"],
            "01-05 12:15",
            "Hi Femke,\n\n[[I will send the reefer logs to Sanne tomorrow morning.||joost|tomorrow|com]] "
            "The delay notices are in the Antwerp folder, I think.\n\nJoost",
            sig=False,
        ),
        R(
            "sanne",
            ["me", "joost"],
            "01-05 12:40",
            "Thanks Joost. [[I'll pull the delay notices and the rate email from the Antwerp folder today."
            "||sanne|today|com]]\n\nSanne",
            sig=False,
        ),
    ),
    # A Danish colleague hides the ask in a P.S.; "in the coming days" has no date.
    T(
        "needs_reply",
        Msg(
            "lars",
            ["me"],
            "01-05 10:05",
            "Hi Femke,\n\nJust to let you know that the P&I renewal went through on last year's terms; no "
            "changes to the deductibles. The broker's cover note is attached for your files.\n\n"
            "Have a good week.\n\nLars\n\n"
            "P.S. [[Could you have a look at the new sanctions clause in the cargo policy in the coming days?"
            '||me||req]] The broker says it is "market standard", I am not so sure.',
            subj="P&I renewal 2027 - done",
            sig=False,
            attach=[("Cover_note_2027.pdf", "application/pdf")],
        ),
    ),
    # Brazil: "before Carnival", a commitment for outside counsel, then a new question.
    T(
        "needs_reply",
        Msg(
            "rafael",
            ["me"],
            "01-04 09:30",
            "Oi Femke,\n\nFeliz ano novo! [[Small request from Santos: could you be so kind to review the "
            "Portuguese translation of our standard terms before Carnival?||me|2027-02-08|req]] "
            "[[Lucas from Ferreira & Campos will send you the clean version this week.||lucas|eow|com]]",
            cc=["lucas"],
            subj="Standard terms - Portuguese version",
        ),
        R(
            "me",
            ["rafael"],
            "01-04 15:10",
            "Olá Rafael,\n\nFeliz ano novo! [[Yes, I will review it before Carnival.||me|2027-02-08|com]] "
            "[[Can you tell me which version of the English terms the translator used, 2024 or 2026?"
            "||rafael||q]]",
            cc=["lucas"],
        ),
        R(
            "rafael",
            ["me"],
            "01-05 21:40",
            "the 2026 one, obrigado!\n\n[[And can you tell me if we also need a Portuguese version of the "
            "data "
            "processing annex?||me||q]] The customer in Campinas asked for it.",
            cc=["lucas"],
        ),
    ),
    # Finance asks for approval; granted; closed by thanks.
    T(
        "none",
        Msg(
            "finance",
            ["me"],
            "01-04 13:05",
            "Hi Femke,\n\nSahyadri invoiced EUR 12.400 for the agency fees of MV Noord Star, but the invoice "
            "refers to the old agency agreement. [[Can I release the payment anyway?||me||appr]]\n\nBas",
            subj="Payment Sahyadri - OK?",
            sig=False,
        ),
        R(
            "me",
            ["finance"],
            "01-04 13:40",
            "Hi Bas,\n\n[[Yes, approved, please go ahead.||finance||appr]] The old agreement still runs "
            "until "
            "31 March.",
        ),
        R("finance", ["me"], "01-04 14:02", "Thanks, done.", sig=False),
    ),
    # Legal assistant: two questions as bullets, no question marks.
    T(
        "needs_reply",
        Msg(
            "sanne",
            ["me"],
            "01-05 16:45",
            "Hi Femke,\n\nTwo quick things:\n"
            "- [[shall I book the large meeting room for the Gulfline call on Friday||me||q]]\n"
            "- [[do we send the Sahyadri power of attorney by courier or will you take it to the notary "
            "yourself||me||q]]\n\nSanne",
            subj="Friday + PoA",
            sig=False,
        ),
    ),
    # "Can someone" to three offices, me not in To: the first To recipient; a commitment for a colleague.
    T(
        "awaiting_them",
        Msg(
            "me",
            ["kasia", "rafael", "lars"],
            "12-30 10:20",
            "Dear all,\n\nFor the 2027 contract review: [[can someone send me a list of all agency "
            "agreements in "
            "your regions that expire this year?||kasia||req]] Name, counterparty and expiry date is "
            "enough.\n\n"
            "Thanks and best wishes for 2027,",
            subj="Agency agreements expiring in 2027",
        ),
        R(
            "lars",
            ["me"],
            "01-04 08:55",
            "Hi Femke,\n\nHere is the Danish list (two agreements). [[Rafael will send the Brazilian one by "
            "the end of this month, he told me.||rafael|eom|com]]\n\nLars",
            sig=False,
        ),
    ),
    # FYI only, with a past date.
    T(
        "none",
        Msg(
            "joost",
            ["me", "pieter"],
            "01-05 08:10",
            "Morning both,\n\nFYI: MV Noord Star berthed at Waalhaven last night. The on-hire survey on "
            "4.12. "
            "went fine and the charterers have not raised anything since. I will keep you posted if that "
            "changes.\n\nJoost",
            subj="Noord Star berthed",
            sig=False,
        ),
    ),
    # Works council: a human question before the OR meeting.
    T(
        "needs_reply",
        Msg(
            "hr",
            ["me"],
            "01-05 15:20",
            "Hi Femke,\n\nThe OR asked in the preparatory meeting whether the reorganisation of the "
            "Waalhaven "
            "warehouse needs their advice under article 25 WOR, or only their consent under article 27 for "
            "the new shift rules. [[Could you give me your view before the OR meeting on 14 January?"
            "||me|2027-01-14|req]] [[If you think a short memo is needed, I will put it on the agenda."
            "||hr||com]]\n\nIngrid",
            subj="OR - advies of instemming?",
            sig=False,
        ),
    ),
]
