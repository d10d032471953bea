"""Rojas v. Dunleavy: a Spanish-speaking family rear-ended on I-55; Lakeshore Mutual insures the driver."""

from __future__ import annotations

from corpus_kit.mailgen import Msg, R, T

ICS = """BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2019
VERSION:2.0
BEGIN:VEVENT
UID:040000008200E00074C5B7101A82E00800000000B1C2D3E4F5
SUMMARY:Rojas case review
DTSTART;TZID=Central Standard Time:20261203T140000
DTEND;TZID=Central Standard Time:20261203T150000
LOCATION:Conference Room B
ORGANIZER;CN=Priya Dhaliwal:mailto:priya.dhaliwal@kestrelvance.test
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:nora.castellano@kestrelvance.test
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:denise.farraday@kestrelvance.test
END:VEVENT
END:VCALENDAR
"""

BRENDA_LETTER = (
    "Re: Our Insured: Kevin Dunleavy\nYour Client: Guadalupe Rojas\nClaim Number: 26-BI-0077412\n"
    "Date of Loss: 10/14/2025\n\nDear Ms. Castellano:\n\n"
    "Please be advised that this office is in receipt of your letter of representation dated November 2, "
    "2026. Lakeshore Mutual Insurance Company has completed its investigation of the liability portion of "
    "this claim.\n\n"
)

