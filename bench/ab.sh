#!/usr/bin/env bash
# Two builds of the engine compared in separate processes: EngineRun with jar A, then B, then B,
# then A, and so on, one process each (a JVM's JIT draws its own compilations, worth ±6 % of a
# run, so A and B in one process, as EngineAB does, can differ by that much for no reason of
# theirs). Prints each pair's engine CPU (the engine's thread) and B/A, then the medians.
# Make the jars with `mvn -o -q -pl benchmarks -am package -DskipTests -Dinvoker.skip=true` at
# each commit and copy benchmarks/target/benchmarks.jar away.
# Usage: [JAVA_OPTS="-XX:TieredStopAtLevel=1"] bench/ab.sh A.jar B.jar [pairs] [corpus dir] [profile] [rules off]
#   pairs: default 4; corpus: default bench/target/corpus/large; profile: default netflix-en;
#   rules off: a comma-separated list of rule ids switched off in both (see EngineRun).
# JAVA_OPTS applies to both (C1 only, as above, measures what small CI machines run).
# The heap and its young generation are fixed: G1 sizing them anew in each process made the same
# build's engine take 2.9-4.3 s; fixed, four runs took 2,972-3,018 ms (fourteenth session).
set -euo pipefail
a=$1
b=$2
pairs=${3:-4}
here=$(cd "$(dirname "$0")" && pwd)
corpus=${4:-$here/target/corpus/large}
profile=${5:-netflix-en}
off=${6:-}
# one process: prints the engine's CPU in ms
engine() {
  # shellcheck disable=SC2086
  java -Xms2g -Xmx2g -Xmn800m -XX:+AlwaysPreTouch ${JAVA_OPTS:-} -cp "$1" io.github.subtitleqc.benchmarks.EngineRun "$corpus" 1 1 3 "$profile" "$off" 2>&1 \
    | sed -n 's/^CPU time.*, engine \([0-9]*\) ms on its thread.*/\1/p'
}
ratios=()
as=()
bs=()
for p in $(seq "$pairs"); do
  if [ $((p % 2)) = 1 ]; then
    ta=$(engine "$a"); tb=$(engine "$b")
  else
    tb=$(engine "$b"); ta=$(engine "$a")
  fi
  r=$(awk -v x="$ta" -v y="$tb" 'BEGIN {printf "%.3f", y / x}')
  echo "pair $p: A $ta ms, B $tb ms, B/A $r"
  ratios+=("$r"); as+=("$ta"); bs+=("$tb")
done
median() { printf '%s\n' "$@" | sort -g | awk '{v[NR]=$1} END {print (NR % 2) ? v[(NR+1)/2] : (v[NR/2] + v[NR/2+1]) / 2}'; }
echo "medians: A $(median "${as[@]}") ms, B $(median "${bs[@]}") ms, B/A $(median "${ratios[@]}") (from $(printf '%s\n' "${ratios[@]}" | sort -g | head -1) to $(printf '%s\n' "${ratios[@]}" | sort -g | tail -1))"
