"""The people of blind corpus 12: an Auckland employment and property senior associate and those around her.

Every person, firm and domain is invented; all domains are under .test and phone numbers are 555 01xx style.
"""

from __future__ import annotations

from corpus_kit.mailgen import Person

ME = "ngaio.parata@kowhaipartners.test"
NOW = "2027-04-01T09:00:00+13:00"

KOWHAI_DISCLAIMER = (
    "CONFIDENTIALITY NOTICE: This email and any attachments are confidential and may be subject to legal "
    "professional privilege. If you are not the intended recipient, please tell the sender straight away and "
    "delete the message; you must not read, copy, use or pass on any part of it. Kōwhai Partners accepts no "
    "liability for any loss or damage caused by viruses or by interference with this email in transit. "
    "Our terms of engagement apply to all work we do for you."
)
COOP_DISCLAIMER = (
    "This email is intended only for the named addressee. If you have received it in error please let us "
    "know "
    "by return email and delete it. Views expressed are those of the sender and not necessarily those of "
    "Maungatautari Milk Co-operative Limited."
)
MINISTRY_DISCLAIMER = (
    "This email message and any attachment(s) is intended solely for the addressee(s) named above. The "
    "information it contains may be classified and may be legally privileged. If you have received it in "
    "error, please notify the sender immediately and delete the message. Unauthorised use, disclosure or "
    "copying is prohibited."
)

NGAIO = Person(
    "ngaio",
    "Ngaio Parata",
    ME,
    sig="Ngaio Parata\nSenior Associate | Kōwhai Partners\nDDI +64 9 555 0131 | M +64 21 555 0131\n"
    "Level 7, 40 Kauri Lane, Auckland 1010",
    short_sig="Ngaio",
    disclaimer=KOWHAI_DISCLAIMER,
    disclaimer_external_only=True,
)
TANE = Person(
    "tane",
    "Tāne Walker",
    "tane.walker@kowhaipartners.test",
    sig="Tāne Walker\nPartner | Kōwhai Partners\nDDI +64 9 555 0120",
    short_sig="Tāne",
    disclaimer=KOWHAI_DISCLAIMER,
    disclaimer_external_only=True,
)
TANE_PHONE = Person(
    "tane_phone", "Tāne Walker", "tane.walker@kowhaipartners.test", client="apple", sig="Sent from my iPhone"
)
AROHA = Person(
    "aroha",
    "Aroha Ngata",
    "aroha.ngata@kowhaipartners.test",
    sig="Aroha Ngata\nLegal Executive | Kōwhai Partners\nDDI +64 9 555 0137",
    short_sig="Aroha",
    disclaimer=KOWHAI_DISCLAIMER,
    disclaimer_external_only=True,
)
LIAM = Person(
    "liam",
    "Liam Chen",
    "liam.chen@kowhaipartners.test",
    sig="Liam Chen\nSolicitor | Kōwhai Partners\nDDI +64 9 555 0139",
    short_sig="Liam",
)
MERE = Person(
    "mere",
    "Mere Tipene",
    "mere.tipene@maungamilk.test",
    sig="Ngā mihi,\nMere Tipene\nPeople & Culture Lead\nMaungatautari Milk Co-operative\n+64 7 555 0150",
    short_sig="Mere",
    disclaimer=COOP_DISCLAIMER,
)
DAVE = Person("dave", "Dave Hollis", "dave.hollis@maungamilk.test", client="apple", sig="Sent from my iPhone")
GRANT = Person(
    "grant",
    "Grant McAlister",
    "grant.mcalister@maungamilk.test",
    sig="Grant McAlister\nChief Financial Officer\nMaungatautari Milk Co-operative\n+64 7 555 0152",
    short_sig="Grant",
    disclaimer=COOP_DISCLAIMER,
)
HINE = Person("hine", "Hine Kereama", "hine.kereama@maungamilk.test", sig="Hine Kereama\nBoard Chair")
PRIYA = Person(
    "priya",
    "Priya Nair",
    "priya.nair@harbourside-group.test",
    zone="Australia/Sydney",
    sig="Priya Nair\nGroup General Counsel\nHarbourside Freight Group Pty Ltd\nLevel 21, 9 Bridge Street, "
    "Sydney NSW 2000\n+61 2 5550 0161",
    short_sig="Priya",
)
JACK = Person(
    "jack",
    "Jack Dunne",
    "jack.dunne@harbourside-group.test",
    zone="Australia/Sydney",
    sig="Jack Dunne\nHead of People, ANZ\nHarbourside Freight Group\n+61 2 5550 0164",
    short_sig="Jack",
)
JACK_BAD = Person("jack_bad", "Jack Dunn", "jack.dunn@harbourside-group.test", zone="Australia/Sydney")
KIRI = Person(
    "kiri",
    "Kiri Hēnare",
    "kiri.henare@coastal.govt.test",
    zone="Pacific/Auckland",
    sig="Kiri Hēnare\nSenior HR Adviser | People and Capability\nMinistry for Coastal Resilience | "
    "Te Manatū Takutai\nPO Box 5550, Wellington 6140\n+64 4 555 0170",
    short_sig="Kiri",
    disclaimer=MINISTRY_DISCLAIMER,
)
TOM = Person("tom", "Tom Ranginui", "tom.ranginui@gmail.test", client="gmail", sig="Tom")
JONATHAN = Person(
    "jonathan",
    "Jonathan Ashby",
    "jashby@vulcanchambers.test",
    client="plain",
    sig="Jonathan Ashby\nBarrister\nVulcan Lane Chambers · Level 9, 12 Vulcan Lane, Auckland\nTel +64 9 555 "
    "0142",
)
BROOKE = Person(
    "brooke",
    "Brooke Tanner",
    "brooke@harcastle.test",
    client="apple",
    sig="Brooke Tanner | Harcastle Realty\n021 555 0188",
)
LEILANI = Person("leilani", "Leilani Fonoti", "leilani.fonoti@gmail.test", client="gmail", sig="Leilani")
SAM = Person(
    "sam",
    "Sam Fuimaono",
    "sam@quaypm.test",
    sig="Sam Fuimaono\nSenior Property Manager | Quay Property Management\n+64 9 555 0190",
    short_sig="Sam",
)
HAMISH = Person(
    "hamish",
    "Hamish Reid",
    "hamish@reidconveyancing.test",
    sig="Hamish Reid\nReid Conveyancing Limited\nP +64 9 555 0195",
    short_sig="Hamish",
)
ERA = Person("era", "Employment Relations Authority", "noreply@portal.era.govt.test", client="plain")
LANDREG = Person("landreg", "LandTitle Online", "no-reply@landtitle.govt.test", client="plain")
PROPDESK = Person("propdesk", "PropertyDesk", "notifications@propertydesk.test", client="plain")
NEWS = Person("news", "Tāmaki Law Society", "news@tamakilaw.test", client="gmail")
DAEMON = Person("daemon", "Mail Delivery System", "MAILER-DAEMON@mx1.kowhaipartners.test", client="plain")
