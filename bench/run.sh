#!/usr/bin/env bash
# Benchmark: subtitle-qc:check over a corpus from ../shared/bench/gen_corpus.py, through a real
# Maven build; prints wall time, peak memory, throughput, and our counts next to the generator's
# expected counts. Usage: bench/run.sh [small|large|tiny]   (default: large)
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
  python3 "$gen" --preset "$preset" --root "$corpus"
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

python3 - "$corpus/$preset/manifest.json" "$here/target/subtitle-qc/subtitle-qc.json" "$here/target/time-$preset.txt" <<'PY'
import json, re, sys
manifest = json.load(open(sys.argv[1]))
report = json.load(open(sys.argv[2]))
timing = open(sys.argv[3]).read()
wall = re.search(r"Elapsed \(wall clock\) time.*: (.*)", timing).group(1)
rss = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", timing).group(1))
parts = [float(p) for p in wall.split(":")]
seconds = sum(p * 60 ** i for i, p in enumerate(reversed(parts)))

cues = {}
for f in report["files"]:
    for x in f["findings"]:
        cues.setdefault(x["rule"], set()).add((f["path"], x["cue"]))
ours = {k: len(v) for k, v in cues.items()}
rows = [("cps", "reading-speed", ours.get("reading-speed", 0)),
        ("line", "line-length (cues)", ours.get("line-length", 0)),
        ("overlap", "overlap + invalid-timing order", ours.get("overlap", 0) + ours.get("invalid-timing", 0)),
        ("gap", "min-gap", ours.get("min-gap", 0)),
        ("short", "min-duration", ours.get("min-duration", 0)),
        ("long", "max-duration", ours.get("max-duration", 0))]
print(f"corpus: {manifest['files']} files, {manifest['cues']} cues, {manifest['bytes'] / 1e6:.1f} MB")
print(f"wall {seconds:.1f} s (whole mvn run), peak RSS {rss / 1024:.0f} MB, "
      f"{manifest['cues'] / seconds / 1000:.0f}k cues/s, {manifest['bytes'] / 1e6 / seconds:.1f} MB/s")
print(f"{'expected':<10} {'ours':<32} {'expected':>9} {'ours':>9}")
for key, name, n in rows:
    print(f"{key:<10} {name:<32} {manifest[key]:>9} {n:>9} {'ok' if manifest[key] == n else 'DIFF'}")
print(f"report: {report['summary']}")
PY
