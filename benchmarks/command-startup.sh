#!/usr/bin/env bash
# Wall time of a headless `export` of a one-article project, for issue 16's "< 3 s" goal (BENCHMARKS.md).
# Usage: benchmarks/command-startup.sh target/corroborate-0.1.0-SNAPSHOT.jar [runs]
# Extracts the production jar (Spring Boot's jarmode=tools), trains a JDK AOT cache on one command, then times the
# command eagerly (the whole context), lazily (what the command uses, the default since issue 16), with the AOT cache,
# with the AOT cache and C1 only, and through the ./corroborate launcher (which makes and uses such a cache itself).
# Uses a throw-away data folder; prints the median of each.
set -euo pipefail
jar=${1:?production jar}
runs=${2:-3}
java=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export CORROBORATE_DATA_DIR=$work/data CORROBORATE_DEMO_ENABLED=false
"$java" -Djarmode=tools -jar "$jar" extract --destination "$work/app" >/dev/null
app=$work/app/$(basename "$jar")
article=$(ls "$(dirname "$0")"/../fixtures/articles/*.txt | head -1)
"$java" -jar "$app" import --project One --create "$article" >/dev/null 2>&1
# Training run: the classes an export loads and links go into the cache (JDK 25, JEP 514/515).
"$java" -XX:AOTCacheOutput="$work/app/corroborate.aot" -jar "$app" export --project One --format xlsx \
  --out "$work/train.xlsx" --unfinished >/dev/null 2>&1
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
measure() {
  local label=$1; shift
  for i in $(seq "$runs"); do
    rm -f "$work/out.xlsx"
    /usr/bin/time -f "%e" -o "$work/t" "$java" "$@" -jar "$app" export --project One --format xlsx \
      --out "$work/out.xlsx" --unfinished >/dev/null 2>&1
    cat "$work/t"
  done | median | xargs printf "%-28s %s s\n" "$label"
}
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
measure "eager context" -Dspring.main.lazy-initialization=false
measure "lazy (default)"
measure "lazy + AOT cache" -XX:AOTCache="$work/app/corroborate.aot"
measure "lazy + AOT cache + C1 only" -XX:AOTCache="$work/app/corroborate.aot" -XX:TieredStopAtLevel=1
# The launcher users call (./corroborate): its first database command makes the cache (timed once), later ones use it.
launcher=$(dirname "$0")/../corroborate
export CORROBORATE_JAR=$jar CORROBORATE_APP_DIR=$work/launcher
/usr/bin/time -f "%e" -o "$work/t" "$launcher" export --project One --format xlsx --out "$work/out.xlsx" \
  --unfinished >/dev/null 2>&1
printf "%-28s %s s\n" "./corroborate, first call" "$(cat "$work/t")"
for i in $(seq "$runs"); do
  rm -f "$work/out.xlsx"
  /usr/bin/time -f "%e" -o "$work/t" "$launcher" export --project One --format xlsx --out "$work/out.xlsx" \
    --unfinished >/dev/null 2>&1
  cat "$work/t"
done | median | xargs printf "%-28s %s s\n" "./corroborate, later calls"
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
