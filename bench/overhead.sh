#!/usr/bin/env bash
# What the plugin adds to a one-file build: `mvn validate` on a one-file project with
# subtitle-qc:check bound to validate, against the same project without the plugin, rounds
# alternating, medians printed. Needs the plugin installed (bench/run.sh installs it, or
# `mvn install -DskipTests -Dinvoker.skip=true -pl maven-plugin -am`), or a private repository
# that holds it: LOCAL_REPO=maven-plugin/target/local-repo (the invoker ITs' repository, filled by
# `mvn -o verify -pl core,rules,maven-plugin`) runs every build against that repository instead of ~/.m2.
# A third kind of round runs the bound check with -Dsubtitleqc.skip=true: the cost of loading the
# plugin alone. MVN=path/to/bin/mvn times another Maven (the ITs unpack 3.9 and 4.0 under
# maven-plugin/target/mavens). OTHER_REPO=dir adds the same two kinds of round (check, skipped)
# with the plugin from that repository instead, alternating: another build of the plugin, measured
# against this one in the same rounds (make it with `cp -r maven-plugin/target/local-repo dir` at
# the other commit). Each build is timed by /usr/bin/time: wall, and CPU (user + system).
# Usage: [LOCAL_REPO=dir] [OTHER_REPO=dir] [MVN=mvn] bench/overhead.sh [rounds]
set -euo pipefail
rounds=${1:-7}
here=$(cd "$(dirname "$0")" && pwd)
version=$(cd "$here/.." && mvn -B -q -N help:evaluate -Dexpression=project.version -DforceStdout 2>/dev/null | sed "s/\x1b\[[0-9;]*m//g" || echo 0.1.0-SNAPSHOT)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# Maven options that take the plugin from repository $1 (as its local repository, with the
# repository id the ITs' settings give it, so that offline Maven takes the artifacts it holds);
# $2 names the settings file to write
repository() {
  local dir
  dir=$(cd "$1" && pwd)
  cat > "$work/$2" <<XML
<settings><profiles><profile><id>local-repo</id><activation><activeByDefault>true</activeByDefault></activation>
  <repositories><repository><id>local.central</id><url>file://$dir</url></repository></repositories>
  <pluginRepositories><pluginRepository><id>local.central</id><url>file://$dir</url></pluginRepository></pluginRepositories>
</profile></profiles></settings>
XML
  echo "-Dmaven.repo.local=$dir -s $work/$2"
}
repo=()
if [ -n "${LOCAL_REPO:-}" ]; then
  read -r -a repo <<< "$(repository "$LOCAL_REPO" settings.xml)"
fi
other=()
if [ -n "${OTHER_REPO:-}" ]; then
  read -r -a other <<< "$(repository "$OTHER_REPO" other-settings.xml)"
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
quiet() { (cd "$1" && shift && "$mvn" -B -o -q "$@" validate >/dev/null 2>"$work/stderr") || { cat "$work/stderr"; exit 1; }; }
# one timed build: prints "wall/cpu" in ms
timed() {
  local dir=$1; shift
  rm -rf "$work/$dir/target" # no result cache: the file is read and checked every round
  (cd "$work/$dir" && /usr/bin/time -f '%e %U %S' -o "$work/time" "$mvn" -B -o -q "$@" validate >/dev/null 2>"$work/stderr") \
    || { cat "$work/stderr"; exit 1; }
  awk '{printf "%d/%d", $1 * 1000, ($2 + $3) * 1000}' "$work/time"
}
quiet "$work/with" "${repo[@]}" && quiet "$work/without" "${repo[@]}"
kinds=(without with skipped)
if [ ${#other[@]} -gt 0 ]; then
  quiet "$work/with" "${other[@]}"
  kinds+=(other other-skipped)
fi
declare -A times
for _ in $(seq "$rounds"); do
  for kind in "${kinds[@]}"; do
    case $kind in
      without) t=$(timed without "${repo[@]}") ;;
      with) t=$(timed with "${repo[@]}") ;;
      skipped) t=$(timed with "${repo[@]}" -Dsubtitleqc.skip=true) ;;
      other) t=$(timed with "${other[@]}") ;;
      other-skipped) t=$(timed with "${other[@]}" -Dsubtitleqc.skip=true) ;;
    esac
    times[$kind]+="$t "
  done
done
# the median of field $2 (1 wall, 2 CPU) of the "wall/cpu" values in $1
median() { printf '%s\n' $1 | cut -d/ -f"$2" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
wo=$(median "${times[without]}" 1); woc=$(median "${times[without]}" 2)
echo "$("$mvn" -v 2>/dev/null | sed "s/\x1b\[[0-9;]*m//g" | head -1)"
echo "mvn validate, one file, $rounds rounds, medians (wall; CPU as user + system):"
for kind in "${kinds[@]}"; do
  w=$(median "${times[$kind]}" 1); c=$(median "${times[$kind]}" 2)
  case $kind in
    without) label="without the plugin" ;;
    with) label="with subtitle-qc:check" ;;
    skipped) label="check skipped (-Dsubtitleqc.skip=true)" ;;
    other) label="with subtitle-qc:check from OTHER_REPO" ;;
    other-skipped) label="check skipped, from OTHER_REPO" ;;
  esac
  if [ "$kind" = without ]; then
    echo "  $label: $w ms wall, $c ms CPU"
  else
    echo "  $label: $w ms wall, overhead $((w - wo)) ms ($(awk -v o=$((w - wo)) -v b="$wo" 'BEGIN {printf "%.2f", o / b}') of the build without); CPU +$((c - woc)) ms"
  fi
done
for kind in "${kinds[@]}"; do echo "$kind: ${times[$kind]}"; done
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
