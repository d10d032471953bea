"""The people of blind corpus 9: a conveyancing and litigation director in Johannesburg, March 2027."""

from __future__ import annotations

from corpus_kit.mailgen import Person

ME = "lerato.dlamini@kgosivanwyk.test"
NOW = "2027-03-16T08:00:00+02:00"

FIRM_DISCLAIMER = """\
CONFIDENTIALITY NOTICE: This e-mail and any attachments are confidential and may be legally privileged. They
are intended solely for the addressee. If you have received this e-mail in error, please notify the sender
immediately and delete it; any use, copying or disclosure by anyone else is prohibited. Kgosi Van Wyk Inc.
will never notify you of a change to our banking details by e-mail. Always verify our trust account details
telephonically with your attorney before making any payment; we accept no liability for funds paid into an
incorrect account. Kgosi Van Wyk Inc. is a personal liability company (Reg. 2009/000000/21). Directors: P van
Wyk, L Dlamini, M Kgosi. A list of our directors is available at our offices."""

NEL_DISCLAIMER = """\
This message is subject to the e-mail terms of Nel & Partners Attorneys. Its contents are privileged and
confidential and meant only for the recipient named above. Nel & Partners accepts no liability for any loss
caused by a virus or by the interception of this message. Please do not act on any change in banking details
received by e-mail."""

FIRM_SIG = "Kgosi Van Wyk Inc. | 14 Jellicoe Avenue, Rosebank, Johannesburg | Tel +27 11 555 0140"

