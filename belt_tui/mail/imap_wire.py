"""`UID FETCH` with a fast reading of the answer; imapclient's own parser stays the reference and fallback.

imapclient lexes responses one byte at a time in Python: on a 10k-message initial sync, reading the
FLAGS, BODYSTRUCTURE and header answers cost ~1.8 s of CPU, more than the server took to send them.
Here one compiled regex splits each response record into tokens (C speed) and a short loop nests
them, producing exactly what `imapclient.response_parser.parse_fetch_response` produces (tuples,
ints, bytes, None, `BodyData` for BODYSTRUCTURE), ~4x faster. The grammar accepted is deliberately
narrow: anything outside it (a `%`, a line break inside a quoted string, unbalanced parentheses, a
literal that does not match its `{size}`) makes the whole answer go through imapclient instead,
so an unusual server costs speed, never correctness. tests/test_imap_wire.py checks both agree.

The command goes out through imaplib, as imapclient's `fetch` does, and answers are read from
imaplib's own `readline`/`read` (so timeouts, TLS and line limits are the same) but split into
responses here: imaplib's per-line regexes and bookkeeping cost ~0.3 s of CPU for the 40k lines of a
10k-message sync. Whatever is not a FETCH answer or a completion lands in imaplib's
`untagged_responses` as imaplib would have left it; a BYE raises `IMAP4.abort`. The caller must have
switched imaplib's protocol trace off (imap_connect does).
"""

from __future__ import annotations

import imaplib
import re
from collections import deque
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from imapclient import IMAPClient
from imapclient.exceptions import IMAPClientError
from imapclient.response_parser import parse_fetch_response
from imapclient.response_types import BodyData

# One token per match: a parenthesis, a quoted string, an atom (a `[...]` section may hold spaces and
# parentheses, as in BODY[HEADER.FIELDS (FROM TO)]<0>; a literal's `{size}` is an atom too), or one
# character of anything else, which sends the answer to the fallback.
_TOKEN = re.compile(
    rb'[ \t\r\n]*(?:([()])|"((?:[^"\\\r\n]|\\[^\r\n])*)"'
    rb"|([^ \t\r\n()\"%\[\]\x00-\x1f\x7f]+(?:\[[^\]]*\][^ \t\r\n()\"%\[\]\x00-\x1f\x7f]*)?)|([^ \t\r\n]))"
)
_ESCAPED = re.compile(rb'\\([\\"])')
# A line ending in a literal's announcement, as imaplib's `Literal` reads it.
_LITERAL = re.compile(rb"\{(\d+)\}\Z")
_STRUCTURES = (b"BODY", b"BODYSTRUCTURE")


class UnreadableAnswer(ValueError):
    """The answer is outside the narrow grammar read here."""


@dataclass(frozen=True, slots=True)
class SentFetch:
    """A `UID FETCH` sent and not yet answered: its tag and the UIDs it asked for."""

    tag: bytes
    uids: frozenset[int]


def uid_fetch(client: IMAPClient, uids: Iterable[int], items: Sequence[str]) -> dict[int, dict[bytes, Any]]:
    """`client.fetch(uids, items)`'s result (by UID, keys upper-case), read faster; unsolicited
    answers for other messages, and any without a UID, are dropped."""
    pipe = FetchPipe(client)
    sent = pipe.send(uids, items)
    return pipe.receive(sent) if sent is not None else {}


