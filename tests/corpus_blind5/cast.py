"""The people of the fifth blind corpus: a disputes associate in Hong Kong and everyone who writes to her."""

from __future__ import annotations

import os
import sys

sys.path.insert(1, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))  # tests/, for corpus_kit

from corpus_kit.mailgen import Person

ME = "joanna.kwok@ashcombeleung.test"
NOW = "2026-12-02T10:00:00+08:00"

HK, SG, SH = "Asia/Hong_Kong", "Asia/Singapore", "Asia/Shanghai"
LDN, SYD, NYC = "Europe/London", "Australia/Sydney", "America/New_York"

FIRM_DISCLAIMER = """\
CONFIDENTIALITY NOTICE: This email and any attachments are confidential and may be protected by legal
professional privilege. If you are not the intended recipient, please notify the sender immediately by
return email and delete this message and any copies from your system; you must not copy, distribute,
disclose or rely on any part of it. Ashcombe Leung LLP is a limited liability partnership registered in
England and Wales and operates in Hong Kong as a foreign law firm. Email is not a secure medium and we
accept no liability for any loss or damage arising from viruses or from interception or alteration of
this message in transit. Any advice in this email is given solely to the addressee and may not be relied
upon by any other person. Our privacy notice explains how we process personal data."""

LIM_DISCLAIMER = """\
This message is intended only for the named addressee(s) and may contain privileged or confidential
information. If you have received it in error, kindly inform the sender and delete it. Lim Chua LLC
accepts no responsibility for unauthorised use of this message. Lim Chua LLC is a law corporation
registered in Singapore."""

# ---- Ashcombe Leung LLP (Hong Kong, Singapore, London) ---------------------------------------------
Person(
    "me",
    "Joanna Kwok",
    ME,
    sig="Joanna Kwok\nAssociate, Disputes & International Arbitration\nAshcombe Leung LLP | Hong Kong\n"
    "T +852 5550 0142 | M +852 5550 0187",
    short_sig="Joanna",
    disclaimer=FIRM_DISCLAIMER,
    disclaimer_external_only=True,
)
Person(
    "malcolm",
    "Malcolm Thorne",
    "malcolm.thorne@ashcombeleung.test",
    sig="Malcolm Thorne\nPartner | Ashcombe Leung LLP\nT +852 5550 0101",
    short_sig="MT",
    disclaimer=FIRM_DISCLAIMER,
    disclaimer_external_only=True,
)
Person(
    "malcolm_m",
    "Malcolm Thorne",
    "malcolm.thorne@ashcombeleung.test",
    client="apple",
    sig="Sent from my iPhone",
)
Person(
    "wing",
    "CHAN Tsz Wing",
    "tszwing.chan@ashcombeleung.test",
    sig="Chan Tsz Wing (Wing)\nTrainee Solicitor | Ashcombe Leung LLP\nT +852 5550 0163",
    short_sig="Wing",
)
Person(
    "fiona",
    "Fiona Yip",
    "fiona.yip@ashcombeleung.test",
    sig="Fiona Yip\nParalegal | Ashcombe Leung LLP\nT +852 5550 0170",
    short_sig="Fiona",
)
Person("cheryl", "Cheryl Ho", "cheryl.ho@ashcombeleung.test", sig="Cheryl Ho\nBilling | Hong Kong")
Person("mandy", "Mandy Lo", "mandy.lo@ashcombeleung.test", sig="Mandy Lo\nSecretary to Malcolm Thorne")
Person(
    "priya",
    "Priya Raghavan",
    "priya.raghavan@ashcombeleung.test",
    zone=SG,
    sig="Priya Raghavan\nSenior Associate | Ashcombe Leung LLP | Singapore\nT +65 5550 0118",
    short_sig="Priya",
    disclaimer=FIRM_DISCLAIMER,
    disclaimer_external_only=True,
)
Person(
    "ben",
    "Ben Okafor",
    "ben.okafor@ashcombeleung.test",
    zone=LDN,
    sig="Ben Okafor\nAssociate | Ashcombe Leung LLP | London\nT +44 20 5550 0139",
    short_sig="Ben",
)
Person("hkteam", "HK Disputes Team", "hk-disputes@ashcombeleung.test")

