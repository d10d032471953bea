"""The people of blind corpus 11: a plaintiffs' personal-injury firm in Chicago after Thanksgiving."""

from __future__ import annotations

from corpus_kit.mailgen import Person

ME = "nora.castellano@kestrelvance.test"
NOW = "2026-11-30T09:00:00-06:00"

FIRM_DISCLAIMER = (
    "CONFIDENTIALITY NOTICE: This e-mail message, including any attachments, is for the sole use of the\n"
    "intended recipient(s) and may contain confidential and privileged attorney-client communications or\n"
    "attorney work product. Any unauthorized review, use, disclosure or distribution is prohibited. If you\n"
    "are not the intended recipient, please contact the sender by reply e-mail and destroy all copies of\n"
    "the original message. Nothing in this message creates an attorney-client relationship."
)
LAKESHORE_DISCLAIMER = (
    "This communication is intended only for the addressee and may contain information that is privileged,\n"
    "proprietary or exempt from disclosure under applicable law. Lakeshore Mutual Insurance Company does "
    "not\n"
    "waive any rights or defenses under the policy by this communication. If you have received this message\n"
    "in error, you are hereby notified that any dissemination, distribution or copying of this message is\n"
    "strictly prohibited; please notify the sender immediately and delete the message from your system."
)

K = "kestrelvance.test"
nora = Person(
    "nora",
    "Nora Castellano",
    ME,
    sig="Nora Castellano\nPartner\nKestrel & Vance Injury Law\n211 W. Wacker Drive, Suite 1400, Chicago, IL "
    "60606\n"
    "T 312-555-0142 | F 312-555-0143",
    short_sig="Nora",
    disclaimer=FIRM_DISCLAIMER,
    disclaimer_external_only=True,
)
tom = Person(
    "tom", "Tom Vance", f"tom.vance@{K}", sig="Tom Vance\nKestrel & Vance Injury Law\nT 312-555-0140"
)
tom_phone = Person("tom_phone", "Tom Vance", f"tom.vance@{K}", client="apple", sig="Sent from my iPhone")
priya = Person(
    "priya", "Priya Dhaliwal", f"priya.dhaliwal@{K}", sig="Priya Dhaliwal\nAssociate\nT 312-555-0147"
)
jerome = Person(
    "jerome", "Jerome Whitlock", f"jerome.whitlock@{K}", sig="Jerome Whitlock\nAssociate\nT 312-555-0148"
)
denise = Person(
    "denise", "Denise Farraday", f"denise.farraday@{K}", sig="Denise Farraday\nCase Manager\nT 312-555-0151"
)
kayla = Person(
    "kayla", "Kayla Brandt", f"kayla.brandt@{K}", sig="Kayla Brandt\nLegal Assistant\nT 312-555-0153"
)

# clients
marek = Person("marek", "Marek Wiśniewski", "marek.wisniewski84@gmail.test", client="gmail", sig="")
marek_phone = Person(
    "marek_phone", "Marek Wiśniewski", "marek.wisniewski84@gmail.test", client="apple", sig=""
)
guadalupe = Person("guadalupe", "Guadalupe Rojas", "lupita.rojas@yahoo.test", client="plain", sig="")
daniela = Person("daniela", "Daniela Rojas", "dani.rojas.m@gmail.test", client="gmail", sig="Daniela")
harold = Person(
    "harold",
    "Harold Pruitt",
    "hpruitt1954@comcast.test",
    client="plain",
    sig="Harold J. Pruitt\n(708) 555-0119",
)

