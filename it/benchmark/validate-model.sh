#!/usr/bin/env bash
# Checks the generator's model (the oracle) against real coverage: generates a project, runs its tests with the
# JaCoCo agent and a listener that keeps each test's execution data, then compares test by test the production
# methods the model says a test runs with those JaCoCo saw it run, both ways. Exits 1 on any difference.
#
#   it/benchmark/validate-model.sh [--seed N] [--size small|default]      (small: about 2 minutes here)
set -euo pipefail

bench_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
mvnw="$(cd "$bench_dir/../.." && pwd)/mvnw"
seed=42 size=small
while (($#)); do
  case "$1" in
    --seed) seed="$2"; shift ;;
    --size) size="$2"; shift ;;
    *) sed -n '2,6p' "$0" | sed 's/^# \{0,1\}//'; exit 2 ;;
  esac
  shift
done

target="$bench_dir/target/validation"
rm -rf "$target"
mkdir -p "$target/lib" "$target/classes" "$target/services/META-INF/services"

echo "== JaCoCo and JUnit Platform jars (dependency:copy-dependencies)"
"$mvnw" -B -ntp -q -f "$bench_dir/validation/pom.xml" dependency:copy-dependencies -DoutputDirectory="$target/lib"
javac -d "$target/classes" -cp "$target/lib/*" $(find "$bench_dir/src" -name '*.java') "$bench_dir"/validation/*.java
echo dev.testgov.benchmark.CoverageListener \
  >"$target/services/META-INF/services/org.junit.platform.launcher.TestExecutionListener"
jar cf "$target/listener.jar" -C "$target/classes" dev/testgov/benchmark/CoverageListener.class -C "$target/services" META-INF

echo "== Generate (seed $seed, size $size)"
java -cp "$target/classes" dev.testgov.benchmark.Bench generate --seed "$seed" --size "$size" --out "$target/project" \
  --model "$target/project.model" --testgov-profile "$bench_dir/testgov-profile.xml"

echo "== Run the tests with per-test coverage"
agent=$(ls "$target"/lib/org.jacoco.agent-*-runtime.jar)
(cd "$target/project" && "$mvnw" -B -ntp -q test -Dmaven.test.failure.ignore=true \
  "-DargLine=-javaagent:$agent=output=none,includes=bench.* -Dbench.coverage.dir=$target/coverage" \
  "-Dmaven.test.additionalClasspath=$target/listener.jar") >"$target/test.log" 2>&1 \
  || { tail -30 "$target/test.log"; exit 1; }
echo "   $(wc -l <"$target/coverage/index.tsv") intervals of execution data"

echo "== Compare"
java -cp "$target/classes:$target/lib/*" dev.testgov.benchmark.CoverageCheck "$target/project" \
  "$target/project.model" "$target/coverage"
