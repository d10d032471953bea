# ruff: noqa: E501  (disclaimers are one paragraph per line, as mail clients send them)
"""Who writes in this mailbox: the user, her colleagues at Calderbrook, and the outside world.

The user is Niamh Garrity, Senior Legal Counsel in the in-house legal team of Calderbrook Group plc, a UK maker
of small kitchen appliances. Correspondents write from London, Berlin, Stockholm, New York, Los Angeles,
Bengaluru and Singapore, so clocks and the October daylight-saving change differ per sender.
"""

from corpus_kit.mailgen import Person

ME = "niamh.garrity@calderbrook.co.uk"
NOW = "2025-10-30T09:15:00+00:00"  # Thursday, four days after the UK and EU clocks went back

CALDERBROOK_DISCLAIMER = """This email and any attachments are confidential and may be legally privileged. If you have received it in error, please notify the sender and delete it; you must not copy, forward or rely on it. Calderbrook Group plc is registered in England and Wales (company no. 04412876), registered office 14 Wharfside Row, London SE1 9PQ.
Please consider the environment before printing this email."""

FERRIS_DISCLAIMER = """Ferris Lowe LLP is a limited liability partnership registered in England and Wales (OC398812) and is authorised and regulated by the Solicitors Regulation Authority (SRA no. 640129). This email is confidential and may be privileged. If you are not the intended recipient, please tell us immediately and delete it. We will never change our bank details by email: always call your usual contact before sending funds."""

SARVANA_DISCLAIMER = """DISCLAIMER: The information contained in this electronic message and any attachments is intended for the exclusive use of the addressee(s) and may contain proprietary, confidential or privileged information. If you are not the intended recipient, kindly notify the sender immediately and destroy all copies. Sarvana Components Pvt. Ltd. accepts no liability for any damage caused by any virus transmitted by this email. Kindly do not print unless necessary."""

DUNMORE_DISCLAIMER = """This message is from the law firm Dunmore Pike LLP and may contain information that is privileged or confidential. If you received this transmission in error, please reply to the sender to advise of the error and delete this transmission and any attachments. IRS Circular 230 disclosure: any tax advice contained herein is not intended to be used to avoid penalties."""


def calderbrook(key: str, name: str, local: str, title: str, **kw) -> Person:
    sig = f"{name}\n{title} | Calderbrook Group plc\n14 Wharfside Row, London SE1 9PQ\nT +44 20 7946 0{300 + len(name)} | M +44 7700 900{400 + len(local)}"
    kw.setdefault("disclaimer", CALDERBROOK_DISCLAIMER)
    kw.setdefault("disclaimer_external_only", True)
    return Person(key, name, f"{local}@calderbrook.co.uk", sig=sig, **kw)


