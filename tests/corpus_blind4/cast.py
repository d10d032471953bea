# ruff: noqa: E501  (disclaimers are one paragraph per line, as mail clients send them)
"""Who writes in this mailbox: the user, her colleagues at Lindenhall Pryce LLP, clients and the other side.

The user is Claire Desrosiers, a Senior Associate in the employment and labour group of Lindenhall Pryce LLP,
a mid-size Toronto firm. Every name, firm and domain here is invented; all domains are under .test and the
phone numbers use the 555-01xx fiction range. Correspondents write from Toronto, Montreal, Vancouver,
Calgary, Regina, New York, Chicago and London, so clocks and the autumn daylight-saving change (North
America on Sunday 1 November 2026, London on 25 October, Saskatchewan never) differ per sender.
"""

from corpus_kit.mailgen import Person

ME = "claire.desrosiers@lindenhallpryce.test"
NOW = "2026-11-05T09:00:00-05:00"  # Thursday, four days after Toronto went back to standard time

LP_DISCLAIMER = """CONFIDENTIALITY NOTICE: This e-mail message, including any attachments, is confidential and may be protected by solicitor-client privilege or litigation privilege. It is intended only for the addressee(s) named above. If you are not the intended recipient, any review, use, disclosure, copying or distribution of this message is strictly prohibited; please notify the sender immediately by reply e-mail and permanently delete the original and all copies. Privilege is not waived by any inadvertent transmission. Lindenhall Pryce LLP does not accept responsibility for any loss or damage arising from the use of this e-mail or its attachments. / AVIS DE CONFIDENTIALITE : Ce courriel est confidentiel et peut etre protege par le secret professionnel. Si vous l'avez recu par erreur, veuillez en aviser l'expediteur et le supprimer."""

WHITCOMBE_DISCLAIMER = """This communication is confidential and may be privileged. If you received it in error, please notify Whitcombe Employment Law immediately and delete it. Thank you."""

HALVORSEN_DISCLAIMER = """Halvorsen Brands Inc. | This email and any attachments are intended solely for the use of the addressee and may contain confidential or legally privileged information. Any unauthorized review, use or distribution is prohibited."""


def lp(key: str, name: str, local: str, title: str, ext: int, **kw) -> Person:
    sig = (
        f"{name}\n{title}\nLindenhall Pryce LLP\n181 Bay Street, Suite 3400, Toronto ON  M5J 2T3\n"
        f"T 416-555-01{ext:02d} | lindenhallpryce.test"
    )
    kw.setdefault("disclaimer", LP_DISCLAIMER)
    kw.setdefault("disclaimer_external_only", True)
    return Person(key, name, f"{local}@lindenhallpryce.test", sig=sig, **kw)


# ---- Lindenhall Pryce LLP (Toronto) ---------------------------------------------------------------------
lp(
    "claire",
    "Claire Desrosiers",
    "claire.desrosiers",
    "Senior Associate | Employment & Labour",
    12,
    short_sig="Best,\nClaire",
)
lp("gordon", "Gordon Ashby", "gordon.ashby", "Managing Partner", 1, short_sig="G.")
Person(
    "gordon_ios",
    "Gordon Ashby",
    "gordon.ashby@lindenhallpryce.test",
    client="apple",
    sig="Sent from my iPhone",
)
lp("dimitri", "Dimitri Pappas", "dimitri.pappas", "Partner | Labour Relations", 7, short_sig="DP")
lp("aisha", "Aisha Rahman", "aisha.rahman", "Associate", 23, short_sig="Thanks,\nAisha")
lp("mateo", "Mateo Ferreira", "mateo.ferreira", "Articling Student", 31, short_sig="Mateo")
lp("bev", "Bev Kowalczyk", "bev.kowalczyk", "Senior Law Clerk", 40, short_sig="Bev")
lp("joanne", "Joanne Lee", "joanne.lee", "Billing Coordinator", 52, short_sig="Regards,\nJoanne")
Person("eltteam", "Employment & Labour Group", "employment-group@lindenhallpryce.test")
Person("daemon", "Mail Delivery Subsystem", "mailer-daemon@mx2.lindenhallpryce.test", client="plain")

