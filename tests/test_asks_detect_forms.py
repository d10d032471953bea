"""Ask forms beyond the textbook ones: mobile mail, named bullets, list lead-ins, indirect requests, varied
promises; and the sentences that look like asks but are not (small talk, rhetoric, attachment notes)."""

from __future__ import annotations

import pytest

from belt_tui.asks.clean import author_zone
from belt_tui.asks.detect import detect, is_grant
from belt_tui.asks.sentences import split_sentences
from belt_tui.model import AskKind

FOUND = [
    # Questions without a question mark: an auxiliary before its subject opens the sentence.
    ("can u move the signing to friday.", AskKind.REQUEST),
    ("is this something the seller has to repair before we move in", AskKind.QUESTION),
    ("could our surveyor get into the unit before the lease is signed", AskKind.QUESTION),
    # A name and a colon, or a name and a dash, address the instruction after them.
    ("Marta: scan the signed pages and file them", AskKind.REQUEST),
    ("Theo – let me know which time you prefer and I'll book the room.", AskKind.QUESTION),
    # List lead-ins that ask without naming the work.
    ("Could you look at these before the board meeting:", AskKind.REQUEST),
    ("For the closing, by Thursday please:", AskKind.REQUEST),
    # An instruction after a concession, and a request at the end of a long sentence.
    ("Odd position, but prepare a short reply for my review by Monday.", AskKind.REQUEST),
    (
        "I can't tell if the fee is capped or grows each month, so I'd appreciate your view before we sign.",
        AskKind.QUESTION,
    ),
    # Indirect requests.
    ("I was wondering whether two scanned copies would be enough?", AskKind.QUESTION),
    ("Would be great to have your OK on the budget.", AskKind.REQUEST),
    ("I need to know if the tenant has paid the deposit.", AskKind.QUESTION),
    ("also need the parking clause back in, it matters to us", AskKind.REQUEST),
    # Promises in other shapes than "I'll send".
    ("will sort the cover with Anna by monday", AskKind.COMMITMENT),
    ("Notice to follow.", AskKind.COMMITMENT),
    ("Details to follow shortly.", AskKind.COMMITMENT),
    ("I'll calendar the response date once you sign off.", AskKind.COMMITMENT),
    ("I'll chase the courier first thing tomorrow.", AskKind.COMMITMENT),
    ("I'll cover it.", AskKind.COMMITMENT),
    ("Noor will book the interpreter for Thursday.", AskKind.COMMITMENT),
    # The promised work is the second verb ("look at it" promises nothing deliverable, "get back" does).
    ("I'll look over the schedule and get back to you by noon.", AskKind.COMMITMENT),
    # A modal request after a conditional or temporal lead-in, with or without a question mark.
    ("If you have a spare moment, could you ring the registry about the hearing date.", AskKind.REQUEST),
    ("When you get a chance, can you resend the bundle", AskKind.REQUEST),
    # "If you could ..." with no main clause is a polite instruction.
    ("Priya: if you could initial the last page please.", AskKind.REQUEST),
    # "lets" as hurried mail writes "let's".
    ("Team, lets schedule the witness prep for next week.", AskKind.REQUEST),
    # What the reader must do, stated rather than asked.
    ("Omar, you may need to file the notice yourself.", AskKind.REQUEST),
    ("I think you should call the insurer today.", AskKind.REQUEST),
    # Needs that come from the reader, and requests stated as the message's purpose.
    ("We still can't close, as we need the completion statement from you.", AskKind.REQUEST),
    ("I am writing to request an extension of the filing deadline.", AskKind.REQUEST),
    ("Before the call -- it would be really helpful if you could list the open points.", AskKind.REQUEST),
    # "let me know if you're available / able to" waits on an answer (unlike "if you're interested").
    ("Let me know if you're available to sign on Friday.", AskKind.QUESTION),
    # Grants of permission anywhere in the sentence, and terse ones.
    ("Draft reads well, go ahead and serve it.", AskKind.APPROVAL),
    ("Fine by me, send away.", AskKind.APPROVAL),
    ("yep approved", AskKind.APPROVAL),
    # A name with no comma before a modal, and a greeting chunk before a question without a mark.
    ("jo can you chase the valuer", AskKind.REQUEST),
    ("hey sam quick one, do we need the strata report before exchange", AskKind.QUESTION),
    # Verbs of Australian and British practice, and slang for "send".
    ("Lodge the caveat today.", AskKind.REQUEST),
    ("Flick me the signed lease when you have it", AskKind.REQUEST),
    # Promises made for a named person, about the writer's own work, and after a greeting.
    ("Priya's got the title search, she'll send it over this afternoon.", AskKind.COMMITMENT),
    ("Our comments on the lease will be with you by Monday.", AskKind.COMMITMENT),
    ("no worries jo, will call the agent today", AskKind.COMMITMENT),
    # Promises by the writer's side, after a first-person clause, or of a result by a time.
    ("Our billing team will send the revised invoice on Monday.", AskKind.COMMITMENT),
    ("I am checking with the registry and will revert.", AskKind.COMMITMENT),
    ("We should have the valuation back within 3 days.", AskKind.COMMITMENT),
    ("My notes and the marked-up lease will follow tomorrow.", AskKind.COMMITMENT),
    ("I'll look into it this afternoon.", AskKind.COMMITMENT),
    # "pls", "kindly", and instruction verbs of office work.
    ("pls send me the signed pages", AskKind.REQUEST),
    ("Kindly acknowledge receipt of the notice.", AskKind.REQUEST),
    ("Switch on the litigation hold for her mailbox.", AskKind.REQUEST),
    # Promises: "will have it ... by", a colleague "of our office", "on it," before a subjectless promise.
    ("Will have the minutes circulated by Monday.", AskKind.COMMITMENT),
    ("Priya Shah of our office will send you the consent order tomorrow.", AskKind.COMMITMENT),
    ("Ravi will have the chronology to me by the 20th.", AskKind.COMMITMENT),
    ("on it, will file the notice today.", AskKind.COMMITMENT),
    # Formal and abbreviated requests, and advice asked for with "should I".
    ("We would ask that you preserve all relevant documents.", AskKind.REQUEST),
    ("LMK if the client signed.", AskKind.QUESTION),
    ("should i sign the release as drafted", AskKind.QUESTION),
    ("We would also need your view on the notice period.", AskKind.QUESTION),
    ("Sort out the courier with Jan by Friday.", AskKind.REQUEST),
    # Status chases and wh-questions without their mark, and an inverted question after a condition.
    ("any update on the costs order", AskKind.QUESTION),
    ("sam where are we on the bundle", AskKind.QUESTION),
    ("what time does the hearing start", AskKind.QUESTION),
    ("And if the tenant refuses, do we have to serve a fresh notice", AskKind.QUESTION),
    # Requests put in the passive, as gratitude mid-sentence, or after a participle lead-in.
    ("The parties are requested to file a joint chronology by Friday.", AskKind.REQUEST),
    ("We refer to our letter and would be grateful if you could respond by Monday.", AskKind.REQUEST),
    ("We should be grateful to know whether your client will attend.", AskKind.QUESTION),
    ("Following up on my note below, kindly revert by Friday.", AskKind.REQUEST),
    ("Kindly re-issue the invoice to our new address.", AskKind.REQUEST),
    # Terse grants.
    ("Approved both, with the write-off as marked.", AskKind.APPROVAL),
    ("ok, agree it", AskKind.APPROVAL),
    # Chat-style founders: a "gut check", "lgtm, ship it", a promise for a colleague in lower case.
    ("gut check: is a 2x liquidation preference normal here", AskKind.QUESTION),
    ("lgtm, ship it", AskKind.APPROVAL),
    ("maya will send the wire amounts tmrw", AskKind.COMMITMENT),
    ("will do tonight", AskKind.COMMITMENT),
    ("Rachel's office will confirm the wire by Wednesday.", AskKind.COMMITMENT),
    # Wishes put as requests.
    ("We'd ask that the exclusivity period run 30 days.", AskKind.REQUEST),
    ("We would like the reporting covenant to include monthly accounts.", AskKind.REQUEST),
    ("Our auditors would also like to see the signed board minutes.", AskKind.REQUEST),
    # English as a second language: formal asks, relayed questions, a label before the request.
    ("I would like to ask you to check the notice on the warehouse lease.", AskKind.REQUEST),
    ("We kindly ask you to return the signed addendum.", AskKind.REQUEST),
    ("Tomasz wants to know if we can sign the charter electronically", AskKind.QUESTION),
    ("one more: can you cc our US counsel on the letter", AskKind.REQUEST),
    ("Awaiting your reply.", AskKind.QUESTION),
    # Grants in reply: after "approved,", in the passive, by consent, as permission after a "yes".
    ("Approved, Lucas can file the appeal.", AskKind.APPROVAL),
    ("Arbitration in London is agreed.", AskKind.APPROVAL),
    ("Yes, we agree to add the Baytown depot by email exchange.", AskKind.APPROVAL),
    ("Yes, you can agree the extension to 20 January.", AskKind.APPROVAL),
    # Promises for someone named with their firm, a delivery to the reader, a subjectless one after "got it".
    ("Lucas from Ferreira & Campos will send you the clean version this week.", AskKind.COMMITMENT),
    ("Harriet Lowe of Carrow Finch will suggest a firm in Mumbai.", AskKind.COMMITMENT),
    ("You will have items 1 and 2 on Friday.", AskKind.COMMITMENT),
    ("got it, will run it by our CFO and come back to you", AskKind.COMMITMENT),
    # Mobile mail without marks, a relayed question, "porfa", permission with "of course", a dated "I can".
    ("the lease is only in my name is that ok", AskKind.QUESTION),
    ("can karina's mom write one of the letters", AskKind.QUESTION),
    ("sorry licenciada can i come tuesday instead of today", AskKind.QUESTION),
    ("My mom asks if she can go with him to the appointment", AskKind.QUESTION),
    ("Porfa send me a list before my interview on 3/24.", AskKind.REQUEST),
    ("Of course, you can pay the last $500 after the interview.", AskKind.APPROVAL),
    ("I can deliver everything by Friday, March 12.", AskKind.COMMITMENT),
    # Irish and British formal mail, mobile mail, a name with a fada.
    ("I would therefore be grateful if you could let me have your assessment of quantum.", AskKind.REQUEST),
    ("We should be obliged if you would acknowledge receipt of these instructions.", AskKind.REQUEST),
    ("We also call on you to agree the attached medical reports.", AskKind.REQUEST),
    ("Subject to that note, you have authority to offer up to EUR 25,000.", AskKind.APPROVAL),
    ("Quick question: should I include Labour Court appeals as well", AskKind.QUESTION),
    ("Any chance you could chase the fee note on Brady", AskKind.REQUEST),
    ("thanks - still nothing from accounts though, can you check again tomorrow", AskKind.QUESTION),
    ("Ciarán will open the file today.", AskKind.COMMITMENT),
    ("pencil in Ruth for a witness prep call", AskKind.REQUEST),
    # Present-tense promises and questions without a mark, as hurried or second-language mail puts them.
    ("ok i send tomorrow", AskKind.COMMITMENT),
    ("I call Denise Monday.", AskKind.COMMITMENT),
    ("ill drop the original at your office monday", AskKind.COMMITMENT),
    ("I should talk to him or no", AskKind.QUESTION),
    ("want me to go back monday or try him at work", AskKind.QUESTION),
    # "Are you happy to" asks the reader (the writer's "happy to" offers); approval granted; "whats".
    ("Ngaio, are you happy to present it with me?", AskKind.QUESTION),
    ("You have our approval to start consultation with the depot manager.", AskKind.APPROVAL),
    ("I'll pop into your office on Monday to sign it.", AskKind.COMMITMENT),
    ("and whats the rule on rest breaks for the 12 hr shifts", AskKind.QUESTION),
]

