"""CalDAV adapter: discovery and reads through the caldav library, writes as explicit conditional PUTs.

Every write carries its precondition on the wire: `If-None-Match: *` on create (a retry after a crash
finds the object instead of duplicating it) and `If-Match: <etag>` on update and delete (a change made
elsewhere turns into a `Conflict` to re-read and merge, never into a silent overwrite). The caldav
library's own `save()` drops weak ETags without saying so, which is why the PUTs are ours.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from urllib.parse import urljoin, urlsplit

import caldav
from caldav.lib import error as dav_error
from icalendar import Calendar

from belt_tui.credentials import Secret
from belt_tui.errors import SourceError

CALENDAR_CONTENT = {"Content-Type": "text/calendar; charset=utf-8"}
ETAG_PROPFIND = (
    '<?xml version="1.0" encoding="utf-8"?>'
    '<d:propfind xmlns:d="DAV:"><d:prop><d:getetag/></d:prop></d:propfind>'
)


class Conflict(SourceError):
    """The object changed (or vanished) on the server since we last read it."""


@dataclass(frozen=True)
class RemoteObject:
    """One calendar object as the server holds it now."""

    href: str
    etag: str
    calendar: Calendar


@dataclass(frozen=True)
class Collection:
    """A calendar or task list, with what it accepts (Google, iCloud and Fastmail take no VTODO)."""

    name: str
    url: str
    components: frozenset[str]

    @property
    def accepts_tasks(self) -> bool:
        return "VTODO" in self.components


class CalDavAccount:
    """One authenticated connection to the user's CalDAV server.

    Not thread-safe: create one per worker thread, like an IMAP connection.
    """

    def __init__(self, url: str, username: str, password: Secret | None, timeout: float) -> None:
        self.url = url
        self.username = username
        self._client = caldav.DAVClient(
            url=url,
            username=username or None,
            password=password.reveal() if password else None,
            timeout=int(max(1, timeout)),
        )
        self._collections: dict[str, Collection] | None = None

    @contextmanager
    def _talking(self, action: str) -> Iterator[None]:
        """Turn library and socket errors into one clear message that names no secret."""
        try:
            yield
        except Conflict:
            raise
        except dav_error.AuthorizationError:
            raise SourceError(
                f"CalDAV login to {self.url} as {self.username!r} was refused: check username and password"
            ) from None
        except dav_error.DAVError as failure:
            raise SourceError(f"CalDAV {action} at {self.url} failed: {_reason(failure)}") from None
        except OSError as failure:
            raise SourceError(
                f"cannot reach the CalDAV server at {self.url} ({action}): {_reason(failure)}"
            ) from None

    def collections(self) -> dict[str, Collection]:
        """Every calendar of the user by display name (and by the last path segment of its URL)."""
        if self._collections is None:
            found: dict[str, Collection] = {}
            with self._talking("discovery"):
                for calendar in self._client.principal().calendars():
                    url = str(calendar.url)
                    name = calendar.get_display_name() or url.rstrip("/").rsplit("/", 1)[-1]
                    components = frozenset(calendar.get_supported_components())
                    collection = Collection(name=name, url=url, components=components)
                    found.setdefault(name, collection)
                    found.setdefault(url.rstrip("/").rsplit("/", 1)[-1], collection)
            self._collections = found
        return self._collections

    def collection(self, name: str) -> Collection:
        """The calendar called `name`, or a clear error listing the ones that exist."""
        collections = self.collections()
        if not name and collections:
            return next(iter(collections.values()))
        if name not in collections:
            available = ", ".join(sorted({c.name for c in collections.values()})) or "none"
            raise SourceError(f"CalDAV calendar {name!r} not found at {self.url} (available: {available})")
        return collections[name]

    def events_between(self, collection: Collection, start: datetime, end: datetime) -> list[Calendar]:
        """Raw calendar objects with events in the window; recurrence is expanded by the caller."""
        with self._talking("reading events"):
            calendar = self._client.calendar(url=collection.url)
            found = calendar.search(start=start, end=end, event=True, expand=False)
            return [obj.icalendar_instance for obj in found]

    def etags(self, collection: Collection) -> dict[str, str]:
        """href → ETag of every object in the collection: one request to see what changed."""
        with self._talking("listing"):
            response = self._client.propfind(collection.url, ETAG_PROPFIND, depth=1)
            tags: dict[str, str] = {}
            for href, props in response.expand_simple_props(props=[caldav.elements.dav.GetEtag()]).items():
                absolute = urljoin(collection.url, href)
                if absolute.rstrip("/") != collection.url.rstrip("/"):
                    tags[_path(absolute)] = props.get("{DAV:}getetag") or ""
            return tags

    def get(self, href: str) -> RemoteObject | None:
        """The object at `href` with its current ETag, or None when it is gone."""
        with self._talking("reading"):
            response = self._client.request(self._absolute(href), "GET")
            if response.status == 404:
                return None
            _expect(response, href, "read")
            body = response.raw if isinstance(response.raw, bytes) else str(response.raw).encode()
            etag = response.headers.get("etag") or self._etag_of(href)
            return RemoteObject(href=_path(href), etag=etag, calendar=Calendar.from_ical(body))

    def create(self, collection: Collection, uid: str, calendar: Calendar) -> RemoteObject | None:
        """PUT with `If-None-Match: *`; None when the object already exists (a retried create)."""
        href = urljoin(collection.url, f"{uid}.ics")
        with self._talking("creating"):
            response = self._client.put(href, calendar.to_ical(), {**CALENDAR_CONTENT, "If-None-Match": "*"})
            if response.status == 412:
                return None
            _expect(response, href, "create")
            etag = response.headers.get("etag") or self._etag_of(href)
            return RemoteObject(href=_path(href), etag=etag, calendar=calendar)

    def update(self, href: str, etag: str, calendar: Calendar) -> str:
        """PUT with `If-Match`; returns the new ETag or raises Conflict when it changed elsewhere."""
        with self._talking("updating"):
            response = self._client.put(
                self._absolute(href), calendar.to_ical(), {**CALENDAR_CONTENT, "If-Match": etag}
            )
            if response.status in (404, 412):
                raise Conflict(f"{href} changed on the server since it was read")
            _expect(response, href, "update")
            return response.headers.get("etag") or self._etag_of(href)

    def delete(self, href: str, etag: str) -> None:
        """DELETE with `If-Match`; an object already gone is fine, a changed one is a Conflict."""
        with self._talking("deleting"):
            response = self._client.request(self._absolute(href), "DELETE", "", {"If-Match": etag})
            if response.status == 412:
                raise Conflict(f"{href} changed on the server since it was read")
            if response.status != 404:
                _expect(response, href, "delete")

    def _etag_of(self, href: str) -> str:
        """Some servers return no ETag on PUT/GET: ask for it."""
        response = self._client.propfind(self._absolute(href), ETAG_PROPFIND, depth=0)
        for props in response.expand_simple_props(props=[caldav.elements.dav.GetEtag()]).values():
            return props.get("{DAV:}getetag") or ""
        return ""

    def _absolute(self, href: str) -> str:
        return urljoin(self.url, href)


def _path(url: str) -> str:
    return urlsplit(url).path


def _expect(response, href: str, action: str) -> None:
    if not 200 <= response.status < 300:
        raise SourceError(
            f"CalDAV server refused to {action} {_path(href)}: HTTP {response.status} {response.reason}"
        )


def _reason(failure: Exception) -> str:
    text = str(failure).splitlines()[0] if str(failure) else type(failure).__name__
    return text[:200]
