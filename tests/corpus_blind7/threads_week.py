"""The rest of the first week of January: renewals, appeals, notices, witness logistics."""

from __future__ import annotations

from corpus_kit.mailgen import Msg, Person, R, T

Person("thomas_ooo", "Thomas Brandt", "t.brandt@brandt-spedition.test", client="plain", zone="Europe/Berlin")

THREADS = [
    # Sanne delivers the promised emails to London in a new mail; Harriet confirms.
    T(
        "none",
        Msg(
            "sanne",
            ["harriet"],
            "01-04 16:30",
            "Dear Harriet,\n\nAs Femke promised, please find attached the Antwerp emails (14 files, as PDF). "
            "[[Could you confirm that all attachments came through?||harriet||q]]\n\nKind regards,",
            cc=["me", "oliver"],
            subj="Gulfline v Noordkade - Antwerp emails",
            attach=[("Antwerp_emails_1-14.pdf", "application/pdf")],
        ),
        R(
            "harriet",
            ["sanne"],
            "01-04 16:02",
            "Dear Sanne,\n\nAll 14 received, thank you.",
            cc=["me", "oliver"],
        ),
    ),
    # Houston renewal: US dates ("Jan 7"), a commitment, a lower-case phone follow-up without a question mark.
    T(
        "needs_reply",
        Msg(
            "brandon",
            ["me"],
            "12-28 13:20",
            "Hi Femke,\n\n[[We would like to renew the MSA for 2027 on the same terms; can you send me a "
            "renewal "
            "letter?||me||req]]\n\nThanks and happy holidays,",
            subj="MSA renewal 2027",
        ),
        R(
            "me",
            ["brandon"],
            "01-04 12:10",
            "Dear Brandon,\n\nNoordkade is happy to renew on the same terms, only the fuel surcharge "
            "table will "
            "be updated. [[I will send the renewal letter by Friday 8 January.||me|2027-01-08|com]] "
            "[[Could you confirm who the contact person for invoices will be in 2027?||brandon||q]]",
        ),
        R(
            "brandon",
            ["me"],
            "01-04 10:05",
            "Femke,\n\nThat's Jessica Moore in AP. [[Also, can you include the Baytown plant in the renewal "
            "letter?||me||req]] [[And please send it by Jan 7 if at all possible, our year-end close is on "
            "the 8th.||me|2027-01-07|req]]\n\nBest,",
        ),
        R(
            "me",
            ["brandon"],
            "01-05 09:20",
            "Brandon,\n\nYes, Baytown will be in. [[You will have the letter on the "
            "7th.||me|2027-01-07|com]]",
        ),
        R(
            "brandon_m",
            ["me"],
            "01-05 07:55",
            "great thx\n[[one more: can you cc our legal, Megan Ortiz, on the letter||me||req]]",
        ),
    ),
    # Two To recipients in London, nobody named, me not in To: Harriet owns; a commitment for Oliver.
    T(
        "awaiting_them",
        Msg(
            "me",
            ["harriet", "oliver"],
            "01-04 17:15",
            "Dear Harriet, dear Oliver,\n\n[[Could you send me the CV of the proposed reefer expert and the "
            "draft letter of instruction?||harriet||req]] [[Please also let me know whether the expert has a "
            "conflict with Kattegat Feeder.||harriet||q]]\n\nMany thanks,",
            subj="Gulfline - reefer expert",
        ),
        R(
            "harriet",
            ["me"],
            "01-05 09:40",
            "Femke,\n\nThe CV is attached. [[Oliver will send you the draft letter of instruction tomorrow."
            "||oliver|tomorrow|com]] The conflict check is still running.",
            cc=["oliver"],
            attach=[("CV_reefer_expert.pdf", "application/pdf")],
        ),
    ),
    # Santos: a forward with a note on top, approval asked, granted, and a new question.
    T(
        "needs_reply",
        Msg(
            "rafael",
            ["me"],
            "01-05 08:15",
            "Femke, see below the fine from the customs in Santos. [[Can you approve today that Lucas "
            "files the "
            "appeal?||me|today|appr]] He needs some weeks to prepare it.",
            fwd={
                "frm": "lucas",
                "to": ["rafael"],
                "subj": "Auto de infração - Santos",
                "at": "01-04 18:30",
                "body": "Rafael, the customs authority issued the fine of BRL 214.000 "
                "for the wrong NCM code. "
                "We have 30 days from notification to appeal. Please send me the power of attorney.",
                "sig": "Lucas",
            },
            sig=False,
        ),
        R(
            "me",
            ["rafael"],
            "01-05 12:45",
            "Rafael,\n\n[[Approved, Lucas can file the appeal.||lucas||appr]] "
            "[[Please send me the notification letter so that I can check the date of "
            "service.||rafael||req]]",
            cc=["lucas"],
        ),
        R(
            "rafael",
            ["me"],
            "01-05 10:30",
            "Here it is. [[One more thing: do we have to pay the fine before the appeal is decided?||me||q]]",
            cc=["lucas"],
            attach=[("Notificacao.pdf", "application/pdf")],
            sig=False,
        ),
    ),
    # Sanne prepares the power of attorney; done; thanks.
    T(
        "none",
        Msg(
            "me",
            ["sanne"],
            "01-05 13:30",
            "Sanne,\n\n[[Could you prepare the new power of attorney for Sahyadri in English, based on last "
            "year's version?||sanne||req]] [[Please also ask the notary whether they can do the apostille in "
            "the same appointment.||sanne||q]]",
            subj="PoA Sahyadri 2027",
            sig=False,
        ),
        R(
            "sanne",
            ["me"],
            "01-05 15:55",
            "Done, the draft PoA is in the folder. The notary can do both; the appointment is on Monday "
            "11.01. "
            "at 10:00.\n\nSanne",
            sig=False,
        ),
        R("me", ["sanne"], "01-05 16:01", "Super, thanks!", sig=False),
    ),
    # The GC's list for a meeting: the lead-in ties all three items to the meeting date.
    T(
        "needs_reply",
        Msg(
            "pieter",
            ["me"],
            "01-05 08:30",
            "Femke,\n\nFor the management meeting on Monday I need:\n\n"
            "1. [[a one-page status of the Gulfline case||me|2027-01-11|req]]\n"
            "2. [[your estimate of our exposure, best and worst case||me|2027-01-11|req]]\n"
            "3. [[a view on whether we should inform the insurers now||me|2027-01-11|q]]",
            subj="MT Monday - Gulfline",
            sig=False,
        ),
        R(
            "me",
            ["pieter"],
            "01-05 10:50",
            "Pieter,\n\n[[You will have items 1 and 2 on Friday.||me|fri|com]] On 3: yes, I think we should, "
            "and Lars agrees.",
            sig=False,
        ),
        R(
            "pieter_m",
            ["me"],
            "01-05 11:02",
            "ok. [[and bring the Gulfline file to the meeting please||me|2027-01-11|req]]",
        ),
    ),
    # German out-of-office on a signature request.
    T(
        "awaiting_them",
        Msg(
            "me",
            ["thomas"],
            "01-05 16:30",
            "Dear Thomas,\n\nThe barge contract is ready in your version. [[Could you sign it via "
            "SignVault by "
            "15.01.?||thomas|2027-01-15|req]]\n\nBest regards,",
            subj="Barge contract Duisburg - signature",
        ),
        R(
            "thomas_ooo",
            ["me"],
            "01-05 16:31",
            "Vielen Dank für Ihre Nachricht. Ich bin bis zum 11.01.2027 nicht im Büro. In dringenden Fällen "
            "wenden Sie sich bitte an dispo@brandt-spedition.test.\n\nThank you for your message. I am "
            "out of "
            "the office until 11 January 2027.",
            subj="Abwesenheitsnotiz: Barge contract Duisburg - signature",
            quote=None,
            headers={"Auto-Submitted": "auto-replied"},
        ),
    ),
    # HR question answered in full; closed with thanks.
    T(
        "none",
        Msg(
            "hr",
            ["me"],
            "12-30 09:20",
            "Hi Femke,\n\n[[Could you check whether the non-compete clause in our new template for "
            "planners is "
            "still valid for fixed-term contracts?||me||q]]\n\nIngrid",
            subj="Non-compete planners",
            sig=False,
        ),
        R(
            "me",
            ["hr"],
            "01-04 14:50",
            "Hi Ingrid,\n\nOnly if we give written reasons in the contract itself. I have added a reasons "
            "sentence to the template in the HR folder, so you can use it as it is now.",
            sig=False,
        ),
        R("hr", ["me"], "01-04 15:05", "Thanks a lot, Femke!", sig=False),
    ),
    # Mumbai: a legal notice, a deadline tied to the filing date, a call on Friday.
    T(
        "needs_reply",
        Msg(
            "dev",
            ["me"],
            "01-04 12:40",
            "Dear Femke Madam,\n\nThe consignee's advocate has served a legal notice on us as agents for the "
            "transformer damage. [[Kindly go through the attached notice and advise on our reply before "
            "19.01.2027, the last date for filing it.||me|2027-01-19|req]] [[Also please let us know whether "
            "Noordkade will appoint its own advocate or we may do the needful.||me||q]]",
            subj="Legal notice - transformer damage - MV Noord Star",
            attach=[("Legal_notice.pdf", "application/pdf")],
        ),
        R(
            "me",
            ["dev"],
            "01-04 16:40",
            "Dear Dev,\n\nWe will appoint our own advocate. [[Harriet Lowe of Carrow Finch will suggest a "
            "firm "
            "in Mumbai.||harriet||com]] [[Please do not reply to the notice before we have "
            "spoken.||dev||req]]",
        ),
        R(
            "dev",
            ["me"],
            "01-05 13:10",
            "Dear Madam,\n\nNoted with thanks. [[Can we have a call on Friday at 11:00 IST?||me|fri|q]]",
        ),
    ),
    # London: a question answered, then a new one.
    T(
        "needs_reply",
        Msg(
            "oliver",
            ["me"],
            "01-04 10:30",
            "Dear Femke,\n\n[[Is Joost available for a witness interview on 12 or 13 January?||me||q]] "
            "[[Could you also ask him to bring his own notes from the August voyage?||me||req]]",
            subj="Gulfline - witness interview Joost de Wit",
        ),
        R(
            "me",
            ["oliver"],
            "01-04 13:15",
            "Oliver, the 13th works for him, any time after 10:00. "
            "[[He will bring his notes.||joost|2027-01-13|com]]",
            sig=False,
        ),
        R(
            "oliver",
            ["me"],
            "01-04 12:40",
            "Thanks. [[Could you send me his direct phone number, so that I can send him the invitation?"
            "||me||q]]",
        ),
    ),
]
