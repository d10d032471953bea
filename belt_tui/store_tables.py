"""TinyDB tables addressed by our own string keys.

TinyDB addresses documents by integer ids and finds anything else with a full scan (2–4 ms per lookup
at 100k documents, measured in bench/bench_store.py). Follow-ups and state entries have a natural
string key, so each table keeps a key → doc_id map built once on open: lookups are O(1) and an upsert
of many documents is one TinyDB update plus one insert.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from tinydb.table import Table


class KeyedTable:
    """A TinyDB table whose documents are found by the string field `key`.

    Each mutating method may issue more than one TinyDB write; the Store wraps them in a batch so
    the file is written once.
    """

    def __init__(self, table: Table, key: str) -> None:
        self._table = table
        self._key = key
        self._ids: dict[str, int] = {doc[key]: int(doc_id) for doc_id, doc in self._raw().items()}

    def __len__(self) -> int:
        return len(self._ids)

    def __contains__(self, key: object) -> bool:
        return key in self._ids

    def get(self, key: str) -> dict[str, Any] | None:
        doc_id = self._ids.get(key)
        if doc_id is None:
            return None
        doc = self._table.get(doc_id=doc_id)
        return dict(doc) if doc is not None else None

    def all(self) -> list[dict[str, Any]]:
        return [dict(doc) for doc in self._raw().values()]

    def _raw(self) -> dict[str, dict[str, Any]]:
        """The stored documents by TinyDB id, read without wrapping each in a tinydb Document."""
        return (self._table.storage.read() or {}).get(self._table.name, {})

    def put_many(self, docs: Iterable[dict[str, Any]]) -> None:
        """Insert or wholly replace documents by key; the last of duplicate keys wins."""
        incoming = {doc[self._key]: doc for doc in docs}
        replacing = {key: doc for key, doc in incoming.items() if key in self._ids}
        adding = [doc for key, doc in incoming.items() if key not in self._ids]
        if replacing:

            def replace(stored: dict[str, Any]) -> None:
                new = replacing[stored[self._key]]
                stored.clear()
                stored.update(new)

            self._table.update(replace, doc_ids=[self._ids[key] for key in replacing])
        if adding:
            new_ids = self._table.insert_multiple(adding)
            self._ids.update(zip((doc[self._key] for doc in adding), new_ids, strict=True))

    def delete_many(self, keys: Iterable[str]) -> int:
        """Remove documents by key, ignoring keys that are absent; returns how many were removed."""
        doomed = {key: self._ids[key] for key in set(keys) if key in self._ids}
        if not doomed:
            return 0
        self._table.remove(doc_ids=list(doomed.values()))
        for key in doomed:
            del self._ids[key]
        return len(doomed)
