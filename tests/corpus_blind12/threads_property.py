"""Property work: the Fonoti purchase of 14 Kauri Road, a landlord client's tenancies, the settlement desk."""

from __future__ import annotations

from corpus_kit.mailgen import Msg, R, T

THREADS = [
    # Agent on her phone: two lower-case asks, the second without reply headers; no answer yet.
    T(
        "needs_reply",
        Msg(
            "brooke",
            ["ngaio"],
            "03-30 13:05",
            "hi ngaio, vendor's lawyer asked if we can bring settlement forward to the 14th\n"
            "[[can you check with leilani and let me know||ngaio||q]]",
            subj="14 Kauri Rd settlement",
        ),
        R(
            "brooke",
            ["ngaio"],
            "03-30 17:40",
            "[[also can you flick me the signed agreement, the vendor's agent doesn't have our "
            "copy||ngaio||req]]",
            quote=None,
            refs=False,
        ),
    ),
    # Legal executive's settlement list: numbered asks under one deadline; sorted by the last word.
    T(
        "none",
        Msg(
            "aroha",
            ["ngaio"],
            "03-31 10:20",
            "Hi Ngaio,\n\nFonoti purchase update. The agreement went unconditional on 19 March and the bank "
            "has "
            "issued its loan instructions.\n\nBefore settlement on the 16th, can you:\n"
            "1. [[get Leilani to sign the A&I form (she'd rather hear from you than "
            "me)||ngaio|2027-04-16|req]]\n"
            "2. [[check the building insurance certificate once her insurer sends "
            "it||ngaio|2027-04-16|req]]\n"
            "3. [[sign off the settlement statement when it arrives from Reid "
            "Conveyancing||ngaio|2027-04-16|appr]]"
            "\n\n[[I'll book the settlement funds transfer once the statement is approved.||aroha||com]]",
            subj="Fonoti - 14 Kauri Road - settlement checklist",
        ),
        R(
            "ngaio",
            ["aroha"],
            "03-31 11:00",
            "Thanks Aroha, great list.\n\n[[I'll call Leilani this afternoon about the "
            "A&I.||ngaio|today|com]]\n"
            "[[Can you keep an eye out for the insurance certificate instead and let me know when it lands?"
            "||aroha||req]]",
        ),
        R("aroha", ["ngaio"], "03-31 11:06", "Yep no worries, sorted."),
    ),
    # Other side's conveyancer, HTML only: approval and a question; Ngaio has only written to Aroha.
    T(
        "needs_reply",
        Msg(
            "hamish",
            ["ngaio"],
            "03-31 15:00",
            "Hi Ngaio,\n\nPlease find attached the vendor's settlement statement for 14 Kauri Road, "
            "Pt Chevalier.\n\n[[Please confirm the statement is approved by 4pm Tuesday.||ngaio|tue|appr]]\n"
            "[[Could you also confirm your client will be in a position to settle on the "
            "16th?||ngaio||q]]\n\n"
            "The deposit of $98,500 was paid to Harcastle Realty on 5 March.",
            subj="Settlement statement - 14 Kauri Road",
            fmt="html",
            attach=[("Settlement statement - 14 Kauri Rd.pdf", "application/pdf")],
        ),
        Msg(
            "ngaio",
            ["aroha"],
            "03-31 15:25",
            "[[Aroha, can you check the rates apportionment against our figures by Monday?||aroha|mon|req]]",
            fwd=0,
        ),
    ),
    # Pre-settlement inspection: several To recipients, nobody named; Ngaio answers and asks back.
    T(
        "awaiting_them",
        Msg(
            "brooke",
            ["ngaio", "leilani"],
            "03-29 12:10",
            "Hi both\n\n[[Are you both OK with the pre-settlement inspection on Wednesday 14 April at 4pm?"
            "||ngaio||q]]",
            subj="Pre-settlement inspection 14 Kauri Rd",
        ),
        R("leilani", ["brooke"], "03-29 12:40", "Works for me!", cc=["ngaio"]),
        R(
            "ngaio",
            ["brooke"],
            "03-29 14:00",
            "Hi Brooke,\n\nAll good from our end too. "
            "[[Could you send us the keys release authority the day before?||brooke|2027-04-13|req]]",
            cc=["leilani"],
        ),
    ),
    # The client's LIM question, answered; closed by thanks. The offer at the end is not an ask.
    T(
        "none",
        Msg(
            "leilani",
            ["ngaio"],
            "03-22 19:30",
            "Hi Ngaio\n\nThe LIM for Kauri Road came through today. "
            "[[Could you look over it before I go unconditional on Wednesday?||ngaio|wed|req]] "
            "There's something in there about a retaining wall that I don't really understand.\n\n"
            "Thanks heaps",
            subj="LIM report - 14 Kauri Rd",
            attach=[("LIM 14 Kauri Road.pdf", "application/pdf")],
        ),
        R(
            "ngaio",
            ["leilani"],
            "03-23 12:15",
            "Hi Leilani,\n\nI've been through the LIM. The retaining wall on the southern boundary was built "
            "without a consent in 2009, but the council issued a certificate of acceptance for it on 8 "
            "August "
            "2015, so it's now on the record. Nothing else in the report concerns me.\n\n"
            "Let me know if you'd like me to ask Brooke for the original builder's details.",
        ),
        R("leilani", ["ngaio"], "03-23 12:50", "That's a relief, thanks so much Ngaio!"),
    ),
    # Property manager: arrears notice; Ngaio needs the ledger first.
    T(
        "awaiting_them",
        Msg(
            "sam",
            ["ngaio"],
            "03-29 09:40",
            "Hi Ngaio,\n\nThe tenant at Unit 3, 22 Franklin Road is now 23 days behind. "
            "[[Can you prepare a 14-day notice to remedy for the landlord to sign?||ngaio||req]]",
            subj="Unit 3, 22 Franklin Rd - rent arrears",
        ),
        R(
            "ngaio",
            ["sam"],
            "03-29 10:30",
            "Hi Sam,\n\nHappy to. [[Can you send me the rent ledger and a copy of the tenancy agreement "
            "first?"
            "||sam||req]] I want to be sure the arrears figure is right before the notice goes out.",
        ),
    ),
    # Lease renewal done; the only ask is in a P.S.
    T(
        "needs_reply",
        Msg(
            "ngaio",
            ["sam"],
            "03-25 11:30",
            "Hi Sam,\n\nThe signed deed of renewal for Shop 2, 81 Great North Road is attached. The new term "
            "started on 1 March.\n\nCheers",
            subj="Shop 2, 81 Great North Rd - deed of renewal",
            attach=[("Deed of renewal - Shop 2.pdf", "application/pdf")],
        ),
        R(
            "sam",
            ["ngaio"],
            "03-29 08:55",
            "Sweet as, thanks Ngaio. The tenant is stoked to have it sorted.\n\n"
            "P.S. [[Could you send me your invoice for the renewal before the end of the "
            "month?||ngaio|eom|req]] "
            "The owner wants it in this financial year.",
        ),
    ),
    # Title question from Aroha: answered, then thanks.
    T(
        "none",
        Msg(
            "aroha",
            ["ngaio"],
            "03-24 14:05",
            "Hi Ngaio,\n\nThe title for Kauri Road has an old drainage easement in favour of the council. "
            "[[Do you want me to add it to the report for Leilani?||ngaio||q]]",
            subj="Kauri Rd title - easement",
        ),
        R(
            "ngaio",
            ["aroha"],
            "03-24 14:30",
            "Yes please, a short paragraph is enough.\n\n"
            "[[Can you also attach the easement instrument itself?||aroha||req]]",
        ),
        R("aroha", ["ngaio"], "03-24 15:40", "Done, it's in the report now. Thanks!"),
    ),
]
