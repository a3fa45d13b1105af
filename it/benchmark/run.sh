#!/usr/bin/env bash
# Benchmark of testgov's affected-test selection: recording overhead, end-to-end savings, selection against the
# oracle, analysis time and safety, on a reactor generated from a seed. See it/benchmark/README.md.
#
#   it/benchmark/run.sh [--quick] [--seed N] [--edits K] [--repeat R] [--size tiny|small|default|large]
#                       [--large | --no-large] [--large-size SIZE] [--skip-build]
#
# Writes it/benchmark/target/benchmark/results.md and results.json; logs of every build in .../logs.
# BENCH_ADAPTERS=FILE sources FILE instead of adapters.sh (selftest-adapters.sh exercises every code path).
set -euo pipefail

bench_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root_dir="$(cd "$bench_dir/../.." && pwd)"
mvnw="$root_dir/mvnw"
adapters="${BENCH_ADAPTERS:-$bench_dir/adapters.sh}"
# shellcheck source=adapters.sh
source "$adapters"

usage() {
  sed -n '2,9p' "$0" | sed 's/^# \{0,1\}//'
  exit "${1:-0}"
}

command="it/benchmark/run.sh${*:+ $*}"
mode=default seed=42 edits="" repeat="" size="" large="" large_size=large build=yes
while (($#)); do
  case "$1" in
    --quick) mode=quick ;;
    --seed) seed="$2"; shift ;;
    --edits) edits="$2"; shift ;;
    --repeat) repeat="$2"; shift ;;
    --size) size="$2"; shift ;;
    --large) large=yes ;;
    --no-large) large=no ;;
    --large-size) large_size="$2"; shift ;;
    --skip-build) build=no ;;
    -h|--help) usage 0 ;;
    *) echo "unknown option [$1]" >&2; usage 2 ;;
  esac
  shift
done
if [[ $mode == quick ]]; then
  : "${size:=small}" "${edits:=3}" "${repeat:=2}" "${large:=no}"
else
  : "${size:=default}" "${edits:=8}" "${repeat:=3}" "${large:=yes}"
fi

target="$bench_dir/target"
work="$target/benchmark"
logs="$work/logs"
project="$target/bench-project"
model="$target/bench-project.model"
large_project="$target/bench-large"
large_model="$target/bench-large.model"
runs="$work/runs.tsv"
started=$(date +%s)
load_start=$(cut -d' ' -f1-3 /proc/loadavg)

bench() {
  java -cp "$target/classes" dev.testgov.benchmark.Bench "$@"
}

say() {
  printf '\n== %s\n' "$*"
}

# Undo any edit still applied (an interrupted run), so the generated tree is always as generated.
restore_trees() {
  [[ -d $model/applied ]] && bench edit --project "$project" --model "$model" --revert-all true || true
  [[ -d $large_model/applied ]] && bench edit --project "$large_project" --model "$large_model" --revert-all true || true
}
trap restore_trees EXIT

# build DIR LOG MAVEN_ARGS...: an untimed build (set-up, compile after an edit); fails the benchmark if it fails.
build() {
  local dir=$1 log=$2
  shift 2
  if ! (cd "$dir" && "$mvnw" -B -ntp "$@") >"$logs/$log.log" 2>&1; then
    tail -30 "$logs/$log.log" >&2
    echo "build failed: (cd $dir && mvnw $*); log: $logs/$log.log" >&2
    exit 1
  fi
}

# measure PHASE EDIT VARIANT REPEAT DIR QUIET MAVEN_ARGS...: one timed build, its wall and CPU time and the
# tests it ran (from Surefire's reports, cleared first) appended to runs.tsv.
measure() {
  local phase=$1 edit=$2 variant=$3 rep=$4 dir=$5 quiet=$6
  shift 6
  local name="$phase-$edit-$variant-$rep" status=0 times reported="-"
  find "$dir" -type d -name surefire-reports -path '*/target/*' -prune -exec rm -rf {} +
  local q=()
  [[ $quiet == quiet ]] && q=(-q)
  TIMEFORMAT='%R %U %S'
  times=$({ time (cd "$dir" && "$mvnw" -B -ntp -o "${q[@]}" -Dmaven.test.failure.ignore=true "$@" \
    >"$logs/$name.log" 2>&1); } 2>&1) || status=$?
  local wall cpu
  read -r wall cpu < <(awk '{ printf "%d %d\n", $1 * 1000, ($2 + $3) * 1000 }' <<<"$times")
  local counts
  counts=$(bench reports --project "$dir" --out "$work/tests/$name.tsv")
  if [[ $variant == analysis ]]; then
    reported=$(analysis_time_ms "$logs/$name.log")
    reported=${reported:--}
  fi
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$phase" "$edit" "$variant" "$rep" "$wall" "$cpu" "$status" \
    "tests/$name.tsv" "$reported" >>"$runs"
  printf '   %-8s %-3s #%s %7.1f s wall %7.1f s CPU  exit %s  %s%s\n' "$variant" "$edit" "$rep" \
    "$(awk "BEGIN { print $wall / 1000 }")" "$(awk "BEGIN { print $cpu / 1000 }")" "$status" "$counts" \
    "$([[ $reported != - ]] && echo "  analysis ${reported} ms")"
}

