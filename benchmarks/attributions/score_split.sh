#!/bin/sh
# Scores the `suggest` command's attributions on PolNeAR's train split, the tune part (i % 5 != 4 over the
# sorted article names), its development fifth (i % 5 == 3, part of tune; a tagger trained with `dev`
# never saw it) and the held-back fifth (i % 5 == 4) separately, with ../shared/tools/score_attributions.py.
# usage (from the project folder, after
#   ./mvnw -B -o -q compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt):
#   benchmarks/attributions/score_split.sh [CORPUS_DIR] [WORK_DIR]
# Prints one table per part. No corpus text is written into the project: the parts are folders of links
# under WORK_DIR (default /tmp/polnear-parts).
set -eu
CORPUS=${1:-/work/shared/corpora/polnear-train}
WORK=${2:-/tmp/polnear-parts}
SCORER=${SCORER:-/work/shared/tools/score_attributions.py}
JAVA=${JAVA:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}
CP="${EXTRA_CP:+$EXTRA_CP:}target/classes:$(cat target/cp.txt)"
JAVA_OPTS=${JAVA_OPTS:-}
rm -rf "$WORK" && mkdir -p "$WORK"
python3 - "$CORPUS" "$WORK" <<'PY'
import os, sys
corpus, work = sys.argv[1], sys.argv[2]
names = sorted(f[:-4] for f in os.listdir(os.path.join(corpus, 'text')) if f.endswith('.txt'))
dates = {}
for line in open(os.path.join(corpus, 'metadata.tsv'), encoding='utf-8').read().splitlines()[1:]:
    cols = line.split('\t')
    dates[cols[1]] = cols[5]
anns = sorted(os.listdir(os.path.join(corpus, 'attributions')))
for part in ('tune', 'dev', 'heldback'):
    for sub in ('text', 'attributions'):
        os.makedirs(os.path.join(work, part, sub))
for i, n in enumerate(names):
  for part in (['heldback'] if i % 5 == 4 else ['tune', 'dev'] if i % 5 == 3 else ['tune']):
    os.symlink(os.path.join(corpus, 'text', n + '.txt'), os.path.join(work, part, 'text', n + '.txt'))
    with open(os.path.join(work, part, 'text', 'dates.tsv'), 'a') as d:
      if dates.get(n, '')[:4].isdigit():
          d.write(n + '\t' + dates[n][:10] + '\n')
    for a in anns:
      if a.startswith(n + '_') and len(a) == len(n) + 9:
        os.symlink(os.path.join(corpus, 'attributions', a), os.path.join(work, part, 'attributions', a))
PY
for part in ${PARTS:-tune dev heldback}; do
  n=$(ls "$WORK/$part/text" | grep -c '\.txt$')
  start=$(date +%s.%N)
  "$JAVA" $JAVA_OPTS -cp "$CP" org.corroborate.Application suggest --out "$WORK/$part.jsonl" "$WORK/$part/text" >/dev/null
  end=$(date +%s.%N)
  echo "== $part: $n articles, suggest took $(python3 -c "print(round($end-$start,1))") s (JVM start and cleaning included)"
  python3 "$SCORER" "$WORK/$part.jsonl" "$WORK/$part"
done
if [ -f "$WORK/tune.jsonl" ] && [ -f "$WORK/heldback.jsonl" ]; then
  echo "== source mentions against benchmarks/anonymous-sources/key.tsv"
  cat "$WORK/tune.jsonl" "$WORK/heldback.jsonl" > "$WORK/all.jsonl"
  python3 benchmarks/anonymous-sources/score_sources.py "$WORK/all.jsonl"
fi
