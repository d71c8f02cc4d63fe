#!/usr/bin/env python3
"""Scores the `suggest` command's source mentions (layer "source") against key.tsv.

usage: python3 score_sources.py SUGGESTIONS.jsonl [KEY_TSV]
Only the key's articles count; rows are split into the rest and the held-back articles (key column heldback).
- anonymous recall: key spans typed unnamed_individual/unnamed_group overlapped by a suggestion labelled
  unnamed-individual or unnamed-group;
- anonymous precision: suggestions labelled unnamed-* that overlap an anonymous key span, over all suggestions
  labelled unnamed-* in those articles (a suggestion over no key Source span counts as wrong);
- type accuracy: over suggestions that overlap a key span, the share whose label is the key's type
  (pronoun = a pronoun of a named referent; a pronoun of an unnamed one must carry the unnamed type).
Offsets are code points, as both files have them. No article text is read."""
import collections, json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
key_path = sys.argv[2] if len(sys.argv) > 2 else os.path.join(HERE, 'key.tsv')
ANON = {'unnamed_individual', 'unnamed_group'}
rows = [l.rstrip('\n').split('\t') for l in open(key_path, encoding='utf-8')][1:]
key = collections.defaultdict(list)
held = {}
for r in rows:
    if len(r) < 10: continue
    key[r[0]].append((int(r[1]), int(r[2]), r[3], r[5]))
    held[r[0]] = r[8] == 'yes'
sugg = collections.defaultdict(list)
for line in open(sys.argv[1], encoding='utf-8'):
    o = json.loads(line)
    if o['layer'] != 'source': continue
    doc = os.path.splitext(os.path.basename(o['file']))[0]
    sugg[doc].append((o['start'], o['end'], o['label'].replace('-', '_')))
ov = lambda a, b: a[0] < b[1] and b[0] < a[1]
for part, want in (('rest', False), ('held-back', True), ('all', None)):
    c = collections.Counter()
    for doc, spans in key.items():
        if want is not None and held[doc] != want: continue
        ps = sugg.get(doc, [])
        for k in spans:
            if k[2] in ANON:
                c['gold_anon'] += 1
                c['found_anon'] += any(ov(p, k) and p[2] in ANON for p in ps)
                c['found_anon_strict'] += k[3] == 'no' and any(ov(p, k) and p[2] in ANON for p in ps)
                c['gold_anon_strict'] += k[3] == 'no'
        for p in ps:
            hits = [k for k in spans if ov(p, k)]
            if p[2] in ANON:
                c['pred_anon'] += 1
                c['pred_anon_right'] += any(k[2] in ANON for k in hits)
                c['pred_anon_on_key'] += bool(hits)
            if hits:
                c['typed'] += 1
                c['typed_right'] += any(k[2] == p[2] for k in hits)
        c['key_spans'] += len(spans)
        c['key_found'] += sum(1 for k in spans if any(ov(p, k) for p in ps))
    d = lambda a, b: c[a] / c[b] if c[b] else 0.0
    print(f"{part}: anonymous recall {d('found_anon','gold_anon'):.3f} ({c['found_anon']}/{c['gold_anon']}), "
          f"precision {d('pred_anon_right','pred_anon'):.3f} ({c['pred_anon_right']}/{c['pred_anon']}; "
          f"{d('pred_anon_right','pred_anon_on_key'):.3f} of those on a key span); strict (no generic) recall "
          f"{d('found_anon_strict','gold_anon_strict'):.3f}; type right {d('typed_right','typed'):.3f} "
          f"({c['typed_right']}/{c['typed']}); key spans with any mention {d('key_found','key_spans'):.3f}")
