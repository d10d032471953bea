"""Sentence-level precision/recall/F1 of the ask rules on the Parakweet Enron intent set.

Its labels are close to ours but not the same (it counts scheduling acceptances as intents and
has marketing rows), so this is a sanity check against overfitting the dev corpus, not a target.
Usage: python tools/measure_parakweet.py [PATH] [--errors N]
"""

from __future__ import annotations

import argparse
from pathlib import Path

from belt_tui.asks.detect import detect

DEFAULT = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "parakweet" / "Ask0729-fixed.txt"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", nargs="?", type=Path, default=DEFAULT)
    parser.add_argument("--errors", type=int, default=0, help="print this many false positives and negatives")
    args = parser.parse_args()
    rows = []
    for line in args.path.read_text(encoding="utf-8").splitlines():
        label, _, text = line.partition("\t")
        if text.strip():
            rows.append((label.strip() == "Yes", text.strip()))
    tp = fp = fn = 0
    false_pos, false_neg = [], []
    for gold, text in rows:
        predicted = detect(text) is not None
        tp += gold and predicted
        fp += predicted and not gold
        fn += gold and not predicted
        if predicted and not gold:
            false_pos.append(text)
        if gold and not predicted:
            false_neg.append(text)
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    print(f"rows {len(rows)}  precision {precision:.3f}  recall {recall:.3f}  F1 {f1:.3f}")
    for text in false_pos[: args.errors]:
        print("FP", text[:160])
    for text in false_neg[: args.errors]:
        print("FN", text[:160])


if __name__ == "__main__":
    main()
