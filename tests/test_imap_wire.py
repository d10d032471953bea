"""Reading FETCH answers fast gives exactly what imapclient's parser gives, and anything outside the
narrow grammar read fast goes to imapclient instead (pure: wire text in imaplib's record form)."""

from __future__ import annotations

import pytest
from imapclient.response_parser import parse_fetch_response

from belt_tui.mail.imap_wire import UnreadableAnswer, parse_fetch, read_answers, uid_set

HEADER = b"Message-ID: <a@firm.test>\r\nSubject: Draft\r\n\r\n"
MIXED = (
    b'((("text" "plain" ("charset" "utf-8") NIL NIL "quoted-printable" 606 18 NIL NIL NIL NIL)'
    b'("text" "html" ("charset" "utf-8") NIL NIL "base64" 1546 35 NIL NIL NIL NIL) "alternative" '
    b'("boundary" "b2") NIL NIL NIL)("application" "pdf" ("name" "x.pdf") NIL NIL "base64" 4000 NIL '
    b'("attachment" ("filename*" "us-ascii\'\'A%20B.pdf")) NIL NIL) "mixed" ("boundary" "b1") NIL NIL NIL)'
)
ANSWERS = {
    "structure, flags and a header literal": [
        (
            b"1 (UID 41 FLAGS (\\Seen \\Recent) BODYSTRUCTURE " + MIXED + b" BODY[HEADER.FIELDS (MESSAGE-ID"
            b" SUBJECT)] {" + str(len(HEADER)).encode() + b"}",
            HEADER,
        ),
        b")",
    ],
    "two literals in one answer, then a second message": [
        (b"2 (UID 7 BODY[1]<0> {5}", b"hello"),
        (b" BODY[HEADER.FIELDS (SUBJECT)] {0}", b""),
        b")",
        b'3 (UID 8 FLAGS () BODYSTRUCTURE ("text" "plain" NIL NIL NIL "7bit" 0 0 NIL NIL NIL NIL))',
    ],
    "quoted strings with escapes, NIL, numbers": [
        b'4 (UID 9 X-GM-LABELS ("\\\\Important" "Client \\"A\\"" Work) X-GM-MSGID 0123 MODSEQ (12))',
    ],
}


def reference(records: list) -> dict:
    parsed = parse_fetch_response(records, normalise_times=False, uid_is_key=True)
    return {uid: dict(answer) for uid, answer in parsed.items()}


@pytest.mark.parametrize("name", sorted(ANSWERS))
def test_the_fast_reading_equals_imapclients(name: str) -> None:
    assert parse_fetch(ANSWERS[name]) == reference(ANSWERS[name])


def test_a_multipart_structure_keeps_imapclients_shape() -> None:
    structure = parse_fetch(ANSWERS["structure, flags and a header literal"])[41][b"BODYSTRUCTURE"]
    assert structure.is_multipart and structure[1] == b"mixed"
    assert structure[0][0][0][1][1] == b"html"


@pytest.mark.parametrize(
    "records",
    [
        [b"5 (UID 10 FLAGS (\\Seen odd]flag))"],  # legal for imapclient, outside the fast grammar
        [b"6 (UID 11 FLAGS (\\Seen %))"],
    ],
)
def test_an_answer_outside_the_grammar_is_read_by_imapclient(records: list) -> None:
    with pytest.raises(UnreadableAnswer):
        parse_fetch(records)
    assert read_answers(records) == reference(records)


@pytest.mark.parametrize(
    "records",
    [
        [(b"1 (UID 3 BODY[1] {9}", b"short"), b")"],  # a literal that does not match its size
        [b"1 (UID 3 FLAGS (\\Seen)"],  # a '(' never closed
        [b"1 (UID 3 FLAGS \\Seen))"],  # a ')' never opened
    ],
)
def test_malformed_answers_are_never_read_fast(records: list) -> None:
    with pytest.raises(UnreadableAnswer):
        parse_fetch(records)


def test_answers_without_a_uid_are_dropped() -> None:
    records = [b"12 (FLAGS (\\Deleted))", b"13 (UID 30 FLAGS (\\Seen))"]
    assert set(read_answers(records)) == {30}


def test_uid_sets_write_runs_as_ranges() -> None:
    assert uid_set([1, 2, 3, 5, 7, 8, 10]) == "1:3,5,7:8,10"
    assert uid_set([42]) == "42"
