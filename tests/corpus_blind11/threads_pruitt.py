"""Pruitt v. Fairbrook Foods: a retired teacher's fall on an icy lot; Prairie State Casualty; Medicare."""

from __future__ import annotations

from corpus_kit.mailgen import Msg, R, T

THREADS = [
    # The retired teacher's long letter: two real questions among small talk, a rhetorical one and old dates.
    T(
        "needs_reply",
        Msg(
            "harold",
            ["nora"],
            "11-28 14:05",
            "Dear Ms. Castellano,\n\n"
            "I trust you and your family had a pleasant Thanksgiving. Ours was quiet, which at my age is a "
            "blessing.\n\n"
            "The knee is better than it was. I fell on January 12 of this year, and I can now manage the "
            "stairs "
            "to the basement without the cane. Who would have thought a patch of ice could cause this much "
            "trouble?\n\n"
            "[[I have been wondering whether I should keep seeing the physical therapist twice a week, or "
            "whether I may cut back now that the knee is improving.||nora||q]] [[I would also appreciate it "
            "if "
            "you could tell me, when you have a moment, how much longer a case like mine usually "
            "takes.||nora||q]]\n\n"
            "With kind regards,",
            subj="A question or two",
        ),
    ),
    # Nora's bulleted list with a message-level deadline; the client promises to look, so she still waits.
    T(
        "awaiting_them",
        Msg(
            "nora",
            ["harold"],
            "11-23 11:40",
            "Dear Mr. Pruitt,\n\nTo finish your damages package, could you mail me copies of the following "
            "by "
            "year end?\n\n"
            "- [[Pharmacy receipts since January||harold|2026-12-31|req]]\n"
            "- [[Your mileage log for the physical therapy visits||harold|2026-12-31|req]]\n"
            "- [[The letter from Medicare you mentioned at our last meeting||harold|2026-12-31|req]]\n\n"
            "Thank you,",
            subj="Documents for your case",
        ),
        R(
            "harold",
            ["nora"],
            "11-24 08:15",
            "Dear Ms. Castellano,\n\n[[I will go through my files and send you what I find.||harold||com]] "
            "The Medicare letter may take me a while; Marjorie was the filer in this house.\n\nRegards,",
            refs=False,
        ),
    ),
    # A demand with a response date, answered only by the insurer's claim system.
    T(
        "awaiting_them",
        Msg(
            "nora",
            ["gary"],
            "11-20 15:10",
            "Mr. Pinsker,\n\nEnclosed is our settlement demand on behalf of Harold Pruitt, with his medical "
            "records "
            "and bills from Loyola Gottlieb and Northshore Orthopaedic Associates. Mr. Pruitt fell in the "
            "Fairbrook Foods parking lot in Oak Park on January 12, 2026.\n\n"
            "[[Please respond to this demand no later than December 15, 2026.||gary|2026-12-15|req]]\n\n"
            "Very truly yours,",
            attach=[("Pruitt_demand_package.pdf", "application/pdf")],
            subj="Settlement demand - Pruitt v. Fairbrook Foods - Claim GL-88120-26",
        ),
        Msg(
            "claims_ack",
            ["nora"],
            "11-20 15:12",
            "Thank you for contacting Prairie State Casualty.\n\n"
            "Your correspondence regarding claim GL-88120-26 has been received and added to the claim file. "
            "A "
            "claims professional will review it. Please allow 10 business days for a response. To check the "
            "status of this claim, please visit our agent and attorney portal.\n\n"
            "This is an automated message. Please do not reply to this email.",
            subj="Acknowledgment: Settlement demand - Pruitt v. Fairbrook Foods - Claim GL-88120-26",
            reply=0,
            quote=None,
            headers={"Auto-Submitted": "auto-replied"},
        ),
    ),
    # FYI to the adjuster, then a read receipt: nothing open.
    T(
        "none",
        Msg(
            "nora",
            ["gary"],
            "11-18 10:20",
            "Mr. Pinsker,\n\nAs requested, enclosed is Mr. Pruitt's signed medical "
            "authorization.\n\nRegards,",
            attach=[("Pruitt_authorization_signed.pdf", "application/pdf")],
            subj="Pruitt - signed authorization",
        ),
        Msg(
            "gary",
            ["nora"],
            "11-18 11:02",
            "Your message\n\n  To: Gary Pinsker\n  Subject: Pruitt - signed authorization\n  Sent: "
            "Wednesday, "
            "November 18, 2026 10:20 AM\n\nwas read on Wednesday, November 18, 2026 11:02 AM.",
            subj="Read: Pruitt - signed authorization",
            reply=0,
            quote=None,
            sig=False,
            report=(
                "disposition-notification",
                "Reporting-UA: prairiestatecas.test; Microsoft Outlook 16.0\n"
                "Final-Recipient: rfc822;gary.pinsker@prairiestatecas.test\n"
                "Disposition: manual-action/MDN-sent-manually; displayed",
            ),
        ),
    ),
    # The lien-resolution company: bulleted questions and a dated request.
    T(
        "needs_reply",
        Msg(
            "craig",
            ["nora"],
            "11-24 10:45",
            "Good morning Ms. Castellano,\n\n"
            "Summit Lien Resolution has been retained to resolve the Medicare conditional payment claim for "
            "your client Harold Pruitt. The current conditional payment amount is $11,206.44.\n\n"
            "So that we can request Medicare's final demand, please provide the following:\n"
            "- [[The anticipated settlement date||nora||q]]\n"
            "- [[The gross settlement amount||nora||q]]\n"
            "- [[Attorney fees and costs, as a percentage of the gross||nora||q]]\n\n"
            "[[Please also sign and return the attached consent to release information by Friday at "
            "noon.||nora|fri|req]]\n\nThank you,",
            attach=[("Consent_to_Release_Pruitt.pdf", "application/pdf")],
            subj="Medicare conditional payment - Harold Pruitt",
        ),
    ),
    # Nora asks defence counsel for a call; only an out-of-office comes back.
    T(
        "awaiting_them",
        Msg(
            "nora",
            ["sheila"],
            "11-24 09:05",
            "Sheila,\n\n[[Can we talk on Wednesday about a mediation date in Pruitt?||sheila|wed|req]] Any "
            "time "
            "after 1:00 works on my end.\n\nNora",
            subj="Pruitt - mediation",
        ),
        Msg(
            "sheila",
            ["nora"],
            "11-24 09:06",
            "I am out of the office through Monday, November 30, with limited access to email. For urgent "
            "matters please contact my assistant, Rhonda Kerr, at 312-555-0161.",
            subj="Automatic reply: Pruitt - mediation",
            reply=0,
            quote=None,
            sig=False,
            headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
        ),
    ),
    # The mediator's coordinator writes to several people, none named; Nora is in To.
    T(
        "needs_reply",
        Msg(
            "kim",
            ["nora", "martin", "gary"],
            "11-23 14:30",
            "Counsel and Mr. Pinsker,\n\n"
            "Judge Ellen Marchetti (ret.) has been selected to mediate Pruitt v. Fairbrook Foods. [[Please "
            "let me "
            "know your availability for a full-day session on December 17, 18 or 21.||nora||q]] The fee "
            "schedule "
            "is attached.\n\nBest regards,",
            cc=["sheila", "priya"],
            attach=[("Lakeview_ADR_fee_schedule.pdf", "application/pdf")],
            subj="Mediation scheduling - Pruitt v. Fairbrook Foods",
        ),
        R(
            "martin",
            ["kim"],
            "11-24 10:15",
            "Kim,\n\nThe defense and Prairie State are available on December 17 and 18.\n\nMartin",
            cc=["nora", "gary", "sheila", "priya"],
        ),
        R(
            "gary",
            ["kim"],
            "11-24 11:30",
            "Prairie State can attend either date. I will appear in person with full authority.",
            cc=["nora", "martin", "sheila", "priya"],
        ),
    ),
    # The case manager's numbered records list: each item an ask, the lead-in's date on all.
    T(
        "awaiting_them",
        Msg(
            "denise",
            ["tanya"],
            "11-23 10:00",
            "Hello,\n\nThis office represents your patient Harold Pruitt (DOB 04/17/1954). A signed "
            "authorization "
            "is attached. Please send the following by December 11:\n\n"
            "1. [[Office notes from 01/20/2026 to the present||tanya|2026-12-11|req]]\n"
            "2. [[MRI images and reports of the left knee||tanya|2026-12-11|req]]\n"
            "3. [[An itemized billing ledger with CPT codes||tanya|2026-12-11|req]]\n"
            "4. [[Any physical therapy referrals||tanya|2026-12-11|req]]\n\nThank you,",
            cc=["nora"],
            attach=[("Pruitt_HIPAA.pdf", "application/pdf")],
            subj="Records request - Harold Pruitt",
        ),
        R(
            "tanya",
            ["denise"],
            "11-23 15:25",
            "Your request was logged today. The billing ledger comes from our central billing office, not "
            "HIM. "
            "[[I will forward that part of your request to them today.||tanya|today|com]]",
            cc=["nora"],
        ),
    ),
    # Nora's update with her own promise; the client thanks her; nothing open.
    T(
        "none",
        Msg(
            "nora",
            ["harold"],
            "11-25 13:30",
            "Dear Mr. Pruitt,\n\nA quick update: we sent the settlement demand to Prairie State on November "
            "20, "
            "and a mediator has been chosen. [[I will call you once the mediation date is "
            "set.||nora||com]]\n\n"
            "Happy Thanksgiving,",
            subj="Update on your case",
        ),
        R(
            "harold",
            ["nora"],
            "11-25 16:50",
            "Thank you so much, Ms. Castellano. That is good news. Have a lovely holiday.",
        ),
    ),
    # Automated e-filing acceptance.
    T(
        "none",
        Msg(
            "efile",
            ["nora"],
            "11-19 09:14",
            "Your filing has been accepted.\n\nCase: 2026 L 009361 - PRUITT, HAROLD v. FAIRBROOK FOODS, "
            "INC.\n"
            "Document: AFFIDAVIT OF SERVICE\nEnvelope: 40722915\nSubmitted: 11/18/2026 5:02 PM\n"
            "Accepted: 11/19/2026 9:13 AM\n\nIf you did not submit this filing, contact the clerk's office. "
            "Please print or save the file-stamped copy for your records.",
            subj="Filing Accepted - Envelope 40722915 - 2026 L 009361",
            headers={"Auto-Submitted": "auto-generated"},
        ),
    ),
    # Process server: asked by Friday, served, promised the original, closed by thanks.
    T(
        "none",
        Msg(
            "nora",
            ["ray"],
            "11-16 14:00",
            "Ray,\n\n[[Please serve the attached alias summons on Fairbrook Foods' registered agent by "
            "Friday.||ray|fri|req]] The agent is CT Corporation on LaSalle.\n\nThanks,",
            attach=[("Alias_summons_Fairbrook.pdf", "application/pdf")],
            subj="Service - Pruitt v. Fairbrook",
        ),
        R(
            "ray",
            ["nora"],
            "11-17 14:40",
            "served today 2:14 pm, affidavit attached\n[[ill drop the original at your office "
            "monday||ray|mon|com]]",
        ),
        R("nora", ["ray"], "11-17 15:05", "Perfect, thank you Ray."),
    ),
    # Process server, holiday closure, asks what next without a question mark.
    T(
        "needs_reply",
        Msg(
            "ray",
            ["nora"],
            "11-27 13:20",
            "tried Doug Feeney's house in Naperville today for the dep subpoena, nobody home, neighbor says "
            "they're away for the holiday\n[[want me to go back monday or try him at work||nora||q]]",
            subj="Feeney subpoena",
        ),
    ),
    # "Can someone cover..." to two lawyers, Nora in To: hers; a colleague takes it, so nothing is left.
    T(
        "none",
        Msg(
            "jerome",
            ["nora", "priya"],
            "11-23 08:45",
            "[[Can someone cover the 9:30 status call in Pruitt on Tuesday?||nora|tue|req]] I'm at the "
            "Kessler "
            "dep all day.",
            subj="Pruitt status call Tuesday",
        ),
        R("priya", ["jerome", "nora"], "11-23 09:02", "[[I can cover it.||priya|tue|com]]"),
        R("jerome", ["priya", "nora"], "11-23 09:10", "Thanks Priya!"),
    ),
    # Nora asks the reporter for a transcript by Friday; the reporter promises a later date.
    T(
        "awaiting_them",
        Msg(
            "nora",
            ["jolene"],
            "11-30 07:55",
            "Hi Jolene,\n\n[[Can you send me the Kessler deposition transcript by Friday?||jolene|fri|req]] "
            "We "
            "need it for our response to the motion to compel.\n\nThanks,",
            subj="Kessler transcript",
        ),
        R(
            "jolene",
            ["nora"],
            "11-30 08:40",
            "Hi Nora,\n\n[[The expedited transcript will be ready Thursday, December 3, and I'll email it to "
            "you "
            "that morning.||jolene|2026-12-03|com]]",
        ),
    ),
]
