"""The reading pane: one thread, older messages folded to a line, the latest open with its sentences.

Everything from mail becomes `Content` with control codes stripped and no markup parsing, so a
subject like "[bold]" shows as typed. The latest message's own words are drawn sentence by sentence
(asks coloured by kind, the cursor sentence unmistakable, each clickable); quoted text after them is
folded to one line. The cursor walks sentences (`J`/`K`) or asks only (`n`/`p`).
"""

from __future__ import annotations

from datetime import datetime, tzinfo
from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import VerticalScroll
from textual.content import Content
from textual.message import Message as TextualMessage
from textual.reactive import reactive
from textual.style import Style
from textual.widgets import Static

from belt_tui.core_views import format_age
from belt_tui.model import Ask, AskKind, Message, MessageAnalysis, Sentence, ThreadAnalysis, ThreadState
from belt_tui.tui.bindings import READING_PANE
from belt_tui.tui.text import one_line, printable

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
CURSOR_STYLE = "bold reverse underline $text on $belt-highlight"
CURSOR_MARK = "▶ "


class MessageBody(Static):
    """The latest message; a click on a sentence moves the cursor there."""

    def action_select_sentence(self, index: int) -> None:
        self.post_message(ReadingPane.SentenceClicked(index))


class ReadingPane(VerticalScroll, can_focus=True):
    """Shows the thread handed to `show`; scrolls with the same keys as the list."""

    BINDINGS: ClassVar[list[BindingType]] = list(READING_PANE.bindings)

    sentence: reactive[int] = reactive(-1, init=False, always_update=True, repaint=False)

    class SentenceChanged(TextualMessage):
        """The sentence cursor moved (or a new thread was shown)."""

    class SentenceClicked(TextualMessage):
        def __init__(self, index: int) -> None:
            super().__init__()
            self.index = index

    class FollowUpWanted(TextualMessage):
        """`f` or enter on the highlighted sentence: make a follow-up from it."""

        def __init__(self, analysis: ThreadAnalysis, message: Message, sentence: Sentence, ask: Ask | None):
            super().__init__()
            self.analysis, self.message, self.sentence, self.ask = analysis, message, sentence, ask

    def __init__(self, *, tz: tzinfo | None = None, id: str | None = None) -> None:
        super().__init__(id=id)
        self._tz = tz
        self._analysis: ThreadAnalysis | None = None
        self._reading: MessageAnalysis | None = None
        self._message: Message | None = None
        self._footer: str = ""

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

    def compose(self) -> ComposeResult:
        yield Static(Content("Select a thread to read it."), id="thread-header")
        yield Static(Content(""), id="older-messages")
        yield MessageBody(Content(""), id="latest-message")
        yield Static(Content(""), id="newer-messages")
        yield Static(Content(""), id="sentence-info")

    def show(self, analysis: ThreadAnalysis | None, now: datetime, *, quote: str | None = None) -> None:
        """Draw a thread (the cursor on `quote`'s sentence, else the first ask), or the empty state."""
        self._analysis = analysis
        header = self.query_one("#thread-header", Static)
        older = self.query_one("#older-messages", Static)
        newer = self.query_one("#newer-messages", Static)
        if analysis is None:
            self._reading = self._message = None
            header.update(Content("No thread selected."))
            older.update(Content(""))
            newer.update(Content(""))
            self.sentence = -1
            return
        header.update(thread_header(analysis, now))
        messages = analysis.thread.messages
        focus = _focus_index(analysis, quote)
        older.update(Content("\n").join(self._collapsed(m) for m in messages[:focus]))
        older.display = focus > 0
        newer.update(Content("\n").join(self._collapsed(m) for m in messages[focus + 1 :]))
        newer.display = focus < len(messages) - 1
        self._message = messages[focus]
        self._reading = analysis.messages.get(self._message.message_id)
        self.scroll_home(animate=False)
        sentences = self.sentences
        wanted = next((i for i, s in enumerate(sentences) if quote and s.text == quote), None)
        self.sentence = (
            wanted if wanted is not None else self._next_ask(-1, 1, fallback=0 if sentences else -1)
        )

    def set_footer(self, text: str) -> None:
        """A line under the message about the highlighted sentence's follow-up (set by the screen)."""
        self._footer = text
        self._draw_info()

    def watch_sentence(self) -> None:
        message = self.message
        if message is None:
            self.query_one("#latest-message", Static).update(Content(""))
            self.query_one("#sentence-info", Static).update(Content(""))
            return
        self.query_one("#latest-message", Static).update(self._expanded(message))
        self._draw_info()
        self._scroll_to_cursor()
        self.post_message(self.SentenceChanged())

    def _draw_info(self) -> None:
        ask = self.highlighted_ask
        parts: list[str | tuple[str, str]] = []
        if ask is not None:
            owner = f" · owner {ask.owner}" if ask.owner else ""
            parts.append((f"{ask.kind.value}{owner} · {ask.reason}", ASK_STYLES[ask.kind]))
        if self._footer:
            parts.append(("\n" if parts else "") + self._footer)
        hint = "n/p asks · J/K sentences · f follow-up" if self.sentences else ""
        parts.append(((("\n" if parts else "") + hint), "$text-muted"))
        self.query_one("#sentence-info", Static).update(Content.assemble(*parts))

    def _scroll_to_cursor(self) -> None:
        """Bring the cursor sentence into view, estimating its line from the wrapped text before it."""
        sentence = self.highlighted_sentence
        body = self.query_one("#latest-message", Static)
        if sentence is None or self.message is None:
            return
        width = max(10, body.content_region.width or self.size.width)
        before = self.message.body[: sentence.span.start].split("\n")
        lines = 4 + sum(max(1, -(-len(line) // width)) for line in before)
        target = body.virtual_region.y + lines - self.size.height // 3
        self.scroll_to(y=max(0, target), animate=False, immediate=True)

    def on_reading_pane_sentence_clicked(self, event: SentenceClicked) -> None:
        self.focus()
        self.sentence = event.index

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
            (f"  {self._when(message)}  ", "$text-muted"),
            (snippet, "$text-muted"),
        )

    def _expanded(self, message: Message) -> Content:
        recipients = one_line(", ".join(a.label for a in message.to)) or "(no recipients)"
        head: list[str | tuple[str, str]] = [
            ("▾ ", "$text-muted"),
            (_sender(message), "bold"),
            (f"  {self._when(message)}\n", "$text-muted"),
            (f"to {recipients}", "$text-muted"),
        ]
        if message.cc:
            head.append((f"  cc {one_line(', '.join(a.label for a in message.cc))}", "$text-muted"))
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
            style = CURSOR_STYLE if index == self.sentence else ASK_STYLES[ask.kind] if ask else ""
            text = printable(body[start:end])
            if index == self.sentence:
                text = CURSOR_MARK + text
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
