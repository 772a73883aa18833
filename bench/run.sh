#!/usr/bin/env bash
# Benchmark: subtitle-qc:check over a corpus from ../shared/bench/gen_corpus.py, through a real
# Maven build; prints wall time, peak memory, throughput, and our counts next to the generator's
# expected counts (bench/counts.py; overlaps cue by cue) and exits 1 when one differs.
# Usage: bench/run.sh [small|large|tiny|x20k]   (default: large; x20k: 20,000 files of 100 cues)
# The first run starts without a result cache; RERUN=1 runs the same build again, taking the
# unchanged files from the cache, and prints both check times. FORMATS=console,json,... picks the
# report formats (default: the bench POM's); MAVEN_OPTS is passed on (e.g. -Xmx128m).
set -euo pipefail
preset=${1:-large}
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
gen="$root/../shared/bench/gen_corpus.py"
corpus="$here/target/corpus"

if [ ! -f "$corpus/$preset/manifest.json" ]; then
  if [ "$preset" = x20k ]; then
    python3 "$gen" "$corpus/x20k" --files 20000 --cues 100 --seed 20000
  else
    python3 "$gen" --preset "$preset" --root "$corpus"
  fi
fi
(cd "$root" && mvn -q -B install -pl maven-plugin -am -DskipTests -Dinvoker.skip=true)

log="$here/target/bench-$preset.log"
formats=()
if [ -n "${FORMATS:-}" ]; then formats=(-Dsubtitleqc.formats="$FORMATS"); fi
rm -f "$here/target/subtitle-qc/cache.bin"
/usr/bin/time -v -o "$here/target/time-$preset.txt" \
  mvn -B -f "$here/pom.xml" verify -Dcorpus.dir="$corpus/$preset" "${formats[@]}" >"$log" 2>&1 || { tail -40 "$log"; exit 1; }
grep -E "files checked and reported in" "$log" | sed 's/^/first run: /' || true
if [ "${RERUN:-0}" = 1 ]; then
  /usr/bin/time -v -o "$here/target/time-$preset-rerun.txt" \
    mvn -B -f "$here/pom.xml" verify -Dcorpus.dir="$corpus/$preset" "${formats[@]}" >"$log.rerun" 2>&1 || { tail -40 "$log.rerun"; exit 1; }
  grep -E "unchanged since the last run|files checked and reported in" "$log.rerun" | sed 's/^/re-run: /' || true
fi

python3 "$here/counts.py" "$corpus/$preset/manifest.json" "$here/target/subtitle-qc/subtitle-qc.json" \
  "$here/target/time-$preset.txt" "$corpus/$preset"
