# ruff: noqa: E501  (long lines are mail text, kept as typed)
"""The people of the tenth blind corpus: an employment and insurance-defence partner in Dublin."""

from __future__ import annotations

import os
import sys

sys.path.insert(1, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))  # tests/, for corpus_kit

from corpus_kit.mailgen import Person

ME = "niamh.brennan@kilbrideoneill.test"
NOW = "2027-03-25T09:10:00+00:00"

BOS, MUC = "America/New_York", "Europe/Berlin"

FIRM_DISCLAIMER = """\
This email and any attachments are confidential and may be subject to legal professional privilege. They
are intended solely for the addressee. If you have received this email in error, please tell the sender
immediately by return email and then delete it from your system; you must not read, copy, forward or
otherwise use it or disclose its contents to anyone. Kilbride O'Neill LLP is a limited liability
partnership regulated by the Law Society of Ireland. We will never tell you about a change to our bank
details by email: please phone your contact before sending any money to us. Email cannot be guaranteed to
be secure or free of viruses and we accept no liability for any loss arising from its use."""

MUNSTER_DISCLAIMER = """\
Munster Mutual Insurance DAC is regulated by the Central Bank of Ireland. This email is confidential and
intended for the named recipient only. If you are not the intended recipient please delete it and notify
the sender. Views expressed are those of the author and not necessarily those of Munster Mutual."""

# ---- Kilbride O'Neill LLP, Dublin --------------------------------------------------------------------
Person(
    "me",
    "Niamh Brennan",
    ME,
    sig="Niamh Brennan\nPartner | Employment & Insurance\nKilbride O'Neill LLP | 14 Merrion Row, Dublin 2\n"
    "T +353 1 555 0142 | M +353 87 555 0187",
    short_sig="Niamh",
    disclaimer=FIRM_DISCLAIMER,
    disclaimer_external_only=True,
)
Person(
    "ciaran",
    "Ciarán Walsh",
    "ciaran.walsh@kilbrideoneill.test",
    sig="Ciarán Walsh\nTrainee Solicitor | Kilbride O'Neill LLP\nT +353 1 555 0161",
    short_sig="Ciarán",
    disclaimer=FIRM_DISCLAIMER,
    disclaimer_external_only=True,
)
Person(
    "aoife",
    "Aoife Doherty",
    "aoife.doherty@kilbrideoneill.test",
    sig="Aoife Doherty\nSolicitor | Kilbride O'Neill LLP\nT +353 1 555 0155",
    short_sig="Aoife",
    disclaimer=FIRM_DISCLAIMER,
    disclaimer_external_only=True,
)
Person(
    "declan",
    "Declan Kilbride",
    "declan.kilbride@kilbrideoneill.test",
    sig="Declan Kilbride\nManaging Partner | Kilbride O'Neill LLP\nT +353 1 555 0101",
    short_sig="D.",
    disclaimer=FIRM_DISCLAIMER,
    disclaimer_external_only=True,
)
Person(
    "declan_m",
    "Declan Kilbride",
    "declan.kilbride@kilbrideoneill.test",
    client="apple",
    sig="Sent from my iPhone",
)
Person(
    "grainne",
    "Gráinne Moran",
    "grainne.moran@kilbrideoneill.test",
    sig="Gráinne Moran\nPA to Niamh Brennan\nT +353 1 555 0143",
    short_sig="Gráinne",
)
Person(
    "accounts",
    "Paddy Nolan",
    "paddy.nolan@kilbrideoneill.test",
    sig="Paddy Nolan\nAccounts\nT +353 1 555 0120",
)
Person("typo", "Fionnuala Hegarty", "fionnuala.hegarty@munstermutal.test")

# ---- Munster Mutual Insurance DAC, Cork (the insurer) ------------------------------------------------
Person(
    "fionnuala",
    "Fionnuala Hegarty",
    "fionnuala.hegarty@munstermutual.test",
    sig="Fionnuala Hegarty\nSenior Claims Handler, Casualty Claims\nMunster Mutual Insurance DAC\n"
    "Lapps Quay, Cork T12 XK55 | T +353 21 555 0177",
    short_sig="Fionnuala Hegarty\nSenior Claims Handler",
    disclaimer=MUNSTER_DISCLAIMER,
)
Person("claimcentre", "Munster Mutual ClaimCentre", "claimcentre-noreply@munstermutual.test", client="plain")
Person(
    "brendan",
    "Brendan Coakley",
    "brendan@coakleyadjusters.test",
    client="gmail",
    sig="Brendan Coakley ACII\nCoakley Loss Adjusters, Mallow\nM +353 86 555 0199",
)
Person(
    "katrin",
    "Dr. Katrin Vogel",
    "katrin.vogel@isarrueck.test",
    client="exchange_de",
    zone=MUC,
    sig="Dr. Katrin Vogel\nSenior Claims Manager, Casualty Treaty\nIsar Rück AG, München\nTel. +49 89 5550 2231",
)

