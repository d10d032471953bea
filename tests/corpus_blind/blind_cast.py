"""Who writes in the blind corpus: a San Francisco employment and real-estate partner, her team, clients,
opposing counsel abroad and at home, and the machines that send lawyers mail.

Everyone here is invented for this held-out set; none of them appears in the dev corpus.
"""

# ruff: noqa: E501  (signatures and disclaimers are single long lines, as mail clients send them)

from blind_mail import Person

ME = "rquist@calderlowe.com"
NOW = "2026-03-11T08:30:00-07:00"  # a Wednesday, three days after US daylight saving time began

CL_DISCLAIMER = "This email is from Calder Lowe LLP, a law firm, and may contain privileged or confidential information. If you received it by mistake, please tell us by reply and delete it; do not forward or copy it. Nothing in this message creates an attorney-client relationship unless we have signed an engagement letter with you."

Person(
    "rq",
    "Rafaela Quist",
    ME,
    sig="Rafaela Quist\nPartner | Employment & Real Estate\nCalder Lowe LLP\n220 Montgomery Street, Suite 1800, San Francisco, CA 94104\nD 415.555.0196 | M 415.555.0133\ncalderlowe.com",
    short_sig="R.\n\nRafaela Quist | Calder Lowe LLP | 415.555.0196",
    disclaimer=CL_DISCLAIMER,
)
Person("rq_phone", "Rafaela Quist", ME, client="apple", sig="Sent from my iPhone")
Person(
    "devin",
    "Devin Achebe",
    "dachebe@calderlowe.com",
    sig="Devin Achebe\nAssociate\nCalder Lowe LLP\nD 415.555.0172",
    short_sig="Devin",
    disclaimer=CL_DISCLAIMER,
)
Person(
    "lourdes",
    "Lourdes Ferreira",
    "lferreira@calderlowe.com",
    sig="Lourdes Ferreira | Senior Paralegal | Calder Lowe LLP | 415.555.0148",
    short_sig="LF",
    disclaimer=CL_DISCLAIMER,
)
Person(
    "bea",
    "Beatrix Hollingshead",
    "bhollingshead@calderlowe.com",
    sig="Bea Hollingshead\nLegal Executive Assistant to Rafaela Quist\nCalder Lowe LLP | 415.555.0101",
    short_sig="Bea",
)
Person(
    "graham",
    "Graham Ostrowski",
    "gostrowski@calderlowe.com",
    client="outlook_classic",
    sig="G. Ostrowski\nPartner, IP & Technology\nCalder Lowe LLP",
    short_sig="G",
    disclaimer=CL_DISCLAIMER,
)
Person("gwen", "Gwen Adeyemi", "gadeyemi@calderlowe.com", client="apple", sig="Sent from my iPhone")
Person(
    "tomasz",
    "Tomasz Wierzbicki",
    "twierzbicki@calderlowe.com",
    sig="Tomasz Wierzbicki\nAssociate | Corporate\nCalder Lowe LLP\nD 415.555.0189",
    short_sig="Tomasz",
    disclaimer=CL_DISCLAIMER,
)
Person(
    "conflicts", "CL Conflicts", "conflicts@calderlowe.com", sig="New Business & Conflicts | Calder Lowe LLP"
)
Person("webforms", "Calder Lowe Website", "webforms@calderlowe.com", client="system")
Person("docketing", "CL Docketing", "docketing@calderlowe.com", client="system")
Person("ithelp", "CL IT Help", "ithelp@calderlowe.com", client="system")
Person(
    "postmaster",
    "Microsoft Outlook",
    "MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@calderlowe.com",
    client="system",
)

