"""Which sentences are asks, and of what kind: one invented example per grammar rule and exclusion."""

from __future__ import annotations

import pytest

from belt_tui.asks.detect import detect
from belt_tui.model import AskKind

ASKS = [
    ("Could you send me the deposition exhibits?", AskKind.REQUEST),
    ("Can you confirm the court reporter is booked?", AskKind.QUESTION),
    ("Any chance you could review the draft tonight?", AskKind.REQUEST),
    ("Is the filing fee covered by the retainer?", AskKind.QUESTION),
    ("Please circulate the revised schedule.", AskKind.REQUEST),
    ("Omar, please loop in the tax team.", AskKind.REQUEST),
    ("Please let me know whether the client agrees.", AskKind.QUESTION),
    ("Let me know if Thursday at 2 works.", AskKind.QUESTION),
    ("Send me the signed NDA when you can.", AskKind.REQUEST),
    ("For the reply brief, shorten the facts section.", AskKind.REQUEST),
    ("Once you have the numbers, update the chart.", AskKind.REQUEST),
    ("Don't sign anything until we talk.", AskKind.REQUEST),
    ("We need the executed settlement agreement before we can dismiss.", AskKind.REQUEST),
    ("Before we respond, I'll need the original invoices:", AskKind.REQUEST),
    ("I'd like to know whether the lien was released.", AskKind.QUESTION),
    ("We would be grateful for your comments by Friday.", AskKind.REQUEST),
    ("Still need your decision on the venue, though.", AskKind.QUESTION),
    ("Maria asked whether you could join the call on Monday.", AskKind.REQUEST),
    ("Let's make sure the client sees the final version.", AskKind.REQUEST),
    ("May we have your approval to file the motion?", AskKind.APPROVAL),
    ("Approved, go ahead and serve it.", AskKind.APPROVAL),
    ("Could you confirm that the board authorizes the payment?", AskKind.APPROVAL),
    ("I'll send the redline by Monday.", AskKind.COMMITMENT),
    ("We will file the stipulation this afternoon.", AskKind.COMMITMENT),
    ("I'll have the summary to you by noon.", AskKind.COMMITMENT),
    ("You'll have the invoice by tomorrow.", AskKind.COMMITMENT),
    ("Will do. I'll check with the client and get back to you.", AskKind.COMMITMENT),
    ("Priya will come back to you on the indemnity point.", AskKind.COMMITMENT),
    ("Happy to help with the exhibits; I can have them to you by Tuesday.", AskKind.COMMITMENT),
]

NOT_ASKS = [
    "How was your trip to Lisbon?",
    "Who knew a lease could be this long?",
    "Let me know if you have any questions.",
    "Let me know if you need anything else.",
    "Please find attached the signed copy.",
    "Please see the attached letter.",
    "Please don't hesitate to call me.",
    "Feel free to reach out with questions.",
    "Happy to walk through it whenever you like.",
    "Thanks so much!",
    "Sounds good.",
    "Will do.",
    "The hearing on March 3 went well.",
    "The client approved the budget last week and sent it to accounting.",
    "Attached is the redline.",
    "I'll be out of the office on Friday.",
    "I'll dial in from the airport.",
    "If they refuse, we will raise it with the court.",
    "I can pull the docket for the summary.",
    "Our vendor needs both files before they can start.",
    "Let's discuss before we reply.",
    "Never mind, I found it.",
]


@pytest.mark.parametrize(("text", "kind"), ASKS)
def test_asks_are_found_with_their_kind(text: str, kind: AskKind) -> None:
    found = detect(text)
    assert found is not None, text
    assert found.kind is kind


@pytest.mark.parametrize("text", NOT_ASKS)
def test_non_asks_are_ignored(text: str) -> None:
    assert detect(text) is None


def test_vocative_and_committer_are_reported() -> None:
    assert detect("Omar, can you pull the file?").addressee == "Omar"
    assert detect("Priya will send the draft tonight.").committer == "Priya"


def test_availability_checks_are_flagged() -> None:
    assert detect("Does Tuesday at 11 work for you?").checks_availability
    assert not detect("Can you send it by Tuesday?").checks_availability