calderbrook("niamh", "Niamh Garrity", "niamh.garrity", "Senior Legal Counsel", short_sig="Niamh")
calderbrook("rupert", "Rupert Atherley", "rupert.atherley", "General Counsel", short_sig="R")
Person(
    "rupert_ios",
    "Rupert Atherley",
    "rupert.atherley@calderbrook.co.uk",
    client="apple",
    sig="Sent from my iPhone",
)
calderbrook("tomasz", "Tomasz Wierzbicki", "tomasz.wierzbicki", "Legal Counsel", short_sig="Regards,\nTomasz")
calderbrook("hattie", "Hattie Blunsdon", "hattie.blunsdon", "Legal Assistant", short_sig="Hattie")
calderbrook("gareth", "Gareth Pughe", "gareth.pughe", "Head of Procurement", short_sig="G")
calderbrook("fiona", "Fiona Lackland", "fiona.lackland", "HR Business Partner", short_sig="Fiona")
calderbrook("seun", "Oluwaseun Adebayo", "seun.adebayo", "Data Protection Manager", short_sig="Seun")
Person(
    "declan", "Declan Furlong", "declan.furlong@calderbrook.co.uk", client="apple", sig="Sent from my iPhone"
)
calderbrook("anneliese", "Anneliese Voss", "anneliese.voss", "Chief Financial Officer", short_sig="AV")
calderbrook("kit", "Kit Ormerod", "kit.ormerod", "Head of IT Security", short_sig="Kit")
calderbrook("bev", "Bev Hallworth", "bev.hallworth", "Facilities Manager", short_sig="Bev")
calderbrook("jonathan", "Jonathan Pell", "jonathan.pell", "Company Secretary", short_sig="Jonathan")
calderbrook("lorna", "Lorna Beckwith", "lorna.beckwith", "CRM Marketing Manager")
calderbrook("callum", "Callum Reid", "callum.reid", "Regional Operations Manager (North)", short_sig="Callum")
calderbrook("aled", "Aled Pritchard", "aled.pritchard", "Head of Customer Service")
calderbrook("shauna", "Shauna Kerr", "shauna.kerr", "Customer Service Team Leader", short_sig="Shauna")
calderbrook("dominic", "Dominic Ashby", "dominic.ashby", "IT Support Engineer", short_sig="Dom")
Person("servicedesk", "IT Service Desk", "itservicedesk@calderbrook.co.uk")
Person("servicenow", "Calderbrook IT", "servicenow@calderbrook.co.uk", client="plain")
Person("website", "Calderbrook Website", "no-reply@calderbrook.co.uk", client="plain")
Person(
    "katrin",
    "Katrin Oberländer",
    "katrin.oberlaender@calderbrook.de",
    client="exchange_de",
    zone="Europe/Berlin",
    sig="Mit freundlichen Grüßen / Kind regards\n\nKatrin Oberländer\nGeschäftsführerin\nCalderbrook Deutschland GmbH\nFriedrichstraße 148, 10117 Berlin\nAmtsgericht Charlottenburg HRB 201447 B",
    short_sig="Viele Grüße\nKatrin",
)

