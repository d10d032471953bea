"""The people of the thirteenth blind corpus: a Bengaluru disputes and corporate firm and those around it."""

from __future__ import annotations

import os
import sys

sys.path.insert(1, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))  # tests/, for corpus_kit

from corpus_kit.mailgen import Person

ME = "ananya.rao@kaverilegal.test"
NOW = "2027-04-12T10:00:00+05:30"

KAVERI_DISC = (
    "CONFIDENTIALITY NOTICE: This e-mail and any attachments are confidential and may be protected by\n"
    "legal professional privilege under the Bharatiya Sakshya Adhiniyam, 2023. If you are not the intended\n"
    "recipient, please notify the sender immediately, delete this e-mail and do not copy, use or disclose\n"
    "its contents. Kaveri Legal does not accept liability for any loss caused by viruses. Kaveri Legal is a\n"
    "partnership firm of advocates registered with the Bar Council of Karnataka. Views expressed are those\n"
    "of the sender and not of the firm unless expressly stated."
)

Person(
    "me",
    "Ananya Rao",
    ME,
    sig="Regards,\nAnanya Rao\nSenior Associate | Kaveri Legal\n4th Floor, Cunningham Road, "
    "Bengaluru 560052\n"
    "M: +91 98450 21734",
    short_sig="Ananya",
    disclaimer=KAVERI_DISC,
    disclaimer_external_only=True,
)
Person(
    "raghav",
    "Raghav Menon",
    "raghav.menon@kaverilegal.test",
    sig="Raghav Menon\nPartner | Kaveri Legal\nT: +91 80 4112 9000",
    short_sig="RM",
    disclaimer=KAVERI_DISC,
    disclaimer_external_only=True,
)
Person(
    "karthik",
    "Karthik Sundar",
    "karthik.sundar@kaverilegal.test",
    sig="Thanks & Regards,\nKarthik Sundar\nAssociate | Kaveri Legal\nM: +91 99001 48825",
    short_sig="Karthik",
    disclaimer=KAVERI_DISC,
    disclaimer_external_only=True,
)
Person(
    "divya",
    "Divya Nair",
    "divya.nair@kaverilegal.test",
    sig="Regards,\nDivya Nair\nParalegal | Kaveri Legal\nExt. 214",
    short_sig="Divya",
    disclaimer=KAVERI_DISC,
    disclaimer_external_only=True,
)
Person(
    "meera",
    "Meera Pillai",
    "meera.pillai@kaverilegal.test",
    sig="Meera Pillai\nAssociate | Kaveri Legal",
    short_sig="Meera",
)
# the start-up founder client and his team
Person(
    "sid",
    "Siddharth Bhat",
    "sid@tiffintrail.test",
    client="gmail",
    sig="Sid\nFounder & CEO, TiffinTrail\n+91 90080 66123",
    short_sig="Sid",
)
Person("sid_mobile", "Siddharth Bhat", "sid@tiffintrail.test", client="apple", sig="Sent from my iPhone")
Person(
    "pooja",
    "Pooja Hegde",
    "pooja.hegde@tiffintrail.test",
    client="gmail",
    sig="Pooja Hegde\nHead of Finance, TiffinTrail Foods Pvt Ltd",
)
# the family business in Chennai
Person(
    "venkat",
    "S. Venkataraman",
    "s.venkataraman@srilakshmitex.test",
    client="plain",
    sig="With warm regards,\nS. Venkataraman\nManaging Director\nSri Lakshmi Textiles Private Limited\n"
    "No. 14, Pantheon Road, Egmore, Chennai 600008\nPh: 044-2819 3345",
)
Person(
    "arvind",
    "Arvind Venkataraman",
    "arvind.v@srilakshmitex.test",
    client="gmail",
    sig="Arvind V.\nDirector, Sri Lakshmi Textiles",
)
# the Singapore investor's counsel
Person(
    "rachel",
    "Rachel Tan",
    "rachel.tan@marinacove.sg.test",
    zone="Asia/Singapore",
    sig="Rachel Tan\nPartner, Marina Cove LLC\nT: +65 6221 4809",
    short_sig="Rachel",
    disclaimer="This message is confidential and may be privileged. If received in error, please delete it "
    "and inform\nthe sender. Marina Cove LLC is a Singapore law corporation.",
)
Person(
    "weiling",
    "Chua Wei Ling",
    "weiling.chua@marinacove.sg.test",
    zone="Asia/Singapore",
    sig="Chua Wei Ling\nAssociate, Marina Cove LLC",
)
# the London arbitration counsel
Person(
    "james",
    "James Whitcombe",
    "j.whitcombe@fleetcourt.co.uk.test",
    zone="Europe/London",
    sig="James Whitcombe KC\nFleet Court Chambers, London EC4\n+44 20 7946 0318",
    short_sig="James",
)
Person(
    "clerk",
    "Tom Hale",
    "clerks@fleetcourt.co.uk.test",
    zone="Europe/London",
    client="plain",
    sig="Tom Hale\nSenior Clerk, Fleet Court Chambers",
)
# the CA firm
Person(
    "prakash",
    "Prakash Kulkarni",
    "prakash@kulkarnica.test",
    sig="CA Prakash Kulkarni\nPartner, Kulkarni & Shetty, Chartered Accountants\nJayanagar, Bengaluru\n"
    "Ph: +91 80 2653 7710",
    short_sig="Prakash",
)
Person(
    "sneha",
    "Sneha Shetty",
    "sneha@kulkarnica.test",
    client="gmail",
    sig="Sneha Shetty\nArticled Assistant, Kulkarni & Shetty",
)
# automated senders
Person("registry", "Commercial Court Registry", "causelist@bcc-registry.test", client="plain")
Person("estamp", "Karnataka e-Stamp Portal", "no-reply@estamp-kar.test", client="plain")
Person("vault", "VaultRoom Notifications", "notify@vaultroom.test", client="plain")
Person("lexbrief", "LexBrief India", "editor@lexbrief.test", client="plain")
Person("daemon", "Mail Delivery Subsystem", "mailer-daemon@kaverilegal.test", client="plain")
Person("rachel_ooo", "Rachel Tan", "rachel.tan@marinacove.sg.test", zone="Asia/Singapore", client="plain")
Person("hr", "Kaveri Legal Admin", "admin@kaverilegal.test", client="outlook", sig="Admin Desk, Kaveri Legal")
Person("landlord", "B. Ramaiah", "ramaiah.advocate@gowdalegal.test", client="plain")
Person("arvind_rr", "Arvind Venkataraman", "arvind.v@srilakshmitex.test", client="plain")
Person("ramesh", "Ramesh Iyer", "ramesh.iyer@srilakshmitex-old.test", client="plain")
Person("divya_mobile", "Divya Nair", "divya.nair@kaverilegal.test", client="apple", sig="Sent from my iPhone")
