#!/usr/bin/env python3
"""Validate key.tsv against the PolNeAR train split (stdlib only).

Usage: python3 check_key.py [CORPUS_DIR] [KEY_TSV]
  CORPUS_DIR defaults to /work/shared/corpora/polnear-train
  KEY_TSV    defaults to key.tsv next to this script

Checks that every row matches a Source span in the first .ann file (by sorted
name) of its article, that every Source span of each sampled article has
exactly one row, that the field values are valid and that `heldback` follows
the held-back rule; then prints counts per type. Exits 1 on any error.
No article text is read into or printed from the key.
"""
import collections
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = sys.argv[1] if len(sys.argv) > 1 else '/work/shared/corpora/polnear-train'
KEY = sys.argv[2] if len(sys.argv) > 2 else os.path.join(HERE, 'key.tsv')

HEADER = ['article', 'start', 'end', 'type', 'antecedent_type', 'generic',
          'reason_given', 'is_pronoun_form', 'heldback', 'note']
TYPES = ['named_person', 'named_organisation', 'pronoun', 'unnamed_individual',
         'unnamed_group', 'document', 'other']
ANTE = set(TYPES) - {'pronoun'} | {'-'}
YN = {'yes', 'no'}


def first_ann(ann_dir, name):
    pat = re.compile(re.escape(name) + r'_[^_]+\.ann$')
    cands = sorted(f for f in os.listdir(ann_dir) if pat.match(f))
    return os.path.join(ann_dir, cands[0]) if cands else None


def source_spans(path):
    """(first START, last END) of every Source span, as a Counter."""
    spans = collections.Counter()
    with open(path, encoding='utf-8') as f:
        for line in f:
            parts = line.rstrip('\n').split('\t')
            if len(parts) < 2 or not parts[0].startswith('T'):
                continue
            role, _, offs = parts[1].partition(' ')
            if role != 'Source':
                continue
            segs = [s.split() for s in offs.split(';')]
            spans[(int(segs[0][0]), int(segs[-1][1]))] += 1
    return spans


def main():
    errors = []
    names = sorted(f[:-4] for f in os.listdir(os.path.join(CORPUS, 'text'))
                   if f.endswith('.txt'))
    index = {n: i for i, n in enumerate(names)}
    ann_dir = os.path.join(CORPUS, 'attributions')

    with open(KEY, encoding='utf-8') as f:
        lines = f.read().split('\n')
    if lines[0].split('\t') != HEADER:
        errors.append('bad header')
    rows = [l.split('\t') for l in lines[1:] if l.strip()]

    by_article = collections.defaultdict(collections.Counter)
    for ln, r in enumerate(rows, start=2):
        if len(r) != len(HEADER):
            errors.append('line %d: %d fields' % (ln, len(r)))
            continue
        art, s, e, typ, ante, gen, rea, pf, hb, note = r
        if art not in index:
            errors.append('line %d: unknown article %s' % (ln, art))
            continue
        if typ not in TYPES:
            errors.append('line %d: bad type %s' % (ln, typ))
        if ante not in ANTE:
            errors.append('line %d: bad antecedent_type %s' % (ln, ante))
        if typ == 'pronoun' and ante not in ('named_person', 'named_organisation'):
            errors.append('line %d: pronoun needs a named antecedent' % ln)
        for v in (gen, rea, pf, hb):
            if v not in YN:
                errors.append('line %d: bad yes/no value %s' % (ln, v))
        if hb != ('yes' if index[art] % 5 == 4 else 'no'):
            errors.append('line %d: heldback flag does not follow i %% 5 == 4' % ln)
        by_article[art][(int(s), int(e))] += 1

    for art, keyed in sorted(by_article.items()):
        path = first_ann(ann_dir, art)
        if path is None:
            errors.append('%s: no .ann file' % art)
            continue
        gold = source_spans(path)
        for span in keyed - gold:
            errors.append('%s %s: row matches no Source span in %s'
                          % (art, span, os.path.basename(path)))
        for span in gold - keyed:
            errors.append('%s %s: Source span has no row' % (art, span))

    # counts
    overall = collections.Counter(r[3] for r in rows if len(r) == len(HEADER))
    held = collections.Counter(r[3] for r in rows if len(r) == len(HEADER) and r[8] == 'yes')
    rest = overall - held
    arts = set(by_article)
    n_held = sum(1 for a in arts if index.get(a, 0) % 5 == 4)
    print('articles: %d (held-back %d, rest %d); Source spans: %d'
          % (len(arts), n_held, len(arts) - n_held, len(rows)))
    print('%-20s %8s %9s %6s' % ('type', 'overall', 'heldback', 'rest'))
    for t in TYPES:
        print('%-20s %8d %9d %6d' % (t, overall[t], held[t], rest[t]))
    anon = lambda c: c['unnamed_individual'] + c['unnamed_group']
    print('%-20s %8d %9d %6d' % ('ANONYMOUS (ui+ug)', anon(overall), anon(held), anon(rest)))
    gen = sum(1 for r in rows if len(r) == len(HEADER) and r[5] == 'yes')
    rea = sum(1 for r in rows if len(r) == len(HEADER) and r[6] == 'yes')
    print('generic=yes: %d; reason_given=yes: %d' % (gen, rea))

    if errors:
        print('\nFAILED: %d error(s)' % len(errors))
        for e in errors[:50]:
            print('  ' + e)
        sys.exit(1)
    print('\nOK: every row matches a Source span and every Source span has a row')


if __name__ == '__main__':
    main()
