# ruff: noqa: E501  (mail text and inline ask marks are kept on one line, as the mail shows them)
"""Clients and their families: anxious mobile mail, Spanish mixed into English, a forwarded notice."""

from __future__ import annotations

from corpus_kit.mailgen import Msg, R, T

RFE_NOTICE = """Case Was Updated To Show That We Requested Evidence

Receipt Number: IOE0931457782
Form I-130, Petition for Alien Relative

On February 1, 2027, we sent a request for evidence for your Form I-130. The request explains what
additional evidence we need to continue processing your case. Please follow the instructions in the
request and submit the evidence by the date shown. If you do not respond, we may deny your case.

Do not reply to this message. This mailbox is not monitored."""

THREADS = [
    # Yesenia's adjustment interview: checklist, a question sent late on Sunday, Luz forwards it on Monday
    T(
        "needs_reply",
        Msg(
            "yesenia",
            ["me"],
            "03-03 21:14",
            subj="me llego la cita!!",
            body="""\
Hola licenciada I got the letter for the interview!! It says March 24 at 8:30am in Miami Gardens
[[Do I need to bring my husband to the interview?||me||q]]
[[What documents should I take?||me|2027-03-24|q]] [[Porfa send me a list before my interview on 3/24.||me|2027-03-24|req]]
gracias licenciada""",
        ),
        R(
            "me",
            ["yesenia"],
            "03-04 09:10",
            """\
Hi Yesenia,

Congratulations, that is great news. Yes, Julián must come with you, because the interview is about your
marriage. Please bring the originals and one copy of each of these to the interview on March 24:
1. [[Your passport and the interview letter||yesenia|2027-03-24|req]]
2. [[Your marriage certificate and Julián's birth certificate||yesenia|2027-03-24|req]]
3. [[Julián's last federal tax return with its W-2s||yesenia|2027-03-24|req]]
4. [[Photos, a lease or bank statements with both your names||yesenia|2027-03-24|req]]

[[Please send me copies of his last three pay stubs by the 15th so I can update the affidavit of support.||yesenia|2027-03-15|req]]
[[Luz will call you next week to schedule a practice session.||luz|nextweek|com]]""",
        ),
        R(
            "yesenia",
            ["me"],
            "03-07 22:40",
            """\
ok gracias!! my cousin says they always ask about travel. My last entry was on 2/3/2025 coming back from \
Cancun
[[will that be a problem for the interview, porfa tell me mañana||me|tomorrow|q]]""",
        ),
        Msg(
            "luz",
            ["me"],
            "03-08 08:10",
            fwd=2,
            body="""\
Adriana, Yesenia's mom also called the office at 8 about this, she is very nervous.
[[Can you call Yesenia this morning?||me|today|req]]""",
        ),
    ),
    # Wilmer forwards the RFE notice: "what does this mean??"
    T(
        "needs_reply",
        Msg(
            "wilmer",
            ["me"],
            "03-01 19:02",
            fwd={
                "frm": "portal",
                "to": ["wilmer"],
                "at": "03-01 17:31",
                "subj": "Your case status was updated",
                "body": RFE_NOTICE,
            },
            body="""\
[[what does this mean??||me||q]]
[[do i have to do something||me||q]]""",
        ),
        R(
            "me",
            ["wilmer"],
            "03-02 10:05",
            """\
Hi Wilmer,

Don't worry, this is common. USCIS wants more proof that your marriage to Karina is real. We have to answer \
within 87 days of the RFE, so there is time, but let's not wait until the end.

Please send me the following by the 15th:
- [[Joint bank statements for 2025 and 2026||wilmer|2027-03-15|req]]
- [[Your lease, or any bill with both your names||wilmer|2027-03-15|req]]
- [[Photos of the two of you together, with the dates written on the back||wilmer|2027-03-15|req]]
- [[Two letters from friends or family who know you as a couple||wilmer|2027-03-15|req]]

[[I will file the response well within 87 days of the RFE dated February 1.||me|2027-04-29|com]]""",
        ),
        R(
            "wilmer",
            ["me"],
            "03-05 20:30",
            """\
ok licenciada i have the bank statements and the photos
[[the lease is only in my name is that ok||me||q]]
[[can karina's mom write one of the letters she only speaks spanish||me||q]]
[[i will bring everything monday after work||wilmer|mon|com]]""",
        ),
        R(
            "wilmer",
            ["me"],
            "03-08 06:50",
            quote=None,
            refs=False,
            subj="Re: Your case status was updated",
            body="[[sorry licenciada can i come tuesday instead of today they changed my shift||me||q]]",
        ),
    ),
    # Wilmer's brother: a mistyped address, the bounce belongs to the thread
    T(
        "awaiting_them",
        Msg(
            "me",
            ["jonathan_bad"],
            "03-05 11:20",
            subj="Letter for Wilmer and Karina",
            body="""\
Hi Jonathan,

Wilmer told me you would be willing to write a letter for his immigration case.
[[Could you write and sign a short letter describing how you know Wilmer and Karina as a couple, and send it to me by the 15th?||jonathan_bad|2027-03-15|req]]
[[It does not have to be long; one page in Spanish or English is fine, and we will have it translated.||me||com]]""",
        ),
        Msg(
            "daemon",
            ["me"],
            "03-05 11:21",
            subj="Undelivered Mail Returned to Sender",
            refs=False,
            headers={"Auto-Submitted": "auto-replied"},
            report=(
                "delivery-status",
                "Reporting-MTA: dns; mx1.castellanosimmigration.test\n\n"
                "Final-Recipient: rfc822; jonathan.rojas@nubemial.test\nAction: failed\n"
                "Status: 5.1.2\nDiagnostic-Code: smtp; 550 Host unknown",
            ),
            body="""\
This is the mail system at host mx1.castellanosimmigration.test.

I'm sorry to have to inform you that your message could not be delivered to one or more recipients.
Please check the address and try again.

<jonathan.rojas@nubemial.test>: Host or domain name not found. Name service error for
name=nubemial.test type=MX: Host not found""",
        ),
    ),
    # Mrs. Quintero in capitals; her reply has no In-Reply-To
    T(
        "none",
        Msg(
            "teresa",
            ["me"],
            "03-02 11:20",
            subj="MY WORK PERMIT",
            body="""\
GOOD MORNING LICENCIADA
MY WORK PERMIT EXPIRES ON APRIL 2 AND MY BOSS SAYS HE NEEDS THE NEW ONE
[[CAN YOU SEND HIM A LETTER THAT I APPLIED FOR THE TPS||me||req]]
[[ALSO DID YOU RECEIVE MY PAYMENT||me||q]]
GOD BLESS
TERESA QUINTERO""",
        ),
        R(
            "me",
            ["teresa"],
            "03-02 14:02",
            cc=["luz"],
            body="""\
Dear Mrs. Quintero,

Yes, we received your payment on February 26, thank you. Your TPS renewal was filed on February 20, and the \
receipt notice extends your work permit automatically, so your employer can keep you working.

[[Luz will email your employer a letter explaining the automatic extension by this Friday.||luz|fri|com]]
[[Please send us your employer's name and email address.||teresa||req]]""",
        ),
        R(
            "teresa",
            ["me"],
            "03-03 08:05",
            refs=False,
            body="""\
THANK YOU LICENCIADA
HIS NAME IS ROBERTO GALLEGO ROBERTO@GALLEGOROOFING.TEST
GOD BLESS""",
        ),
        R(
            "luz",
            ["teresa"],
            "03-05 16:10",
            cc=["me"],
            body="""\
Mrs. Quintero,

I sent the letter to Mr. Gallego this afternoon, with a copy of your receipt notice. Have a nice weekend.""",
        ),
    ),
    # a daughter writes for her father
    T(
        "none",
        Msg(
            "daniela",
            ["me"],
            "03-01 12:30",
            subj="my dad's citizenship - Ramón Ibarra",
            body="""\
Hi Ms. Castellanos,

This is Daniela, Ramón Ibarra's daughter. My dad doesn't use email much so I'm writing for him.
[[My mom asks if she can go with him to the biometrics appointment||me||q]]
[[Also he wants to know if he can take the civics test in Spanish, since he's 67 and has had his green card for 22 years.||me||q]]
He got a little nervous when the notice came. Thank you for being so patient with him!""",
        ),
        R(
            "me",
            ["daniela"],
            "03-01 16:45",
            """\
Hi Daniela,

Thank you for writing for him. Your mom can go with him and wait in the lobby, but only your dad will be \
called in.

Good news on the test: because he is over 55 and has been a resident for more than 15 years, he can take \
it in Spanish with an interpreter.
[[Could you ask him to bring his green card and his Florida ID to the biometrics appointment on March 11?||daniela|2027-03-11|req]]
[[I'll mail him the Spanish civics study booklet this week.||me|eow|com]]""",
        ),
        R("daniela", ["me"], "03-01 19:10", "Perfect, thank you so much! He was really happy to hear that."),
        R(
            "me",
            ["daniela"],
            "03-04 10:30",
            """\
Hi Daniela, I mailed the booklet to your dad this morning. It should arrive by Saturday. Tell him not to \
worry; he will do great.""",
        ),
    ),
    # Yesenia's payment plan: a granted approval closes it
    T(
        "none",
        Msg(
            "yesenia",
            ["me"],
            "03-05 12:48",
            subj="pago",
            body="""\
licenciada I paid the $750 today with the link
[[can I pay the last $500 after the interview||me||q]]
money is tight this month with the car""",
        ),
        R(
            "me",
            ["yesenia"],
            "03-05 16:00",
            """\
Hi Yesenia, I saw the payment, thank you.
[[Of course, you can pay the last $500 after the interview.||yesenia||appr]]""",
        ),
        R("yesenia", ["me"], "03-05 16:22", "mil gracias licenciada 🙏"),
    ),
    # the sister of a detained client, on her phone, to Adriana and Luz
    T(
        "awaiting_them",
        Msg(
            "gloria",
            ["me", "luz"],
            "03-02 07:12",
            subj="Luis",
            body="""\
buenos dias my brother called me crying he says they moved him??
[[can you find out where he is||me||q]]
[[and is the bond hearing still on thursday||me||q]]
[[can someone call me back today porfa||me|today|req]]""",
        ),
        R(
            "me",
            ["gloria"],
            "03-02 09:30",
            cc=["luz"],
            body="""\
Gloria, I just spoke with the facility. Luis is still at Broward Transitional Center; they only moved him to \
another unit. The bond hearing is still on Thursday, March 11 at 1 p.m.

[[Please bring the letters of support from his employer and his church to my office by Tuesday.||gloria|tue|req]]
[[Luz will call you this afternoon to explain what else the judge will look at.||luz|today|com]]""",
        ),
        R(
            "gloria",
            ["me"],
            "03-02 09:41",
            """\
ok gracias licenciada
[[I will bring them tuesday after work||gloria|tue|com]]""",
        ),
    ),
]
