"""Counterparties and agents: Mumbai, Duisburg, Copenhagen, Warsaw, Santos, the Rotterdam stevedore."""

from __future__ import annotations

from corpus_kit.mailgen import Msg, R, T

THREADS = [
    # Mumbai agent: a promise "in the coming days" is not an answer.
    T(
        "awaiting_them",
        Msg(
            "me",
            ["dev"],
            "01-04 11:45",
            "Dear Dev,\n\nThe consignee in Nhava Sheva says the transformer on MV Noord Star arrived "
            "damaged. "
            "[[Can you send me the survey report by 8 January?||dev|2027-01-08|req]] "
            "[[Please also confirm whether the consignee gave notice of the damage within three days of "
            "delivery.||dev||q]]\n\nThank you,",
            subj="MV Noord Star - transformer damage Nhava Sheva",
        ),
        R(
            "dev",
            ["me"],
            "01-05 14:20",
            "Dear Femke Madam,\n\nGreetings of the day! Noted. [[We shall revert with the survey report "
            "in the "
            "coming days.||dev||com]] Kindly bear with us as the surveyor is on leave till Thursday.\n\n"
            "Please find attached the delivery receipt dated 12.12.2026 for your ready reference.",
        ),
    ),
    # Mumbai agent: "please do the needful", "Kindly revert", day-first "15-1".
    T(
        "needs_reply",
        Msg(
            "dev",
            ["me"],
            "01-06 11:40",
            "Dear Femke Madam,\n\nPlease find attached our invoice no. SSA/2026/1187 towards agency fees for "
            "MV Noord Star. [[Kindly arrange the payment at the earliest.||me||req]]\n\n"
            "Further, the power of attorney for our customs house agent has expired on 31.12.2026. "
            "[[Please do the needful and send the renewed PoA, notarised and apostilled, latest by 15-1."
            "||me|2027-01-15|req]]\n\n[[Kindly revert.||me||req]]",
            cc=["anita"],
            subj="Invoice SSA/2026/1187 and renewal of PoA",
            attach=[("SSA_2026_1187.pdf", "application/pdf")],
            unread=True,
        ),
    ),
    # German forwarder: remarks in a numbered list, a German sentence, an ISO-8859-1 body.
    T(
        "needs_reply",
        Msg(
            "thomas",
            ["me"],
            "01-05 17:30",
            "Sehr geehrte Frau Hoogendijk, dear Femke,\n\nthank you for the draft framework agreement. Our "
            "remarks are below; we need your answer latest in KW 3:\n\n"
            "1. Liability: the cap of 8.33 SDR per kg is too low for the machine parts we carry. "
            "[[Could you be so kind to propose a higher amount?||me|2027-01-18|req]]\n"
            "2. Payment: 30 days is too short for us. [[We ask for 45 days, please "
            "confirm.||me|2027-01-18|appr]]\n"
            "3. Jurisdiction: Rotterdam is fine for us.\n\n"
            "[[Könnten Sie uns bitte auch die aktuelle Versicherungsbestätigung schicken?||me||req]] "
            "Unser Büro ist vom 11. bis 13. Januar wegen Inventur geschlossen.",
            subj="Rahmenvertrag / framework agreement - our remarks",
            charset="iso-8859-1",
            fmt="plain",
        ),
    ),
    # Earlier German remarks answered with "re 1." / "re 2."; closed with thanks.
    T(
        "none",
        Msg(
            "thomas",
            ["me"],
            "12-28 09:15",
            "Dear Femke,\n\nfor the Duisburg-Rotterdam barge contract two small points:\n\n"
            "1. [[Is it possible that you change the notice period to three months?||me||appr]]\n"
            "2. [[Can you tell me if the demurrage rate includes the weekend?||me||q]]\n\n"
            "Guten Rutsch!",
            subj="Barge contract Duisburg",
        ),
        R(
            "me",
            ["thomas"],
            "01-04 10:40",
            "Dear Thomas,\n\nGelukkig nieuwjaar!\n\nre 1. [[Three months is fine, please change it in your "
            "version.||thomas||appr]]\nre 2. Yes, the demurrage rate runs on calendar days, so weekends are "
            "included.",
        ),
        R("thomas", ["me"], "01-04 13:05", "Vielen Dank, Femke. Noted.", sig=False),
    ),
    # Danish carrier: approval granted, a commitment made for a colleague, closed by "noted".
    T(
        "none",
        Msg(
            "mette",
            ["me"],
            "01-04 09:05",
            "Dear Femke,\n\nTwo open points in the feeder charter party:\n\n"
            "ad 1) [[Can you confirm that Noordkade agrees to English law and LMAA "
            "arbitration?||me|fri|appr]]\n"
            "ad 2) [[Can you send us your comments on clause 19?||me|fri|req]]\n\n"
            "We expect your feedback latest Friday.",
            subj="Feeder CP Aarhus-Rotterdam - open points",
        ),
        R(
            "me",
            ["mette"],
            "01-04 16:20",
            "Dear Mette,\n\nad 1) [[English law with LMAA arbitration is agreed.||mette||appr]]\n"
            "ad 2) [[Joost will send you the charter party with our comments on clause 19 by Friday."
            "||joost|fri|com]]",
            cc=["joost"],
        ),
        R("mette", ["me"], "01-05 08:30", "Thank you Femke, noted.", cc=["joost"], sig=False),
    ),
    # Danish carrier: Outlook top-posting on a December request; reply deadline tied to a board date.
    T(
        "needs_reply",
        Msg(
            "me",
            ["mette"],
            "12-22 14:00",
            "Dear Mette,\n\n[[Please send me the draft slot charter for the new Aarhus-Rotterdam service "
            "when "
            "it is ready.||mette||req]]\n\nMerry Christmas,",
            subj="Slot charter Aarhus-Rotterdam",
        ),
        R(
            "mette",
            ["me"],
            "01-05 10:45",
            "Dear Femke,\n\nPlease find attached the draft slot charter. "
            "[[Can you give me a sign when your comments are ready?||me||q]] "
            "[[Our board meets on 19.01., so we need the signed version by 18.01. at the latest."
            "||me|2027-01-18|req]]",
            attach=[("Slot_charter_draft_v1.docx", "application/vnd.openxmlformats")],
        ),
    ),
    # Polish warehouse: a reply with no In-Reply-To/References; closed when the template arrives.
    T(
        "none",
        Msg(
            "tomasz",
            ["me"],
            "12-30 12:10",
            "Dear Mrs Femke,\n\nwe received the information from Mrs Nowak that Noordkade will leave the "
            "Gdynia "
            "warehouse. [[Can you confirm that all goods will be removed until 31.01.2027?||me||q]] "
            "Otherwise we have to charge February.\n\nBest regards",
            subj="Gdynia warehouse - end of cooperation",
        ),
        R(
            "me",
            ["tomasz"],
            "01-04 12:30",
            "Dear Tomasz,\n\nYes, all goods will be out by 29 January. [[Please send me your handover "
            "protocol template so that we can agree it in advance.||tomasz||req]]",
            refs=False,
        ),
        R(
            "tomasz",
            ["me"],
            "01-05 09:00",
            "Dear Femke, the template is attached. Best regards",
            attach=[("Protokol_przekazania.pdf", "application/pdf")],
            sig=False,
        ),
    ),
    # Stevedore, plain text and terse: "ok" is not an answer.
    T(
        "awaiting_them",
        Msg(
            "willem",
            ["me"],
            "01-04 08:20",
            "Femke,\n\nDamage to crane 4 on 22.12. was caused by your lashing crew. [[Who pays?||me||q]]",
            subj="crane 4",
            sig=False,
        ),
        R(
            "me",
            ["willem"],
            "01-04 14:30",
            "Willem,\n\nWe do not accept liability; our crew was not on the quay at that time. [[Please send "
            "the incident report and the CCTV footage by 15/01/2027.||willem|2027-01-15|req]]",
        ),
        R("willem", ["me"], "01-05 07:45", "ok", sig=False),
    ),
    # Brazilian lawyer: partial answer plus a promise.
    T(
        "awaiting_them",
        Msg(
            "me",
            ["lucas"],
            "01-04 16:00",
            "Dear Lucas,\n\n[[Could you send me your fee estimate for the customs appeal in Santos by "
            "mid-January?||lucas|2027-01-15|req]] [[Please also tell me whether the appeal suspends the fine."
            "||lucas||q]]\n\nKind regards,",
            cc=["rafael"],
            subj="Santos customs fine - appeal",
        ),
        R(
            "lucas",
            ["me"],
            "01-05 11:30",
            "Dear Femke,\n\nThanks for your message. The appeal does not suspend the fine automatically; we "
            "have to ask for it separately. [[I'll send the estimate next week.||lucas|nextweek|com]]",
            cc=["rafael"],
        ),
    ),
]
