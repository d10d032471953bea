"""Word lists the ask detector reads: grammar classes, not phrases lifted from any corpus.

Kept apart from the rules so that widening a class (a new action verb) never touches logic.
"""

from __future__ import annotations

import re


def word_set(text: str) -> frozenset[str]:
    """A set of words from a whitespace-separated list."""
    return frozenset(text.split())


class CaselessTest:
    """Whether a case-insensitive pattern occurs in a text, ~3x faster than IGNORECASE on ASCII text.

    On ASCII text IGNORECASE folds letters exactly as `str.lower()` does, so the lower-cased text is
    searched without the flag (the pattern's own letters must be lower-case ASCII). Other text keeps the
    flag: it also folds letters such as "ſ" and "ı" onto ASCII ones, which `lower()` leaves alone.
    """

    __slots__ = ("_caseless", "_lowered")

    def __init__(self, pattern: str) -> None:
        self._caseless = re.compile(pattern, re.IGNORECASE)
        self._lowered = re.compile(pattern)

    def found_in(self, text: str) -> bool:
        if text.isascii():
            return self._lowered.search(text.lower()) is not None
        return self._caseless.search(text) is not None


# Base-form verbs that start an instruction ("Send me...", "Double-check the page").
IMPERATIVE_VERBS = word_set(
    """
    add address adjust advise amend answer approve arrange ask assemble attach book bring call cancel change
    check circulate clarify compile complete confirm consider contact coordinate copy correct cut deliver
    describe determine dig discuss double-check download draft drop email e-mail escalate execute explain
    file fill find finalize finalise fix flag follow forward gather get give go grab handle hold identify
    include inform initial insert investigate keep let list locate log loop look mail make mark move note
    notarize notify obtain order organize organise pass pay phone pick ping plan post prepare prioritize
    prioritise print proceed produce proofread propose provide pull push put reach reconcile record
    redline reformat register reject reply report request reschedule resend respond return revert review
    revise run save scan schedule secure send serve set share ship sign speak start stop submit summarize
    summarise supplement take talk tell text tighten track turn update upload verify walk write
    shorten trim expand simplify clean strike delete remove rename reword rephrase narrow limit split merge
    combine cite highlight
    extend lodge invite use flick chuck acknowledge switch rsvp sort issue reissue re-issue wire transfer
    remit process settle courier collect pencil
    """
)
# Verbs that ask for information rather than work: the ask is a question.
INFO_VERBS = word_set("advise answer clarify confirm explain inform let tell verify remind ask check")
# Verbs a speaker uses to promise deliverable work ("I'll send...", "We will serve..."): the work verbs
# of instructions, less those that say how or where the speaker will be rather than what they will do.
COMMIT_VERBS = (
    IMPERATIVE_VERBS
    | word_set(
        """
        ask call check circulate come complete confirm contact coordinate deliver dig draft email e-mail file
        finalize finish follow forward get give handle let loop make mark open pass phone prepare provide pull
        put raise reach reply respond return revert review revise run schedule send serve set share sign
        submit take talk text turn update write chase calendar diary docket cover sort suggest recommend
        propose introduce price quote pop
        """
    )
) - word_set("go keep hold stop start walk move note proceed consider plan look")
# Words that turn a request into a request for sign-off or a grant of it.
APPROVAL_CUES = re.compile(
    r"\b(?:approv\w*|authori[sz]\w*|consent\w*|sign[- ]?off|go[- ]ahead|green[- ]light|permission)\b"
)
# "Let's" proposals to talk are conversation, not work.
TALK_VERBS = word_set("discuss talk chat catch touch meet connect speak regroup sync circle")
# "Let's see how it goes", "let's hope so", "let's say we settle": musing, nothing for the reader to do.
LETS_MUSING = TALK_VERBS | word_set("see hope say suppose assume not")