SUNWARD_DISCLAIMER = "CONFIDENTIAL: This email and any attachments are for the intended recipient only. Sunward Bakeries, Inc. monitors email for security and compliance purposes."
Person(
    "keiko",
    "Keiko Amundsen",
    "kamundsen@sunwardbakeries.com",
    sig="Keiko Amundsen\nVice President, People & Culture\nSunward Bakeries, Inc.\n1450 Industrial Way, South San Francisco, CA 94080\n(650) 555-0114",
    short_sig="Keiko",
    disclaimer=SUNWARD_DISCLAIMER,
)
Person("keiko_auto", "Keiko Amundsen", "kamundsen@sunwardbakeries.com")
Person(
    "marcus",
    "Marcus Oduya",
    "moduya@sunwardbakeries.com",
    sig="Marcus Oduya | Chief Operating Officer | Sunward Bakeries, Inc.",
    short_sig="M.",
    disclaimer=SUNWARD_DISCLAIMER,
)
Person("tobias", "Tobias Renner", "trenner@sunwardbakeries.com", client="apple", sig="Sent from my iPhone")
Person(
    "harriet",
    "Harriet Vukovic",
    "hvukovic@vukovic-employment.com",
    client="gmail",
    sig="--\nHarriet Vukovic\nVukovic Employment Law, PC\nOakland, CA | (510) 555-0177",
)
Person("bayline_auto", "Bayline Court Reporting", "scheduling@baylinereporting.com", client="system")
Person(
    "nadia",
    "Nadia Kowalczyk",
    "scheduling@baylinereporting.com",
    sig="Nadia Kowalczyk\nScheduling Coordinator | Bayline Court Reporting\n(415) 555-0160",
)
Person("arjun", "Arjun Mehta-Lowry", "arjun@pellstreet.co", client="apple", sig="Sent from my iPhone")
Person(
    "oksana",
    "Oksana Petrenko",
    "opetrenko@brightwaterlegal.com",
    sig="Oksana Petrenko\nBrightwater Legal Group\n(415) 555-0125",
    short_sig="Best regards,\nOksana",
)
Person(
    "dolores",
    "Dolores Quintanilla",
    "dquintanilla@goldengatetitle.com",
    sig="Dolores Quintanilla | Senior Escrow Officer\nGolden Gate Title & Escrow | 101 California St., Suite 900 | San Francisco, CA 94111\nP (415) 555-0139 | F (415) 555-0140",
    disclaimer="WIRE FRAUD ALERT: Golden Gate Title will never email you changes to wiring instructions. Always call your escrow officer at a known number before wiring funds.",
    disclaimer_external_only=False,
)
Person(
    "hector",
    "Hector Villanueva",
    "hvillanueva@bayfrontcre.com",
    sig="Hector Villanueva | Bayfront Commercial Real Estate | DRE #01987765",
)
Person("hector_typo", "Hector Villanueva", "hvillaneuva@bayfrontcre.com")
Person(
    "colm",
    "Colm Brennan",
    "cbrennan@harborlightpm.com",
    sig="Colm Brennan\nProperty Manager, Harborlight Property Management",
)
Person(
    "ravi",
    "Ravi Castellanos",
    "ravi@fernhollow.gg",
    client="gmail",
    sig="Ravi\nFernhollow Games | fernhollow.gg",
)
Person(
    "quentin", "Quentin Marsh", "qmarsh@ardentiplaw.com", sig="Quentin Marsh\nArdent IP Law LLP | Los Angeles"
)
Person("mina", "Mina Ozaki", "mina@fernhollow.gg", client="gmail", sig="Mina Ozaki | COO, Fernhollow Games")
Person(
    "imogen",
    "Imogen Thwaite",
    "imogen.thwaite@thwaitebarrow.co.uk",
    client="apple",
    tz="Europe/London",
    sig="Imogen Thwaite\nChartered Trade Mark Attorney\nThwaite Barrow LLP, 14 Gray's Inn Square, London WC1R 5JP\n+44 20 7946 0321\nSent from my Mac",
)
Person(
    "felix",
    "Felix Ambrose",
    "fambrose@brannockrobotics.com",
    tz="America/New_York",
    sig="Felix Ambrose\nGeneral Counsel\nBrannock Robotics, Inc. | 60 Binney Street, Cambridge, MA 02142",
    short_sig="Felix",
)
Person(
    "sita",
    "Sita Ramaswamy",
    "sramaswamy@brannockrobotics.com",
    client="apple",
    tz="America/New_York",
    sig="Sent from my iPad",
)
Person(
    "paloma",
    "Paloma Ibarra",
    "pibarra@brannockrobotics.com",
    tz="America/New_York",
    sig="Paloma Ibarra | Brannock Robotics",
)
Person(
    "owen_t",
    "Owen Tregarthen",
    "otregarthen@northfieldvc.com",
    client="gmail",
    sig="Owen Tregarthen\nNorthfield Ventures",
)
Person(
    "juergen",
    "Jürgen Haberkorn",
    "j.haberkorn@haberkorn-legal.de",
    client="exchange_de",
    tz="Europe/Berlin",
    sig="Dr. Jürgen Haberkorn\nRechtsanwalt\nHaberkorn Legal Partnerschaft mbB\nNeuer Wall 41, 20354 Hamburg\nTel. +49 40 555 0188",
)
Person(
    "priyanka", "Priyanka Sethi", "psethi@sethipeople.com", sig="Priyanka Sethi, SPHR\nSethi People Advisory"
)
Person("docusign", "Felix Ambrose via Docusign", "dse_na4@docusign.net", client="system")
Person("efile", "ClearDocket eFile", "no-reply@cleardocket.net", client="system")
Person("uspto", "TMNG-Notifications", "tmng.notices@uspto.gov", client="system")
Person("pelw", "Pacific Employment Law Weekly", "digest@pelweekly.com", client="system")
Person("pulse", "Golden State Property Pulse", "alerts@propertypulse.news", client="system")
