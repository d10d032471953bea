# ruff: noqa: E501  (mail text and inline ask marks are kept on one line, as the mail shows them)
"""The people of blind corpus 8: a solo immigration lawyer in Miami, her paralegal, clients and others.

Every person, firm and domain is invented; all domains are under .test, phone numbers are 555-01xx.
"""

from __future__ import annotations

from corpus_kit.mailgen import Person

ME = "adriana@castellanosimmigration.test"
NOW = "2027-03-08T08:45:00-05:00"

FIRM_SIG = """Adriana Castellanos, Esq.
Castellanos Immigration Law, P.A.
1450 Brickell Bay Drive, Suite 910, Miami, FL 33131
Office (305) 555-0142 | Cell (305) 555-0187"""

FIRM_DISCLAIMER = """CONFIDENTIALITY NOTICE: This e-mail and any attachments are from a law firm and may contain
information that is privileged, confidential and protected by the attorney-client privilege or the
work-product doctrine. If you are not the intended recipient, you are hereby notified that any review,
dissemination, distribution or copying of this message is strictly prohibited. If you received this
message in error, please notify the sender immediately by reply e-mail and delete the original and all
copies from your system. Nothing in this message creates an attorney-client relationship. AVISO DE
CONFIDENCIALIDAD: Este mensaje es confidencial y está dirigido únicamente a su destinatario."""

ADLER_DISCLAIMER = """This message is sent by a law firm and may contain privileged or confidential information.
If you received it in error, please notify the sender and delete it. Any tax advice contained herein is
not intended to be used, and cannot be used, to avoid penalties under the Internal Revenue Code."""

GULFSTAR_DISCLAIMER = """Gulfstar Health Systems - This email may contain confidential employee information
protected by state and federal law. Please do not forward outside the intended recipients."""