# ---- clients ----------------------------------------------------------------------------------------------
Person(
    "marjorie",
    "Marjorie Vanderlinde",
    "mvanderlinde@northhavenlogistics.test",
    sig="Marjorie Vanderlinde, CHRL\nDirector, People & Culture\nNorthhaven Logistics Inc. | Mississauga, ON\nT 905-555-0144 | M 647-555-0189",
    short_sig="Marjorie",
)
Person(
    "kwame",
    "Kwame Boateng",
    "kboateng@northhavenlogistics.test",
    sig="Kwame Boateng\nWarehouse Operations Manager | Northhaven Logistics",
)
Person(
    "sylvie",
    "Sylvie Gagnon-Roy",
    "sgagnonroy@chateauvert.test",
    sig="Sylvie Gagnon-Roy\nVice-présidente, Ressources humaines\nAliments Château-Vert inc. | Montréal (Québec)\n514-555-0162",
    short_sig="Sylvie",
)
Person(
    "etienne",
    "Étienne Brault",
    "ebrault@chateauvert.test",
    client="gmail",
    sig="Étienne\nContrôleur | Château-Vert",
)
Person(
    "jordan",
    "Jordan Kwan",
    "jordan.kwan@pinecrestsoftware.test",
    client="gmail",
    zone="America/Vancouver",
    sig="Jordan Kwan (they/them)\nHead of People | Pinecrest Software\nVancouver, BC | 604-555-0117",
)
Person(
    "brent",
    "Brent Olafson",
    "bolafson@foothillenergy.test",
    zone="America/Edmonton",
    sig="Brent Olafson\nGeneral Counsel | Foothill Energy Services Ltd.\nCalgary, AB | 403-555-0135",
    short_sig="Brent",
)
Person(
    "colleen",
    "Colleen Dyck",
    "cdyck@prairiegrain.test",
    zone="America/Regina",
    sig="Colleen Dyck\nHR Manager | Prairie Grain Co-operative\nRegina, SK | 306-555-0108",
)
Person(
    "tamara",
    "Tamara Goldfarb",
    "tgoldfarb@halvorsenbrands.test",
    zone="America/New_York",
    sig="Tamara Goldfarb\nSenior Counsel, Employment\nHalvorsen Brands Inc. | New York, NY\n212-555-0173",
    short_sig="Tamara",
    disclaimer=HALVORSEN_DISCLAIMER,
)
Person(
    "ravi",
    "Ravi Subramanian",
    "ravi.subramanian@fastmail-box.test",
    client="apple",
    sig="Sent from my iPhone",
)
Person(
    "fenwick",
    "Olivia Fenwick",
    "olivia.fenwick@pinecrest-uk.test",
    zone="Europe/London",
    sig="Olivia Fenwick\nGroup HR Director | Pinecrest Software (UK) Ltd\nLondon",
)

# ---- other side and third parties --------------------------------------------------------------------------
Person(
    "sarahw",
    "Sarah Whitcombe",
    "sarah@whitcombelaw.test",
    sig="Sarah Whitcombe\nWhitcombe Employment Law Professional Corporation\n416-555-0191",
    short_sig="Sarah",
    disclaimer=WHITCOMBE_DISCLAIMER,
)
Person(
    "marc",
    "Marc Lafleur",
    "mlafleur@lafleurbeaulieu.test",
    sig="Me Marc Lafleur, avocat\nLafleur Beaulieu s.e.n.c.r.l. | Montréal\n514-555-0126",
    short_sig="Marc",
)
Person(
    "kevin",
    "Kevin O'Rourke",
    "korourke@brandtkessler.test",
    zone="America/Chicago",
    sig="Kevin O'Rourke | Partner\nBrandt Kessler LLP | Chicago, IL\n312-555-0159",
    short_sig="Kevin",
)
Person(
    "darnell",
    "Darnell Fraser",
    "dfraser@awwlocal417.test",
    client="gmail",
    sig="In solidarity,\nDarnell Fraser\nNational Representative, Amalgamated Warehouse Workers, Local 417",
)
Person(
    "mediator",
    "Moreau ADR Scheduling",
    "scheduling@moreauadr.test",
    sig="Lucie Poirier\nScheduling Coordinator | Moreau ADR",
)
Person(
    "priyanka",
    "Priyanka Sethi",
    "psethi@sethiinvestigations.test",
    client="gmail",
    sig="Priyanka Sethi\nSethi Workplace Investigations\n647-555-0150",
)

# ---- automated senders --------------------------------------------------------------------------------------
Person("efile", "Ontario Courts e-Filing", "no-reply@courtfiling-on.test", client="plain")
Person("payroll", "PayWell Payroll", "alerts@paywell-payroll.test", client="plain")
Person("newsletter", "Employment Law Brief", "editor@employmentlawbrief.test")
Person("ooo_sarah", "Sarah Whitcombe", "sarah@whitcombelaw.test", client="plain")
Person("kevin_cal", "Kevin O'Rourke", "korourke@brandtkessler.test", zone="America/Chicago")
Person("colleen_typo", "Colleen Dyck", "colleen.dyck@prairiegrain.test", zone="America/Regina")
Person(
    "nadine",
    "Nadine Whitaker",
    "nwhitaker@whitakerkovacs.test",
    zone="America/Edmonton",
    sig="Nadine Whitaker\nWhitaker Kovacs LLP | Calgary, AB\n403-555-0166",
)
Person("tat", "Tribunal administratif du travail", "avis-ne-pas-repondre@tat-quebec.test", client="plain")
