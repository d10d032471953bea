"""Automated mail (authority portal, land titles, property system, newsletter, invite), small firm threads."""

from __future__ import annotations

from corpus_kit.mailgen import Msg, R, T

ICS = (
    "BEGIN:VCALENDAR\nPRODID:-//Microsoft Corporation//Outlook 16.0 "
    "MIMEDIR//EN\nVERSION:2.0\nMETHOD:REQUEST\n"
    ""
    "BEGIN:VEVENT\nDTSTART;TZID=Pacific/Auckland:20270408T140000\nDTEND;TZID=Pacific/Auckland:20270408T150000\n"
    "SUMMARY:Mediation prep - Ranginui\nLOCATION:Kōwhai Partners - Rangitoto room\n"
    "UID:040000008200E00074C5B7101A82E00800000000KP12RANG\nORGANIZER;CN=Tāne Walker:mailto:"
    "tane.walker@kowhaipartners.test\nATTENDEE;CN=Ngaio "
    "Parata;RSVP=TRUE:mailto:ngaio.parata@kowhaipartners.test"
    "\nEND:VEVENT\nEND:VCALENDAR\n"
)

THREADS = [
    T(
        "none",
        Msg(
            "era",
            ["ngaio"],
            "03-26 06:00",
            "EMPLOYMENT RELATIONS AUTHORITY - CASE PORTAL\n\nMatter: Tuhoro v Maungatautari Milk "
            "Co-operative "
            "Limited\nAuthority reference: ERA 2027/AK/0418\n\nA statement in reply has been lodged by the "
            "respondent's representative on 25 March 2027.\n\nLog in to the portal to view the document. "
            "Please do not reply to this email; this mailbox is not monitored.",
            subj="ERA 2027/AK/0418 - Statement in reply lodged",
            sig=False,
        ),
    ),
    T(
        "none",
        Msg(
            "era",
            ["ngaio"],
            "03-30 06:00",
            "EMPLOYMENT RELATIONS AUTHORITY - CASE PORTAL\n\nMatter: Tuhoro v Maungatautari Milk "
            "Co-operative "
            "Limited\nAuthority reference: ERA 2027/AK/0418\n\nAn investigation meeting has been scheduled:\n"
            "Date: Wednesday 12 May 2027, 9:30am\nVenue: Employment Relations Authority, Auckland\n\n"
            "Directions: the applicant must lodge witness statements by 23 April 2027. The respondent must "
            "lodge witness statements by 7 May 2027. Contact the Authority officer if you cannot attend.\n\n"
            "This is an automated message. Please do not reply.",
            subj="ERA 2027/AK/0418 - Investigation meeting scheduled",
            sig=False,
        ),
    ),
    T(
        "none",
        Msg(
            "landreg",
            ["ngaio"],
            "03-31 17:02",
            "LandTitle Online - e-dealing notification\n\nDealing: 12488317\nStatus: Lodged - awaiting "
            "registration\nTitle(s): NA58C/771 (14 Kauri Road)\nInstruments: Discharge of mortgage, "
            "Transfer, Mortgage\nLodged by: Kōwhai Partners (firm code KOWP)\n\nRequisitions, if any, must "
            "be "
            "answered within 10 working days of notice. Do not reply to this message.",
            subj="E-dealing 12488317 lodged - NA58C/771",
            sig=False,
        ),
    ),
    T(
        "none",
        Msg(
            "propdesk",
            ["ngaio"],
            "03-31 07:00",
            "PropertyDesk | Quay Property Management\n\nArrears alert\nProperty: Unit 3, 22 Franklin Road, "
            "Ponsonby\nDays in arrears: 25\nAmount owing: $2,850.00\n\nAction required: Please review this "
            "tenancy and confirm next steps in PropertyDesk within 5 days.\n\nYou are receiving this because "
            "you are listed as the owner's solicitor. Manage notification settings in your PropertyDesk "
            "profile.",
            subj="Arrears alert: Unit 3, 22 Franklin Road",
            sig=False,
        ),
    ),
    T(
        "none",
        Msg(
            "news",
            ["ngaio"],
            "03-31 06:30",
            "Tāmaki Law Society - Weekly Update\n\nHoliday pay remediation: what does the latest Court of "
            "Appeal "
            "decision mean for employers? Our employment committee unpacks it on page 2.\n\n"
            "Practising certificates: renewals close on 30 April. Have you done your CPD declaration yet?\n\n"
            "Seminar: Residential settlements after the Anzac long weekend - register by 9 April to secure "
            "your seat.\n\nUnsubscribe or update your preferences at any time.",
            subj="Weekly Update | Holiday pay, CPD, settlements seminar",
            sig=False,
        ),
    ),
    T(
        "none",
        Msg(
            "tane",
            ["ngaio"],
            "03-31 12:30",
            "Mediation prep - Ranginui\n\nWhen: Thursday 8 April 2027 2:00pm-3:00pm (Auckland)\n"
            "Where: Rangitoto room",
            subj="Mediation prep - Ranginui",
            ics=ICS,
            sig=False,
            headers={"X-MS-Exchange-Calendar-Series-Instance-Id": "BAAAAIIA4AB0xbcQGoLgCAAAAAB"},
        ),
    ),
    # Phone one-liner: cover a call; Ngaio's "yep sorted" closes it.
    T(
        "none",
        Msg(
            "tane_phone",
            ["ngaio"],
            "03-31 13:40",
            "[[can you cover the 2pm call with priya today, stuck at the authority||ngaio|today|req]]",
            subj="2pm",
        ),
        R("ngaio", ["tane"], "03-31 13:42", "yep sorted", sig=False),
    ),
    # Junior's draft: reviewed, sent back with a request.
    T(
        "awaiting_them",
        Msg(
            "liam",
            ["ngaio"],
            "03-29 17:10",
            "Hi Ngaio,\n\n[[Would you be able to review my draft statement of problem for Tom Ranginui by "
            "Wednesday?||ngaio|wed|req]] I've followed the Authority's form but I'm not sure about remedies.",
            subj="Draft SOP - Ranginui",
            attach=[("SOP draft v1.docx", "application/vnd.openxmlformats")],
        ),
        R(
            "ngaio",
            ["liam"],
            "03-30 18:20",
            "Hi Liam,\n\nNice work, it's a solid first draft. The remedies section needs to claim lost wages "
            "under section 123 and spell out the hurt and humiliation evidence.\n\n"
            "[[Can you fix that up and resend it to me by Friday?||liam|fri|req]]",
        ),
    ),
    # Client asks the firm to hold off; Ngaio agrees, nothing left.
    T(
        "none",
        Msg(
            "tom",
            ["ngaio"],
            "03-24 21:05",
            "Hi Ngaio\n\nHope your week's going well. Is it a bad time to ask something? "
            "[[Can you hold off filing anything with the Authority until I've talked it over with my whānau "
            "this weekend?||ngaio||req]]",
            subj="Holding off",
        ),
        R(
            "ngaio",
            ["tom"],
            "03-25 08:15",
            "Kia ora Tom,\n\nOf course, nothing will be filed until you give the go-ahead. "
            "Let me know if you want to talk anything through before then.",
        ),
        R("tom", ["ngaio"], "03-25 08:40", "Awesome, cheers Ngaio."),
    ),
]