NOT_ASKS = [
    "How was the bar conference?",
    "How were your meetings in Leeds?",
    "Honestly, who writes an indemnity like this?",
    "Seriously, why would anyone sign that?",
    "Draft response attached.",
    "Signed lease enclosed.",
    "I'd like to get back to the buyer by Tuesday.",
    "Should you have any questions, I am around all week.",
    "I'll dial in from the airport.",
    # Subjectless sentences about the writer, not instructions to the reader.
    "Look forward to meeting the new associate.",
    "Let me check the file first.",
    "Let's see how the judge rules.",
    # Reassurance, conditions and suggestions: nothing the reader is told to do.
    "Don't feel you have to finish the bundle tonight.",
    "If you need to reach me, I'm on my mobile.",
    "Let me know if you're interested in the seminar.",
    "I don't need anything else from you.",
    "You should have received the signed copy.",
    # Plans, refusals, small talk and attachment notes that merely start with a verb.
    "We'll go ahead with the purchase once finance is approved.",
    "How's the new office treating you?",
    "How good was the game on Saturday!",
    "If you need a parking spot that day, let me know and I'll book one.",
    "Report attached for the Glebe property: minor defects only.",
    "Use of the common property is governed by the by-laws.",
    "Please see my comments inline below.",
    "Who'd have guessed the tenant would pay early?",
    "I'll look forward to the dinner.",
    # A question tagged "anyway?", document names and nouns that look like instructions, a conditional.
    "Who books a trial the week of a long weekend, anyway?",
    "Schedule B is updated and the signed copy is attached.",
    "Email is fine for service.",
    "Should you need anything, I'm in the office all day.",
    "lmk if anything else comes up",
    "How's life in the new office?",
    "Please let me know if your team would like a call to walk through it.",
    "Order number: CB-5520193",
    "What we need is more time.",
    "time will tell whether they sign",
    "Change of plans: the closing moves to Friday.",
    "How was Tahoe, by the way?",
    "I'd like to get back to the buyer by Tuesday.",
    "How was Texel, did you survive the storm?",
    "The schedule is agreed once the client is approved.",
    "Yes, you can't miss the office: it is the blue one.",
    "You will have to sign it in person.",
    "Tell him not to worry; he will do great.",
    "I can see why they moved the date.",
    "He asked if we had received the file, and we had.",
    "Hi Mark,",
    "Hi Siobhán, Mark,",
    "How was Paddy's Day?",
    "I send the invoice every month.",
    "He was ill for a week.",
    "It's fairly standard for a first response, so don't be discouraged.",
    "Happy to present it with you.",
]


