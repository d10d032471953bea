# Vendored copy of ../shared/eval/score.py (the evaluation's scorer), so tests that score our own
# committed corpora run on a fresh clone without ../shared. Keep it identical to the original below.
"""Score Belt TUI predictions against a labeled mailbox corpus.

Usage:
    python3 score.py LABELS.json PREDICTIONS.json [--json]

Standard library only.  See README.md next to this file for the formats and
what each number means.
"""
import json
import re
import sys

STATES = ("needs_reply", "awaiting_them", "none")
ASK_THRESHOLD = 0.6


def norm_tokens(text):
    """Lowercase, keep word characters only; returns a set of tokens."""
    return set(re.findall(r"[^\W_]+", (text or "").lower()))


def jaccard(a, b):
    ta, tb = norm_tokens(a), norm_tokens(b)
    if not ta and not tb:
        return 1.0
    if not ta or not tb:
        return 0.0
    return len(ta & tb) / len(ta | tb)


def safe_div(a, b):
    return a / b if b else 0.0


def f1(p, r):
    return 2 * p * r / (p + r) if (p + r) else 0.0


def match_threads(gold, pred):
    """Map gold thread index -> predicted thread index.

    Each predicted thread is assigned to the gold thread with which it shares
    the most message ids (ties: the first such gold thread).  When several
    predicted threads pick the same gold thread, the one with the largest
    overlap keeps it (ties: the earlier prediction); each gold thread is
    matched at most once.
    """
    owner = {}
    for gi, g in enumerate(gold):
        for mid in g.get("message_ids", []):
            owner.setdefault(mid, gi)
    best = {}  # gold index -> (overlap, pred index)
    for pi, p in enumerate(pred):
        counts = {}
        for mid in set(p.get("message_ids", [])):
            if mid in owner:
                counts[owner[mid]] = counts.get(owner[mid], 0) + 1
        if not counts:
            continue
        top = max(counts.values())
        gi = min(g for g, c in counts.items() if c == top)
        cur = best.get(gi)
        if cur is None or top > cur[0]:
            best[gi] = (top, pi)
    return {gi: pi for gi, (ov, pi) in best.items()}


def score(labels, preds):
    gold_threads = labels.get("threads", [])
    pred_threads = preds.get("threads", [])
    tmap = match_threads(gold_threads, pred_threads)

    # ---- thread state -------------------------------------------------
    pairs = []
    for gi, g in enumerate(gold_threads):
        ps = pred_threads[tmap[gi]].get("state", "none") if gi in tmap else "none"
        if ps not in STATES:
            ps = "none"
        pairs.append((g["state"], ps))
    correct = sum(1 for g, p in pairs if g == p)
    per_state = {}
    for s in STATES:
        tp = sum(1 for g, p in pairs if g == s and p == s)
        fp = sum(1 for g, p in pairs if g != s and p == s)
        fn = sum(1 for g, p in pairs if g == s and p != s)
        pr, rc = safe_div(tp, tp + fp), safe_div(tp, tp + fn)
        per_state[s] = {"precision": pr, "recall": rc, "f1": f1(pr, rc), "support": tp + fn}
    macro_f1 = sum(per_state[s]["f1"] for s in STATES) / len(STATES)

    # ---- thread grouping ----------------------------------------------
    exact = 0
    for gi, g in enumerate(gold_threads):
        if gi in tmap and set(pred_threads[tmap[gi]].get("message_ids", [])) == set(g["message_ids"]):
            exact += 1

    # ---- asks -----------------------------------------------------------
    gold_asks = [a for g in gold_threads for a in g.get("asks", [])]
    pred_asks = [a for p in pred_threads for a in p.get("asks", [])]
    cands = []
    for gi, ga in enumerate(gold_asks):
        for pi, pa in enumerate(pred_asks):
            if ga["message_id"] != pa.get("message_id"):
                continue
            sim = jaccard(ga["text"], pa.get("text", ""))
            if sim >= ASK_THRESHOLD:
                cands.append((-sim, gi, pi))
    cands.sort()
    used_g, used_p, matched = set(), set(), []
    for negsim, gi, pi in cands:
        if gi in used_g or pi in used_p:
            continue
        used_g.add(gi)
        used_p.add(pi)
        matched.append((gi, pi, -negsim))
    tp = len(matched)
    ask_p = safe_div(tp, len(pred_asks))
    ask_r = safe_div(tp, len(gold_asks))
    owner_ok = sum(1 for gi, pi, _ in matched
                   if (gold_asks[gi].get("owner") or "").strip().lower()
                   == (pred_asks[pi].get("owner") or "").strip().lower())
    due_pairs = [(gold_asks[gi].get("due"), pred_asks[pi].get("due")) for gi, pi, _ in matched
                 if gold_asks[gi].get("due")]
    due_ok = sum(1 for g, p in due_pairs if p == g)

    return {
        "threads_gold": len(gold_threads),
        "threads_predicted": len(pred_threads),
        "threads_matched": len(tmap),
        "state_accuracy": safe_div(correct, len(gold_threads)),
        "state_macro_f1": macro_f1,
        "state_per_class": per_state,
        "grouping_exact": safe_div(exact, len(gold_threads)),
        "asks_gold": len(gold_asks),
        "asks_predicted": len(pred_asks),
        "asks_matched": tp,
        "ask_precision": ask_p,
        "ask_recall": ask_r,
        "ask_f1": f1(ask_p, ask_r),
        "owner_accuracy": safe_div(owner_ok, tp),
        "owner_evaluated": tp,
        "due_accuracy": safe_div(due_ok, len(due_pairs)),
        "due_evaluated": len(due_pairs),
    }


def table(r):
    rows = [
        ("threads (gold / predicted / matched)",
         "%d / %d / %d" % (r["threads_gold"], r["threads_predicted"], r["threads_matched"])),
        ("thread grouping (exact)", "%.3f" % r["grouping_exact"]),
        ("state accuracy", "%.3f" % r["state_accuracy"]),
        ("state macro-F1", "%.3f" % r["state_macro_f1"]),
    ]
    for s in STATES:
        c = r["state_per_class"][s]
        rows.append(("  %s  P/R/F1 (n=%d)" % (s, c["support"]),
                     "%.3f / %.3f / %.3f" % (c["precision"], c["recall"], c["f1"])))
    rows += [
        ("asks (gold / predicted / matched)",
         "%d / %d / %d" % (r["asks_gold"], r["asks_predicted"], r["asks_matched"])),
        ("ask precision", "%.3f" % r["ask_precision"]),
        ("ask recall", "%.3f" % r["ask_recall"]),
        ("ask F1", "%.3f" % r["ask_f1"]),
        ("owner accuracy (matched asks, n=%d)" % r["owner_evaluated"], "%.3f" % r["owner_accuracy"]),
        ("due accuracy (matched, gold due set, n=%d)" % r["due_evaluated"], "%.3f" % r["due_accuracy"]),
    ]
    w = max(len(a) for a, _ in rows)
    return "\n".join("%-*s  %s" % (w, a, b) for a, b in rows)


def main(argv):
    args = [a for a in argv[1:] if a != "--json"]
    if len(args) != 2:
        sys.stderr.write(__doc__)
        return 2
    with open(args[0], encoding="utf-8") as f:
        labels = json.load(f)
    with open(args[1], encoding="utf-8") as f:
        preds = json.load(f)
    r = score(labels, preds)
    if "--json" in argv:
        print(json.dumps(r, sort_keys=True))
    else:
        print(table(r))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
