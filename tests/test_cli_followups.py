"""Scripts manage follow-ups with the same natural-language due dates as the app."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import datetime

import pytest


@pytest.fixture
def belt(tmp_path):
    home = tmp_path / "home"
    home.mkdir()
    (home / "config.toml").write_text(
        '[me]\naddresses = ["maya@firm.test"]\n\n[[accounts]]\nname = "mail"\nkind = "maildir"\n'
        f'path = "{tmp_path / "Mail"}"\n\n[work]\ntime_zone = "America/New_York"\n'
    )

    def run(*args: str, check: bool = True) -> subprocess.CompletedProcess:
        result = subprocess.run(
            [sys.executable, "-m", "belt_tui", *args],
            env={**os.environ, "BELT_HOME": str(home)},
            capture_output=True,
            text=True,
            timeout=60,
        )
        if check:
            assert result.returncode == 0, result.stderr
        return result

    return run


def listed(belt, *flags: str) -> list[dict]:
    return json.loads(belt("followups", "--json", *flags).stdout)


def test_add_list_edit_done_and_undo(belt):
    belt("followup", "add", "Send the revised draft", "--owner", "Rick <Rick@Client.test>", "--due", "fri",
         "--message-id", "draft-1@client.test")  # fmt: skip
    [added] = listed(belt)
    assert added["owner"] == "rick@client.test"
    assert added["message_id"] == "<draft-1@client.test>"
    due = datetime.fromisoformat(added["due"])
    assert due.strftime("%a %H:%M") == "Fri 17:00"

    belt("followup", "edit", added["id"][:5], "--owner", "ana@firm.test", "--due", "2030-01-20")
    [edited] = listed(belt)
    assert (edited["owner"], edited["due"][:10]) == ("ana@firm.test", "2030-01-20")

    belt("followup", "done", added["id"])
    assert listed(belt) == []
    assert [f["status"] for f in listed(belt, "--all")] == ["done"]

    belt("followup", "undo")
    assert [f["status"] for f in listed(belt)] == ["open"]


def test_an_unreadable_due_date_is_a_clear_error_and_adds_nothing(belt):
    result = belt(
        "followup", "add", "Call the clerk", "--owner", "maya@firm.test", "--due", "whenever", check=False
    )
    assert result.returncode == 1
    assert "Couldn't read 'whenever' as a date" in result.stderr
    assert "Traceback" not in result.stderr
    assert listed(belt) == []


def test_an_unknown_id_is_a_clear_error(belt):
    result = belt("followup", "done", "nope", check=False)
    assert result.returncode == 1
    assert "no follow-up with id 'nope'" in result.stderr


def test_an_owner_that_is_not_an_address_is_refused(belt):
    result = belt("followup", "add", "Call", "--owner", "Rick", "--due", "eod", check=False)
    assert result.returncode == 1
    assert "must be an email address" in result.stderr


def test_bad_arguments_exit_2_with_usage(belt):
    result = belt("followup", "add", "Call", check=False)
    assert result.returncode == 2
    assert "usage:" in result.stderr