# Questions that are conversation, not requests for an answer.
SMALL_TALK = re.compile(
    r"^(?:and\s+|so\s+)?(?:how(?:\s+(?:was|were|is|are|did|have)|'s)\s+(?:you|your|the\s+(?:weekend|holiday|holidays|trip"
    r"|break|vacation|family|kids)|things|everything|it\s+going|life)"
    r"|who\s+knew|who\s+would\s+have|who'd\s+have|who\s+saw|what\s+a\b|isn't\s+it|can\s+you\s+believe|how\s+about\s+that"
    r"|hope\s+(?:you|all|everything|this)|did\s+you\s+(?:have|enjoy)\s+(?:a\s+)?(?:good|nice|great|lovely|relaxing)"
    r"|how\s+(?:was|were)\s+(?:the|your|their|his|her)\s+[^?,]{1,40}\?$|how\s+(?:was|were)\s+[\w'-]+,"
    r"|how\s+(?:was|were)\s+[\w'-]+(?:\s+[\w'-]+)?\s*\?$"
    r"|how(?:'s|\s+is|\s+are)\s+(?:[\w'-]+\s+){1,3}treating\s+you|how\s+good\s+(?:was|is|were|are)\b"
    r"|how\s+(?:was|were|is)\s+[^?,]{1,40},\s*by\s+the\s+way\?$)"
)
# Questions put for effect: an attitude word before a wh-question, or a stock rhetorical opening.
RHETORICAL = re.compile(
    r"^(?:(?:honestly|seriously|frankly|really|come\s+on|i\s+mean)[,!]*\s+(?:who|what|why|how|where)\b"
    r"|who\s+(?:on\s+earth|in\s+(?:their|his|her)\s+right\s+mind)|why\s+(?:on\s+earth\s+)?would\s+anyone"
    r"|(?:who|what|why|how)\b[^?]*,\s*anyway\s*\?+$)"  # "Who schedules a conference that week, anyway?"
)
# Questions put without a question mark: an auxiliary before its subject opens the sentence, maybe after
# an opener and a name ("sorry licenciada can i come tuesday").
INVERTED_QUESTION = re.compile(
    r"^(?:(?:sorry|ok|okay|hi|hello|also|and|but|so)\s+(?:[a-z]+\s+)?)?"
    r"(?:can|could|would|will|shall|should|may|might|do|does|did|is|are|have|has)(?:n't)?\s+"
    r"(?:you|u|we|i|they|he|she|it|this|that|there|these|those|the|our|your|my|his|her|their|any|anyone"
    r"|someone|somebody|[a-z]+'s)\b"
)
# A statement turned into a question by its tag, as mobile mail leaves out the mark ("...is that ok"); tried
# only on text ending in one of TAG_ENDINGS.
TAG_ENDINGS = ("ok", "okay", "fine", "alright", "right", "problem", "enough", "or no", "or not")
TAG_QUESTION = re.compile(
    r"\b(?:is|would|will)\s+(?:that|this|it)(?:\s+be)?\s+(?:ok|okay|fine|alright|all\s+right|a\s+problem|enough)"
    r"\s*\??$|\bor\s+(?:no|not)\s*\??$"
)
# Offers and stock phrases that invite but do not ask.
OFFERS = re.compile(
    r"(?:\b(?:(?:let|tell)\s+(?:me|us)\s+know|lmk)\s+if\s+(?:you|your\s+[\w'-]+|there|anything|anyone)"
    r"(?:'d|\s+would|\s+ever)?\s*"
    r"(?:have|need|want|like|is|require|run|come|comes|think|changes|else"
    # "if you're interested" invites; "if you're available / able to / ok with it" asks for an answer.
    r"|(?:are|'re)(?!\s+(?:available|free|able|ok|okay|fine|happy|comfortable|coming|joining|attending|around"
    r"|on\s+board|in\s+agreement)\b))\b"
    r"|\bdo(?:\s+not|n't)\s+hesitate\b|\bfeel\s+free\b|\bglad\s+to\b"
    # "happy to" offers, "are you happy to" asks: the look-behinds run only once "happy" is found.
    r"|\bhappy(?<!you\shappy)(?<!you're\shappy)(?<!you\sare\shappy)(?<!you\sbe\shappy)\s+to\s+(?!have\b)"
    r"|\bplease\s+(?:find|see)\s+(?:[\w'-]+\s+){0,3}?(?:attached|enclosed|below|above)|\bplease\s+note\b"
    r"|\bplease\s+be\s+advised\b|\bplease\s+accept\b|\bplease\s+disregard\b|\bplease\s+ignore\b"
    r"|\bif\s+(?:you'd|you\s+would|you)\s+(?:like|prefer|want)\b|\bif\s+(?:it|that)\s+(?:would\s+)?helps?\b"
    r"|\bwhich(?:ever)?\s+you\s+prefer\b|\bwhatever\s+you\s+prefer\b|\bin\s+case\s+you\s+need\b)"
)
# "If you need a desk that day, let me know": an offer put as a condition first. A pattern of its own,
# used with match(): a "^" branch inside OFFERS made every search of it ~9x slower.
CONDITIONAL_OFFER = re.compile(
    r"if\s+(?:you|u)\s+(?:ever\s+)?(?:need|want|'d\s+like|would\s+like|have\s+any|prefer)\b[^.?!]*,\s*"
    r"(?:just\s+)?(?:let|tell)\s+(?:me|us)\s+know\b"
)
# Modal questions addressed to the reader ("Can you...", "Would you be able to...").
MODAL_TO_READER = re.compile(
    r"^(?:\w+,?\s+)?(?:also,?\s+|and\s+|so\s+|but\s+)?(?:can|could|would|will|may|might)\s+(?:you|someone|somebody"
    r"|anyone|anybody|one\s+of\s+you|either\s+of\s+you|u)\b"
)
ANY_CHANCE = re.compile(r"\b(?:any\s+chance|is\s+there\s+any\s+way|would\s+it\s+be\s+possible)\b")
# "want me to go back monday or try him at work": a question put to the reader, mark or none.
WANT_ME_TO = re.compile(r"^(?:do\s+you\s+|would\s+you\s+)?want\s+me\s+to\b")
# "Any chance you could chase the fee note": a request, with or without its mark.
ANY_CHANCE_YOU = re.compile(r"^any\s+chance\s+(?:you|u)\s+(?:could|can|might)\b")
# First-person statements of need or preference directed at the reader.
NEED = re.compile(
    r"^(?:also,?\s+|and\s+|but\s+|so\s+|still\s+)?(?:(?:i|we)(?:\s+really|\s+also|\s+still|\s+just|\s+urgently)?"
    r"(?:\s+need|'ll\s+need|\s+will\s+need|\s+would\s+(?:also\s+)?need|'d\s+(?:also\s+)?need|\s+require"
    r"|'ll\s+require)"
    r"\s+(?!to\b(?!\s+(?:know|hear|see|understand)\b))"
    r"|need\s+(?:your|the|a|an|this|that|these|those|it|them|his|her|their|our|my)\b"
    r"|(?:i|we)(?:'d|\s+would)\s+(?:also\s+)?(?:like|love|want)\s+(?:to\s+know|to\s+see"
    r"|to\s+get(?!\s+(?:back|going|started|moving|ahead|on)\b)|to\s+have|your|you\s+to)"
    r"|(?:i|we)\s*(?:was|were|am|are|'m|'re)\s+wondering\s+(?:whether|if)|(?:i|we)\s+wonder\s+(?:whether|if)"
    r"|(?:it\s+)?(?:would|'d)\s+be\s+(?:great|good|helpful|useful|ideal|nice)\s+to\s+(?:have|get|see|hear|know)\b"
    r"|(?:i|we)(?:'d|\s+would|\s+should)\s+(?:also\s+)?(?:very\s+much\s+|really\s+|greatly\s+|much\s+)?(?:be\s+grateful|appreciate)|it\s+would\s+(?:help|be\s+great|be\s+helpful)\s+if\s+you"
    r"|(?:i|we)\s+(?:still\s+)?need\s+you\s+to|still\s+need\s+your\b)"
)
NEED_ANYWHERE = re.compile(
    r"\b(?:still\s+need\s+your|need\s+you\s+to|need\s+your\s+(?:\w+\s+)?(?:call|decision|answer"
    r"|input|approval|sign-?off|signature|comments|thoughts|ok|okay|go-ahead)"
    # "we need a decision from you", "I need more info from you": what is needed comes from the reader.
    r"|(?<!n't\s)(?<!not\s)(?<!never\s)need\s+(?:[\w'-]+\s+){0,5}?from\s+(?:you|u)(?!\s+(?:and|or)\b))\b"
)
# A polite request put as a condition with no main clause needed ("If you could send the draft
# by Friday."); the verb must be an instruction verb, so "if you could see his face" is not one.
IF_YOU_COULD = re.compile(
    r"^if\s+(?:you|u)\s+(?:could|would)\s+(?:please\s+|kindly\s+|just\s+|also\s+)?([a-z-]+)"
)
# "X to follow": an elliptical promise ("Notice to follow.", "Details to follow shortly.").
TO_FOLLOW = re.compile(
    r"^(?:the\s+|a\s+|an\s+|our\s+|my\s+|more\s+)?[a-z][\w-]*(?:\s+[\w-]+){0,3}\s+to\s+follow\b"
)
# A subjectless promise, as mobile mail writes it ("will send tomorrow", "will sort it by monday").
BARE_WILL = re.compile(r"^will\s+([a-z-]+)\s+\S")
# "maya will send wire amounts tmrw": a promise for a named person, as lower-case mobile mail writes it.
LOWER_THIRD_PARTY_FUTURE = re.compile(r"^([a-z]{2,})\s+(?:will|'ll)\s+(?:also\s+)?([a-z-]+)")
NOT_PEOPLE = word_set(
    "time that this it nothing everything something anything anyone someone everyone nobody who which what"
    " there he she they we i you one all both each either neither none"
)
# A formal request, as letters between lawyers put it ("We would also ask that you produce...").
# Or as writers of English as a second language put it ("I would like to ask you to check...").
ASK_THAT_YOU = re.compile(
    r"\b(?:i|we)(?:'d|\s+would|\s+must)?\s+(?:also\s+|further\s+|hereby\s+)?(?:like\s+to\s+|kindly\s+)?"
    r"(?:ask|request)\s+"
    r"(?:that\b|(?:you|u)\s+(?:kindly\s+|please\s+)?to\s+[a-z])"
)
# "We would like the information rights to include...", "Our counsel would also like to see the draft".
WOULD_LIKE_THING = re.compile(
    r"^(?:(?:i|we)|(?:our|my)\s+(?:[\w'-]+\s+){0,2}?[\w'-]+)(?:'d|\s+would)\s+(?:also\s+|really\s+)?like\s+"
    r"(?:to\s+(?:see|have|receive|review|get(?!\s+(?:back|going|started|moving|ahead|on)\b))\b"
    r"|(?:the|a|an|your|copies|a\s+copy)\b)"
)
# "gut check: is 1x what you'd expect", "sanity check on whether...": a question, with or without its mark.
CHECK_QUESTION = re.compile(r"^(?:gut|sanity|quick)\s+check\b")
# A note that something comes with the message ("Draft response attached."), not an instruction.
ATTACHED_NOTE = re.compile(
    r"^[a-z-]+\s+(?!(?:the|a|an|this|that|these|those|it|them|me|us|him|her|my|our|your|their)\b)"
    r"(?:[\w'/.-]+\s+){0,5}(?:is\s+|are\s+)?(?:attached|enclosed)(?:\s*[.!]*$|\s*[:;,-]|\s+for\b)"
)
# A need that names nothing new, only when ("Need to know before Monday.", "We need it by the 15th."):
# right after an ask it restates that ask's deadline.
NEED_QUALIFIER = re.compile(
    r"^(?:(?:kindly|please|pls)\s+(?:revert|reply|respond|come\s+back)(?:\s+to\s+(?:me|us))?\s+"
    r"(?:by|before|no\s+later\s+than)\s+[^,;]{1,40}[.!]?$"  # "Kindly revert by 04.12.2026."
    r"|(?:(?:i|we)\s+)?(?:really\s+|still\s+|will\s+|'ll\s+)?need\s+(?:to\s+know|to\s+hear(?:\s+back)?|it|them"
    r"|this|that|these|those|an?\s+(?:answer|reply|response|decision)"
    r"|(?:your|an?)\s+(?:ok|okay|answer|decision|go-ahead|sign-?off|approval|confirmation|reply|response|advice"
    r"|view|views|input|thoughts|comments))\b"
    r"(?!\s+(?:whether|if|what|which|who|how|about|on)\b))"
)
# Permission given mid-sentence ("Mark-up looks great, go ahead and send it.", "All good, send away."),
# not "we'll go ahead with the sale" (a plan) nor "don't go ahead yet".
GO_AHEAD_GRANT = re.compile(r"\b(?:go\s+ahead|send\s+(?:it\s+)?away)\b")
# What may stand right before a granting "go ahead" (checked on the text before it, so the search above
# can scan for its words): the start, a stop or dash, "and", "please", "just", "so".
GRANT_LEAD = re.compile(r"(?:^|[,;:–—-]|\band|\bplease|\bjust|\bso)\s*$")
# "Chloe's got the pre-approval, she'll send it tonight": the promise is the named person's.
PRONOUN_PROMISE = re.compile(r"\b(?:she|he)\s*(?:'ll|will|is\s+going\s+to)\s+(?:also\s+|then\s+)?([a-z-]+)")
NAMED_SUBJECT = re.compile(r"^([A-Z][a-z]+)(?:'s|\s+(?:has|is|was|had|got|says|said))\b")
# "My file reviews will be with Bronwyn by Tuesday": the writer's own work, promised by a date.
OWN_WORK_DELIVERED = re.compile(
    r"^(?:my|our)\s+(?:[\w'-]+\s+){1,6}(?:will|'ll)\s+"
    r"(?:be\s+(?:with|ready|done|finished|over|in|sent|back)|follow)\b"
)
# "Our compliance team will share the report": the sender's side promises, whoever does the work.
OWN_SIDE_FUTURE = re.compile(
    r"^(?:my|our)\s+(?:[\w'-]+\s+){0,3}(?:team|office|colleagues?|department|assistant|paralegal|secretary"
    r"|firm|accountants?|lawyers?|counsel|people|group|staff)\s+(?:will|'ll|is\s+going\s+to|are\s+going\s+to)"
    r"\s+(?:also\s+)?([a-z-]+)"
)
# "I am checking with our DPO and will revert": a promise after a first-person clause, without its "I".
FIRST_PERSON_AND_WILL = re.compile(r"\b(?:i|we)\b[^.;?!]*?\band\s+(?:will|'ll|shall)\s+([a-z-]+)")
# "I should have an answer for you within 48 hours."
FIRST_PERSON_SHOULD_HAVE = re.compile(
    r"\b(?:i|we)\s+should\s+(?:have|get)\s+(?:it|this|that|them|the|a|an|our|my|something)\b"
)
# "Greg asked whether you could..." relays someone else's request to the reader.
# A question relayed for someone ("Pieter wants to know if we can sign electronically").
RELAYED_QUESTION = re.compile(
    r"\b(?:(?:wants|would\s+like|'d\s+like|needs|is\s+asking)\s+to\s+know|asks|is\s+asking|wonders|is\s+wondering)"
    r"\s+(?:whether|if|when|what|who|how|which)\b"
)
REPORTED_REQUEST = re.compile(
    r"\b(?:asked|asks|is\s+asking|wants\s+to\s+know|wanted\s+to\s+know|would\s+like\s+to\s+know)\s+(?:whether|if)\s+"
    r"you\s+(?:could|can|would|will|might)\b"
)
# The reader told what they must do ("Joann, you may need to get with Chris on this", "I think you should
# call him"); a condition ("if you need to reach me") offers rather than tells, and "might want to" suggests.
YOU_MUST = re.compile(  # "you" first and the lookbehinds after it: the regex engine then scans for "you"
    r"\byou(?<!\bif\syou)(?<!\bwhen\syou)(?<!\bwhenever\syou)(?<!\bcase\syou)(?<!\bunless\syou)"
    r"\s+(?:really\s+|also\s+|just\s+)?"
    r"(?:need\s+to|must|should|ought\s+to|have\s+to|will\s+need\s+to|'ll\s+need\s+to|may\s+need\s+to)\s+"
    r"(?:also\s+|just\s+|please\s+)?([a-z-]+)"
)
# The writer states the purpose of the message: a request ("I am writing to request a meeting").
WRITING_TO_ASK = re.compile(
    r"\b(?:i|we)(?:'m|\s+am|'re|\s+are)\s+(?:writing|emailing|e-mailing|reaching\s+out|contacting\s+you)"
    r"(?:\s+to\s+you)?\s+to\s+(?:ask|request|see\s+(?:if|whether)|check\s+(?:if|whether)|find\s+out|confirm)\b"
)
# "It would be great if you could..." anywhere in the sentence, after whatever lead-in.
WOULD_BE_GREAT_IF_YOU = re.compile(
    r"\b(?:would|'d)\s+be\s+(?:\w+\s+)?(?:great|good|helpful|useful|ideal|nice|appreciated|wonderful)\s+if\s+"
    r"(?:you|u)\s+(?:could|can|would)\b"
)
# A second promised verb after the first ("I'll look at it and get back to you Monday").
AND_THEN_VERB = re.compile(r"^[^,;.]*?\band\s+(?:then\s+|also\s+)?([a-z-]+)")
# A status chase without a question mark: "any update on security for costs".
STATUS_CHASE = re.compile(
    r"^(?:[a-z]+\s+)?(?:any\s+(?:updates?|news|word|progress|luck)|where\s+are\s+we\s+(?:on|with))\b"
    r"|^(?:still\s+|we\s+are\s+|i\s+am\s+)?awaiting\s+your\s+(?:reply|response|answer|feedback|confirmation"
    r"|instructions|comments)\b"
)
# Requests put in the passive or as gratitude anywhere in the sentence ("The parties are requested to
# file...", "...and would be grateful if you could revert").
PASSIVE_REQUEST = re.compile(
    r"\b(?:you|parties|the\s+parties|counsel|both\s+parties)\s+(?:are|is)\s+(?:kindly\s+)?"
    r"(?:requested|required|asked|invited)\s+to\b"
    r"|\b(?:would|should|'d)\s+(?:therefore\s+|also\s+|then\s+)?be\s+(?:most\s+|very\s+|extremely\s+)?"
    r"(?:grateful|obliged)\s+if\s+you\b"
    r"|\b(?:call\s+(?:up)?on|urge)\s+you\s+to\b"
)
# A question a mobile writer sends without its mark: a wh-word, an auxiliary and its subject.
WH_QUESTION = re.compile(
    r"^(?:where|what|when|who|how|which|why)(?:\s+(?:time|long|much|many|day|date|else|one|exactly))?"
    r"\s+(?:are|is|do|does|did|was|were|can|could|should|will|would"
    r"|have|has)\s+(?:we|you|u|they|it|things|the|this|that|he|she|i)\b"
    # "and whats the rule on...": the contraction without its apostrophe, as thumbs type it.
    r"|^(?:whats|wheres|whens|hows|whos)\s+(?:the|our|your|my|his|her|their|this|that)\b"
)
LET_US_KNOW = re.compile(r"\b(?:let|tell)\s+(?:me|us|him|her|them)\s+know\b|\blmk\b")
# First-person future: the speaker commits to something.
FIRST_PERSON_FUTURE = re.compile(
    r"\b(?:i|we)\s*(?:'ll|will|shall|am\s+going\s+to|'m\s+going\s+to|are\s+going\s+to|'re\s+going\s+to)\s+"
    r"(?:also\s+|then\s+|definitely\s+|certainly\s+|just\s+|try\s+to\s+|be\s+sure\s+to\s+)?([a-z-]+)(\s+\w+)?"
)
FIRST_PERSON_CAN_HAVE = re.compile(
    r"\b(?:i|we)\s+(?:can|could)\s+(?:have|get)\s+(?:it|this|that|them|the|a|our|my)\b"
)
# "ok i send tomorrow", "I call Denise Monday", "ill drop the original monday": a promise in the present
# tense, as writers of English as a second language and hurried thumbs put it (the caller wants a date).
PRESENT_PROMISE = re.compile(r"^(?:(?:ok|okay|yes|sure|ya|yeah),?\s+)?(?:i|ill)\s+([a-z-]+)\b")
# "I can deliver everything by Friday": work the writer can do, promised by a date (the caller checks it).
FIRST_PERSON_CAN_DO = re.compile(r"^(?:i|we)\s+can\s+(?:also\s+)?([a-z-]+)")
YOU_WILL_HAVE = re.compile(
    r"\byou(?:'ll|\s+will)\s+(?:have|get|receive|see)\s+(?:it|this|that|them|the|a|an|our|my)\b"
)
# "You will have items 1 and 2 on Friday": a delivery promised with its date, whatever is delivered.
YOU_WILL_HAVE_ANY = re.compile(r"\byou(?:'ll|\s+will)\s+(?:have|get|receive)\s+(?!to\b)[\w-]")
THIRD_PARTY_FUTURE = re.compile(
    r"^([A-Z][^\W\d_A-Z]+(?:\s+[A-Z][^\W\d_A-Z]+)?)(?:\s+(?:of|from|on|in)\s+(?:our|my)\s+(?:office|team|firm|group)"
    r"|\s+(?:of|from|at)\s+[A-Z][\w'.-]*(?:\s+(?:&\s+)?[A-Z][\w'.-]*){0,3}"  # "Lucas from Ferreira & Campos"
    r"|'s\s+(?:office|team|assistant|secretary|paralegal))?"
    r"\s+(?:will|'ll|is\s+going\s+to)\s+(?:also\s+)?([a-z-]+)"
)
HAVE_DELIVERY = re.compile(
    r"\b(?:to\s+(?:you|him|her|them|[a-z]+)\b|by|before|ready|over\s+to|today|tomorrow|tonight|this\s+(?:morning"
    r"|afternoon|evening|week)|next\s+week|monday|tuesday|wednesday|thursday|friday|eod|cob)\b"
)
CONDITIONAL_OPENING = re.compile(r"^(?:if|unless|should\s+(?:you|they|he|she|it))\b")
DEADLINE_HINT = re.compile(
    r"\b(?:by|before|no\s+later\s+than|today|tonight|tomorrow|this\s+(?:morning|afternoon|evening|week)|eod|cob"
    r"|end\s+of|next\s+week|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b"
)
# Meeting-time checks: answering them is the ask, the time they name is not a deadline.
AVAILABILITY_CHECK = re.compile(
    r"\b(?:works?\s+(?:for\s+(?:you|everyone|all))?\s*[?.]?$|work\s+for\s+you|are\s+you\s+(?:free|available)"
    r"|is\s+\w+\s+(?:free|available)|does\s+.{1,40}\s+work\b|would\s+.{1,40}\s+work\b|do\s+you\s+have\s+time)"
)
DISCOURSE_OPENERS = word_set(
    "also and so then but ok okay yes yeah great thanks sure alternatively additionally finally"
    " separately lastly"
    " meanwhile otherwise plus ps p.s. oh hi hello"
)
SUBORDINATE_OPENERS = word_set(
    "once when if after before for as in on by given since to while until with regarding re from at per"
    " following further pursuant"
)
POLITE_ADVERBS = word_set("please pls plz porfa kindly just also then and quickly simply still")
