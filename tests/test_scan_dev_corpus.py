"""Regression: `belt scan` on the dev corpus meets the targets, and a re-scan reads from the cache."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pytest

from belt_tui.cli import main
from belt_tui.scan import scan_maildir

SHARED = Path(__file__).resolve().parents[2] / "shared"
DEV = SHARED / "corpus" / "dev"
SCORE = SHARED / "eval" / "score.py"
ME = "dana.whitfield@harborlaw.com"
NOW = "2026-01-09T09:00:00-05:00"
TARGETS = {
    "ask_f1": 0.95,
    "state_macro_f1": 0.95,
    "owner_accuracy": 0.95,
    "due_accuracy": 0.95,
    "grouping_exact": 0.95,
}

pytestmark = pytest.mark.skipif(
    not (DEV / "mail").is_dir() or not SCORE.exists(), reason="dev corpus not present"
)


def test_dev_corpus_meets_targets(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["scan", "--maildir", str(DEV / "mail"), "--me", ME, "--now", NOW, "--json", "--no-cache"])
    assert code == 0
    predictions = tmp_path / "out.json"
    predictions.write_text(capsys.readouterr().out)
    scored = subprocess.run(
        [sys.executable, str(SCORE), str(DEV / "labels.json"), str(predictions), "--json"],
        capture_output=True,
        text=True,
        check=True,
    )
    scores = json.loads(scored.stdout)
    for metric, target in TARGETS.items():
        assert scores[metric] >= target, (metric, scores[metric])


def test_every_ask_quotes_the_exact_characters_of_its_message(tmp_path: Path) -> None:
    result = scan_maildir(DEV / "mail", frozenset({ME}), datetime.fromisoformat(NOW))
    for analysis in result.analyses:
        bodies = {m.message_id: m.body for m in analysis.thread.messages}
        for ask in analysis.asks:
            assert bodies[ask.message_id][ask.span.start : ask.span.end] == ask.text
            assert ask.reason and 0 < ask.confidence <= 1


def test_rescan_with_nothing_changed_reads_from_the_cache(tmp_path: Path) -> None:
    mailbox = tmp_path / "mail"
    shutil.copytree(DEV / "mail", mailbox)
    now = datetime.fromisoformat(NOW)
    first = scan_maildir(mailbox, frozenset({ME}), now, cache_dir=tmp_path / "cache")
    again = scan_maildir(mailbox, frozenset({ME}), now, cache_dir=tmp_path / "cache")
    assert first.from_cache == 0
    assert again.from_cache == again.messages == first.messages
    assert [a.verdict.state for a in again.analyses] == [a.verdict.state for a in first.analyses]
    assert [a.asks for a in again.analyses] == [a.asks for a in first.analyses]


def test_a_renamed_file_is_recognised_by_its_content(tmp_path: Path) -> None:
    mailbox = tmp_path / "mail"
    shutil.copytree(DEV / "mail", mailbox)
    now = datetime.fromisoformat(NOW)
    scan_maildir(mailbox, frozenset({ME}), now, cache_dir=tmp_path / "cache")
    unread = next((mailbox / "new").iterdir())
    unread.rename(mailbox / "cur" / f"{unread.name}:2,S")
    again = scan_maildir(mailbox, frozenset({ME}), now, cache_dir=tmp_path / "cache")
    assert again.from_cache == again.messages
    moved = [m for a in again.analyses for m in a.thread.messages if m.source.endswith(f"{unread.name}:2,S")]
    assert moved and "\\Seen" in moved[0].flags


def test_classify_prints_one_json_line_per_sentence() -> None:
    result = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys; from belt_tui.cli import main; sys.exit(main())",
            "classify",
            "--now",
            NOW,
        ],
        input="Can you send the lease by Monday?\nThanks!\n",
        capture_output=True,
        text=True,
        check=True,
    )
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert lines == [
        {"text": "Can you send the lease by Monday?", "ask": True, "kind": "request", "due": "2026-01-12"},
        {"text": "Thanks!", "ask": False, "kind": None, "due": None},
    ]


def test_scan_without_maildir_or_config_says_what_to_pass(tmp_path: Path, monkeypatch, capsys) -> None:
    monkeypatch.setenv("BELT_HOME", str(tmp_path))
    assert main(["scan", "--json"]) == 1
    assert "--maildir" in capsys.readouterr().err
