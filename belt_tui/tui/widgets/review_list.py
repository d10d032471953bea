"""The review's lists beside the week: I owe, They owe, Overdue, No due date, Unslotted.

One line-API list with a heading per section (the cursor skips headings), so a long backlog costs
no more to paint than a short one. Labels are worked out once per review, not per painted line.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from typing import ClassVar

from rich.cells import set_cell_size
from rich.segment import Segment
from textual.binding import BindingType
from textual.message import Message

from belt_tui.asks.dates import describe_due
from belt_tui.model import FollowUp, ThreadState
from belt_tui.review import FollowUpItem, Review, ReviewItem, ThreadItem
from belt_tui.review_export import age_label
from belt_tui.tui.bindings import REVIEW_LIST
from belt_tui.tui.text import fit, one_line
from belt_tui.tui.widgets.line_list import LineList

DETAIL_SHARE = 0.45
"""Of a row's width, what the detail column (owner, due, age, reason) may take."""
SECTIONS = (
    ("i_owe", "I owe"),
    ("they_owe", "They owe"),
    ("overdue", "Overdue"),
    ("no_due", "No due date"),
    ("unslotted", "Unslotted"),
)


@dataclass(frozen=True, slots=True)
class ReviewRow:
    """A section heading (item None), or one item with the words painted for it."""

    section: str
    title: str
    item: ReviewItem | None = None
    detail: str = ""
    overdue: bool = False

    @property
    def key(self) -> str:
        return f"{self.section}:{self.item.key if self.item else 'heading'}"

    @property
    def followup(self) -> FollowUp | None:
        return self.item.followup if isinstance(self.item, FollowUpItem) else None


def review_rows(review: Review) -> list[ReviewRow]:
    """Every section under its heading with its count, most urgent first; "nothing" rows are headings."""
    rows: list[ReviewRow] = []
    for section, title in SECTIONS:
        items = getattr(review, section)
        rows.append(ReviewRow(section, f"{title} ({len(items)})"))
        rows.extend(_row(review, section, item) for item in items)
    return rows


def _row(review: Review, section: str, item: ReviewItem) -> ReviewRow:
    now = review.now.astimezone(review.time_zone)
    if isinstance(item, ThreadItem):
        who = ", ".join(item.people) or "?"
        verb = "waits" if item.state is ThreadState.NEEDS_REPLY else "silent"
        chased = f" · chased {item.chased}×" if item.chased else ""
        detail = f"{who} {verb} {age_label(item.age, review)}{chased}"
        return ReviewRow(section, f"✉ {item.subject or '(no subject)'}", item, detail, item.overdue)
    followup = item.followup
    owner = "me" if item.mine else followup.owner
    if section == "unslotted":
        detail = item.unslotted_reason
    elif section == "they_owe":
        chased = f" · chased {followup.chased}×" if followup.chased else ""
        detail = f"{owner} · {age_label(item.age, review)}{chased}"
    else:
        detail = f"{owner} · {describe_due(followup.due, now)}"
    return ReviewRow(section, followup.title, item, detail, item.overdue)


class ReviewList(LineList[ReviewRow]):
    """The sections as one list; selected follow-ups carry a dot in front."""

    BINDINGS: ClassVar[list[BindingType]] = list(REVIEW_LIST.bindings)

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "review-list--cursor",
        "review-list--heading",
        "review-list--overdue",
        "review-list--mine",
        "review-list--theirs",
        "review-list--dim",
    }

    class Highlighted(Message):
        """The cursor moved (a visual range follows it)."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.selected: Collection[str] = ()
        self.me: frozenset[str] = frozenset()

    def selectable(self, row: ReviewRow) -> bool:
        return row.item is not None

    def row_key(self, row: ReviewRow) -> str:
        return row.key

    def highlight_changed(self) -> None:
        self.post_message(self.Highlighted())

    def order(self) -> list[str]:
        """Follow-up ids in list order, each once: the order a visual range runs in."""
        return list(dict.fromkeys(row.followup.id for row in self.rows if row.followup is not None))

    def paint_row(self, row: ReviewRow, selected: bool, width: int) -> list[Segment]:
        base = self.rich_style
        if row.item is None:
            return [
                Segment(set_cell_size(row.title, width), base + self.component_style("review-list--heading"))
            ]
        if selected and self.has_focus:
            base = base + self.component_style("review-list--cursor", partial=False)
        followup = row.followup
        mark = "● " if followup is not None and followup.id in self.selected else "  "
        if followup is None:
            title_style = base
        else:
            mine = followup.owner in self.me
            title_style = base + self.component_style("review-list--mine" if mine else "review-list--theirs")
        detail_style = base + self.component_style(
            "review-list--overdue" if row.overdue else "review-list--dim"
        )
        detail = one_line(row.detail)
        detail_width = min(len(detail), int(width * DETAIL_SHARE))
        title_width = max(0, width - len(mark) - detail_width - 1)
        return [
            Segment(mark, base),
            Segment(fit(one_line(row.title), title_width) + " ", title_style),
            Segment(fit(detail, detail_width), detail_style),
        ]

    def on_focus(self) -> None:
        self.refresh()

    def on_blur(self) -> None:
        self.refresh()
