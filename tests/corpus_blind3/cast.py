# ruff: noqa: E501  (disclaimers are one paragraph per line, as mail clients send them)
"""Who writes in this mailbox: the user, her colleagues at Wattle & Quill Lawyers, clients and the other side.

The user is Maeve Kilbride, a Senior Associate (solicitor) at Wattle & Quill Lawyers, a small Sydney firm doing
residential conveyancing and commercial leasing. Every name, firm and domain here is invented; all domains
are under .test and the phone numbers sit in the ranges ACMA keeps for fiction (02 5550 xxxx, 0491 570 xxx).
Correspondents write from Sydney, Brisbane, Perth, Auckland, London and San Francisco, so clocks and the
October daylight-saving change (Sydney +1000 -> +1100 on Sunday 4 October 2026) differ per sender.
"""

from corpus_kit.mailgen import Person

ME = "maeve.kilbride@wattlequill.test"
NOW = "2026-10-08T09:00:00+11:00"  # Thursday, four days after Sydney moved to daylight time

WQ_DISCLAIMER = """CONFIDENTIALITY NOTICE: This email and any attachments are confidential and may be subject to legal professional privilege. If you are not the intended recipient, you must not read, use, copy, disclose or distribute them; please notify us immediately by return email and delete all copies. Privilege is not waived by mistaken transmission. Wattle & Quill Lawyers does not accept liability for any loss caused by viruses or by interference with this email.
CYBER FRAUD WARNING: We will never tell you about a change to our bank account details by email. Before transferring any money to us, call our office on (02) 5550 1400 to confirm our trust account details. Liability limited by a scheme approved under Professional Standards Legislation."""

KALOS_DISCLAIMER = """This email is confidential and may contain privileged information. If you have received it in error please delete it and let us know. Kalos Legal | Liability limited by a scheme approved under Professional Standards Legislation."""

STRAND_DISCLAIMER = """Strand Mercer Lawyers. The contents of this email are confidential. If you are not the addressee please notify the sender and delete the email; any use, disclosure or copying is prohibited. Beware of payment redirection scams: always verify our bank details by phone."""

HARBOURLINE_DISCLAIMER = """Harbourline Property Group Pty Ltd ABN 33 902 117 648. This message and any attachments are confidential and intended only for the named recipient(s). If you have received this in error, please notify the sender and delete it."""


def wq(key: str, name: str, local: str, title: str, **kw) -> Person:
    sig = (
        f"{name}\n{title}\nWattle & Quill Lawyers\nLevel 14, 210 Kent Street, Sydney NSW 2000\n"
        f"T (02) 5550 14{10 + len(name)} | M 0491 570 1{10 + len(local) % 80}\nwattlequill.test"
    )
    kw.setdefault("disclaimer", WQ_DISCLAIMER)
    kw.setdefault("disclaimer_external_only", True)
    return Person(key, name, f"{local}@wattlequill.test", sig=sig, **kw)


# ---- Wattle & Quill Lawyers (Sydney) -------------------------------------------------------------------
wq("maeve", "Maeve Kilbride", "maeve.kilbride", "Senior Associate", short_sig="Kind regards,\nMaeve")
wq("des", "Desmond Achterberg", "des.achterberg", "Partner", short_sig="Des")
Person(
    "des_ios",
    "Desmond Achterberg",
    "des.achterberg@wattlequill.test",
    client="apple",
    sig="Sent from my iPhone",
)
wq("priya", "Priya Raman", "priya.raman", "Solicitor", short_sig="Priya")
wq("tom", "Tom Beazley", "tom.beazley", "Conveyancing Clerk", short_sig="Cheers,\nTom")
wq("jodie", "Jodie Pham", "jodie.pham", "Settlements Officer", short_sig="Jodie")
wq("sunil", "Sunil Wickramasinghe", "sunil.w", "Trust Account Manager", short_sig="Regards,\nSunil")
wq("bronwyn", "Bronwyn Tate", "bronwyn.tate", "Practice Manager", short_sig="Bron")
wq("kirra", "Kirra Lawson", "kirra.lawson", "Graduate Lawyer", short_sig="Thanks,\nKirra")
Person("staff", "WQ All Staff", "staff@wattlequill.test")
Person("daemon", "Mail Delivery System", "MAILER-DAEMON@mx1.wattlequill.test", client="plain")

