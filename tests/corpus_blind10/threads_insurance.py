# ruff: noqa: E501  (long lines are mail text, kept as typed)
"""Munster Mutual's casualty files: the insurer, its loss adjuster, counsel, the other side and the reinsurer."""

from __future__ import annotations

from corpus_kit.mailgen import Msg, R, T

KAV = "Kavanagh v Ardlow Foods - your ref MM-PL-2025-04417"

THREADS = [
    # The formal Cork claims handler: the asks sit in the middle of long paragraphs.
    T(
        "awaiting_them",
        Msg(
            "fionnuala",
            ["me"],
            "03-22 10:15",
            """Dear Niamh,

I refer to the above matter and to our telephone conversation of last week. As you know, the accident \
happened on 3 February 2025 at our insured's store on Bridge Street, Mallow, when the plaintiff is alleged to \
have slipped on a spillage near the chilled aisle, and the proceedings were served on 9 September 2025. \
Our large loss committee meets on Thursday 1 April and, given the level of the reserve on this file, the \
committee will expect a considered view from panel solicitors. [[I would therefore be grateful if you could \
let me have your updated assessment of liability and quantum, together with your recommendation on settlement, \
in advance of that meeting.||me|2027-04-01|req]] The committee has in the past been critical of reports that \
arrive on the morning of the meeting, and I mention it only so that you are aware of it.

On a separate note, I understand from the insured's store manager that the CCTV footage for the day in \
question may not have been retained beyond the standard thirty-day period. [[Could you also confirm whether \
counsel has been briefed for the hearing and, if so, whether she has had sight of the engineer's report?||me||q]] \
I would not wish us to be in a position where these matters are raised for the first time at the door of \
the court.

Kind regards,""",
            subj=KAV,
        ),
        R(
            "me",
            ["fionnuala"],
            "03-22 16:40",
            """Hi Fionnuala,

Thanks for this. [[I'll revert with the full report by Tuesday week, well ahead of the committee.||me|\
2027-03-30|com]]

Counsel is briefed: Orla Fitzgerald BL has had the papers, including the engineer's report, since 10 March.

[[Would you mind asking the store for the CCTV retention log so we can show what was kept and when it was \
overwritten?||fionnuala||req]]

Cheers,""",
        ),
        R(
            "fionnuala",
            ["me"],
            "03-23 11:02",
            """Dear Niamh,

Thank you for your email and for confirming the position regarding counsel, which is of some comfort. \
[[I have written to the insured's risk manager in relation to the CCTV retention log and I will forward it \
to you upon receipt, which I anticipate will be early next week.||fionnuala|nextweek|com]] In the meantime I \
note that your report will follow by Tuesday 30 March.

Kind regards,""",
        ),
    ),
    # Counsel wants papers; Niamh only passes it to the trainee, so counsel is still waiting.
    T(
        "needs_reply",
        Msg(
            "me",
            ["orla"],
            "03-19 12:20",
            """Hi Orla,

[[Orla, can you let me have your advice on proofs before the hearing on 14 April?||orla|2027-04-14|req]] \
Munster Mutual's committee sits on 1 April, so anything you can give me before then would be a great help.

Many thanks,""",
            cc=["ciaran"],
            subj="Kavanagh v Ardlow Foods - advice on proofs",
        ),
        R(
            "orla",
            ["me"],
            "03-23 19:48",
            """will do. [[can you send me the engineers report and the GP notes, I don't seem to have them||me||req]]""",
            cc=["ciaran"],
        ),
        R(
            "me",
            ["ciaran"],
            "03-24 08:05",
            """[[Ciarán, would you mind sending Orla the engineer's report and the GP notes today?||ciaran|today|req]] \
I thought they went with the brief.""",
        ),
    ),
    # The loss adjuster's report with the ask in a P.S.
    T(
        "needs_reply",
        Msg(
            "me",
            ["brendan"],
            "03-16 09:30",
            """Hi Brendan,

Munster Mutual have passed us the Shannonside Packaging file (forklift incident, Nestor). [[Brendan, could \
you send me your preliminary report by Friday?||brendan|fri|req]] Even a draft would do for now.

Thanks,""",
            subj="Nestor v Shannonside Packaging - preliminary report",
        ),
        R(
            "brendan",
            ["me"],
            "03-19 17:55",
            """Hi Niamh,

Report attached. The incident happened on 14 January 2027 at about 7.40am in the dispatch bay; the claimant \
says the forklift reversed into the racking he was stacking. Two witnesses, one of whom has since left the \
company.

Regards,
Brendan

[[P.S. Would you mind letting me know by Monday if you want me to take a statement from the forklift driver \
before he goes on parental leave?||me|mon|q]]""",
            sig=False,
            attach=[("Nestor - preliminary report.pdf", "application/pdf")],
        ),
    ),
    # A forwarded chain with "See below - can you deal?" on top; resolved.
    T(
        "none",
        Msg(
            "declan",
            ["me"],
            "03-18 08:50",
            """[[Niamh, see below - can you deal?||me||req]] I don't want Munster waiting on us.

D.""",
            fwd={
                "frm": "fionnuala",
                "to": ["declan"],
                "at": "03-17 16:30",
                "subj": "Brady v Lee Valley Hotels - extension of time for defence",
                "body": """Dear Declan,

I note that the time for delivery of the defence in the above matter expires shortly. Please confirm by \
return that an extension has been sought from the plaintiff's solicitors and let me know the new date.

Kind regards,""",
            },
        ),
        R(
            "me",
            ["declan"],
            "03-18 15:10",
            """Done - I rang Fionnuala and Byrne Mulcahy have agreed to extend to 9 April. Confirmed in writing to both.""",
        ),
        R("declan", ["me"], "03-18 15:40", """Grand, thanks.""", sig=False),
    ),
    # The German reinsurer: Outlook in German, AW: subjects, Munich time.
    T(
        "needs_reply",
        Msg(
            "katrin",
            ["me"],
            "03-22 10:05",
            """Dear Ms Brennan,

As reinsurer of Munster Mutual we are following the Quinlan claim closely, as the reserve now exceeds our \
notification threshold. [[Could you please provide a reserve recommendation and a litigation budget to \
the end of the trial by 31 March?||me|2027-03-31|req]] [[Please also confirm whether the plaintiff's \
solicitors have served a notice of trial.||me||q]]

With kind regards""",
            cc=["fionnuala"],
            subj="Quinlan v Shannonside Packaging - reserve and budget",
        ),
        R(
            "me",
            ["katrin"],
            "03-23 12:30",
            """Dear Dr Vogel,

Thank you. No notice of trial has been served yet. [[I'll send you the reserve recommendation and budget \
before the end of the month.||me|2027-03-31|com]]

[[Can you confirm whether Isar Rück wishes to be consulted before any offer above €500,000 is made?||katrin||q]]

Kind regards,""",
            cc=["fionnuala"],
        ),
        R(
            "katrin",
            ["me"],
            "03-24 10:20",
            """Dear Ms Brennan,

[[Yes, we must be consulted beforehand; please send any proposed offer to me at least five working days \
in advance.||me||req]] [[When do you expect the mediation to take place?||me||q]]

With kind regards""",
            cc=["fionnuala"],
        ),
    ),
    # A new instruction, acknowledged with a promise: the promise answers, and Niamh asked nothing back.
    T(
        "none",
        Msg(
            "fionnuala",
            ["me"],
            "03-15 14:05",
            """Dear Niamh,

We enclose herewith our instructions in respect of the above claim, in which the Injuries Resolution Board \
issued an authorisation on 2 March 2027 and proceedings have now been issued in the High Court. The \
plaintiff, a warehouse operative, alleges a lower back injury sustained while lifting, and the insured \
disputes that any manual handling training was ever refused. [[We should be obliged if you would \
acknowledge receipt of these instructions and confirm that no conflict of interest arises.||me||q]] \
[[Thereafter, please let us have your preliminary report within 21 days of receipt.||me|+21|req]] [[We would \
ask that the report address, in particular, the training records and the prospects of a contribution \
claim against the labour agency.||me|+21|req]]

Kind regards,""",
            subj="New instruction - Dolan v Shannonside - MM-EL-2026-01932",
            attach=[("Dolan - instruction pack.pdf", "application/pdf")],
        ),
        R(
            "me",
            ["fionnuala"],
            "03-15 17:20",
            """Dear Fionnuala,

Acknowledged with thanks, and I confirm no conflict arises. [[Ciarán will open the file today.||ciaran|\
today|com]] [[I'll have the preliminary report to you within 21 days.||me|2027-04-05|com]]

Kind regards,""",
            cc=["ciaran"],
        ),
    ),
    # Approval of counsel's fee; only a read receipt has come back.
    T(
        "awaiting_them",
        Msg(
            "me",
            ["fionnuala"],
            "03-23 15:45",
            """Hi Fionnuala,

A quick one on Kavanagh. [[Could you approve counsel's fee of €3,500 plus VAT for the advice on proofs?||\
fionnuala||appr]] Orla will start once we have the nod.

Cheers,""",
            subj="Kavanagh - counsel's fee for advice on proofs",
            headers={"Disposition-Notification-To": "niamh.brennan@kilbrideoneill.test"},
        ),
        Msg(
            "fionnuala",
            ["me"],
            "03-23 16:02",
            """Your message

  To: Fionnuala Hegarty
  Subject: Kavanagh - counsel's fee for advice on proofs
  Sent: 23 March 2027 15:45

was read on 23 March 2027 16:02.""",
            reply=0,
            quote=None,
            sig=False,
            disc=False,
            fmt="plain",
            subj="Read: Kavanagh - counsel's fee for advice on proofs",
            report=(
                "disposition-notification",
                "Reporting-UA: munstermutual.test; Microsoft Outlook 16.0\n"
                "Final-Recipient: rfc822; fionnuala.hegarty@munstermutual.test\n"
                "Disposition: manual-action/MDN-sent-manually; displayed",
            ),
        ),
    ),
    # The plaintiff's solicitors: a promise from them, then a fresh question with a deadline.
    T(
        "needs_reply",
        Msg(
            "fergal",
            ["me"],
            "03-18 11:30",
            """Dear Ms Brennan,

We refer to previous correspondence. [[Please confirm whether your client will admit liability.||me||q]] \
[[We also call on you to agree the attached medical reports before the hearing on 14 April, failing which \
we will be calling both doctors.||me|2027-04-14|req]]

Yours sincerely,""",
            subj="Kavanagh v Ardlow Foods Ltd - medical reports",
            attach=[("Kavanagh - medical reports.pdf", "application/pdf")],
        ),
        R(
            "me",
            ["fergal"],
            "03-19 10:05",
            """Dear Fergal,

Liability remains in issue. [[We'll revert on the medical reports after the Easter break.||me||com]]

[[In the meantime, can you send on vouchers for the special damages claimed?||fergal||req]]

Kind regards,""",
        ),
        R(
            "fergal",
            ["me"],
            "03-24 12:15",
            """Dear Ms Brennan,

[[Vouchers will follow under separate cover next week.||fergal|nextweek|com]] Given the hearing date, \
[[can you confirm your client's final position on liability by close of business Friday?||me|fri|q]]

Yours sincerely,""",
        ),
    ),
]
