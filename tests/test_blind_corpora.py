"""Regression guards on the blind held-out corpora: how well the ask engine generalises beyond the dev set.

Each corpus under tests/ was written from the labelling rules alone, without reading the engine, with other
people, matters, practice areas, time zones and "now" than the dev corpus. Each is scanned exactly as a user
runs `belt scan --json` and graded by the evaluation scorer (vendored in tests/eval; `pytest -s` prints the
tables). A floor sits 0.05 below a measured score, so a test fails only when generalisation gets clearly
worse; it says nothing about how good it is. Raise floors as the engine improves, never lower them to make a
change pass. Once the engine's rules were tuned with a corpus in view, its scores flatter the engine: the
honest held-out figure is the first measurement its README records.
"""

from __future__ import annotations

import contextlib
import importlib.util
import io
import json
import os
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

import pytest

from belt_tui.cli import main

TESTS = Path(__file__).parent
SCORER = Path(os.environ.get("BELT_SCORER", TESTS / "eval" / "score.py"))


@dataclass(frozen=True)
class BlindCorpus:
    folder: str
    me: str
    now: str
    floors: dict[str, float]
    """Minimum scores; where they come from is said beside each corpus."""

    @property
    def root(self) -> Path:
        return TESTS / self.folder

    def labels(self) -> dict:
        return json.loads((self.root / "labels.json").read_text(encoding="utf-8"))


