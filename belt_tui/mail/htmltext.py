"""HTML mail bodies to plain, readable text (pure; no I/O).

The ask engine splits this text into sentences and stores offsets into it, so the output has no
hard wraps and no Markdown escapes: paragraphs, `<div>` lines and list items each sit on their own
line. inscriptis does the layout (lists, tables, `<br>`, entities); it was chosen over html2text
because html2text always backslash-escapes Markdown characters ("1\\.", "\\-") and glues table cells.
Quoted history (`<blockquote>`) is marked with "> " per level, as in plain-text mail, so the quote
cleaner treats HTML and plain replies alike.
"""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from inscriptis.model.config import ParserConfig

_QUOTE = "quote"
_EXTRA_BLANK_LINES = re.compile(r"\n{3,}")


@functools.cache
def _config() -> ParserConfig:
    """Built on first use: inscriptis brings lxml, ~0.1 s of start-up a cached re-scan never needs."""
    from inscriptis.css_profiles import CSS_PROFILES
    from inscriptis.model.config import ParserConfig

    # "strict" keeps block elements flush left; "relaxed" indents divs, which reads as quoting.
    return ParserConfig(css=CSS_PROFILES["strict"], annotation_rules={"blockquote": [_QUOTE]})


def html_to_text(html: str) -> str:
    """Readable text of an HTML document; never raises on malformed markup."""
    if not html.strip():
        return ""
    from inscriptis import get_annotated_text

    annotated = get_annotated_text(html, _config())
    text: str = annotated["text"]
    quotes = [(start, end) for start, end, label in annotated["label"] if label == _QUOTE]
    lines = []
    offset = 0
    for raw_line in text.split("\n"):
        depth = sum(1 for start, end in quotes if start <= offset < end)
        line = raw_line.rstrip()
        lines.append(("> " * depth + line).rstrip() if depth else line)
        offset += len(raw_line) + 1
    return _EXTRA_BLANK_LINES.sub("\n\n", "\n".join(lines)).strip("\n")
