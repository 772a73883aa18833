#!/usr/bin/env bash
# What the plugin adds to a one-file build: `mvn validate` on a one-file project with
# subtitle-qc:check bound to validate, against the same project without the plugin, rounds
# alternating, medians printed. Needs the plugin installed (bench/run.sh installs it, or
# `mvn install -DskipTests -Dinvoker.skip=true -pl maven-plugin -am`), or a private repository
# that holds it: LOCAL_REPO=maven-plugin/target/local-repo (the invoker ITs' repository, filled by
# `mvn -o verify -pl core,rules,maven-plugin`) runs every build against that repository instead of ~/.m2.
# A third kind of round runs the bound check with -Dsubtitleqc.skip=true: the cost of loading the
# plugin alone. MVN=path/to/bin/mvn times another Maven (the ITs unpack 3.9 and 4.0 under
# maven-plugin/target/mavens). Usage: [LOCAL_REPO=dir] [MVN=mvn] bench/overhead.sh [rounds]
set -euo pipefail
rounds=${1:-7}
here=$(cd "$(dirname "$0")" && pwd)
version=$(cd "$here/.." && mvn -B -q -N help:evaluate -Dexpression=project.version -DforceStdout 2>/dev/null | sed "s/\x1b\[[0-9;]*m//g" || echo 0.1.0-SNAPSHOT)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
repo=()
if [ -n "${LOCAL_REPO:-}" ]; then
  LOCAL_REPO=$(cd "$LOCAL_REPO" && pwd)
  # the repository id the ITs' settings give it, so that offline Maven takes the artifacts it holds
  cat > "$work/settings.xml" <<XML
<settings><profiles><profile><id>local-repo</id><activation><activeByDefault>true</activeByDefault></activation>
  <repositories><repository><id>local.central</id><url>file://$LOCAL_REPO</url></repository></repositories>
  <pluginRepositories><pluginRepository><id>local.central</id><url>file://$LOCAL_REPO</url></pluginRepository></pluginRepositories>
</profile></profiles></settings>
XML
  repo=(-Dmaven.repo.local="$LOCAL_REPO" -s "$work/settings.xml")
fi
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
# Maven's error output goes to a file, shown when a build fails: Maven 3.8 writes colour resets there
# even in batch mode, which would otherwise land at the start of the summary line below
mvn=${MVN:-mvn}
quiet() { (cd "$1" && shift && "$mvn" -B -o -q "${repo[@]}" "$@" validate >/dev/null 2>"$work/stderr") || { cat "$work/stderr"; exit 1; }; }
quiet "$work/with" && quiet "$work/without"
with=(); without=(); skipped=()
for _ in $(seq "$rounds"); do
  for kind in without with skipped; do
    dir=$kind; flags=()
    if [ "$kind" = skipped ]; then dir=with; flags=(-Dsubtitleqc.skip=true); fi
    rm -rf "$work/$dir/target" # no result cache: the file is read and checked every round
    start=$(date +%s%N)
    quiet "$work/$dir" "${flags[@]}"
    ms=$(( ($(date +%s%N) - start) / 1000000 ))
    case $kind in with) with+=("$ms") ;; without) without+=("$ms") ;; skipped) skipped+=("$ms") ;; esac
  done
done
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
w=$(median "${with[@]}"); wo=$(median "${without[@]}"); sk=$(median "${skipped[@]}")
echo "$("$mvn" -v 2>/dev/null | sed "s/\x1b\[[0-9;]*m//g" | head -1)"
echo "mvn validate, one file, $rounds rounds: without the plugin ${wo} ms, with subtitle-qc:check ${w} ms (median); overhead $((w - wo)) ms"
echo "check skipped (-Dsubtitleqc.skip=true): ${sk} ms, $((sk - wo)) ms over the build without the plugin"
echo "with: ${with[*]}"
echo "without: ${without[*]}"
echo "skipped: ${skipped[*]}"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