@pytest.mark.parametrize(("text", "kind"), FOUND)
def test_ask_forms_are_found(text: str, kind: AskKind) -> None:
    found = detect(text)
    assert found is not None, text
    assert found.kind is kind


@pytest.mark.parametrize("text", NOT_ASKS)
def test_look_alikes_are_not_asks(text: str) -> None:
    assert detect(text) is None


@pytest.mark.parametrize(
    ("text", "addressee"),
    [
        ("Marta: scan the signed pages and file them", "Marta"),
        ("Theo – let me know which time you prefer and I'll book the room.", "Theo"),
        ("Seun, can you check the register?", "Seun"),
    ],
)
def test_a_name_before_a_colon_comma_or_dash_is_the_addressee(text: str, addressee: str) -> None:
    assert detect(text).addressee == addressee


def test_a_sign_to_copy_attached_is_still_an_instruction() -> None:
    assert detect("Sign the copy attached.").kind is AskKind.REQUEST


@pytest.mark.parametrize(
    ("text", "grant"),
    [
        ("Approved, go ahead and file.", True),
        ("Please go ahead and send it.", True),
        ("You may proceed with the filing.", True),
        ("Could you send me the approved floor plan?", False),
        ("May we have your approval to file?", False),
    ],
)
def test_a_grant_of_approval_is_told_from_a_mention_of_one(text: str, grant: bool) -> None:
    assert is_grant(text) is grant


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "any word from the seller? need to tell my partners by thurs",
            ["any word from the seller?", "need to tell my partners by thurs"],
        ),
        ("yes move both. lunch tues is fine", ["yes move both.", "lunch tues is fine"]),
        ("Bring copies, e.g. the lease and the deed.", ["Bring copies, e.g. the lease and the deed."]),
        ("Forms, letters etc. are in the folder.", ["Forms, letters etc. are in the folder."]),
        # A line ended by hand before a new clause, as mobile mail writes one ask a line.
        (
            "pls book the big room for the witness interview on the 8th\nand can you check the interpreter",
            [
                "pls book the big room for the witness interview on the 8th",
                "and can you check the interpreter",
            ],
        ),
        # A long line wrapped by the client, or a short one continued by a plain word, stays one sentence.
        (
            "The lease needs a break clause at year three and a rent review\nat year five.",
            ["The lease needs a break clause at year three and a rent review\nat year five."],
        ),
    ],
)
def test_a_lower_case_word_after_a_full_stop_or_question_mark_starts_a_sentence(
    body: str, expected: list[str]
) -> None:
    assert [s.text for s in split_sentences(body, author_zone(body))] == expected
