#!/usr/bin/env bash
# See testgov work: installs testgov from this checkout, then builds the weather demo three times.
#   1. mvn test                              tests that cannot run here skip, each with its reason, grouped
#   2. mvn test -Dtestgov.strict=live_api    the missing API key now FAILS the build (expected)
#   3. mvn test -Dtestgov.manual=true        the manual test runs and prints what a person checks
#   4. mvn testgov:affected                  no store yet: every test runs and is recorded
#   5. (edit one method) mvn testgov:affected -Dtestgov.explain=true
#                                            only the tests that executed the changed method run
# With a Docker engine the Docker test runs against a container; without one it skips and says why.
# Exits 0 when every build behaved as described above. Full logs: it/demo/target/demo-logs/.
set -euo pipefail

demo_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root_dir="$(cd "$demo_dir/../.." && pwd)"
logs="$demo_dir/target/demo-logs"
mvnw="$root_dir/mvnw"
unexpected=0

# Testcontainers without a reachable image registry (no Ryuk image to pull) and on hosts that look like a
# container (it would pull an image to find the gateway). The demo stops its own container, so Ryuk is not
# needed; whatever the shell already sets wins.
export TESTCONTAINERS_RYUK_DISABLED="${TESTCONTAINERS_RYUK_DISABLED:-true}"
if [[ -z "${DOCKER_HOST:-}" || "${DOCKER_HOST}" == unix://* ]]; then
  export TESTCONTAINERS_HOST_OVERRIDE="${TESTCONTAINERS_HOST_OVERRIDE:-localhost}"
fi
# Each step shows one thing: the shell's own opt-ins and credentials would blur it.
demo_env=(env -u DEMO_WEATHER_API_KEY -u DEMO_WEATHER_STATION_URL -u RUN_MANUAL_TESTS -u TESTGOV_STRICT)

header() {
  printf '\n=== %s\n' "$1"
  shift
  printf '    %s\n' "$@"
  printf '\n'
}

# The lines that matter: testgov's summary, Surefire's counts and errors, the demo's own output, the verdict.
show() {
  grep -E '^\[testgov\] |^\[INFO\] testgov: (selected|running|recorded|  )|Tests run:|^\[ERROR\]   |^\[demo\] |BUILD (SUCCESS|FAILURE)' "$1" \
    | sed -E 's/, Time elapsed: [0-9.]+ s//; s/^/  /' || true
}

# demo_build NAME ARGS...: one Maven build of the demo, logged to NAME.log; returns Maven's exit code.
demo_build() {
  local log="$logs/$1.log"
  shift
  local status=0
  (cd "${project_dir:-$demo_dir}" && "${demo_env[@]}" "$mvnw" -B -ntp "$@" -Dtestgov.version="$version") >"$log" 2>&1 \
    || status=$?
  show "$log"
  return "$status"
}

expect() {
  if [[ "$1" == ok ]]; then
    printf '\n  -> as expected: %s\n' "$2"
  else
    printf '\n  -> NOT AS EXPECTED: %s\n' "$2"
    unexpected=$((unexpected + 1))
  fi
}

log_has() {
  grep -qF -- "$2" "$logs/$1.log"
}

rm -rf "$logs"
mkdir -p "$logs"
version="$(sed -n 's:^  <version>\(.*\)</version>$:\1:p' "$root_dir/pom.xml" | head -1)"
[[ -n "$version" ]] || { echo "cannot read testgov's version from $root_dir/pom.xml" >&2; exit 1; }

header "0. Install testgov $version from this checkout into your local Maven repository" \
  "(./mvnw -q install -DskipTests; on a fresh machine the first run also downloads Maven and its plugins)"
if ! (cd "$root_dir" && "$mvnw" -q -B install -DskipTests) >"$logs/0-install-testgov.log" 2>&1; then
  tail -30 "$logs/0-install-testgov.log"
  echo "Installing testgov failed; the full log is $logs/0-install-testgov.log" >&2
  exit 1
fi
echo "  installed"

header "1. mvn test" \
  "Plain unit tests run. Tests that need Docker, a live API key, a person or an environment variable" \
  "skip when those are missing, and testgov prints why, grouped, under Surefire's own lines."
if demo_build 1-plain-test test \
    && log_has 1-plain-test '[testgov] Tests run: ' && log_has 1-plain-test '[testgov] SKIPPED [1] @Manual: '; then
  expect ok "the build passed and every skip has its reason"
else
  expect fail "the plain build should pass with gated tests skipped; see $logs/1-plain-test.log"
fi
if log_has 1-plain-test '@RequiresDocker: '; then
  echo "     No usable Docker engine here, so the Docker test skipped with the reason above."
elif grep -qE 'Skipped: 0, .* -- in dev\.testgov\.demo\.weather\.WeatherClientDockerTest$' "$logs/1-plain-test.log"; then
  echo "     Docker is available: the Docker test ran against a stub weather API in a container."
fi

header "2. mvn test -Dtestgov.strict=live_api" \
  "A CI job that was promised the weather API key makes live API tests strict: the missing key" \
  "now fails the build instead of skipping, naming the gate and the variable. This build SHOULD fail."
if demo_build 2-strict-live-api test -Dtestgov.strict=live_api; then
  expect fail "the strict build passed, but DEMO_WEATHER_API_KEY is not set and should have failed it"
elif log_has 2-strict-live-api '[testgov] FAILED (strict) [1] @LiveApi: ' \
    && log_has 2-strict-live-api '[DEMO_WEATHER_API_KEY]' && log_has 2-strict-live-api '[testgov.strict=live_api]'; then
  expect ok "the build failed, naming @LiveApi, DEMO_WEATHER_API_KEY and the strict setting"
else
  expect fail "the build failed for another reason; see $logs/2-strict-live-api.log"
fi

header "3. mvn test -Dtestgov.manual=true" \
  "A person opts in to manual tests from the command line, with no POM edit: the manual test runs" \
  "and prints the forecast card for them to look at."
if demo_build 3-manual-opt-in test -Dtestgov.manual=true && log_has 3-manual-opt-in '[demo] manual check'; then
  expect ok "the manual test ran"
else
  expect fail "the manual test should have run; see $logs/3-manual-opt-in.log"
fi

# Affected tests change the project, so they run on a copy of it under target/.
project_dir="$demo_dir/target/affected-demo"
rm -rf "$project_dir"
mkdir -p "$project_dir"
cp -r "$demo_dir/pom.xml" "$demo_dir/src" "$project_dir/"

header "4. mvn testgov:affected" \
  "The first run has no dependency store yet: every test runs, and testgov records what each one" \
  "executed (with the JaCoCo agent) and read into .testgov/store, a file meant to be committed or cached."
if demo_build 4-affected-first testgov:affected && log_has 4-affected-first 'testgov: running every test: no dependency store yet' \
    && [[ -f "$project_dir/.testgov/store" ]]; then
  expect ok "every test ran and the store was written: $project_dir/.testgov/store"
else
  expect fail "the first affected run should run and record every test; see $logs/4-affected-first.log"
fi

header "5. Edit Forecast.highFahrenheit(), then mvn testgov:affected -Dtestgov.explain=true" \
  "Only the tests that executed the changed method run; the rest are left out. -Dtestgov.explain" \
  "prints why each selected test runs."
forecast="$project_dir/src/main/java/dev/testgov/demo/weather/Forecast.java"
sed -i 's|return Math.round(highCelsius \* 9 / 5f + 32);|return Math.round(highCelsius * 1.8f + 32);|' "$forecast"
if demo_build 5-affected-after-edit testgov:affected -Dtestgov.explain=true \
    && log_has 5-affected-after-edit '1 changed method in 1 class' \
    && log_has 5-affected-after-edit '<- changed method dev.testgov.demo.weather.Forecast#highFahrenheit()I'; then
  expect ok "only the tests that executed Forecast.highFahrenheit() ran"
else
  expect fail "the selection should name the changed method; see $logs/5-affected-after-edit.log"
fi

printf '\nFull logs:\n'
for log in "$logs"/*.log; do
  printf '  %s\n' "$log"
done
if ((unexpected > 0)); then
  printf '\n%d step(s) did not behave as expected.\n' "$unexpected" >&2
  exit 1
fi
printf '\nEvery step behaved as expected.\n'