class FetchPipe:
    """Pipelined `UID FETCH`es on one connection: send several, then receive each answer.

    Dovecot runs pipelined FETCHes concurrently and interleaves their untagged answers (measured:
    one batch's headers arrived while another batch's parts were being read), while imaplib keeps
    every FETCH answer in one list. So answers are pooled by UID as they are read, and a command
    takes its own UIDs when its completion arrives, which the protocol sends after all of its
    answers. The commands in flight must therefore ask for disjoint UIDs.
    """

    def __init__(self, client: IMAPClient) -> None:
        self._imap = client._imap
        self._pool: dict[int, dict[bytes, Any]] = {}
        self._due: deque[SentFetch] = deque()
        self._completed: dict[bytes, tuple[bytes, bytes]] = {}

    def send(self, uids: Iterable[int], items: Sequence[str]) -> SentFetch | None:
        """Send without waiting; None when there is nothing to ask."""
        wanted = sorted(set(uids))
        if not wanted:
            return None
        # The same private imaplib calls imapclient's own fetch() makes.
        tag = self._imap._command("UID", "FETCH", uid_set(wanted), "(" + " ".join(items) + ")")
        sent = SentFetch(tag, frozenset(wanted))
        self._due.append(sent)
        return sent

    def receive(self, sent: SentFetch) -> dict[int, dict[bytes, Any]]:
        """The answer to `sent`, by UID; raises IMAPClientError if the server said NO or BAD."""
        self._due.remove(sent)
        records: list[bytes | tuple[bytes, bytes]] = []
        while sent.tag not in self._completed:
            self._read_response(records)
        self._imap.tagged_commands.pop(sent.tag, None)
        status, text = self._completed.pop(sent.tag)
        self._pool_answers(records)
        if status != b"OK":
            raise IMAPClientError(f"UID FETCH failed: {_first_text([status + b' ' + text])}")
        return {uid: self._pool.pop(uid) for uid in sorted(sent.uids) if uid in self._pool}

    def _read_response(self, fetched: list[bytes | tuple[bytes, bytes]]) -> None:
        """Read one response: FETCH records go to `fetched` in imaplib's form (b"SEQ (..." lines and
        (line, literal) pairs), a completion of a command in flight to `_completed`, other untagged
        data to imaplib's untagged_responses (see the module docstring for why not imaplib's reader)."""
        line = self._line()
        if line.startswith(b"* "):
            first, _, rest = line[2:].partition(b" ")  # "* 12 FETCH (...", "* 3 EXISTS", "* OK [...] ..."
            if first.isdigit():
                kind, _, tail = rest.partition(b" ")
                data = first + b" " + tail if tail else first
            else:
                kind, data = first, rest
            if kind.upper() == b"BYE":
                raise imaplib.IMAP4.abort(f"the server closed the connection: {_first_text([line])}")
            if first.isdigit() and kind.upper() == b"FETCH":
                records = fetched
            else:  # kept where and as imaplib keeps them
                name = kind.upper().decode("ascii", "replace")
                records = self._imap.untagged_responses.setdefault(name, [])
            while (literal := _LITERAL.search(data)) is not None:
                records.append((data, self._read_exactly(int(literal[1]))))
                data = self._line()
            records.append(data)
            return
        tag, _, rest = line.partition(b" ")
        if tag not in self._imap.tagged_commands:
            raise imaplib.IMAP4.abort(f"unexpected response: {_first_text([line])}")
        status, _, text = rest.partition(b" ")
        self._completed[tag] = (status.upper(), text)

    def _line(self) -> bytes:
        """One response line without its CRLF; the same checks imaplib makes."""
        line = self._imap.readline()
        if not line:
            raise imaplib.IMAP4.abort("socket error: EOF")
        if not line.endswith(b"\r\n"):
            raise imaplib.IMAP4.abort("socket error: unterminated line")
        return line[:-2]

    def _read_exactly(self, size: int) -> bytes:
        data = self._imap.read(size)
        if len(data) != size:
            raise imaplib.IMAP4.abort("socket error: EOF inside a literal")
        return data

    def drain(self) -> None:
        """Read and drop the answers still due (after an error), so no later command on this
        connection meets them; a dead connection has none to give."""
        while self._due:
            try:
                self.receive(self._due[0])
            except (imaplib.IMAP4.abort, OSError):
                return
            except imaplib.IMAP4.error:  # a NO for this one; the others may still be due
                continue

    def _pool_answers(self, records: list) -> None:
        for uid, answer in read_answers(records).items():
            self._pool.setdefault(uid, {}).update(answer)


def uid_set(uids: Sequence[int]) -> str:
    """Sorted UIDs as an IMAP sequence set, runs written as ranges ("1:500,502"): a batch of a
    thousand stays a short command line instead of ~7 KB, well inside any server's line limit."""
    runs: list[str] = []
    start = previous = uids[0]
    for uid in uids[1:]:
        if uid != previous + 1:
            runs.append(f"{start}:{previous}" if previous > start else str(start))
            start = uid
        previous = uid
    runs.append(f"{start}:{previous}" if previous > start else str(start))
    return ",".join(runs)


