"""The people of blind corpus 7: in-house counsel at a Rotterdam logistics group, and who writes to her."""

from __future__ import annotations

from corpus_kit.mailgen import Person

ME = "femke.hoogendijk@noordkade.test"
NOW = "2027-01-06T09:15:00+01:00"

NK_DISCLAIMER = (
    "DISCLAIMER: This e-mail and any attachments are confidential and may be legally privileged. They are\n"
    "intended solely for the addressee. If you are not the intended recipient, please notify the sender\n"
    "immediately and delete this message; any use, copying or disclosure is prohibited. Noordkade Logistics\n"
    "B.V. is registered with the Chamber of Commerce under number 99 12 34 56. All services are provided\n"
    "under the Dutch Forwarding Conditions (FENEX), latest version, filed at the court of Rotterdam.\n"
    "E-mail cannot be guaranteed to be secure or error-free and we accept no liability for its contents."
)
CF_DISCLAIMER = (
    "Carrow Finch LLP is a limited liability partnership registered in England and Wales (OC555010) and is\n"
    "authorised and regulated by the Solicitors Regulation Authority. This email is confidential and may be\n"
    "privileged. If you have received it in error, please tell us by return and delete it. We do not accept\n"
    "service of documents by email."
)

Person(
    "me",
    "Femke Hoogendijk",
    ME,
    sig="Met vriendelijke groet / Kind regards,\n\nFemke Hoogendijk\nSenior Legal Counsel\n"
    "Noordkade Logistics B.V. | Maaskade 140, 3071 NK Rotterdam\nT +31 10 555 0140 | M +31 6 5550 0141",
    short_sig="Femke",
    disclaimer=NK_DISCLAIMER,
    disclaimer_external_only=True,
)
Person(
    "pieter",
    "Pieter Verhoeven",
    "pieter.verhoeven@noordkade.test",
    sig="Pieter Verhoeven\nGeneral Counsel\nNoordkade Logistics B.V.\nT +31 10 555 0110",
    short_sig="P.",
    disclaimer=NK_DISCLAIMER,
    disclaimer_external_only=True,
)
Person(
    "pieter_m",
    "Pieter Verhoeven",
    "pieter.verhoeven@noordkade.test",
    client="apple",
    sig="Sent from my iPhone",
)
Person(
    "joost",
    "Joost de Wit",
    "joost.dewit@noordkade.test",
    sig="Joost de Wit\nChartering Manager\nNoordkade Logistics B.V.\nM +31 6 5550 0177",
    disclaimer=NK_DISCLAIMER,
    disclaimer_external_only=True,
)
Person(
    "sanne",
    "Sanne Bakker",
    "sanne.bakker@noordkade.test",
    sig="Sanne Bakker\nLegal Assistant\nT +31 10 555 0142",
)
Person(
    "kasia",
    "Katarzyna Nowak",
    "katarzyna.nowak@noordkade.test",
    zone="Europe/Warsaw",
    sig="Katarzyna Nowak\nContract Manager CEE\nNoordkade Logistics Polska Sp. z o.o. | Gdynia\nT +48 58 "
    "555 0190",
)
Person(
    "rafael",
    "Rafael Oliveira",
    "rafael.oliveira@noordkade.test",
    zone="America/Sao_Paulo",
    sig="Abraço,\nRafael Oliveira\nBranch Manager | Noordkade Logistica do Brasil Ltda. | Santos\n+55 13 "
    "5550 0122",
)
Person(
    "lars",
    "Lars Mikkelsen",
    "lars.mikkelsen@noordkade.test",
    zone="Europe/Copenhagen",
    sig="Best regards\nLars Mikkelsen\nHead of Insurance & Claims\nNoordkade Logistics | Aarhus\n+45 55 "
    "50 01 66",
)
Person(
    "hr",
    "Ingrid Smits",
    "ingrid.smits@noordkade.test",
    sig="Ingrid Smits\nHR Business Partner / secretary OR",
)
Person(
    "finance",
    "Bas Mulder",
    "bas.mulder@noordkade.test",
    sig="Bas Mulder\nGroup Controller\nT +31 10 555 0130",
)
Person("ops", "Ops Rotterdam", "ops.rotterdam@noordkade.test")
# outside
Person(
    "harriet",
    "Harriet Lowe",
    "harriet.lowe@carrowfinch.test",
    zone="Europe/London",
    sig="Harriet Lowe\nPartner\nCarrow Finch LLP | 12 Lime Court, London EC3M 5AB\nDD +44 20 5550 0150",
    short_sig="Harriet",
    disclaimer=CF_DISCLAIMER,
)
Person(
    "oliver",
    "Oliver Grant",
    "oliver.grant@carrowfinch.test",
    zone="Europe/London",
    sig="Oliver Grant\nSenior Associate\nCarrow Finch LLP\nDD +44 20 5550 0151",
    disclaimer=CF_DISCLAIMER,
)
Person(
    "brandon",
    "Brandon Kessler",
    "bkessler@gulflinepetro.test",
    zone="America/Chicago",
    sig="Brandon Kessler | Director, Logistics Procurement\nGulfline Petrochemicals Inc. | Houston, TX\n"
    "o: +1 713 555 0188",
)
Person(
    "brandon_m",
    "Brandon Kessler",
    "bkessler@gulflinepetro.test",
    client="apple",
    zone="America/Chicago",
    sig="Sent from my iPhone",
)
Person(
    "thomas",
    "Thomas Brandt",
    "t.brandt@brandt-spedition.test",
    client="exchange_de",
    zone="Europe/Berlin",
    sig="Mit freundlichen Grüßen / Best regards\n\nThomas Brandt\nGeschäftsführer\nBrandt Spedition GmbH | "
    "Duisburg\nTel. +49 203 5550 0170",
)
Person(
    "dev",
    "Dev Malhotra",
    "dev.malhotra@sahyadrishipping.test",
    zone="Asia/Kolkata",
    sig="Thanks & Regards,\nDev Malhotra\nManager - Legal & Claims\nSahyadri Shipping Agencies Pvt. Ltd., "
    "Mumbai\n"
    "Mob: +91 98 5550 0133",
)
Person(
    "anita",
    "Anita Deshpande",
    "anita.deshpande@sahyadrishipping.test",
    zone="Asia/Kolkata",
    sig="Regards,\nAnita Deshpande\nAccounts, Sahyadri Shipping Agencies",
)
Person(
    "tomasz",
    "Tomasz Kowalczyk",
    "tomasz.kowalczyk@wislamagazyny.test",
    client="gmail",
    zone="Europe/Warsaw",
    sig="Tomasz Kowalczyk\nWisła Magazyny Sp. z o.o.\ntel. +48 22 555 0191",
)
Person(
    "mette",
    "Mette Søndergaard",
    "mette.sondergaard@kattegatfeeder.test",
    zone="Europe/Copenhagen",
    sig="Kind regards / Venlig hilsen\nMette Søndergaard\nCommercial Manager, Kattegat Feeder A/S\n+45 55 "
    "50 01 60",
)
Person(
    "lucas",
    "Lucas Ferreira",
    "lucas.ferreira@ferreiraadv.test",
    client="gmail",
    zone="America/Sao_Paulo",
    sig="Lucas Ferreira\nFerreira & Campos Advogados | São Paulo\n+55 11 5550 0125",
)
Person(
    "willem",
    "Willem Jansen",
    "w.jansen@rijnmondstuwadoors.test",
    client="plain",
    sig="W. Jansen\nRijnmond Stuwadoors B.V.",
)
Person("niels", "Niels Vos", "niels@vosadvocaten.test", client="gmail", sig="Niels")
# automated senders
Person("douane", "DouaneConnect", "noreply@douaneconnect.test", client="plain")
Person("portcs", "Maasport Community System", "alerts@maasport-pcs.test", client="plain")
Person("track", "NordTrack", "tracking@nordtrack.test", client="plain")
Person("sign", "SignVault", "no-reply@signvault.test", client="plain")
Person("desk", "Noordkade ServiceDesk", "servicedesk@noordkade.test", client="plain")
Person("news", "Maritime Law Weekly", "newsletter@maritimelawweekly.test", client="plain")
Person("postmaster", "Mail Delivery Subsystem", "mailer-daemon@noordkade.test", client="plain")
