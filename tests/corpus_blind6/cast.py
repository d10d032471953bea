"""The people of the sixth blind corpus: a startup and venture lawyer in Palo Alto and everyone who
writes to her.

Every person, firm and domain is invented; all domains are under .test; phone numbers are 555-01xx style.
"""

from __future__ import annotations

from corpus_kit.mailgen import Person

ME = "leah.brandt@arroyobrandt.test"
NOW = "2026-12-14T08:30:00-08:00"

FIRM_DISCLAIMER = """\
CONFIDENTIALITY NOTICE: This e-mail message, including any attachments, is from the law firm of Arroyo \
Brandt LLP and is intended solely for the use of the individual or entity to which it is addressed. It may \
contain information that is privileged, confidential, attorney work product, or otherwise exempt from \
disclosure under applicable law. If you are not the intended recipient, or the employee or agent responsible \
for delivering it to the intended recipient, you are hereby notified that any review, dissemination, \
distribution, forwarding or copying of this communication is strictly prohibited. If you have received this \
message in error, please notify the sender immediately by reply e-mail and delete the original and all \
copies. Nothing in this message is intended to create an attorney-client relationship with any person who \
is not already a client of the firm. IRS Circular 230: any tax advice in this message is not intended to be \
used, and cannot be used, to avoid penalties under the Internal Revenue Code."""

PRYCE_DISCLAIMER = """\
This message is sent by a law firm and may contain privileged or confidential information. If you are not \
the intended recipient, please do not read, copy or use it, and do not disclose it to others; please notify \
the sender of the delivery error by replying to this message and then delete it from your system. \
Thank you."""

LEAH = Person(
    "leah",
    "Leah Brandt",
    ME,
    "outlook",
    sig="Leah Brandt\nCounsel | Emerging Companies & Venture Capital\nArroyo Brandt LLP\n"
    "400 Hamilton Avenue, Suite 900, Palo Alto, CA 94301\nD: +1 650 555 0142 | M: +1 650 555 0178",
    short_sig="Leah\n\nLeah Brandt | Arroyo Brandt LLP | +1 650 555 0142",
    disclaimer=FIRM_DISCLAIMER,
    disclaimer_external_only=True,
)
WALT = Person("walt", "Walt Arroyo", "walt.arroyo@arroyobrandt.test", "apple", sig="Sent from my iPhone")
KENJI = Person(
    "kenji",
    "Kenji Mori",
    "kenji.mori@arroyobrandt.test",
    "outlook",
    sig="Kenji Mori\nSenior Corporate Paralegal\nArroyo Brandt LLP | +1 650 555 0151",
)

# Ferngrove Robotics: Series A client
DEV = Person(
    "dev", "Dev Malhotra", "dev@ferngrove.test", "gmail", sig="--\nDev Malhotra\nCEO, Ferngrove Robotics"
)
DEV_PHONE = Person("devm", "Dev Malhotra", "dev@ferngrove.test", "apple", sig="")
NOA = Person(
    "noa",
    "Noa Ben-Ami",
    "noa@ferngrove.test",
    "gmail",
    zone="Asia/Jerusalem",
    sig="Noa Ben-Ami | Co-founder & CTO, Ferngrove Robotics | Tel Aviv | +972 3 555 0119",
)
ARJUN = Person(
    "arjun",
    "Arjun Rao",
    "arjun@raostudio.test",
    "gmail",
    zone="Asia/Kolkata",
    sig="Arjun Rao\nRao Studio, Bengaluru\n+91 80 5550 0133",
)

# Quillfeather: seed client
TESSA = Person("tessa", "Tessa Hwang", "tessa@quillfeather.test", "apple", sig="")
MAYA = Person(
    "maya", "Maya Roth", "maya@quillfeather.test", "gmail", sig="Maya Roth\nChief of Staff, Quillfeather"
)

# Tidewell Labs: pre-seed client
INES = Person("ines", "Ines Duarte", "ines@tidewell.test", "gmail", sig="ines // tidewell")

# Investors and their counsel
RACHEL = Person(
    "rachel",
    "Rachel Adler",
    "radler@kestrelvc.test",
    "outlook",
    zone="America/New_York",
    sig="Rachel Adler\nPartner, Kestrel Ventures\n212 555 0164",
)
JORDAN = Person("jordan", "Jordan Pike", "jpike@kestrelvc.test", "outlook", zone="America/New_York")
DAN = Person(
    "dan",
    "Dan Whitcomb",
    "dwhitcomb@prycewhitcomb.test",
    "outlook",
    zone="America/New_York",
    sig="Daniel Whitcomb\nPartner | Pryce Whitcomb LLP\n1 Liberty Plaza, New York, NY 10006\nT +1 212 555 "
    "0190",
    short_sig="Dan",
    disclaimer=PRYCE_DISCLAIMER,
)
OLIVER = Person(
    "oliver",
    "Oliver Pemberton",
    "oliver.pemberton@larkspur.test",
    "outlook",
    zone="Europe/London",
    sig="Oliver Pemberton\nPrincipal, Larkspur Partners\n12 Hanover Square, London W1S 1JY\n+44 20 5550 0127",
    short_sig="Oliver",
)
GWEN = Person("gwen", "Gwen Farrow", "gwen@farrowangels.test", "plain", sig="-- \nGwen Farrow")

# Others
THEO = Person("theo", "Theo Lindgren", "theo.lindgren@gmail.test", "gmail", sig="")
SIGNFLOW = Person("signflow", "SignFlow via Kenji Mori", "dse@signflow.test", "plain", sig="")
CAPTABLY = Person("captably", "Captably", "alerts@captably.test", "plain", sig="")
FIRSTGATE = Person(
    "firstgate", "Firstgate Registered Agents", "compliance@firstgate-ra.test", "plain", sig=""
)
HUDDLE = Person("huddle", "Huddle", "digest@huddle-chat.test", "plain", sig="")
NEWSLETTER = Person("seedwire", "The Seed Wire", "hello@seedwire.test", "plain", sig="")
DAEMON = Person("daemon", "Mail Delivery Subsystem", "mailer-daemon@mx1.arroyobrandt.test", "plain", sig="")
GWEN_OLD = Person("gwen_old", "Gwen Farrow", "gwen@farrowcap.test", "plain", sig="")
