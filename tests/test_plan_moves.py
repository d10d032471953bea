"""Moving a block by hand: the next free time, or the first free time of the nearest day with room."""

from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from belt_tui.model import Busy
from belt_tui.plan.moves import NEXT_FREE, WeekBoard
from belt_tui.plan.slots import WorkWeek

NY = ZoneInfo("America/New_York")
WORK = WorkWeek(time_zone=NY, lunch=(time(12, 0), time(13, 0)))
DAYS = [date(2026, 1, 5) + timedelta(days=n) for n in range(5)]
HALF_HOUR = timedelta(minutes=30)


def at(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 1, 5 + day, hour, minute, tzinfo=NY)


def board(now: datetime | None = None, meetings=(), **blocks) -> WeekBoard:
    return WeekBoard(DAYS, WORK, meetings, blocks, now or at(0, 8))


def test_later_moves_the_block_to_the_next_days_first_free_time():
    week = board(a=(at(1, 10), at(1, 10, 30)), meetings=[Busy(at(2, 9), at(2, 11), "Hearing")])
    assert week.move("a", HALF_HOUR, +1) == (at(2, 11), at(2, 11, 30))
    assert week.move("a", HALF_HOUR, +1) == (at(3, 9), at(3, 9, 30))
    assert week.move("a", HALF_HOUR, -1) == (at(2, 11), at(2, 11, 30))


def test_a_day_with_no_room_is_skipped_for_the_nearest_one_that_has_some():
    full = Busy(at(2, 9), at(2, 17, 30), "Trial")
    week = board(a=(at(1, 10), at(1, 10, 30)), meetings=[full])
    assert week.move("a", HALF_HOUR, +1) == (at(3, 9), at(3, 9, 30))


def test_nothing_moves_earlier_than_now_or_past_the_shown_days():
    week = board(now=at(1, 15, 2), a=(at(1, 16), at(1, 16, 30)), b=(at(4, 9), at(4, 9, 30)))
    assert week.move("a", HALF_HOUR, -1) is None
    assert week.blocks["a"] == (at(1, 16), at(1, 16, 30)), "a failed move leaves the block where it was"
    assert week.move("b", HALF_HOUR, +1) is None


def test_next_free_time_skips_meetings_and_other_blocks_and_lands_on_the_grid():
    meetings = [Busy(at(0, 10), at(0, 11, 3), "Call")]
    week = board(meetings=meetings, a=(at(0, 9), at(0, 9, 30)), b=(at(0, 9, 30), at(0, 10)))
    assert week.move("a", HALF_HOUR, NEXT_FREE) == (at(0, 11, 5), at(0, 11, 35))


def test_an_unslotted_follow_up_moves_from_today():
    week = board(now=at(1, 11))
    assert week.move("a", HALF_HOUR, NEXT_FREE) == (at(1, 11), at(1, 11, 30))
    assert board(now=at(1, 11)).move("a", HALF_HOUR, +1) == (at(2, 9), at(2, 9, 30))


def test_blocks_moved_one_after_another_never_overlap():
    week = board(a=(at(0, 9), at(0, 9, 30)), b=(at(0, 10), at(0, 10, 30)))
    first, second = week.move("a", HALF_HOUR, +1), week.move("b", HALF_HOUR, +1)
    assert first == (at(1, 9), at(1, 9, 30))
    assert second == (at(1, 9, 30), at(1, 10))