ME_P = Person(
    "me",
    "Adriana Castellanos",
    ME,
    sig=FIRM_SIG,
    short_sig="Adriana\n(305) 555-0142",
    disclaimer=FIRM_DISCLAIMER,
    disclaimer_external_only=True,
)
Person(
    "luz",
    "Luz Marina Ortega",
    "luz@castellanosimmigration.test",
    sig="Luz Marina Ortega\nParalegal | Castellanos Immigration Law, P.A.\n(305) 555-0143",
    short_sig="Luz\n(305) 555-0143",
    disclaimer=FIRM_DISCLAIMER,
    disclaimer_external_only=True,
)
# clients and their families
Person("yesenia", "Yesenia Paredes", "yesi.paredes88@correomovil.test", client="gmail", sig="")
Person("wilmer", "Wilmer Rojas", "wilmer.rojas@nubemail.test", client="apple", sig="Sent from my iPhone")
Person("jonathan_bad", "Jonathan Rojas", "jonathan.rojas@nubemial.test", client="gmail")
Person("teresa", "TERESA QUINTERO", "tquintero1957@webcorreo.test", client="plain", sig="")
Person("daniela", "Daniela Ibarra", "dani.ibarra@correomovil.test", client="gmail", sig="Daniela")
Person(
    "camilo",
    "Camilo Duarte",
    "camilo.duarte@nubemail.test",
    client="gmail",
    sig="Camilo Duarte\n(786) 555-0119",
)
Person("jb", "Jean-Baptiste Louis", "jb.louis@webcorreo.test", client="gmail", sig="Jean-Baptiste Louis")
Person(
    "gloria",
    "Gloria Benítez",
    "gloria.benitez77@nubemail.test",
    client="apple",
    sig="Enviado desde mi iPhone",
)
Person(
    "carlos",
    "Carlos Mejía",
    "carlos@laceibabakery.test",
    client="outlook",
    sig="Carlos Mejía\nLa Ceiba Bakery LLC\n(305) 555-0161",
)
Person(
    "sofia",
    "Sofía Albornoz",
    "sofia.albornoz@correoiberia.test",
    client="gmail",
    zone="Europe/Madrid",
    sig="Sofía Albornoz\n+34 655 550 132",
)
Person("hector", "Héctor Albornoz", "hector.albornoz@correoiberia.test", client="gmail", zone="Europe/Madrid")
Person(
    "marco",
    "Marco Villanueva",
    "marco.villanueva.rn@correomovil.test",
    client="gmail",
    zone="Asia/Manila",
    sig="Marco Villanueva, RN\n+63 917 555 0133",
)
# professionals and institutions
Person(
    "nathan",
    "Nathan Adler",
    "nadler@adlerruiz.test",
    client="outlook",
    sig="Nathan Adler\nAdler & Ruiz PLLC\n225 Broadway, 19th Floor, New York, NY 10007\n(212) 555-0177",
    short_sig="Nathan",
    disclaimer=ADLER_DISCLAIMER,
)
Person(
    "gabriela",
    "Gabriela Ruiz",
    "gruiz@adlerruiz.test",
    client="outlook",
    sig="Gabriela Ruiz\nAdler & Ruiz PLLC\n(212) 555-0178",
    short_sig="Gabriela",
    disclaimer=ADLER_DISCLAIMER,
)
Person(
    "marisol",
    "Marisol Restrepo",
    "marisol@traduccionesrestrepo.test",
    client="gmail",
    zone="America/Bogota",
    sig="Marisol Restrepo\nTraductora oficial inglés-español\nTraducciones Restrepo, Bogotá\n+57 601 555 0124",
)
Person(
    "consul",
    "Andrés Felipe Cárdenas",
    "afcardenas@consuladocolmiami.test",
    client="outlook",
    sig="Andrés Felipe Cárdenas\nCónsul de Primera Clase\nConsulado General de Colombia en Miami\n(305) 555-0150",
)
Person(
    "kim",
    "Kimberly Hale",
    "kimberly.hale@gulfstarhealth.test",
    client="outlook",
    zone="America/Chicago",
    sig="Kimberly Hale\nHR Business Partner, Gulfstar Health Systems\nHouston, TX | (713) 555-0114",
    short_sig="Kim",
    disclaimer=GULFSTAR_DISCLAIMER,
)
Person(
    "derek",
    "Derek Ng",
    "derek.ng@gulfstarhealth.test",
    client="outlook",
    zone="America/Chicago",
    sig="Derek Ng\nTalent Acquisition, Gulfstar Health Systems\n(713) 555-0115",
    disclaimer=GULFSTAR_DISCLAIMER,
)
Person("tanya", "Tanya Brooks", "tanya.brooks@gulfstarhealth.test", client="outlook", zone="America/Chicago")
Person(
    "beatriz",
    "Beatriz Lowe",
    "blowe@lowecpa.test",
    client="outlook",
    sig="Beatriz Lowe, CPA\nLowe & Asociados CPA\nCoral Gables, FL | (305) 555-0170",
)
Person(
    "kevin",
    "Kevin Tran",
    "kevin@tranimmigration.test",
    client="gmail",
    sig="Kevin Tran\nTran Immigration Defense\n(954) 555-0109",
)
# automated senders
Person("portal", "Case Status Online", "no-reply@casestatus.immigration-portal.test", client="plain", sig="")
Person(
    "efile", "Immigration Court E-Filing", "efiling-noreply@ecourt-immigration.test", client="plain", sig=""
)
Person("asc", "Application Support Center", "appointments@asc-scheduling.test", client="plain", sig="")
Person("pay", "ClearRetainer Payments", "receipts@clearretainer.test", client="plain", sig="")
Person("news", "South Florida Immigration Bar Weekly", "news@sfimmigrationbar.test", client="outlook", sig="")
Person(
    "daemon", "Mail Delivery Subsystem", "mailer-daemon@castellanosimmigration.test", client="plain", sig=""
)
Person("oscar", "Óscar Fuentes", "oscarfuentes.panadero@correomovil.test", client="outlook", sig="Óscar")
Person(
    "forms",
    "Castellanos Immigration Law website",
    "forms@castellanosimmigration.test",
    client="plain",
    sig="",
)
Person("julian", "Julián Paredes", "julian.paredes.hvac@correomovil.test", client="gmail", sig="Julián")
Person(
    "tomas",
    "Padre Tomás Herrera",
    "parroco@stjudeallapattah.test",
    client="outlook",
    sig="P. Tomás Herrera\nSt. Jude Parish, Allapattah\n(305) 555-0191",
)
Person(
    "angelica",
    "Angelica Villanueva",
    "angelica.villanueva@correomovil.test",
    client="gmail",
    zone="Asia/Manila",
)