CORPORA = {
    # A Seattle firm, March: floors 0.05 under engine version 2, whose rules were developed with it in view.
    "blind": BlindCorpus(
        "corpus_blind",
        "rquist@calderlowe.com",
        "2026-03-11T08:30:00-07:00",
        {
            "grouping_exact": 0.95,
            "state_accuracy": 0.95,
            "state_macro_f1": 0.95,
            "ask_precision": 0.941,
            "ask_recall": 0.95,
            "ask_f1": 0.945,
            "owner_accuracy": 0.95,
            "due_accuracy": 0.934,
        },
    ),
    # In-house counsel in London across the October clock change: floors 0.05 under engine version 7, whose
    # last rules were written with its misses in view (its last unseen score: ask F1 0.931, engine version 5).
    "blind2": BlindCorpus(
        "corpus_blind2",
        "niamh.garrity@calderbrook.co.uk",
        "2025-10-30T09:15:00+00:00",
        {
            "grouping_exact": 0.95,
            "state_accuracy": 0.91,
            "state_macro_f1": 0.904,
            "ask_precision": 0.906,
            "ask_recall": 0.931,
            "ask_f1": 0.918,
            "owner_accuracy": 0.937,
            "due_accuracy": 0.861,
        },
    ),
    # A Sydney conveyancing solicitor across the October daylight-saving change: floors 0.05 under engine
    # version 7, tuned with its misses in view (its first, unseen score, engine version 3: ask F1 0.912).
    "blind3": BlindCorpus(
        "corpus_blind3",
        "maeve.kilbride@wattlequill.test",
        "2026-10-08T09:00:00+11:00",
        {
            "grouping_exact": 0.95,
            "state_accuracy": 0.909,
            "state_macro_f1": 0.908,
            "ask_precision": 0.943,
            "ask_recall": 0.931,
            "ask_f1": 0.937,
            "owner_accuracy": 0.95,
            "due_accuracy": 0.856,
        },
    ),
    # A Toronto employment lawyer the week after North American clocks went back: floors 0.05 under its
    # first, unseen measurement (engine version 7).
    "blind4": BlindCorpus(
        "corpus_blind4",
        "claire.desrosiers@lindenhallpryce.test",
        "2026-11-05T09:00:00-05:00",
        {
            "grouping_exact": 0.95,
            "state_accuracy": 0.736,
            "state_macro_f1": 0.724,
            "ask_precision": 0.899,
            "ask_recall": 0.805,
            "ask_f1": 0.85,
            "owner_accuracy": 0.941,
            "due_accuracy": 0.709,
        },
    ),
    # A Hong Kong disputes associate in December (no daylight saving; London, Sydney, New York around her):
    # floors 0.05 under its first, unseen measurement (engine version 11).
    "blind5": BlindCorpus(
        "corpus_blind5",
        "joanna.kwok@ashcombeleung.test",
        "2026-12-02T10:00:00+08:00",
        {
            "grouping_exact": 0.93,
            "state_accuracy": 0.93,
            "state_macro_f1": 0.932,
            "ask_precision": 0.899,
            "ask_recall": 0.792,
            "ask_f1": 0.842,
            "owner_accuracy": 0.95,
            "due_accuracy": 0.7,
        },
    ),
    # A Palo Alto startup lawyer in December, founders writing like chat: floors 0.05 under its first, unseen
    # measurement (engine version 13, on the labels as corrected after it: see its README).
    "blind6": BlindCorpus(
        "corpus_blind6",
        "leah.brandt@arroyobrandt.test",
        "2026-12-14T08:30:00-08:00",
        {
            "grouping_exact": 0.931,
            "state_accuracy": 0.856,
            "state_macro_f1": 0.848,
            "ask_precision": 0.893,
            "ask_recall": 0.803,
            "ask_f1": 0.846,
            "owner_accuracy": 0.95,
            "due_accuracy": 0.832,
        },
    ),
    # In-house counsel at a Rotterdam logistics group in January, colleagues writing English as a second
    # language: floors 0.05 under its first, unseen measurement (engine version 14).
    "blind7": BlindCorpus(
        "corpus_blind7",
        "femke.hoogendijk@noordkade.test",
        "2027-01-06T09:15:00+01:00",
        {
            "grouping_exact": 0.932,
            "state_accuracy": 0.861,
            "state_macro_f1": 0.851,
            "ask_precision": 0.898,
            "ask_recall": 0.757,
            "ask_f1": 0.822,
            "owner_accuracy": 0.95,
            "due_accuracy": 0.603,
        },
    ),
    # A Miami immigration lawyer in March, clients writing short mobile mail with Spanish in it: floors 0.05
    # under its first, unseen measurement (engine version 15, on the labels as corrected after it).
    "blind8": BlindCorpus(
        "corpus_blind8",
        "adriana@castellanosimmigration.test",
        "2027-03-08T08:45:00-05:00",
        {
            "grouping_exact": 0.928,
            "state_accuracy": 0.776,
            "state_macro_f1": 0.775,
            "ask_precision": 0.89,
            "ask_recall": 0.824,
            "ask_f1": 0.856,
            "owner_accuracy": 0.942,
            "due_accuracy": 0.833,
        },
    ),
    # A Johannesburg conveyancing and litigation attorney in March, South African English: floors 0.05 under
    # its first, unseen measurement (engine version 16, on the labels as corrected after it).
    "blind9": BlindCorpus(
        "corpus_blind9",
        "lerato.dlamini@kgosivanwyk.test",
        "2027-03-16T08:00:00+02:00",
        {
            "grouping_exact": 0.928,
            "state_accuracy": 0.907,
            "state_macro_f1": 0.905,
            "ask_precision": 0.89,
            "ask_recall": 0.83,
            "ask_f1": 0.863,
            "owner_accuracy": 0.95,
            "due_accuracy": 0.815,
        },
    ),
    # A Dublin employment and insurance-defence partner before Easter, Irish English: floors 0.05 under its
    # first, unseen measurement (engine version 18, on the labels as corrected after it).
    "blind10": BlindCorpus(
        "corpus_blind10",
        "niamh.brennan@kilbrideoneill.test",
        "2027-03-25T09:10:00+00:00",
        {
            "grouping_exact": 0.93,
            "state_accuracy": 0.813,
            "state_macro_f1": 0.809,
            "ask_precision": 0.838,
            "ask_recall": 0.787,
            "ask_f1": 0.812,
            "owner_accuracy": 0.921,
            "due_accuracy": 0.679,
        },
    ),
    # A Chicago personal-injury partner after Thanksgiving, adjusters' letters and mobile mail: floors
    # 0.05 under its first, unseen measurement (engine version 19, on the labels as corrected after it).
    "blind11": BlindCorpus(
        "corpus_blind11",
        "nora.castellano@kestrelvance.test",
        "2026-11-30T09:00:00-06:00",
        {
            "grouping_exact": 0.912,
            "state_accuracy": 0.796,
            "state_macro_f1": 0.786,
            "ask_precision": 0.873,
            "ask_recall": 0.782,
            "ask_f1": 0.825,
            "owner_accuracy": 0.926,
            "due_accuracy": 0.853,
        },
    ),
    # An Auckland employment and property senior associate before daylight saving ends: floors 0.05 under
    # its first, unseen measurement (engine version 20, on the labels as corrected after it).
    "blind12": BlindCorpus(
        "corpus_blind12",
        "ngaio.parata@kowhaipartners.test",
        "2027-04-01T09:00:00+13:00",
        {
            "grouping_exact": 0.927,
            "state_accuracy": 0.857,
            "state_macro_f1": 0.857,
            "ask_precision": 0.896,
            "ask_recall": 0.896,
            "ask_f1": 0.896,
            "owner_accuracy": 0.939,
            "due_accuracy": 0.844,
        },
    ),
    # A Bengaluru corporate and disputes associate in April, Indian English: floors 0.05 under its first,
    # unseen measurement (engine version 21, the last of this session, on the labels as corrected after it).
    "blind13": BlindCorpus(
        "corpus_blind13",
        "ananya.rao@kaverilegal.test",
        "2027-04-12T10:00:00+05:30",
        {
            "grouping_exact": 0.912,
            "state_accuracy": 0.835,
            "state_macro_f1": 0.839,
            "ask_precision": 0.902,
            "ask_recall": 0.87,
            "ask_f1": 0.886,
            "owner_accuracy": 0.95,
            "due_accuracy": 0.771,
        },
    ),
}


