#!/usr/bin/python3
"""The topic-model peer of `jobs/benchmark topics` (issue 14): gensim's LdaModel on the same corpus, scored
the same way as Parallax's topics: mean NPMI of each topic's top 10 terms over document co-occurrence in
the corpus (-1 for two terms never in one document), the dominant topic's NMI (arithmetic normalisation)
and ARI against a label field, wall time and peak memory. Needs python3-gensim (Debian package); prints
one line starting with "peer".

usage: topics_gensim.py --input FILE.jsonl[.gz] --label FIELD --k K [--passes N] [--seed S]
"""
import argparse, gzip, itertools, json, math, re, resource, sys, time
from collections import Counter

from gensim.corpora import Dictionary
from gensim.models import LdaModel
from gensim.parsing.preprocessing import STOPWORDS

WORD = re.compile(r"[^\W\d_][\w'-]*", re.UNICODE)


def tokens(text):
    return [w for w in (m.group(0).lower().strip("'-") for m in WORD.finditer(text or ""))
            if len(w) >= 2 and w not in STOPWORDS]


def npmi(docs, top):
    want = set(itertools.chain.from_iterable(top))
    single, pair = Counter(), Counter()
    for d in docs:
        present = sorted(want.intersection(d))
        single.update(present)
        pair.update(itertools.combinations(present, 2))
    n = len(docs)
    scores = []
    for t in top:
        s = []
        for a, b in itertools.combinations(t, 2):
            ab = pair[tuple(sorted((a, b)))]
            if ab == 0:
                s.append(-1.0)
                continue
            pab = ab / n
            s.append(1.0 if pab >= 1 else math.log(pab / ((single[a] / n) * (single[b] / n))) / -math.log(pab))
        scores.append(sum(s) / len(s) if s else float("nan"))
    return scores


def nmi_ari(pred, gold):
    n = len(pred)
    cells, a, b = Counter(zip(pred, gold)), Counter(pred), Counter(gold)
    mi = sum(v / n * math.log(n * v / (a[p] * b[g])) for (p, g), v in cells.items())
    ha = -sum(v / n * math.log(v / n) for v in a.values())
    hb = -sum(v / n * math.log(v / n) for v in b.values())
    nmi = 1.0 if ha + hb == 0 else 2 * mi / (ha + hb)
    c2 = lambda x: x * (x - 1) / 2
    index = sum(c2(v) for v in cells.values())
    sa, sb = sum(c2(v) for v in a.values()), sum(c2(v) for v in b.values())
    expected = sa * sb / c2(n)
    top = (sa + sb) / 2
    ari = 1.0 if top == expected else (index - expected) / (top - expected)
    return nmi, ari


def peak_rss_mb():
    """This process's peak resident memory (VmHWM: unlike ru_maxrss, not inherited from the parent on exec)."""
    try:
        with open("/proc/self/status") as f:
            for line in f:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--input", required=True)
    ap.add_argument("--label", default="label")
    ap.add_argument("--k", type=int, default=10)
    ap.add_argument("--passes", type=int, default=5)
    ap.add_argument("--seed", type=int, default=42)
    args = ap.parse_args()
    opener = gzip.open if args.input.endswith(".gz") else open
    texts, labels = [], []
    with opener(args.input, "rt", encoding="utf-8") as f:
        for line in f:
            try:
                r = json.loads(line)
            except ValueError:
                continue
            texts.append(tokens(r.get("text")))
            labels.append(r.get(args.label))
    t0 = time.time()
    dictionary = Dictionary(texts)
    dictionary.filter_extremes(no_below=5, no_above=0.5, keep_n=10000)
    bows = [dictionary.doc2bow(t) for t in texts]
    lda = LdaModel(bows, id2word=dictionary, num_topics=args.k, passes=args.passes, random_state=args.seed)
    dominant = [max(lda.get_document_topics(b, minimum_probability=0.0), key=lambda x: x[1])[0] for b in bows]
    seconds = time.time() - t0
    top = [[dictionary[i] for i, _ in lda.get_topic_terms(t, topn=10)] for t in range(args.k)]
    sets = [set(t) for t in texts]
    scores = npmi(sets, top)
    labelled = [(p, g) for p, g in zip(dominant, labels) if g is not None]
    nmi, ari = nmi_ari([p for p, _ in labelled], [g for _, g in labelled])
    peak_mb = peak_rss_mb()
    print("peer gensim %s LdaModel k=%d passes=%d: NPMI mean %.4f; dominant topic vs %s NMI %.4f ARI %.4f; "
          "%.1f s (dictionary, training, inference), peak RSS %.0f MB"
          % (__import__("gensim").__version__, args.k, args.passes, sum(scores) / len(scores), args.label, nmi,
             ari, seconds, peak_mb))


if __name__ == "__main__":
    sys.exit(main())