maven_args() {
  local -n out=$1
  mapfile -t out < <("$2")
}

save_recording() {
  rm -f "$work/recording.tar"
  (cd "$project" && shopt -s nullglob && mapfile -t globs < <(recording_state_paths) \
    && paths=() && for g in "${globs[@]}"; do for p in $g; do [[ -e $p ]] && paths+=("$p"); done; done \
    && if ((${#paths[@]})); then tar -cf "$work/recording.tar" "${paths[@]}"; fi)
}

restore_recording() {
  (cd "$project" && shopt -s nullglob && mapfile -t globs < <(recording_state_paths) \
    && for g in "${globs[@]}"; do for p in $g; do rm -rf "$p"; done; done)
  if [[ -f $work/recording.tar ]]; then
    tar -xf "$work/recording.tar" -C "$project"
  fi
}

# The recorded store's size, as store_paths and store_tests find it, into a properties file: files, tests, bytes, and
# gzipBytes (all of them compressed together, as a CI cache keeps them).
store_size() {
  local dir=$1 out=$2
  (cd "$dir" && shopt -s nullglob && mapfile -t globs < <(store_paths) \
    && files=() && for g in "${globs[@]}"; do for f in $g; do [[ -f $f ]] && files+=("$f"); done; done \
    && tests=0 bytes=0 && for f in "${files[@]}"; do
      tests=$((tests + $(store_tests "$f"))); bytes=$((bytes + $(stat -c %s "$f")))
    done \
    && gz=$( ((${#files[@]})) && cat "${files[@]}" | gzip -9 | wc -c || echo 0) \
    && printf 'files=%s\ntests=%s\nbytes=%s\ngzipBytes=%s\n' "${#files[@]}" "$tests" "$bytes" "$gz") >"$out"
}

rm -rf "$work"
mkdir -p "$logs" "$work/tests"
printf 'phase\tedit\tvariant\trepeat\twallMs\tcpuMs\texit\ttests\treportedMs\n' >"$runs"
version="$(sed -n 's:^  <version>\(.*\)</version>$:\1:p' "$root_dir/pom.xml" | head -1)"

say "testgov $version: build and install from this checkout"
if [[ $build == yes ]]; then
  build "$root_dir" install-testgov -q install -DskipTests
  echo "   installed"
else
  echo "   skipped (--skip-build): using the testgov $version already in the local repository"
fi

say "Generate the project (seed $seed, size $size, $edits edits)"
rm -rf "$target/classes"
mkdir -p "$target/classes"
javac -d "$target/classes" $(find "$bench_dir/src" -name '*.java')
bench generate --seed "$seed" --size "$size" --edits "$edits" --out "$project" --model "$model" \
  --testgov-version "$version" --testgov-profile "$bench_dir/testgov-profile.xml" | sed 's/^/   /'
cp "$model/summary.properties" "$work/project.properties"

say "Set up: resolve and compile (untimed), probe testgov's goals, one warm-up run"
build "$project" setup-compile -q -Ptestgov process-test-classes
build "$project" probe-testgov -o -N -Ptestgov testgov:help -Ddetail=true
testgov_help=$(cat "$logs/probe-testgov.log")
printf 'adapter\tavailable\tdetail\n' >"$work/adapters.tsv"
for adapter in record floor lean affected analysis; do
  if reason=$("${adapter}_available"); then
    printf '%s\tyes\t%s\n' "$adapter" "$(maven_args a "${adapter}_command"; echo "${a[*]}")" >>"$work/adapters.tsv"
    echo "   $adapter: available"
  else
    printf '%s\tno\t%s\n' "$adapter" "$reason" >>"$work/adapters.tsv"
    echo "   $adapter: n/a ($reason)"
  fi
done
have() { grep -q "^$1"$'\t'"yes" "$work/adapters.tsv"; }
if have affected && ! have record; then  # nothing recorded, nothing to select from
  sed -i "s/^affected\tyes\t.*/affected\tno\tneeds recording, which is not available/" "$work/adapters.tsv"
fi
measure setup - warmup 0 "$project" quiet test

# Recording against plain. Until recording exists, the testgov profile alone (prepare, the JUnit extension)
# stands in, so the phase costs the same either way.
variants=(plain prepare)
have record && variants=(plain record)
have record && have floor && variants=(plain floor record)
have record && have lean && variants+=(lean)
say "1. Recording overhead: ${variants[*]}, interleaved, $repeat rounds"
for ((r = 1; r <= repeat; r++)); do
  order=("${variants[@]}")
  if ((r % 2 == 0)); then  # ABC then CBA: neither variant always runs first
    order=()
    for ((i = ${#variants[@]} - 1; i >= 0; i--)); do order+=("${variants[i]}"); done
  fi
  for v in "${order[@]}"; do
    case $v in
      plain) measure overhead - plain "$r" "$project" quiet test ;;
      prepare) measure overhead - prepare "$r" "$project" quiet -Ptestgov test ;;
      # Saved after each recording run, so that a later lean run's narrower store is never what edits start from.
      record) maven_args a record_command; measure overhead - record "$r" "$project" quiet "${a[@]}"; save_recording
        store_size "$project" "$work/store.properties" ;;
      floor) maven_args a floor_command; measure overhead - floor "$r" "$project" quiet "${a[@]}" ;;
      lean) maven_args a lean_command; measure overhead - lean "$r" "$project" quiet "${a[@]}" ;;
    esac
  done
done

say "2-3, 5. Edits: a full run, then testgov:affected and the oracle interleaved, $repeat rounds each"
mapfile -t edit_list < <(bench edits --model "$model")
for line in "${edit_list[@]}"; do
  IFS=$'\t' read -r id kind preserving oracle_size description <<<"$line"
  echo "   $id $kind: $description (oracle: $oracle_size test methods)"
  bench edit --project "$project" --model "$model" --apply "$id"
  build "$project" "compile-$id" -o -q test-compile
  measure edit "$id" full 1 "$project" quiet test
  filter=$(bench oracle --model "$model" --edit "$id")
  for ((r = 1; r <= repeat; r++)); do
    if have affected; then
      restore_recording
      maven_args a affected_command
      measure edit "$id" affected "$r" "$project" quiet "${a[@]}"
    fi
    measure edit "$id" oracle "$r" "$project" quiet test "-Dtest=$filter" -Dsurefire.failIfNoSpecifiedTests=false
  done
  bench edit --project "$project" --model "$model" --revert "$id"
done

if [[ $large == yes ]]; then
  say "4. Analysis time on the large reactor"
  bench generate --seed "$seed" --size "$large_size" --edits 1 --out "$large_project" --model "$large_model" \
    --testgov-version "$version" --testgov-profile "$bench_dir/testgov-profile.xml" | sed 's/^/   /'
  cp "$large_model/summary.properties" "$work/large.properties"
  if have analysis && have record; then  # the large reactor is recorded once, then analysed
    build "$large_project" large-setup -q -Ptestgov test-compile
    maven_args a record_command
    measure analysis - record 1 "$large_project" quiet "${a[@]}"
    store_size "$large_project" "$work/large-store.properties"
    bench edit --project "$large_project" --model "$large_model" --apply E01
    build "$large_project" large-compile-E01 -o -q test-compile
    maven_args a analysis_command
    for ((r = 1; r <= repeat; r++)); do
      measure analysis E01 analysis "$r" "$large_project" verbose "${a[@]}"
    done
    bench edit --project "$large_project" --model "$large_model" --revert E01
  else
    echo "   generated only: the analysis goal is not available"
  fi
fi

finished=$(date +%s)
{
  echo "command=$command"
  echo "mode=$mode"
  echo "seed=$seed"
  echo "size=$size"
  echo "edits=$edits"
  echo "repeat=$repeat"
  echo "large=$large"
  echo "largeSize=$large_size"
  echo "adapters=${adapters#"$root_dir/"}"
  echo "cores=$(nproc)"
  echo "jdk=$(java -version 2>&1 | head -1)"
  echo "jdkRuntime=$(java -version 2>&1 | sed -n 2p)"
  echo "maven=$("$mvnw" -v 2>/dev/null | head -1 | sed 's/ (.*//')"
  echo "os=$(uname -sr)"
  echo "date=$(date -u +%Y-%m-%dT%H:%M:%SZ)"
  echo "loadAverageStart=$load_start"
  echo "loadAverageEnd=$(cut -d' ' -f1-3 /proc/loadavg)"
  echo "testgovVersion=$version"
  echo "testgovCommit=$(git -C "$root_dir" rev-parse --short HEAD)$(git -C "$root_dir" diff --quiet HEAD || echo '+dirty')"
  echo "wallSeconds=$((finished - started))"
  echo "model=$model"
} >"$work/env.properties"

say "Results"
bench report --work "$work"
cat "$work/results.md"
printf '\nWritten: %s/results.md and results.json (%d s)\n' "$work" "$((finished - started))"
