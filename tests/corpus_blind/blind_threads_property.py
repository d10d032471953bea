"""Blind corpus threads, part 3: a retail lease, a closing and a landlord (real estate).

Asks are marked [[sentence||owner|due|kind]]; see blind_threads_people for the due tokens.
"""

# ruff: noqa: E501  (mail paragraphs are single lines, as mail clients send them)

from blind_mail import M, R, T

THREADS = [
    # Client on a phone, lower case, no question marks; a header-less nudge with the deadline in a fragment.
    T(
        "needs_reply",
        M(
            "rq",
            ["arjun"],
            cc=["lourdes"],
            at="03-06 10:05",
            subj="Pell Street – landlord's comments on the lease amendment",
            body="""Arjun,

The landlord's counsel sent back the amendment. Most of it is fine, but they want to cut the tenant improvement allowance from $45 to $38 per square foot and push rent commencement to June 1. [[Can you tell me by Tuesday whether you can live with the lower allowance if we hold firm on rent commencement?||arjun|tue|q]]

Best,""",
        ),
        R(
            "arjun",
            ["rq"],
            at="03-07 19:22",
            body="""38 is tight but ok if rent starts may 1 like we agreed. [[can u push back on the june date asap.||rq||req]] [[also need the signage clause back in, thats a dealbreaker for us||rq||req]]""",
        ),
        R(
            "arjun",
            ["rq"],
            at="03-10 07:58",
            refs=False,
            body="""[[any word from the landlord?||rq|thu|q]] need to tell my partners something by thurs""",
        ),
    ),
    # Landlord's counsel writes non-native English: a question with no question mark, a promise.
    T(
        "awaiting_them",
        M(
            "rq",
            ["oksana"],
            cc=["lourdes"],
            at="03-09 09:15",
            subj="1180 Pell Street – Second Amendment to Lease",
            body="""Oksana,

Thank you for the comments. My client can accept the $38 allowance, provided that rent commencement stays at May 1 and the signage rights in Section 14 are restored. [[Please send a revised draft reflecting these points by Wednesday.||oksana|wed|req]]

Regards,""",
        ),
        R(
            "oksana",
            ["rq"],
            cc=["lourdes"],
            at="03-09 16:40",
            body="""Dear Rafaela,

thank you for your mail. The landlord is agree with May 1 but for the signage he want to keep the original wording of Section 14 only for the pylon sign, not for the facade. [[Please can you confirm if this is acceptable for your client so I can prepare the revised draft.||rq||q]] [[I will send it latest on Thursday morning.||oksana|thu|com]]""",
        ),
        R(
            "rq",
            ["oksana"],
            cc=["lourdes"],
            at="03-10 11:05",
            body="""Oksana,

Facade signage is important to my client. [[Could your client agree to facade signage limited to the Pell Street frontage?||oksana||q]] If so, we can close this out.""",
        ),
    ),
    # Escrow: dates that are not deadlines, "no later than", a correction, approval granted, closed.
    T(
        "none",
        M(
            "dolores",
            ["rq", "lourdes"],
            at="03-02 13:10",
            subj="Escrow No. 26-04471 – 55 Alder Court estimated closing statement",
            attach=("Estimated Closing Statement 26-04471.pdf",),
            body="""Hello Rafaela and Lourdes,

Attached is the estimated closing statement for 55 Alder Court. The seller's loan was paid off on February 20 and the reconveyance was recorded on February 27, so title is clean. [[Please review the prorations and let me know of any corrections no later than March 6.||rq|2026-03-06|req]] The buyer's funds are expected on March 9.

Thank you,""",
        ),
        R(
            "lourdes",
            ["dolores"],
            cc=["rq"],
            at="03-03 10:20",
            body="""Hi Dolores,

The HOA dues proration uses $410/month, but the current dues are $435 per the resale certificate (attached). [[Could you update line 14?||dolores||req]] Otherwise everything matches our numbers.""",
        ),
        R(
            "dolores",
            ["lourdes"],
            cc=["rq"],
            at="03-03 15:02",
            body="""Good catch, updated statement attached. Thanks, Lourdes!""",
        ),
        R(
            "rq",
            ["dolores"],
            cc=["lourdes"],
            at="03-04 08:30",
            body="""Thanks, Dolores. [[Approved on our side, please proceed to close on the 9th as scheduled.||dolores|2026-03-09|appr]]""",
        ),
        R(
            "dolores",
            ["rq"],
            cc=["lourdes"],
            at="03-09 16:45",
            body="""Recorded this afternoon and keys released to the buyer. It was a pleasure working with you both.""",
        ),
    ),
    # Same subject as a corporate thread elsewhere; "lmk if anything is missing" is an offer.
    T(
        "none",
        M(
            "arjun",
            ["rq"],
            at="03-02 10:00",
            subj="Signed documents",
            attach=("Estoppel - signed.pdf", "SNDA - signed.pdf"),
            body="""here are the signed estoppel and snda. lmk if anything is missing""",
        ),
        R("rq", ["arjun"], at="03-02 11:30", body="""Thanks, Arjun – all there."""),
    ),
    # A bounce to a mistyped address, then the resend: one thread, still awaiting the broker.
    T(
        "awaiting_them",
        M(
            "rq",
            ["hector_typo"],
            at="03-09 16:10",
            subj="1180 Pell Street – signage plan",
            body="""Hector,

[[Could you send me the landlord's approved signage plan for the Pell Street frontage by Friday?||hvillaneuva@bayfrontcre.com|fri|req]] We are negotiating facade signage and I'd like to see what the city has already approved.

Thanks,""",
        ),
        R(
            "postmaster",
            ["rq"],
            at="03-09 16:11",
            subj="Undeliverable: 1180 Pell Street – signage plan",
            quote=False,
            sig=False,
            fmt="plain",
            headers={"Auto-Submitted": "auto-replied"},
            report=(
                "delivery-status",
                [
                    {"Reporting-MTA": "dns; SJ0PR11MB5678.namprd11.prod.outlook.com"},
                    {
                        "Final-Recipient": "rfc822; hvillaneuva@bayfrontcre.com",
                        "Action": "failed",
                        "Status": "5.1.10",
                    },
                ],
            ),
            body="""Your message to hvillaneuva@bayfrontcre.com couldn't be delivered.

hvillaneuva wasn't found at bayfrontcre.com.

Action required: check the recipient's address and try to resend the message. If the problem continues, contact your email admin.""",
        ),
        M(
            "rq",
            ["hector"],
            at="03-09 16:25",
            fwd=0,
            body="""Hector, my earlier email bounced, so I'm resending it. [[Could you send me the landlord's approved signage plan for the Pell Street frontage by Friday?||hector|fri|req]]""",
        ),
    ),
    # Terse delegation, done a week later.
    T(
        "none",
        M(
            "rq",
            ["lourdes"],
            at="03-02 09:05",
            subj="Alder Court – recording",
            body="""Lourdes, [[when the deed records, can you pull a conformed copy for the file and send one to the buyer?||lourdes||req]]""",
        ),
        R(
            "lourdes",
            ["rq"],
            at="03-10 08:45",
            body="""Done. Conformed copy is in the file and went to Mr. Ha this morning.""",
        ),
    ),
    # Lower-case question answered with a commitment the user then keeps elsewhere; "ok ty".
    T(
        "none",
        M(
            "arjun",
            ["rq"],
            at="03-03 08:12",
            subj="contractor access",
            body="""hey. [[can our contractor get into the space before the amendment is signed||rq||q]] they keep asking""",
        ),
        R(
            "rq",
            ["arjun"],
            at="03-03 09:30",
            body="""Not without the landlord's consent, since you are not yet in possession. [[I'll ask Oksana for a short access agreement today.||rq|today|com]]""",
        ),
        R("arjun", ["rq"], at="03-03 09:51", body="""ok ty"""),
    ),
    # Rafaela asks, a commitment for the paralegal, conditions, a proposed time, confirmed.
    T(
        "none",
        M(
            "rq",
            ["oksana"],
            cc=["lourdes"],
            at="03-03 09:45",
            subj="1180 Pell Street – early access for tenant's contractor",
            body="""Oksana,

Pell Street's contractor would like to take measurements in the premises before the amendment is signed. [[Would your client agree to a short access agreement, limited to non-invasive work during business hours?||oksana||q]] [[Lourdes will send you our standard form this afternoon.||lourdes|today|com]]

Regards,""",
        ),
        R(
            "oksana",
            ["rq"],
            cc=["lourdes"],
            at="03-04 10:15",
            body="""Dear Rafaela,

in principle the landlord is fine with this. [[Please send me the certificate of insurance of the contractor, with the landlord as additional insured, before the first visit.||rq||req]]""",
        ),
        R(
            "lourdes",
            ["oksana"],
            cc=["rq"],
            at="03-04 13:30",
            attach=("COI - Baylight Builders.pdf",),
            body="""Hi Oksana,

Certificate of insurance attached. The contractor, Baylight Builders, would like to visit on Monday, March 9 from 10 to 12. [[Please let us know if that works for the building manager.||oksana||q]]

Thanks,""",
        ),
        R(
            "oksana",
            ["lourdes"],
            cc=["rq"],
            at="03-05 09:00",
            body="""Monday 10-12 is confirmed, the building manager Mr. Castro will meet them at the loading dock.""",
        ),
    ),
    # A promise to get back "early next week" is not an answer; the chase is unanswered.
    T(
        "awaiting_them",
        M(
            "rq",
            ["colm"],
            at="03-04 13:00",
            subj="1180 Pell Street – rent roll and CAM reconciliation",
            body="""Mr. Brennan,

I represent Pell Street Partners, the incoming tenant at 1180 Pell Street. Under Section 6.3 of the lease, the tenant is entitled to the 2025 CAM reconciliation. [[Could you send it, together with the current rent roll for the building, by March 13?||colm|2026-03-13|req]]

Thank you,""",
        ),
        R(
            "colm",
            ["rq"],
            at="03-05 09:40",
            body="""Ms. Quist, received. [[I'll check with the owner about the rent roll and get back to you early next week.||colm|nextweek|com]]""",
        ),
        R(
            "rq",
            ["colm"],
            at="03-10 10:20",
            body="""Mr. Brennan, [[following up on the CAM reconciliation and rent roll – could you let me know where this stands?||colm||q]]""",
        ),
    ),
    # Client forwards his broker's note with a question on top; answered with a commitment; thanks.
    T(
        "none",
        M(
            "arjun",
            ["rq"],
            at="03-09 18:30",
            fwd=dict(
                frm="hector",
                to=["arjun"],
                at="03-09 15:10",
                subj="Pell St – HVAC condition",
                body="""Arjun,

The HVAC inspection found two rooftop units past their service life. I'd ask for replacement or a credit before signing. Call me if you want to discuss.""",
            ),
            body="""see below from hector. [[is this something we can make the landlord fix before we take possession||rq||q]]""",
        ),
        R(
            "rq",
            ["arjun"],
            at="03-10 08:15",
            body="""Yes. Section 9.2 of the lease makes the landlord responsible for replacing HVAC equipment before delivery. [[I'll raise it with Oksana today and ask for a $20,000 credit as a fallback.||rq|today|com]]""",
        ),
        R("arjun", ["rq"], at="03-10 08:40", body="""amazing thx"""),
    ),
]