# ---- counsel, the other side, experts -----------------------------------------------------------------
Person(
    "orla",
    "Orla Fitzgerald BL",
    "orla.fitzgerald@lawlibrary-mail.test",
    client="apple",
    sig="Orla Fitzgerald BL\nThe Law Library, Four Courts\nM +353 85 555 0134",
)
Person(
    "fergal",
    "Fergal Byrne",
    "fergal.byrne@byrnemulcahy.test",
    sig="Fergal Byrne\nPartner, Byrne Mulcahy Solicitors, Limerick\nT +353 61 555 0110",
)
Person(
    "rafferty",
    "Rafferty Consulting Rooms",
    "rooms@raffertyortho.test",
    client="plain",
    sig="Mairéad Ó Súilleabháin\nSecretary to Mr Eamon Rafferty FRCSI\nT +353 1 555 0190",
)
Person(
    "union",
    "Tadhg Ó Murchú",
    "tadhg.omurchu@sipu-union.test",
    client="gmail",
    sig="Tadhg Ó Murchú\nIndustrial Relations Officer",
)

# ---- clients -----------------------------------------------------------------------------------------
Person(
    "siobhan",
    "Siobhán Keane",
    "siobhan.keane@corribmedtech.test",
    sig="Siobhán Keane\nHR Director | Corrib MedTech Ltd\nParkmore East, Galway | M +353 87 555 0166",
)
Person(
    "siobhan_m",
    "Siobhán Keane",
    "siobhan.keane@corribmedtech.test",
    client="apple",
    sig="Sent from my iPhone",
)
Person(
    "mark",
    "Mark Leahy",
    "mark.leahy@corribmedtech.test",
    sig="Mark Leahy\nEmployee Relations Manager | Corrib MedTech Ltd",
)
Person(
    "kessler",
    "Daniel R. Kessler",
    "dkessler@harborviewdevices.test",
    zone=BOS,
    sig="Daniel R. Kessler\nGeneral Counsel | Harborview Devices, Inc.\n200 Seaport Blvd, Boston MA | +1 617 555 0148",
)
Person("tom", "Tom Gilmartin", "tom@atlanticfreight.test", client="apple", sig="Sent from my iPhone")
Person(
    "tom_d",
    "Tom Gilmartin",
    "tom@atlanticfreight.test",
    sig="Tom Gilmartin\nManaging Director | Atlantic Freight Ltd, Dublin Port",
)
Person(
    "eilis",
    "Eilís Barry",
    "eilis.barry@atlanticfreight.test",
    sig="Eilís Barry\nFinance & HR | Atlantic Freight Ltd",
)

# ---- others and automated senders --------------------------------------------------------------------
Person("sinead", "Sinéad Carey", "sinead.carey.77@gmail.test", client="gmail", sig="")
Person("wrc", "WRC Online Services", "noreply@wrc-portal.test", client="plain")
Person("irb", "Injuries Resolution Board", "notifications@irb-portal.test", client="plain")
Person("courts", "Circuit Court Office Cork", "cork.listings@courts-service.test", client="plain")
Person("news", "Employment Law Brief", "brief@emplawbrief.test", client="plain")
Person("daemon", "Mail Delivery System", "MAILER-DAEMON@mx1.kilbrideoneill.test", client="plain")
Person("calendar", "Gráinne Moran", "grainne.moran@kilbrideoneill.test")
Person(
    "megan",
    "Megan Castillo",
    "mcastillo@harborviewdevices.test",
    zone=BOS,
    sig="Megan Castillo\nVP People | Harborview Devices, Inc.",
)
Person(
    "rick",
    "Rick Lyons",
    "rlyons@harborviewdevices.test",
    zone=BOS,
    sig="Rick Lyons\nCFO | Harborview Devices, Inc.",
)
Person("fiona_hr", "Fiona Joyce", "fiona.joyce@corribmedtech.test", sig="Fiona Joyce\nHR Business Partner")
