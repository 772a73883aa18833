#!/usr/bin/env bash
# What the plugin adds to a one-file build: `mvn validate` on a one-file project with
# subtitle-qc:check bound to validate, against the same project without the plugin, rounds
# alternating, medians printed. Needs the plugin installed (bench/run.sh installs it, or
# `mvn install -DskipTests -Dinvoker.skip=true -pl maven-plugin -am`). Usage: bench/overhead.sh [rounds]
set -euo pipefail
rounds=${1:-7}
here=$(cd "$(dirname "$0")" && pwd)
version=$(cd "$here/.." && mvn -B -q -N help:evaluate -Dexpression=project.version -DforceStdout 2>/dev/null | sed "s/\x1b\[[0-9;]*m//g" || echo 0.1.0-SNAPSHOT)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/with/src/main/subtitles" "$work/without/src/main/subtitles"
printf '1\n00:00:01,000 --> 00:00:03,000\nHello there.\n\n2\n00:00:04,000 --> 00:00:06,000\nGeneral Kenobi.\n' \
  | tee "$work/with/src/main/subtitles/talk.en.srt" > "$work/without/src/main/subtitles/talk.en.srt"
pom() {
  cat <<XML
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>bench</groupId><artifactId>onefile</artifactId><version>1</version><packaging>pom</packaging>
  <properties><project.build.sourceEncoding>UTF-8</project.build.sourceEncoding></properties>
  <build><plugins>$1</plugins></build>
</project>
XML
}
pom "<plugin><groupId>io.github.subtitleqc</groupId><artifactId>subtitle-qc-maven-plugin</artifactId><version>$version</version>
  <executions><execution><phase>validate</phase><goals><goal>check</goal></goals></execution></executions></plugin>" > "$work/with/pom.xml"
pom "" > "$work/without/pom.xml"
# warm up both (plugin resolution, OS file cache)
(cd "$work/with" && mvn -B -o -q validate >/dev/null) && (cd "$work/without" && mvn -B -o -q validate >/dev/null)
with=(); without=()
for _ in $(seq "$rounds"); do
  for kind in without with; do
    rm -rf "$work/$kind/target" # no result cache: the file is read and checked every round
    start=$(date +%s%N)
    (cd "$work/$kind" && mvn -B -o -q validate >/dev/null)
    ms=$(( ($(date +%s%N) - start) / 1000000 ))
    if [ "$kind" = with ]; then with+=("$ms"); else without+=("$ms"); fi
  done
done
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
w=$(median "${with[@]}"); wo=$(median "${without[@]}")
echo "mvn validate, one file, $rounds rounds: without the plugin ${wo} ms, with subtitle-qc:check ${w} ms (median); overhead $((w - wo)) ms"
echo "with: ${with[*]}"
echo "without: ${without[*]}"