# ---- clients -------------------------------------------------------------------------------------------
Person("chloe", "Chloe Brennan", "chloe.brennan@inbox.test", client="gmail", sig="Chloe")
Person("liam", "Liam Brennan", "liam.brennan@inbox.test", client="apple", sig="Sent from my iPhone")
Person(
    "rene",
    "René Fauchard",
    "rene.fauchard@laposte-mail.test",
    client="plain",
    sig="René Fauchard\n0491 570 188",
)
Person("ros", "Rosalind Papadakis", "ros.papadakis@inbox.test", client="gmail", sig="Warm regards,\nRosalind")
harbourline = {"disclaimer": HARBOURLINE_DISCLAIMER}
Person(
    "fergus",
    "Fergus McAlister",
    "fergus.mcalister@harbourline.test",
    sig="Fergus McAlister\nAsset Manager | Harbourline Property Group\nM 0491 570 144",
    short_sig="Fergus",
    **harbourline,
)
Person(
    "hannah",
    "Hannah Szabo",
    "hannah.szabo@harbourline.test",
    sig="Hannah Szabo\nLeasing Coordinator | Harbourline Property Group",
    short_sig="Hannah",
    **harbourline,
)
Person(
    "dev",
    "Dev Rao",
    "dev.rao@harbourline.test",
    sig="Dev Rao\nProperty Accountant | Harbourline Property Group",
    **harbourline,
)
Person(
    "olivia",
    "Olivia Cheng",
    "olivia.cheng@harbourline.test",
    sig="Olivia Cheng\nHead of Finance | Harbourline Property Group",
    **harbourline,
)
Person(
    "ngaio",
    "Ngaio Whitford",
    "ngaio@littlefig.test",
    client="gmail",
    zone="Pacific/Auckland",
    sig="Ngā mihi,\nNgaio\nLittle Fig Café Pty Ltd | 021 555 0193",
)
Person(
    "trevor",
    "Trevor Ngata",
    "trevor@ngata-accountants.test",
    zone="Pacific/Auckland",
    sig="Ngā mihi,\nTrevor\n\nTrevor Ngata CA | Director\nNgata & Associates Chartered Accountants\nPonsonby, Auckland | +64 9 555 0142",
)
Person(
    "anjali",
    "Dr Anjali Desai",
    "anjali@brightwaterphysio.test",
    zone="Australia/Brisbane",
    sig="Dr Anjali Desai (Physio)\nPrincipal | Brightwater Physio\nNewstead QLD | 07 5550 2290",
    short_sig="Anjali",
)
Person(
    "craig",
    "Craig Fennessy",
    "craig.fennessy@ironbarkdrilling.test",
    zone="Australia/Perth",
    sig="Craig Fennessy\nGeneral Manager – Eastern States\nIronbark Drilling Services\nM 0491 570 171",
    short_sig="Craig",
)
Person(
    "leanne",
    "Leanne Marsh",
    "leanne.marsh@ironbarkdrilling.test",
    zone="Australia/Perth",
    sig="Leanne Marsh\nChief Financial Officer\nIronbark Drilling Services | Osborne Park WA\nT 08 5550 6610",
)
Person("hugo", "Hugo Ashdown", "hugo.ashdown@inbox.test", client="gmail", zone="Europe/London", sig="Hugo")
Person("hugo_old", "Hugo Ashdown", "hugo.ashdown@pelhamcapital.test", zone="Europe/London")
Person(
    "marisol",
    "Marisol Vega",
    "marisol.vega@kelpwave.test",
    zone="America/Los_Angeles",
    sig="Marisol Vega\nDirector, Global Workplace | Kelpwave Inc.\nSan Francisco, CA",
)

# ---- the other side and third parties ------------------------------------------------------------------
Person(
    "stavros",
    "Stavros Kalogeropoulos",
    "stavros@kaloslegal.test",
    sig="Regards,\nStavros Kalogeropoulos\nPrincipal | Kalos Legal\nSuite 3, 41 Marrickville Road, Marrickville NSW 2204\nT (02) 5550 8812",
    short_sig="Regards,\nStavros",
    disclaimer=KALOS_DISCLAIMER,
)
Person(
    "oliver",
    "Oliver Strand",
    "oliver.strand@strandmercer.test",
    sig="Oliver Strand\nPartner | Strand Mercer Lawyers\nT (02) 5550 3100",
    disclaimer=STRAND_DISCLAIMER,
)
Person(
    "gemma",
    "Gemma Hollis",
    "gemma.hollis@hollisbyrne.test",
    sig="Kind regards\n\nGemma Hollis\nSpecial Counsel | Hollis Byrne\nT (02) 5550 7724",
)
Person(
    "nathan",
    "Nathan Oyelaran",
    "nathan.oyelaran@quarrylane.test",
    sig="Nathan Oyelaran\nSenior Associate | Quarry Lane Legal",
)
Person(
    "fiona",
    "Fiona Leung",
    "fiona@leungconveyancing.test",
    sig="Fiona Leung\nLicensed Conveyancer | Leung Conveyancing\nT (02) 5550 9030",
)
Person(
    "shane",
    "Shane Doherty",
    "shane@harbourrise.test",
    client="apple",
    sig="Shane Doherty | Harbour Rise Realty | 0491 570 120",
)
Person(
    "marco",
    "Marco Bellini",
    "marco.bellini@arcadiacommercial.test",
    client="apple",
    sig="Sent from my iPhone",
)
Person(
    "jasmine",
    "Jasmine Kaur",
    "jas@keystonefinance.test",
    client="gmail",
    sig="Cheers,\nJas\n\nJasmine Kaur | Mortgage Broker | Keystone Finance\n0491 570 163",
)
Person(
    "glenys",
    "Glenys Holt",
    "glenys.holt@precinctstrata.test",
    sig="Regards,\nGlenys Holt\nStrata Manager | Precinct Strata Management\n(02) 5550 4471",
)
Person(
    "rhys",
    "Rhys Cobb",
    "rhys@cobbinspections.test",
    client="gmail",
    sig="Rhys Cobb\nCobb Building & Pest Inspections\n0491 570 199",
)
Person("coastal", "Coastal Mutual Settlements", "settlements@coastalmutual.test")

# ---- automated senders ---------------------------------------------------------------------------------
Person("settlenet", "SettleNet", "noreply@settlenet.test", client="plain")
Person("landtitles", "LandTitles NSW", "notifications@landtitles-nsw.test", client="plain")
Person("council", "Inner Harbour Council", "eplanning@innerharbour-council.test", client="plain")
Person("leasingbrief", "The Leasing Brief", "news@leasingbrief.test")
Person(
    "sam",
    "Sam Aldous",
    "sam@aldousbikes.test",
    client="gmail",
    sig="Sam\nAldous Bikes | 7 Harris St, Pyrmont",
)
