"""An `EmailMessage` that reads its Content-Type once, for the parser to build messages from.

The stdlib parser asks each part for its content type about eight times while parsing it, and
`get_body` and our walk over the parts ask again: ~20 asks a message, each a scan of the header
list and a split of the value. What is remembered is dropped when a header is added (the parser
adds them one by one, so the header count says it) and by every method that changes a header or the
default type, so this stays a correct `EmailMessage` should anyone edit one.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from email.message import EmailMessage
from typing import Any

_MEMO = "_belt_memo"
# Methods of Message and EmailMessage that change `_headers` or `_default_type` other than by
# appending a header (`set_raw`, noticed by the header count).
_CHANGES_HEADERS = (
    "__setitem__",
    "__delitem__",
    "replace_header",
    "set_boundary",
    "set_default_type",
    "_make_multipart",
    "clear",
    "clear_content",
)


class ParsedPart(EmailMessage):
    """`EmailMessage` with its content type remembered until a header changes."""

    def get_content_type(self) -> str:
        count = len(self._headers)
        kept = self.__dict__.get(_MEMO)
        if kept is None or kept[0] != count:
            kept = self.__dict__[_MEMO] = (count, super().get_content_type())
        return kept[1]


def _forgetting(method: Callable[..., Any]) -> Callable[..., Any]:
    @functools.wraps(method)
    def changed(self: ParsedPart, *args: Any, **kwargs: Any) -> Any:
        self.__dict__.pop(_MEMO, None)
        return method(self, *args, **kwargs)

    return changed


for _name in _CHANGES_HEADERS:
    setattr(ParsedPart, _name, _forgetting(getattr(EmailMessage, _name)))