def load_scorer() -> ModuleType:
    if not SCORER.is_file():
        pytest.fail(f"the shared scorer is missing: {SCORER} (set BELT_SCORER to its path)", pytrace=False)
    spec = importlib.util.spec_from_file_location("belt_eval_score", SCORER)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def scores(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict]:
    """Each corpus scanned once through the CLI, with every XDG directory pointed at a scratch folder."""
    scorer = load_scorer()
    scratch = tmp_path_factory.mktemp("blind")
    results = {}
    with pytest.MonkeyPatch.context() as patch:
        for name in ("XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME"):
            patch.setenv(name, str(scratch / name.lower()))
        for name, corpus in CORPORA.items():
            args = ["scan", "--maildir", str(corpus.root / "mail"), "--me", corpus.me, "--now", corpus.now]
            printed = io.StringIO()
            with contextlib.redirect_stdout(printed):
                assert main([*args, "--json", "--no-cache"]) == 0
            results[name] = scorer.score(corpus.labels(), json.loads(printed.getvalue()))
            print(f"\n{name} ({corpus.folder})\n" + scorer.table(results[name]))
    return results


@pytest.mark.parametrize("name", sorted(CORPORA))
def test_labels_describe_the_committed_mailbox(name: str) -> None:
    """Every labelled message is a file in the Maildir, and every file is labelled exactly once."""
    corpus = CORPORA[name]
    labels = corpus.labels()
    # git keeps no empty folders, so a fresh clone may lack new/: an absent folder holds no mail.
    files = [p for p in (corpus.root / "mail").rglob("*") if p.is_file() and p.parent.name in ("cur", "new")]
    labelled = [mid for thread in labels["threads"] for mid in thread["message_ids"]]
    assert (labels["me"], labels["now"]) == (corpus.me, corpus.now)
    assert len(labelled) == len(set(labelled)) == len(files)


@pytest.mark.parametrize("name", sorted(CORPORA))
def test_scores_stay_above_their_floors(scores: dict[str, dict], name: str) -> None:
    floors = CORPORA[name].floors
    below = {metric: (round(scores[name][metric], 3), floor) for metric, floor in floors.items()}
    below = {metric: pair for metric, pair in below.items() if pair[0] < pair[1]}
    assert not below, f"{name}: scores below their floors (score, floor): {below}"