LERATO = Person(
    "lerato",
    "Lerato Dlamini",
    ME,
    sig=f"Kind regards\nLerato Dlamini\nDirector: Conveyancing & Commercial Litigation\n{FIRM_SIG}\n"
    "Cell +27 82 555 0141",
    short_sig="Regards\nLerato",
    disclaimer=FIRM_DISCLAIMER,
    disclaimer_external_only=True,
)
PIETER = Person(
    "pieter",
    "Pieter van Wyk",
    "pieter.vanwyk@kgosivanwyk.test",
    sig=f"Pieter van Wyk\nSenior Director\n{FIRM_SIG}",
    short_sig="P",
    disclaimer=FIRM_DISCLAIMER,
    disclaimer_external_only=True,
)
PIETER_PHONE = Person(
    "pieter_m",
    "Pieter van Wyk",
    "pieter.vanwyk@kgosivanwyk.test",
    client="apple",
    sig="Sent from my iPhone",
)
THANDI = Person(
    "thandi",
    "Thandi Nkosi",
    "thandi.nkosi@kgosivanwyk.test",
    sig=f"Thandi Nkosi\nCandidate Attorney\n{FIRM_SIG}",
    short_sig="Thandi",
)
SIPHO = Person(
    "sipho",
    "Sipho Mthembu",
    "sipho.mthembu@kgosivanwyk.test",
    sig=f"Sipho Mthembu\nConveyancing Secretary\n{FIRM_SIG} | Ext 152",
    short_sig="Sipho",
)
MARELIZE = Person(
    "marelize",
    "Marelize Botha",
    "marelize.botha@kgosivanwyk.test",
    sig=f"Marelize Botha\nLitigation Paralegal\n{FIRM_SIG} | Ext 161",
    short_sig="Marelize",
)
FAITH = Person(
    "faith",
    "Faith Molefe",
    "faith.molefe@kgosivanwyk.test",
    sig=f"Faith Molefe\nAccounts & Trust\n{FIRM_SIG} | Ext 110",
)
# ---- clients -------------------------------------------------------------------------------------------
BONGANI = Person(
    "bongani",
    "Bongani Mahlangu",
    "bongani@mahlangucivils.test",
    client="gmail",
    sig="Bongani Mahlangu\nMD, Mahlangu Civils (Pty) Ltd\n072 555 0190",
)
RIANA = Person(
    "riana",
    "Riana Steyn",
    "riana.steyn@mahlangucivils.test",
    sig="Riana Steyn\nFinancial Manager | Mahlangu Civils (Pty) Ltd\nT 011 555 0192 | C 083 555 0193",
)
GERRIT = Person(
    "gerrit",
    "Gerrit Pretorius",
    "gpretorius@vodamail.test",
    client="plain",
    sig="Groete\nGerrit & René Pretorius\n011 555 0177",
)
RENE = Person(
    "rene", "René Pretorius", "rene.pretorius@vodamail.test", client="apple", sig="Sent from my iPad"
)
OLIVER = Person(
    "oliver",
    "Oliver Hastings",
    "oliver.hastings@hastingsholdings.co.uk.test",
    zone="Europe/London",
    sig="Oliver Hastings\nDirector, Hastings Property Holdings Ltd\n+44 20 7946 0312",
)
AYANDA = Person("ayanda", "Ayanda Zulu", "ayanda.zulu@gmail.test", client="gmail", sig="Ayanda")
# ---- others ------------------------------------------------------------------------------------------------
CHANTAL = Person(
    "chantal",
    "Chantal Naidoo",
    "chantal.naidoo@homeloop.test",
    sig="Chantal Naidoo\nSenior Bond Consultant | HomeLoop Originators\n082 555 0123",
)
RUAN = Person(
    "ruan",
    "Ruan Jacobs",
    "ruan@jacarandarealty.test",
    client="gmail",
    sig="Ruan Jacobs | Jacaranda Realty | Principal Agent\n079 555 0134\nFFC 2027/0000",
)
SHERIFF = Person(
    "sheriff",
    "Sheriff Randburg South",
    "returns@sheriffrandburgsouth.test",
    client="plain",
    sig="D. Khumalo\nSheriff of the High Court, Randburg South\nTel 011 555 0166",
)
EXAMINER = Person(
    "examiner",
    "Priya Govender",
    "p.govender@deedsjhb.gov.test",
    sig="P. Govender\nExaminer, Section C\nDeeds Registry Johannesburg",
)
SITHOLE = Person(
    "sithole",
    "Adv. Thabo Sithole SC",
    "tsithole@group621bar.test",
    client="gmail",
    sig="Thabo Sithole SC\nGroup 621, Johannesburg Bar\n011 555 0621",
)
MANDLA = Person(
    "mandla",
    "Mandla Zwane (Clerk, Group 621)",
    "clerk@group621bar.test",
    sig="Mandla Zwane\nClerk: Group 621\nSandton Chambers | 011 555 0620",
)
JENNA = Person(
    "jenna",
    "Jenna Williams",
    "jenna@fouriewilliams.test",
    sig="Jenna Williams\nDirector | Fourie Williams Inc. | Cape Town\n021 555 0150",
)
KOBUS = Person(
    "kobus",
    "Kobus Nel",
    "kobus@nelpartners.test",
    sig="Kobus Nel\nNel & Partners Attorneys | Pretoria\nRef: KN/HHD/0412 | 012 555 0188",
    disclaimer=NEL_DISCLAIMER,
)
RASHID = Person(
    "rashid",
    "Rashid Patel",
    "rashid@patelmoosa.test",
    sig="Rashid Patel\nPatel Moosa Attorneys (Bond attorneys for Amandla Bank)\n011 555 0171",
)
MOEKETSI = Person(
    "moeketsi",
    "Moeketsi Radebe",
    "moeketsi@clearcert.test",
    client="gmail",
    sig="Moeketsi Radebe | ClearCert Rates Clearances | 063 555 0115",
)
KEA = Person("kea", "Keabetswe Mokoena", "kea.mokoena@gmail.test", client="gmail", sig="")
NOMSA = Person(
    "nomsa",
    "Nomsa Khoza",
    "nomsa.khoza@hastingsholdings.co.uk.test",
    zone="Europe/London",
    sig="Nomsa Khoza\nPA to Oliver Hastings",
)
LUCKY = Person("lucky", "Lucky Ndlovu", "lucky.ndlovu@mahlangucivils.test", sig="Lucky Ndlovu\nSite Manager")
HENNIE = Person(
    "hennie",
    "Hennie Kruger",
    "hennie@kruger-qs.test",
    sig="Hennie Kruger Pr.QS\nKruger Quantity Surveyors\n082 555 0107",
)
HENNIE_TYPO = Person("hennie_typo", "Hennie Kruger", "hennie@krugerqs.test")
# ---- automated -------------------------------------------------------------------------------------------
EDEEDS = Person("edeeds", "eDeeds Lodgement Tracker", "noreply@edeeds.deedsjhb.gov.test", client="plain")
CASEHUB = Person("casehub", "CaseHub Gauteng", "notifications@casehub.judiciary.test", client="outlook")
POWER = Person("power", "PowerWatch Alerts", "alerts@powerwatch.test", client="plain")
AMANDLA = Person("amandla", "Amandla Bank Home Loans", "noreply@homeloans.amandlabank.test")
NEWS = Person("news", "Conveyancer's Brief", "newsletter@conveyancersbrief.test")
DAEMON = Person("daemon", "Mail Delivery Subsystem", "mailer-daemon@mx1.kgosivanwyk.test", client="plain")
DINEO = Person("dineo", "Dineo Mokoena", "dineo@mokoenaholdings.test", sig="Dineo Mokoena\nMokoena Holdings")