# insurers, lienholders, providers
brenda = Person(
    "brenda",
    "Brenda Kowalczyk",
    "bkowalczyk@lakeshoremutual.test",
    sig="Brenda Kowalczyk, AIC\nSenior Claims Adjuster | Auto Bodily Injury\nLakeshore Mutual Insurance "
    "Company\n"
    "P.O. Box 44120, Schaumburg, IL 60168\nPhone 847-555-0188 | Fax 847-555-0189",
    disclaimer=LAKESHORE_DISCLAIMER,
)
gary = Person(
    "gary",
    "Gary Pinsker",
    "gary.pinsker@prairiestatecas.test",
    zone="America/Chicago",
    sig="Gary Pinsker\nGeneral Liability Claims Specialist\nPrairie State Casualty\n515-555-0124",
)
claims_ack = Person(
    "claims_ack", "Prairie State Casualty Claims", "claims-noreply@prairiestatecas.test", client="plain"
)
craig = Person(
    "craig",
    "Craig Ellison",
    "cellison@summitlien.test",
    zone="America/New_York",
    sig="Craig Ellison\nLien Resolution Specialist\nSummit Lien Resolution, LLC\nTampa, FL | 813-555-0177",
)
midwest_comp = Person(
    "midwest_comp",
    "Theresa Gault",
    "tgault@midwestcompservices.test",
    sig="Theresa Gault\nSubrogation Analyst\nMidwest Comp Services\n630-555-0166",
)
tanya = Person(
    "tanya",
    "Tanya Reese",
    "him.records@northshoreortho.test",
    sig="Tanya Reese, RHIT\nHealth Information Management\nNorthshore Orthopaedic Associates\nFax "
    "847-555-0130",
)
megan = Person(
    "megan",
    "Megan Shull",
    "mshull@raospineclinic.test",
    sig="Megan Shull\nPractice Manager, Rao Spine & Pain",
)
portal = Person("portal", "MedRecords Express", "no-reply@medrecordsexpress.test", client="plain")

# defence side, neutrals, vendors
adam = Person(
    "adam",
    "Adam Whitaker",
    "awhitaker@whitakerbooth.test",
    sig="Adam R. Whitaker\nWhitaker Booth LLP\n70 W. Madison Street, Suite 2900\nChicago, IL "
    "60602\n312-555-0190",
)
lindsay = Person(
    "lindsay", "Lindsay Moore", "lmoore@whitakerbooth.test", sig="Lindsay Moore\nWhitaker Booth LLP"
)
sheila = Person(
    "sheila", "Sheila Grant", "sgrant@granthalverson.test", sig="Sheila Grant\nGrant Halverson P.C."
)
martin = Person(
    "martin",
    "Martin Halverson",
    "mhalverson@granthalverson.test",
    sig="Martin Halverson\nGrant Halverson P.C.",
)
kim = Person(
    "kim",
    "Kim Albrecht",
    "scheduling@lakeviewadr.test",
    sig="Kim Albrecht\nCase Coordinator, Lakeview ADR\n312-555-0171",
)
jolene = Person(
    "jolene",
    "Jolene Marsh",
    "jolene@precisionreporting.test",
    sig="Jolene Marsh, CSR\nPrecision Court Reporting\n312-555-0135",
)
ray = Person(
    "ray",
    "Ray Dumas",
    "ray@windycityprocess.test",
    client="apple",
    sig="Ray Dumas\nWindy City Process\n773-555-0102",
)
efile = Person("efile", "eFileIL Circuit Service", "notifications@efilecircuit.test", client="plain")
newsletter = Person("newsletter", "Prairie Trial Bar Weekly", "news@prairietrialbar.test", client="gmail")
mailer = Person("mailer", "Mail Delivery Subsystem", "mailer-daemon@kestrelvance.test", client="plain")
greta = Person("greta", "Greta Lindqvist", "greta.lindqvist@gmail.test", client="gmail", sig="G.")
old_client = Person("old_client", "Terrence Boyd", "tboyd77@aol.test", client="plain")
walt = Person(
    "walt",
    "Walt Brenner",
    "walt.brenner.pe@gmail.test",
    client="gmail",
    sig="Walt Brenner, P.E.\n630-555-0109",
)
rosa = Person(
    "rosa",
    "Rosa Ibarra",
    "billing@southsidechiro.test",
    sig="Rosa Ibarra\nBilling, Southside Chiropractic\n773-555-0184",
)
lingua = Person(
    "lingua",
    "Irena Kral",
    "bookings@linguabridge.test",
    sig="Irena Kral\nLinguaBridge Interpreting\n312-555-0126",
)
