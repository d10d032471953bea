"""Raw messages are kept by content hash beside the store, and a damaged copy reads as missing."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from belt_tui.store_cache import BodyCache

RAW = b"From: ana@firm.example\r\nSubject: Lease\r\n\r\nPlease send the draft.\r\n"


def test_put_returns_the_sha256_and_get_gives_the_bytes_back(tmp_path: Path):
    cache = BodyCache(tmp_path / "cache")
    digest = cache.put(RAW)
    assert digest == hashlib.sha256(RAW).hexdigest()
    assert digest in cache
    assert cache.get(digest) == RAW
    assert (tmp_path / "cache" / digest[:2] / digest[2:]).read_bytes() == RAW


def test_same_content_is_stored_once(tmp_path: Path):
    cache = BodyCache(tmp_path)
    assert cache.put(RAW) == cache.put(RAW)
    assert len([p for p in tmp_path.rglob("*") if p.is_file()]) == 1


def test_unknown_digest_is_missing(tmp_path: Path):
    cache = BodyCache(tmp_path)
    assert cache.get("ab" * 32) is None
    assert "ab" * 32 not in cache


def test_damaged_entry_reads_as_missing_and_is_removed_so_it_gets_fetched_again(tmp_path: Path):
    cache = BodyCache(tmp_path)
    digest = cache.put(RAW)
    entry = tmp_path / digest[:2] / digest[2:]
    entry.write_bytes(RAW[:10])
    assert cache.get(digest) is None
    assert not entry.exists()
    assert cache.put(RAW) == digest and cache.get(digest) == RAW


def test_a_digest_that_could_escape_the_cache_directory_is_refused(tmp_path: Path):
    with pytest.raises(ValueError, match="not a sha256"):
        BodyCache(tmp_path).get("../../etc/passwd")
