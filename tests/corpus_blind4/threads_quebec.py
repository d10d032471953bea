# ruff: noqa: E501  (mail bodies keep one paragraph per line, as mail clients send them)
"""Château-Vert Foods (Montréal): franglais, an ISO-8859-1 body, an HTML-only list, opposing counsel."""

from corpus_kit.mailgen import Msg, R, T

THREADS = [
    # ISO-8859-1 quoted-printable; a question without a question mark; a deadline in the next sentence.
    T(
        "needs_reply",
        Msg(
            "sylvie",
            ["claire"],
            "11-04 10:20",
            """Bonjour Claire,

Petite question urgente. One of our cadres in Laval refuses to sign the new non-solicitation agreement, and his manager is losing patience. [[Can we make his 2026 bonus conditional on signing it, or is that a problem under Quebec law?||claire|fri|q]] [[Also, est-ce que the agreement has to be in French for him to be bound||claire|fri|q]]
J'ai besoin d'une réponse d'ici vendredi SVP, parce que les bonus sont payés le 15.

Merci mille fois!""",
            subj="Non-sollicitation - cadre a Laval",
            fmt="plain",
            charset="iso-8859-1",
            cte="quoted-printable",
        ),
        Msg(
            "sylvie",
            ["claire"],
            "11-04 16:05",
            """[[Claire, also can you check if we could claw back his 2025 bonus if he leaves for a competitor||claire||q]]""",
            reply=0,
            quote=None,
            sig="Sylvie",
            fmt="plain",
        ),
    ),
    # Opposing counsel promises to come back (no In-Reply-To); associate sends the draft. Still awaiting them.
    T(
        "awaiting_them",
        Msg(
            "claire",
            ["marc"],
            "10-29 15:00",
            """Marc,

Further to the conciliation session on October 22, Château-Vert is prepared to make a without-prejudice offer to settle M. Bélanger's complaint under section 124. [[Could you let me know by November 9 whether your client would consider a settlement in the range we discussed?||marc|2026-11-09|q]] [[Aisha Rahman of our office will send you the draft transaction by Monday so your client can review the wording.||aisha|mon|com]]

Cordialement,""",
            cc=["sylvie", "aisha"],
            subj="Bélanger c. Aliments Château-Vert - offre de règlement (sans préjudice)",
            sig="Claire Desrosiers\nSenior Associate | Employment & Labour\nLindenhall Pryce LLP\nT 416-555-0112",
        ),
        R(
            "marc",
            ["claire"],
            "10-30 09:45",
            """Bonjour Claire,

Bien reçu, merci. [[Je vous reviens la semaine prochaine, après avoir parlé à mon client.||marc|nextweek|com]]""",
            refs=False,
            quote=None,
        ),
        R(
            "aisha",
            ["marc"],
            "11-02 14:00",
            """Maître Lafleur,

As Claire mentioned, please find attached the draft transaction et quittance. [[Let us know by November 9 if your client has comments on the wording.||marc|2026-11-09|q]]""",
            cc=["claire", "sylvie"],
            reply=0,
            attach=[("Transaction_Belanger_projet.docx", "application/vnd.openxmlformats")],
        ),
    ),
    # Answered, then a merci: none. A deadline tied to an event (payroll closes on the 29th).
    T(
        "none",
        Msg(
            "etienne",
            ["claire"],
            "10-26 11:00",
            """Salut Claire,

Quick one. [[For employees in Québec who leave mid-year, do we pay the 4% indemnité de vacances on the annual bonus too?||claire|2026-10-29|q]] Our payroll closes on the 29th, so an answer before then would help.""",
            subj="Indemnité de vacances sur bonus?",
        ),
        R(
            "claire",
            ["etienne"],
            "10-26 16:30",
            """Hi Étienne,

Short answer: yes, in most cases. If the bonus is tied to performance or to hours worked, it forms part of the wages earned during the reference year and the 4% applies; only a truly discretionary gift would be left out. Happy to look at the plan wording if you want a firmer view.""",
        ),
        R("etienne", ["claire"], "10-27 08:10", """Parfait, merci Claire!"""),
    ),
    # HTML-only numbered list with a lead-in deadline; one bullet names the partner.
    T(
        "needs_reply",
        Msg(
            "sylvie",
            ["claire", "dimitri"],
            "11-04 11:40",
            """Bonjour,

Suite à notre rencontre de mardi, voici ce qu'il nous faut pour la négo avec le syndicat, idéalement d'ici le 13 novembre:

1. [[A costing of the union's wage proposal over three years||claire|2026-11-13|req]]
2. [[Your opinion on the subcontracting clause (article 9)||claire|2026-11-13|req]]
3. [[Dimitri, pourrais-tu confirmer ta disponibilité pour le 25 novembre à Montréal?||dimitri|2026-11-13|q]]

Merci à vous deux!""",
            subj="Négo convention collective - prochaines étapes",
            fmt="html",
            sig="Sylvie",
        ),
        R(
            "dimitri",
            ["sylvie"],
            "11-04 17:30",
            """Bonjour Sylvie, je confirme le 25 novembre à Montréal. [[Claire will send you the costing and the article 9 opinion by the 13th.||claire|2026-11-13|com]]""",
            cc=["claire"],
            sig="DP",
        ),
    ),
    # Claire asks the client for two things and hears nothing.
    T(
        "awaiting_them",
        Msg(
            "claire",
            ["sylvie"],
            "11-03 09:20",
            """Bonjour Sylvie,

[[Peux-tu m'envoyer the signed mandate letter for the union negotiation SVP?||sylvie||req]] Our conflicts team won't let me open the file without it.
[[Also, which date works better for the harassment training with your managers, November 19 or November 26?||sylvie||q]]

Merci!""",
            subj="Lettre de mandat + formation gestionnaires",
        ),
    ),
]
