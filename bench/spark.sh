#!/usr/bin/env bash
# Benchmark: the Spark catalogue job in local[2] over a corpus from ../shared/bench/gen_corpus.py,
# with Spark's own jars on the class path (as spark-submit gives them); prints the job's line and
# wall time, CPU time and peak memory. Usage: bench/spark.sh [large|small|tiny]   (default: large)
set -euo pipefail
preset=${1:-large}
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
corpus="$here/target/corpus"
if [ ! -f "$corpus/$preset/manifest.json" ]; then
  python3 "$root/../shared/bench/gen_corpus.py" --preset "$preset" --root "$corpus"
fi
cd "$root"
mvn -q -B package -pl spark -am -DskipTests -Dinvoker.skip=true
mvn -q -B dependency:build-classpath -pl spark -Dmdep.includeScope=test -Dmdep.outputFile="$here/target/spark-cp.txt"
opens=""
for p in java.lang java.lang.invoke java.lang.reflect java.io java.net java.nio java.util java.util.concurrent \
         java.util.concurrent.atomic sun.nio.ch sun.nio.cs sun.security.action sun.util.calendar; do
  opens="$opens --add-opens=java.base/$p=ALL-UNNAMED"
done
out="$here/target/spark-$preset-out"
rm -rf "$out"
# shellcheck disable=SC2086
/usr/bin/time -v -o "$here/target/time-spark-$preset.txt" java -Xmx4g $opens -Djdk.reflect.useDirectMethodHandle=false \
  -Dio.netty.tryReflectionSetAccessible=true -Dspark.master='local[2]' -Dspark.ui.enabled=false \
  -Dlog4j2.configurationFile=spark/src/test/resources/log4j2.properties \
  -cp "spark/target/classes:core/target/classes:rules/target/classes:$(cat "$here/target/spark-cp.txt")" \
  io.github.subtitleqc.spark.CatalogueJob "$corpus/$preset" --output "$out"
grep -E "Elapsed|User time|System time|Maximum resident" "$here/target/time-spark-$preset.txt"