def read_answers(records: Sequence[bytes | tuple[bytes, bytes] | None]) -> dict[int, dict[bytes, Any]]:
    """imaplib's FETCH records by UID: the fast reading when the answer fits its grammar, else
    imapclient's. Answers without a UID (unsolicited, in sequence-number form) are dropped."""
    try:
        return parse_fetch(records)
    except UnreadableAnswer:
        return _reference_parse(records)


def parse_fetch(records: Sequence[bytes | tuple[bytes, bytes] | None]) -> dict[int, dict[bytes, Any]]:
    """imaplib's FETCH records by UID, each as imapclient would give them (plus b"SEQ"); raises
    UnreadableAnswer for anything outside the grammar above."""
    top = _nest(records)
    if len(top) % 2:
        raise UnreadableAnswer("a message number without its data")
    answers: dict[int, dict[bytes, Any]] = {}
    for index in range(0, len(top), 2):
        seq, items = top[index], top[index + 1]
        if not isinstance(seq, int) or not isinstance(items, tuple) or len(items) % 2:
            raise UnreadableAnswer("not a FETCH answer")
        answer: dict[bytes, Any] = {b"SEQ": seq}
        uid = None
        for position in range(0, len(items), 2):
            name, value = items[position], items[position + 1]
            if not isinstance(name, bytes):
                raise UnreadableAnswer("an item name that is not an atom")
            name = name.upper()
            if name == b"UID":
                if not isinstance(value, int):
                    raise UnreadableAnswer("a UID that is not a number")
                uid = value
            elif name in _STRUCTURES:
                if not isinstance(value, tuple) or not value:
                    raise UnreadableAnswer("a body structure that is not a list")
                answer[name] = BodyData.create(value)
            else:
                answer[name] = value
        if uid is not None:
            answers.setdefault(uid, {}).update(answer)
    return answers


def _nest(records: Sequence[bytes | tuple[bytes, bytes] | None]) -> list[Any]:
    """Every record's tokens, nested by parentheses, literals in place of their `{size}` markers."""
    stack: list[list[Any]] = []
    current: list[Any] = []
    for record in records:
        if record is None:
            continue
        text, literal = record if isinstance(record, tuple) else (record, None)
        for paren, quoted, atom, stray in _TOKEN.findall(text):
            if atom:
                if atom[0] == 0x7B and atom[-1] == 0x7D:  # {size}: the record's literal
                    if literal is None or atom[1:-1] != str(len(literal)).encode():
                        raise UnreadableAnswer("a literal that does not match its size")
                    current.append(literal)
                    literal = None
                elif atom == b"NIL":
                    current.append(None)
                elif atom.isdigit() and (atom[0] != 0x30 or len(atom) == 1):  # 0123 stays bytes, as upstream
                    current.append(int(atom))
                else:
                    current.append(atom)
            elif paren == b"(":
                stack.append(current)
                current = []
            elif paren:
                if not stack:
                    raise UnreadableAnswer("a ')' without its '('")
                closed = tuple(current)
                current = stack.pop()
                current.append(closed)
            elif stray:
                raise UnreadableAnswer("a character outside the grammar")
            else:
                current.append(_ESCAPED.sub(rb"\1", quoted) if b"\\" in quoted else quoted)
        if literal is not None:
            raise UnreadableAnswer("a literal without its marker")
    if stack:
        raise UnreadableAnswer("a '(' without its ')'")
    return current


def _reference_parse(data: list) -> dict[int, dict[bytes, Any]]:
    parsed = parse_fetch_response(data, normalise_times=False, uid_is_key=False)
    answers: dict[int, dict[bytes, Any]] = {}
    for answer in parsed.values():
        uid = answer.pop(b"UID", None)
        if isinstance(uid, int):
            answers.setdefault(uid, {}).update(answer)
    return answers


def _first_text(data: list) -> str:
    first = data[0] if data else b""
    text = first.decode("utf-8", "replace") if isinstance(first, bytes) else str(first)
    return " ".join(text.split())[:200]