# ---- clients ----------------------------------------------------------------------------------------
Person("daniel", "Daniel Sze", "daniel.sze@harbourline.test", client="apple", sig="Sent from my iPhone")
Person(
    "connie",
    "Connie Mak",
    "connie.mak@harbourline.test",
    sig="Connie Mak\nLegal Manager | Harbourline Holdings Ltd\nT +852 5550 0420",
)
Person(
    "zhang",
    "ZHANG Min",
    "zhang.min@tianrui-mach.test",
    zone=SH,
    sig="ZHANG Min\nLegal Department\nShanghai Tianrui Machinery Co., Ltd.\nTel: +86 21 5550 0177",
)
Person(
    "tan",
    "TAN Boon Huat",
    "boonhuat.tan@meridianstraits.test",
    client="gmail",
    zone=SG,
    sig="Tan Boon Huat\nCFO, Meridian Straits Pte Ltd\nM +65 5550 0193",
)
Person(
    "olivia",
    "Olivia Hart",
    "olivia.hart@southerncrossmin.test",
    zone=SYD,
    sig="Olivia Hart\nSenior Legal Counsel | Southern Cross Minerals\nP +61 2 5550 0145",
)
Person(
    "rowan", "Rowan Pike", "rowan.pike@southerncrossmin.test", zone=SYD, sig="Rowan Pike\nCommercial Manager"
)

# ---- counsel, opponents, experts, vendors --------------------------------------------------------
Person(
    "greg",
    "Greg Feldman",
    "gfeldman@feldmanrios.test",
    zone=NYC,
    sig="Greg Feldman | Partner\nFeldman Rios LLP | New York\n+1 212 555 0166",
)
Person("nadia", "Nadia Rios", "nrios@feldmanrios.test", zone=NYC, sig="Nadia Rios | Associate")
Person(
    "kenneth",
    "Kenneth Wong",
    "kenneth.wong@wongpartners.test",
    sig="Kenneth Wong\nPartner\nWong & Partners, Solicitors\nTel: (852) 5550 0311",
)
Person(
    "jasmine",
    "Jasmine Lim",
    "jasmine.lim@limchua.test",
    zone=SG,
    sig="Jasmine Lim\nDirector, Lim Chua LLC\nDID +65 5550 0124",
    disclaimer=LIM_DISCLAIMER,
)
Person("tom", "Tom Harkness", "clerks@fleetstonechambers.test", zone=LDN, sig="Tom Harkness\nSenior Clerk")
Person(
    "pryor",
    "Dr Alan Pryor",
    "alan.pryor@pryorquantum.test",
    client="plain",
    zone=LDN,
    sig="Dr Alan Pryor\nPryor Quantum Consulting Ltd, London\n+44 20 5550 0192",
)
Person(
    "auyeung",
    "Grace Au Yeung",
    "casemanager@vhac.test",
    sig="Grace Au Yeung\nDeputy Case Manager\nVictoria Harbour Arbitration Centre",
)
Person("lingbridge", "Lingbridge Translations", "projects@lingbridge.test", zone=SH, client="gmail")
Person(
    "sophie",
    "Sophie Kwan",
    "sophie.kwan@lingbridge.test",
    zone=SH,
    client="gmail",
    sig="Sophie Kwan\nLingbridge",
)
Person("typo", "Kenneth Wong", "kenneth.wong@wongpartner.test")  # mistyped domain
Person("hui", "Eddie Hui", "eddie.hui@gmail.test", client="gmail")  # a friend from law school

# ---- automated senders --------------------------------------------------------------------------------
Person("efile", "VHAC eFiling", "no-reply@efile.vhac.test", client="plain")
Person("revuo", "Revuo Review Platform", "alerts@revuo.test", client="plain")
Person("digest", "Asia Arbitration Digest", "newsletter@arbdigest.test")
Person("daemon", "Mail Delivery System", "MAILER-DAEMON@mx1.ashcombeleung.test", client="plain")
Person("daniel_rr", "Daniel Sze", "daniel.sze@harbourline.test", client="plain")
Person("jasmine_ooo", "Jasmine Lim", "jasmine.lim@limchua.test", client="plain", zone=SG)
Person("greg_ooo", "Greg Feldman", "gfeldman@feldmanrios.test", client="plain", zone=NYC)
Person("connie_rr", "Connie Mak", "connie.mak@harbourline.test", client="plain")