Person(
    "meiling",
    "Tan Mei Ling",
    "meiling.tan@straitsway.com.sg",
    zone="Asia/Singapore",
    sig="Best regards,\nMei Ling\n\nTan Mei Ling | Commercial Director\nStraitsway Distribution Pte. Ltd.\n8 Kaki Bukit Avenue 4, #05-12, Singapore 415875",
)
Person(
    "brandon",
    "Brandon Kowalczyk",
    "bkowalczyk@lumora.io",
    client="gmail",
    zone="America/Los_Angeles",
    sig="--\nBrandon Kowalczyk\nSenior Commercial Counsel, Lumora, Inc.\n350 Mission St, San Francisco, CA 94105",
    short_sig="Brandon",
)
Person(
    "priyanka",
    "Priyanka Sethi",
    "priyanka.sethi@bramwellestates.co.uk",
    sig="Priyanka Sethi MRICS\nAssociate Director, Lease Advisory\nBramwell Estates\n020 7946 0771",
)
Person(
    "giles",
    "Giles Fenwick",
    "giles.fenwick@bramwellestates.co.uk",
    sig="Giles Fenwick\nDirector, Lease Advisory\nBramwell Estates\n020 7946 0772",
)
Person(
    "oskar",
    "Oskar Lindahl",
    "oskar.lindahl@nordmarkip.se",
    client="plain",
    zone="Europe/Stockholm",
    sig="--\nOskar Lindahl\nEuropean Trade Mark Attorney\nNordmark IP AB, Birger Jarlsgatan 57, 113 56 Stockholm",
)
Person(
    "ruth",
    "Ruth Okafor",
    "ruth.okafor@ferrislowe.com",
    sig="Ruth Okafor\nAssociate | Ferris Lowe LLP\n+44 20 7946 0915",
    short_sig="Ruth",
    disclaimer=FERRIS_DISCLAIMER,
)
Person(
    "alasdair",
    "Alasdair Crombie",
    "alasdair.crombie@ferrislowe.com",
    sig="Alasdair Crombie\nPartner | Ferris Lowe LLP\n+44 20 7946 0902 | +44 7700 900911",
    short_sig="Alasdair",
    disclaimer=FERRIS_DISCLAIMER,
)
Person(
    "anand",
    "Anand Venkataraman",
    "anand.v@sarvanacomponents.in",
    zone="Asia/Kolkata",
    quote_style="original",
    sig="Thanks & Regards,\nAnand Venkataraman\nManager - Commercial & Legal\nSarvana Components Pvt. Ltd.\nPlot 42, Peenya Industrial Area, Bengaluru 560058\nMob: +91 98450 00000",
    disclaimer=SARVANA_DISCLAIMER,
)
Person(
    "deepa",
    "Deepa Krishnan",
    "deepa.krishnan@kaveritech.in",
    zone="Asia/Kolkata",
    quote_style="original",
    sig="Warm Regards,\nDeepa Krishnan\nLead - Client Compliance\nKaveri Tech Services Pvt. Ltd., Bengaluru",
)
Person(
    "meredith",
    "Meredith Clough",
    "meredith@cloughhr.co.uk",
    client="gmail",
    sig="Meredith Clough\nClough HR Consulting\nIndependent workplace investigations\n07700 900683",
)
Person(
    "bronagh",
    "Bronagh McAteer",
    "b.mcateer@kestledunn.co.uk",
    sig="Bronagh McAteer\nSolicitor, Employment Team\nKestle & Dunn Solicitors\n0113 496 0240",
)
Person(
    "caleb",
    "Caleb Whitlock",
    "cwhitlock@dunmorepike.com",
    zone="America/New_York",
    sig="Caleb R. Whitlock\nPartner\nDunmore Pike LLP\n1120 Avenue of the Americas, New York, NY 10036\n+1 (212) 555-0148",
    disclaimer=DUNMORE_DISCLAIMER,
)
Person(
    "harlan",
    "Harlan Dyce",
    "harlan.dyce@penrosekitchens.co.uk",
    client="plain",
    sig="Harlan Dyce\nFinance Director\nPenrose Kitchens Ltd",
)
Person(
    "tobias",
    "Tobias Hartley",
    "tobias@lowtherdale.co.uk",
    client="gmail",
    sig="Tobias Hartley\nPartner, Office Agency\nLowther Dale\n0161 496 0333",
    short_sig="Toby",
)
Person(
    "jasmine",
    "Jasmine Koh",
    "jasmine.koh@orchidcorp.com.sg",
    client="plain",
    zone="Asia/Singapore",
    sig="Regards,\nJasmine Koh\nSenior Manager, Corporate Secretarial\nOrchid Corporate Services Pte. Ltd.",
)
Person(
    "orchid_desk",
    "Orchid Client Services",
    "clientservices@orchidcorp.com.sg",
    client="plain",
    zone="Asia/Singapore",
)
Person(
    "ciaran",
    "Ciaran Doyle",
    "ciaran.doyle@brunswickaudit.co.uk",
    sig="Ciaran Doyle\nAudit Manager\nBrunswick Audit LLP",
)
Person("olivia", "Olivia Brandt", "olivia.brandt@brunswickaudit.co.uk")
Person("mailer", "Mail Delivery System", "MAILER-DAEMON@mx1.brunswickaudit.co.uk", client="plain")
Person(
    "renata",
    "Renata Castellanos",
    "rcastellanos@pacifichearth.com",
    zone="America/Los_Angeles",
    sig="Renata Castellanos\nGeneral Counsel\nPacific Hearth LLC | Pasadena, CA",
)
Person("lawsoc", "Law Society Events", "events@lawsociety-events.org.uk", client="plain")
Person("cefile", "CE-File", "noreply@cefile-courts.service.gov.uk", client="plain")
Person("tribunal", "Employment Tribunals", "no-reply@employmenttribunals.service.gov.uk", client="plain")
Person("newsletter", "In-House Brief", "newsletter@inhousebrief.co.uk", client="plain")
Person("coupa", "Calderbrook Procurement (Coupa)", "do_not_reply@calderbrook.coupahost.com", client="plain")
