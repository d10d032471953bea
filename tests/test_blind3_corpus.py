"""Regression guard on the third blind held-out corpus (tests/corpus_blind3).

Written blind (without reading the ask engine, its tests or the earlier blind corpora's threads): a Sydney
conveyancing and leasing solicitor, "now" four days after Australian daylight saving began, senders in
Brisbane, Perth, Auckland, London and San Francisco. The scan runs as a user would run `belt scan --json`,
the vendored scorer grades it and prints the table (`pytest -s`). Each floor sits 0.05 below the first
measurement (engine version 3), so the test fails only when generalisation gets clearly worse.
"""

from __future__ import annotations

import contextlib
import importlib.util
import io
import json
from pathlib import Path

import pytest

from belt_tui.cli import main

CORPUS = Path(__file__).parent / "corpus_blind3"
SCORER = Path(__file__).parent / "eval" / "score.py"
ME = "maeve.kilbride@wattlequill.test"
NOW = "2026-10-08T09:00:00+11:00"

# First measurement with engine version 3 (tests/corpus_blind3/README.md), minus 0.05 (rounded down).
FLOORS = {
    "grouping_exact": 0.95,
    "state_accuracy": 0.84,
    "state_macro_f1": 0.85,
    "ask_precision": 0.90,
    "ask_recall": 0.82,
    "ask_f1": 0.86,
    "owner_accuracy": 0.95,
    "due_accuracy": 0.80,
}


def load_scorer():
    spec = importlib.util.spec_from_file_location("blind3_score", SCORER)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def scores(tmp_path_factory: pytest.TempPathFactory) -> dict:
    """Scan the corpus once through the CLI, with every XDG directory pointed at a scratch folder."""
    scratch = tmp_path_factory.mktemp("blind3")
    with pytest.MonkeyPatch.context() as patch:
        for name in ("XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME"):
            patch.setenv(name, str(scratch / name.lower()))
        args = ["scan", "--maildir", str(CORPUS / "mail"), "--me", ME, "--now", NOW, "--json", "--no-cache"]
        printed = io.StringIO()
        with contextlib.redirect_stdout(printed):
            assert main(args) == 0
    predictions = json.loads(printed.getvalue())
    labels = json.loads((CORPUS / "labels.json").read_text(encoding="utf-8"))
    scorer = load_scorer()
    result = scorer.score(labels, predictions)
    print("\nblind corpus 3 (Sydney conveyancing, spring daylight saving)\n" + scorer.table(result))
    return result


def test_labels_describe_the_committed_mailbox() -> None:
    """Every labelled message is a file in the Maildir, and every file is labelled exactly once."""
    labels = json.loads((CORPUS / "labels.json").read_text(encoding="utf-8"))
    labelled = [mid for thread in labels["threads"] for mid in thread["message_ids"]]
    files = [p for p in (CORPUS / "mail").rglob("*") if p.is_file() and p.parent.name in ("cur", "new")]
    assert len(labelled) == len(set(labelled)) == len(files)
    assert labels["me"] == ME and labels["now"] == NOW


@pytest.mark.parametrize("metric", sorted(FLOORS))
def test_scan_stays_above_the_measured_floor(scores: dict, metric: str) -> None:
    assert scores[metric] >= FLOORS[metric], f"{metric} fell to {scores[metric]:.3f} (floor {FLOORS[metric]})"
