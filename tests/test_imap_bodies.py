"""The mail cache: reduced messages by content hash in one SQLite file, checked on every read, with a
stored parse that is used only under the current parser and never unpickles anything but a message."""

from __future__ import annotations

import collections
import pickle
import sqlite3
from pathlib import Path

import pytest

from belt_tui.mail import imap_bodies
from belt_tui.mail.imap_bodies import MailBodies, parser_fingerprint
from belt_tui.mail.parse import parse_message

RAW = (
    b"Message-ID: <a@firm.test>\r\nFrom: Counsel <c@other.test>\r\nSubject: Draft\r\n\r\nSign by Friday?\r\n"
)
OTHER = RAW.replace(b"Friday", b"Monday").replace(b"<a@", b"<b@")


def store_parse(cache: MailBodies, digest: str, blob: bytes, fingerprint: str) -> None:
    with sqlite3.connect(cache.path) as db:
        db.execute("INSERT OR REPLACE INTO parses VALUES (?, ?, ?)", (digest, fingerprint, blob))


def test_stored_messages_come_back_by_digest(tmp_path: Path) -> None:
    cache = MailBodies(tmp_path / "mail")
    digests = cache.put_many([RAW, OTHER, RAW])
    assert digests[0] == digests[2] != digests[1]
    assert cache.get(digests[1]) == OTHER
    assert cache.present([*digests, "0" * 64]) == set(digests)


def test_a_missing_cache_reads_as_empty_and_is_not_created_by_reading(tmp_path: Path) -> None:
    cache = MailBodies(tmp_path / "mail")
    assert not cache.exists()
    assert (
        cache.get("0" * 64) is None and cache.present(["0" * 64]) == set() and cache.parsed(["0" * 64]) == {}
    )
    assert not (tmp_path / "mail").exists()


def test_a_damaged_entry_reads_as_missing_and_is_dropped(tmp_path: Path) -> None:
    cache = MailBodies(tmp_path / "mail")
    [digest] = cache.put_many([RAW])
    with sqlite3.connect(cache.path) as db:
        db.execute("UPDATE bodies SET raw = ? WHERE digest = ?", (RAW.replace(b"Friday", b"Sunday"), digest))
    assert cache.get(digest) is None
    assert cache.present([digest]) == set()


def test_the_parse_is_the_parsers_and_is_kept_for_next_time(tmp_path: Path) -> None:
    cache = MailBodies(tmp_path / "mail")
    [digest] = cache.put_many([RAW])
    assert cache.parsed([digest]) == {digest: parse_message(RAW)}
    stand_in = pickle.dumps(parse_message(OTHER))
    store_parse(cache, digest, stand_in, parser_fingerprint())
    assert cache.parsed([digest])[digest] == parse_message(OTHER)  # the stored parse is what is read


def test_a_parse_stored_by_another_parser_is_redone(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    cache = MailBodies(tmp_path / "mail")
    [digest] = cache.put_many([RAW])
    store_parse(cache, digest, pickle.dumps(parse_message(OTHER)), parser_fingerprint())
    monkeypatch.setattr(imap_bodies, "parser_fingerprint", lambda: "another parser")
    assert cache.parsed([digest])[digest] == parse_message(RAW)


@pytest.mark.parametrize(
    "blob", [b"not a pickle", pickle.dumps(collections.OrderedDict(a=1)), pickle.dumps(("a", "tuple"))]
)
def test_a_foreign_or_broken_stored_parse_is_never_trusted(tmp_path: Path, blob: bytes) -> None:
    cache = MailBodies(tmp_path / "mail")
    [digest] = cache.put_many([RAW])
    store_parse(cache, digest, blob, parser_fingerprint())
    assert cache.parsed([digest])[digest] == parse_message(RAW)
