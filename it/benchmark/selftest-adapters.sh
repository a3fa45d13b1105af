# shellcheck shell=bash
# SELF-TEST ONLY: adapters that pretend testgov's goals exist, so every code path of run.sh runs before the real
# goals do. The numbers mean nothing about testgov and results.md says so.
#   BENCH_ADAPTERS=it/benchmark/selftest-adapters.sh it/benchmark/run.sh --size tiny --edits 8 --repeat 2 \
#     --large --large-size tiny --skip-build
# "Recording" is a run with the testgov profile; "affected" runs the first module's tests only (so breaking
# edits elsewhere show up as safety misses); "analysis" is `validate`, timed by Maven's own "Total time".

testgov_help=""

record_available() { return 0; }
record_command() { printf '%s\n' -Ptestgov test; }
affected_available() { return 0; }
affected_command() { printf '%s\n' -Ptestgov test -pl common; }
lean_available() { return 0; }
lean_command() { printf '%s\n' -Ptestgov test; }
floor_available() { return 0; }
floor_command() { printf '%s\n' test; }
analysis_available() { return 0; }
analysis_command() { printf '%s\n' -Ptestgov validate; }
analysis_time_ms() {
  grep -oE 'Total time: +[0-9.]+ s' "$1" | tail -1 | grep -oE '[0-9.]+' | awk '{ printf "%d\n", $1 * 1000 }'
}
recording_state_paths() { printf '%s\n' '*/target/testgov'; }
store_paths() { printf '%s\n' '*/target/surefire-reports/*.xml'; }
store_tests() { grep -c '<testcase' "$1" || true; }
