"""The reading pane: one thread, older messages folded to a line, the latest open with its sentences.

Everything from mail becomes `Content` with control codes stripped and no markup parsing, so a
subject like "[bold]" shows as typed. The latest message's own words are drawn sentence by sentence
(asks coloured by kind, the cursor sentence unmistakable, each clickable); quoted text after them is
folded to one line. The cursor walks sentences (`J`/`K`) or asks only (`n`/`p`).

The pane paints its lines itself (line API), from blocks rendered once: a cursor move re-renders
only the open message and the line under it, and showing another thread re-renders the blocks
without a layout pass of the screen. As widgets (a Static per block) every key cost a re-layout and
a repaint of the whole pane: 35-45 ms per key.
"""

from __future__ import annotations

from datetime import datetime, tzinfo
from itertools import zip_longest
from typing import ClassVar

from textual.binding import BindingType
from textual.content import Content
from textual.geometry import Size
from textual.message import Message as TextualMessage
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip
from textual.style import Style
from textual.visual import Visual

from belt_tui.core_views import format_age
from belt_tui.model import Ask, AskKind, Message, MessageAnalysis, Sentence, ThreadAnalysis, ThreadState
from belt_tui.tui.bindings import READING_PANE
from belt_tui.tui.text import one_line, printable
from belt_tui.tui.widgets.quiet_focus import QuietFocus

_STATE_LABELS = {
    ThreadState.NEEDS_REPLY: ("Needs my reply", "$belt-needs-reply"),
    ThreadState.AWAITING_THEM: ("Waiting on them", "$belt-waiting"),
    ThreadState.NONE: ("Nothing pending", "$text-muted"),
}
ASK_STYLES = {
    AskKind.REQUEST: "bold $belt-needs-reply on $belt-ask",
    AskKind.QUESTION: "bold $belt-waiting on $belt-ask",
    AskKind.APPROVAL: "bold $belt-theirs on $belt-ask",
    AskKind.COMMITMENT: "bold $belt-mine on $belt-ask",
}
CURSOR_STYLE = "bold reverse $text on $belt-highlight"
# Unfocused, the cursor sentence (a follow-up's quote, the first ask) stays findable, unmarked and dim.
BLURRED_CURSOR_STYLE = "bold $text on $panel"
CURSOR_MARK = "▶ "
# The blocks of the pane, top to bottom, with a blank line between two shown blocks.
_BLOCKS = ("header", "older", "latest", "newer", "info")