THREADS = [
    # Letter-style adjuster mail, asks in the middle; Nora hands it to an associate, the adjuster waits.
    T(
        "needs_reply",
        Msg(
            "brenda",
            ["nora"],
            "11-19 10:02",
            BRENDA_LETTER
            + "[[In order to complete our evaluation, please forward copies of all medical bills and "
            "records for Ms. Rojas within 30 days of this letter.||nora|+30|req]] [[At your earliest "
            "convenience, kindly advise whether your client has health insurance that has made payments "
            "toward "
            "her treatment.||nora||q]]\n\n"
            "Please note that this letter does not constitute an admission of liability, and Lakeshore "
            "reserves all of its rights under the policy.\n\n"
            "Should you have any questions, please do not hesitate to contact the undersigned.\n\nSincerely,",
            subj="Claim 26-BI-0077412 / Insured: Dunleavy / Claimant: Rojas",
        ),
        Msg(
            "nora",
            ["jerome"],
            "11-30 08:31",
            "[[Jerome, can you pull the Rojas bills and records together for this by Friday at "
            "noon?||jerome|fri|req]] I want to send them with the demand.",
            fwd=0,
        ),
        R("jerome", ["nora"], "11-30 08:50", "Will do."),
    ),
    # The client's daughter writes for her mother, with three asks.
    T(
        "needs_reply",
        Msg(
            "nora",
            ["guadalupe"],
            "11-20 12:10",
            "Hola Guadalupe,\n\n[[Could you send me photos of the car and of your bruises from the first "
            "week "
            "after the accident?||guadalupe||req]] Your daughter can help you with the email if that is "
            "easier.\n\nGracias,",
            cc=["daniela"],
            subj="Fotos / photos",
        ),
        R(
            "daniela",
            ["nora"],
            "11-28 11:26",
            "Hi Ms. Castellano,\n\n"
            "This is Daniela, Guadalupe's daughter. My mom asked me to write for her because her English is "
            "not "
            "so good. I attached 12 photos, the ones of her arm are from October 16 last year.\n\n"
            "[[She wants to know if the check for the car already came||nora||q]]\n"
            "[[Also can you call her after 5pm, she works mornings at the bakery.||nora||req]]\n"
            "[[And can you send her the papers in Spanish please?||nora||req]] She signs them faster that "
            "way.\n\n"
            "Thank you for everything you are doing for our family!",
            cc=["guadalupe"],
            attach=[("IMG_4471.jpg", "image/jpeg")],
        ),
        R(
            "daniela",
            ["nora"],
            "11-29 20:48",
            "[[hi its daniela again, did you get the photos?||nora||q]]",
            quote=None,
            refs=False,
            sig=False,
            subj="photos",
        ),
    ),
    # Spanish exchange; the client's reply is ISO-8859-1 quoted-printable and closes the thread.
    T(
        "none",
        Msg(
            "nora",
            ["guadalupe"],
            "11-18 09:30",
            "Hola Guadalupe:\n\nLe envié por correo el acuerdo de honorarios corregido. [[Por favor fírmelo "
            "donde "
            "están las banderitas amarillas y mándemelo en el sobre antes del "
            "viernes.||guadalupe|fri|req]]\n\n"
            "Saludos,",
            subj="Acuerdo de honorarios",
        ),
        R(
            "guadalupe",
            ["nora"],
            "11-20 17:45",
            "Ya firmé y lo mandé por correo hoy. Muchas gracias licenciada, que Dios la bendiga.",
            charset="iso-8859-1",
            cte="quoted-printable",
        ),
    ),
    # The case manager forwards the property-damage offer and asks for sign-off.
    T(
        "needs_reply",
        Msg(
            "denise",
            ["nora"],
            "11-30 08:05",
            "Nora,\n\nLakeshore came back at $4,850 on the Rojas Honda (below). Guadalupe told me on the "
            "phone "
            "Friday she is fine with it. [[Are you OK with me telling Brenda we accept?||nora|wed|appr]] She "
            "wants an answer by Wednesday.",
            fwd={
                "frm": "brenda",
                "to": ["denise"],
                "at": "11-25 15:30",
                "subj": "PD offer - Claim 26-PD-0077412",
                "body": "Ms. Farraday:\n\nPlease be advised that Lakeshore Mutual values the property damage "
                "to "
                "your client's 2017 Honda Accord at $4,850.00, less no deductible. Please advise whether "
                "your "
                "client accepts this amount by December 2, 2026.\n\nThank you,",
            },
        ),
    ),
    # HTML-only adjuster mail about the minors' settlements.
    T(
        "needs_reply",
        Msg(
            "brenda",
            ["nora"],
            "11-24 13:15",
            "Dear Ms. Castellano:\n\n"
            "Please be advised that any settlement of the claims of the minor children, Mateo and Sofia "
            "Rojas, "
            "will require court approval.\n"
            "[[Kindly advise whether you intend to petition the court or whether you wish our defense "
            "counsel to "
            "prepare the petition.||nora||q]]\n"
            "[[Please provide the children's dates of birth ASAP.||nora||req]]\n\n"
            "Thank you,",
            subj="Claim 26-BI-0077413 and 26-BI-0077414 / Minor claimants",
            fmt="html",
        ),
    ),
    # Nora asks for the policy limits; the adjuster refers it and promises to come back: still waiting.
    T(
        "awaiting_them",
        Msg(
            "nora",
            ["brenda"],
            "11-23 16:00",
            "Ms. Kowalczyk,\n\nGiven the extent of Ms. Rojas's shoulder injury, [[please disclose the bodily "
            "injury limits of Mr. Dunleavy's policy no later than December 15, "
            "2026.||brenda|2026-12-15|req]] "
            "We will hold our demand until then.\n\nVery truly yours,",
            subj="Claim 26-BI-0077412 - policy limits",
        ),
        R(
            "brenda",
            ["nora"],
            "11-24 09:20",
            "Ms. Castellano:\n\nWe are in receipt of your request, which has been referred to our "
            "underwriting "
            "department. [[I will advise once I hear back.||brenda||com]]\n\nSincerely,",
        ),
    ),
    # The partner, from his phone, chasing the demand.
    T(
        "needs_reply",
        Msg(
            "tom_phone",
            ["nora"],
            "11-29 18:22",
            "[[where are we on the rojas demand||nora||q]]\n[[lets get it out before "
            "christmas||nora|2026-12-25|req]]",
            subj="rojas",
        ),
    ),
    # An associate asks for sign-off and a choice.
    T(
        "needs_reply",
        Msg(
            "priya",
            ["nora"],
            "11-25 16:40",
            "Hi Nora,\n\nThe Rojas demand is drafted (attached). It asks for the $250,000 limits, assuming "
            "that is "
            "what Brenda comes back with.\n\n[[Can I send it out under your signature once the limits are "
            "confirmed?||nora||appr]]\n[[Also, do you want the medical summary as an exhibit or in the body "
            "of "
            "the letter||nora||q]]\n\nThanks,",
            attach=[("Rojas_demand_DRAFT_v2.docx", "application/vnd.openxmlformats")],
            subj="Rojas demand draft",
        ),
    ),
    # "Can someone" to two staff, Nora not in To: the first To recipient owns it; a promise is not records.
    T(
        "awaiting_them",
        Msg(
            "nora",
            ["denise", "kayla"],
            "11-30 07:40",
            "[[Can someone order the Mercy West ER records for Guadalupe and both kids?||denise||req]] The "
            "authorizations are in the file.",
            subj="Mercy West ER records - Rojas",
        ),
        R(
            "kayla",
            ["nora"],
            "11-30 08:20",
            "Denise is off until tomorrow. [[I'll put the request in through the portal first thing "
            "tomorrow.||kayla|tomorrow|com]]",
            cc=["denise"],
        ),
    ),
    # A calendar invitation: automated, no asks.
    T(
        "none",
        Msg(
            "priya",
            ["nora", "denise"],
            "11-25 11:00",
            "Rojas case review before the demand goes out. Please bring the updated medical specials.",
            subj="Rojas case review",
            ics=ICS,
            sig=False,
        ),
    ),
    # Approval asked and granted; closed by the case manager's report.
    T(
        "none",
        Msg(
            "denise",
            ["nora"],
            "11-20 10:10",
            "[[Can I pay the Mercy West records invoice ($87.50) from the Rojas cost account?||nora||appr]]",
            subj="Records invoice",
        ),
        R("nora", ["denise"], "11-20 10:32", "[[Approved, go ahead and pay it.||denise||appr]]"),
        R("denise", ["nora"], "11-20 11:05", "Paid, and the receipt is in the file."),
    ),
]