class ReadingPane(QuietFocus, ScrollView, can_focus=True):
    """Shows the thread handed to `show`; scrolls with the same keys as the list.

    The sentence cursor is marked and in the highlight colour only while the pane has focus (dim
    and unmarked otherwise): it is how the pane shows focus, and a focus change re-renders the open
    message alone.
    """

    DEFAULT_CSS = """
    ReadingPane {
        overflow-x: hidden;
    }
    """

    BINDINGS: ClassVar[list[BindingType]] = list(READING_PANE.bindings)

    sentence: reactive[int] = reactive(-1, init=False, always_update=True, repaint=False)

    class SentenceChanged(TextualMessage):
        """The sentence cursor moved (or a new thread was shown)."""

    class FollowUpWanted(TextualMessage):
        """`f` or enter on the highlighted sentence: make a follow-up from it."""

        def __init__(self, analysis: ThreadAnalysis, message: Message, sentence: Sentence, ask: Ask | None):
            super().__init__()
            self.analysis, self.message, self.sentence, self.ask = analysis, message, sentence, ask

    def __init__(self, *, tz: tzinfo | None = None, id: str | None = None) -> None:
        super().__init__(id=id)
        # Sentences carry `@click` so a click moves the cursor; left on, Textual would style each as a link
        # (underlined, in the link colour over the ask colours), which underlined whole messages.
        self.set_reactive(ReadingPane.auto_links, False)
        self._tz = tz
        self._analysis: ThreadAnalysis | None = None
        self._reading: MessageAnalysis | None = None
        self._message: Message | None = None
        self._footer: str = ""
        # What each block shows (None: hidden), and its lines as last rendered at `_width`.
        self._contents: dict[str, Content | list[Content] | None] = dict.fromkeys(_BLOCKS)
        self._contents["header"] = Content("Select a thread to read it.")
        self._rendered: dict[str, list[Strip]] = {}
        self._lines: list[Strip] = []
        self._width = 0
        # The theme and style the blocks were rendered in: a change of either renders them again.
        self._look: tuple[str, object] | None = None

    @property
    def analysis(self) -> ThreadAnalysis | None:
        return self._analysis

    @property
    def message(self) -> Message | None:
        """The message shown open: the one holding the newest open ask, else the latest."""
        return self._message

    @property
    def sentences(self) -> tuple[Sentence, ...]:
        return self._reading.sentences if self._reading else ()

    @property
    def highlighted_sentence(self) -> Sentence | None:
        return self.sentences[self.sentence] if 0 <= self.sentence < len(self.sentences) else None

    @property
    def highlighted_ask(self) -> Ask | None:
        sentence = self.highlighted_sentence
        return self._ask_at(sentence) if sentence else None

    def show(self, analysis: ThreadAnalysis | None, now: datetime, *, quote: str | None = None) -> None:
        """Draw a thread (the cursor on `quote`'s sentence, else the first ask), or the empty state."""
        self._analysis = analysis
        self.scroll_home(animate=False, immediate=True)
        if analysis is None:
            self._reading = self._message = None
            self._set_blocks(header=Content("No thread selected."), older=None, newer=None)
            self.sentence = -1
            return
        messages = analysis.thread.messages
        focus = _focus_index(analysis, quote)
        self._set_blocks(
            header=thread_header(analysis, now),
            older=[self._collapsed(m) for m in messages[:focus]] or None,
            newer=[self._collapsed(m) for m in messages[focus + 1 :]] or None,
        )
        self._message = messages[focus]
        self._reading = analysis.messages.get(self._message.message_id)
        sentences = self.sentences
        wanted = next((i for i, s in enumerate(sentences) if quote and s.text == quote), None)
        self.sentence = (
            wanted if wanted is not None else self._next_ask(-1, 1, fallback=0 if sentences else -1)
        )

    def set_footer(self, text: str) -> None:
        """A line under the message about the highlighted sentence's follow-up (set by the screen)."""
        if text == self._footer:
            return
        self._footer = text
        self._set_blocks(info=self._info())

    def focus_changed(self) -> None:
        if self.message is not None:
            self._set_blocks(latest=self._expanded(self.message))

    def watch_sentence(self) -> None:
        message = self.message
        latest = self._expanded(message) if message is not None else None
        self._set_blocks(latest=latest, info=self._info() if message is not None else None)
        self._scroll_to_cursor()
        if message is not None:
            self.post_message(self.SentenceChanged())

    def _info(self) -> Content:
        ask = self.highlighted_ask
        parts: list[str | tuple[str, str]] = []
        if ask is not None:
            owner = f" · owner {ask.owner}" if ask.owner else ""
            parts.append((f"{ask.kind.value}{owner} · {ask.reason}", ASK_STYLES[ask.kind]))
        if self._footer:
            parts.append(("\n" if parts else "") + self._footer)
        hint = "n/p asks · J/K sentences · f follow-up" if self.sentences else ""
        parts.append(((("\n" if parts else "") + hint), "$text-muted"))
        return Content.assemble(*parts)

    def _set_blocks(self, **contents: Content | list[Content] | None) -> None:
        """Replace some blocks, re-render just those, and repaint the pane (no screen layout)."""
        for name, content in contents.items():
            self._contents[name] = content
            self._rendered.pop(name, None)
        self._relayout()

    def _relayout(self) -> None:
        """Stack the blocks into lines, narrower by the scrollbar's width when they overflow the pane."""
        full, height = self.content_region.width, self.content_region.height
        narrow = full - self.styles.scrollbar_size_vertical
        if full <= 0:
            return
        # Try the width that fitted last time first, so a cursor move wraps only the blocks it changed.
        width = self._width if self._width in (full, narrow) and narrow > 0 else full
        lines = self._stack(width)
        if width == full and len(lines) > height and narrow > 0:
            lines = self._stack(narrow)
        elif width == narrow and len(lines) <= height:
            wide = self._stack(full)
            lines = wide if len(wide) <= height else self._stack(narrow)
        previous, self._lines = self._lines, lines
        size = Size(self._width, len(lines))
        if size == self.virtual_size:
            self._repaint_changed(previous, lines)
            return
        if (size.height > height) != (self.virtual_size.height > height):
            self.virtual_size = size  # the scrollbar comes or goes: the screen lays out again
        else:
            # Only the scrollbar's thumb changes: no screen layout, which would cost most of a key.
            self.set_reactive(ReadingPane.virtual_size, size)
            if self.show_vertical_scrollbar:
                self.vertical_scrollbar.window_virtual_size = size.height
            top = self.scroll_y
            self.scroll_to(y=min(top, self.max_scroll_y), animate=False, force=True, immediate=True)
            if self.scroll_y == top:  # nothing moved: the lines above the first change stay as painted
                self._repaint_changed(previous, lines)
                return
        self.refresh()

    def _repaint_changed(self, previous: list[Strip], lines: list[Strip]) -> None:
        """Repaint only the lines that differ (or are gone): a cursor move changes a few lines of the pane."""
        changed = [
            y for y, (old, new) in enumerate(zip_longest(previous, lines)) if old is not new and old != new
        ]
        start = 0
        for index, y in enumerate(changed):
            if index + 1 == len(changed) or changed[index + 1] != y + 1:
                self.refresh_lines(changed[start], y - changed[start] + 1)
                start = index + 1

    def _stack(self, width: int) -> list[Strip]:
        if width != self._width:
            self._rendered.clear()
            self._width = width
        lines: list[Strip] = []
        for name in _BLOCKS:
            content = self._contents[name]
            if content is None:
                continue
            if name not in self._rendered:
                self._rendered[name] = self._render_block(content, width)
            if lines:
                lines.append(Strip.blank(width, self.rich_style))
            lines.extend(self._rendered[name])
        return lines

    def _render_block(self, content: Content | list[Content], width: int) -> list[Strip]:
        """Wrapped text; a list is one line per item, cut with an ellipsis (folded messages)."""
        style = self.visual_style
        if isinstance(content, list):
            content = Content("\n").join(line.truncate(width, ellipsis=True) for line in content)
        return Visual.to_strips(self, content, width, None, style, pad=True)

    def render_line(self, y: int) -> Strip:
        index = y + round(self.scroll_y)
        if index >= len(self._lines):
            return Strip.blank(self.scrollable_content_region.width, self.rich_style)
        return self._lines[index]

    def on_resize(self) -> None:
        self._relayout()

    def notify_style_update(self) -> None:
        """A theme change renders every block again in its colours; focus or hover alone does not."""
        super().notify_style_update()
        look = (self.app.theme, self.visual_style)
        if look != self._look:
            self._look = look
            self._rendered.clear()
            self._relayout()

    def _scroll_to_cursor(self) -> None:
        """Bring the cursor sentence's first line into view, a third of the way down."""
        click = f"select_sentence({self.sentence})"
        line = next(
            (
                y
                for y, strip in enumerate(self._lines)
                if any(segment.style and segment.style.meta.get("@click") == click for segment in strip)
            ),
            None,
        )
        if line is not None:
            top = max(0, line - self.scrollable_content_region.height // 3)
            self.scroll_to(y=top, animate=False, force=True, immediate=True)

    def action_select_sentence(self, index: int) -> None:
        """A click on a sentence moves the cursor there."""
        self.focus()
        self.sentence = index

    def _ask_at(self, sentence: Sentence) -> Ask | None:
        asks = self._reading.asks if self._reading else ()
        return next(
            (a for a in asks if a.span.start < sentence.span.end and sentence.span.start < a.span.end), None
        )

    def _next_ask(self, start: int, step: int, *, fallback: int) -> int:
        index = start + step
        while 0 <= index < len(self.sentences):
            if self._ask_at(self.sentences[index]) is not None:
                return index
            index += step
        return fallback

    def action_next_ask(self) -> None:
        self.sentence = self._next_ask(self.sentence, 1, fallback=self.sentence)

    def action_previous_ask(self) -> None:
        self.sentence = self._next_ask(self.sentence, -1, fallback=self.sentence)

    def action_next_sentence(self) -> None:
        self.sentence = min(self.sentence + 1, len(self.sentences) - 1)

    def action_previous_sentence(self) -> None:
        self.sentence = max(self.sentence - 1, 0 if self.sentences else -1)

    def action_make_followup(self) -> None:
        sentence, message = self.highlighted_sentence, self.message
        if self._analysis is None or message is None or sentence is None:
            self.notify("No sentence here to follow up on.", severity="warning", markup=False)
            return
        self.post_message(self.FollowUpWanted(self._analysis, message, sentence, self.highlighted_ask))

    def _when(self, message: Message) -> str:
        moment = message.date.astimezone(self._tz) if self._tz else message.date
        return moment.strftime("%a %d %b %H:%M")

    def _collapsed(self, message: Message) -> Content:
        snippet = one_line(message.body[:400])
        return Content.assemble(
            ("▸ ", "$text-muted"),
            (_sender(message), "bold"),
            (f" · {self._when(message)} · {snippet}", "$text-muted"),
        )

    def _expanded(self, message: Message) -> Content:
        recipients = one_line(", ".join(a.label for a in message.to)) or "(no recipients)"
        head: list[str | tuple[str, str]] = [
            ("▾ ", "$text-muted"),
            (_sender(message), "bold"),
            (f" · {self._when(message)}\n", "$text-muted"),
            (f"to {recipients}", "$text-muted"),
        ]
        if message.cc:
            head.append((f" · cc {one_line(', '.join(a.label for a in message.cc))}", "$text-muted"))
        head.append("\n\n")
        tail: list[str | tuple[str, str]] = [
            (f"\n📎 {one_line(a.filename)} ({a.size:,} bytes)", "$text-muted") for a in message.attachments
        ]
        return Content.assemble(*head) + self._body(message) + Content.assemble(*tail)

    def _body(self, message: Message) -> Content:
        """The message's own words with sentences styled and clickable; the quoted rest folded."""
        body = message.body
        if not self.sentences:
            return Content(printable(body.rstrip()) or "(empty message)")
        pieces: list[Content] = []
        position = 0
        for index, sentence in enumerate(self.sentences):
            start, end = sentence.span.start, sentence.span.end
            pieces.append(Content(printable(body[position:start])))
            ask = self._ask_at(sentence)
            style = ASK_STYLES[ask.kind] if ask else ""
            text = printable(body[start:end])
            if index == self.sentence:
                style = CURSOR_STYLE if self.has_focus else BLURRED_CURSOR_STYLE
                text = CURSOR_MARK + text if self.has_focus else text
            piece = Content(text).stylize(style) if style else Content(text)
            pieces.append(piece.stylize(Style.from_meta({"@click": f"select_sentence({index})"})))
            position = end
        rest = body[position:].strip()
        if rest:
            folded = len(rest.splitlines())
            pieces.append(
                Content.styled(f"\n\n▸ {folded} more line(s) folded (quoted text, signature)", "$text-muted")
            )
        return Content("").join(pieces)


def _focus_index(analysis: ThreadAnalysis, quote: str | None) -> int:
    """The message to open: the one a follow-up quotes, else the newest with an open ask, else the last."""
    messages = analysis.thread.messages
    for index in range(len(messages) - 1, -1, -1):
        reading = analysis.messages.get(messages[index].message_id)
        if quote and reading and any(sentence.text == quote for sentence in reading.sentences):
            return index
    open_asks = {ask.message_id for ask in analysis.verdict.asks}
    for index in range(len(messages) - 1, -1, -1):
        if messages[index].message_id in open_asks:
            return index
    return len(messages) - 1


def thread_header(analysis: ThreadAnalysis, now: datetime) -> Content:
    """The subject and, on the next line, who waits on whom since when and why."""
    verdict = analysis.verdict
    label, colour = _STATE_LABELS[verdict.state]
    since = f" for {format_age(now - verdict.since)}" if verdict.since else ""
    return Content.assemble(
        (one_line(analysis.thread.subject) or "(no subject)", "bold"),
        "\n",
        (f"{label}{since}", f"bold {colour}"),
        (f" · {one_line(verdict.why)}" if verdict.why else "", "$text-muted"),
    )


def _sender(message: Message) -> str:
    return one_line(message.sender.label) if message.sender else "(no sender)"
