# shellcheck shell=bash
# ADAPTERS: everything the benchmark assumes about testgov's recording and selection goals, in one place (with
# testgov-profile.xml, which binds testgov's goals in the generated reactor under -Ptestgov). Sourced by run.sh.
# When the goals land or change, update the functions below; nothing else in the harness names a testgov goal.
#
# Contract
#   *_command      prints the Maven arguments, one per line. run.sh runs them in the generated project as
#                  mvnw -B -ntp -o -q -Dmaven.test.failure.ignore=true <arguments>   (analysis_command: without -q)
#                  and reads which tests ran from Surefire's XML reports (target/surefire-reports), never from
#                  testgov's output, so the benchmark cannot be fooled by what testgov says it ran.
#   *_available    returns 0 when the goal can run; otherwise prints why not, e.g. "goal testgov:affected not
#                  available". It may use testgov_help, the output of `mvn -Ptestgov testgov:help -Ddetail=true`
#                  in the generated project (run once by run.sh before any measurement).
#
# record_command   runs the full test suite with per-test recording, leaving the recorded dependencies where
#                  affected_command and analysis_command look for them. Measured against a plain `mvn test`.
# affected_command after an edit, runs only the tests whose recorded dependencies changed (the whole job, as a
#                  user types it: change detection, selection and the test run).
# analysis_command change detection and selection only, no test run; must print the time it took.
# floor_command    the full test suite with JaCoCo's agent alone, attached as testgov attaches it (the same runtime
#                  agent, testgov's agent options, the project's packages), no listener, no merge: the least any
#                  JaCoCo-based per-test recording costs. Measured against plain, beside record_command.
# lean_command     record_command with the test classes left out of instrumentation (testgov.record.excludes):
#                  the cheaper recording a user can choose, at the price of coarser selection when a test class
#                  changes. Measured against plain, beside record_command.
# analysis_time_ms LOG: prints that time in milliseconds, read from the build log LOG; nothing if absent.
# recording_state_paths: globs (relative to the project root) of the recorded state; run.sh saves them after
#                  recording and restores them before every affected run, so each repeat starts from the same state.
# store_paths      globs (relative to the project root) of the files holding the recorded dependencies, whose size
#                  the results report per recorded test.
# store_tests FILE prints how many tests that file holds.

testgov_help=""   # set by run.sh
# JaCoCo's runtime agent as testgov's own build copies it (junit-extension's tests run it); the version is the
# one testgov attaches (jacoco.version in the root pom.xml, AgentJars.JACOCO_VERSION).
jacoco_agent="${root_dir:?}/junit-extension/target/jacoco-agent/jacocoagent.jar"

goal_listed() {
  grep -qE "^testgov:$1\$" <<<"$testgov_help"
}

record_available() {
  if goal_listed prepare && grep -qE 'User property: testgov\.record\b' <<<"$testgov_help"; then
    return 0
  fi
  echo "goal testgov:prepare has no recording switch (testgov.record) yet"
  return 1
}

record_command() {
  printf '%s\n' -Ptestgov test -Dtestgov.record=true
}

lean_available() {
  if grep -qE 'User property: testgov\.record\.excludes\b' <<<"$testgov_help"; then
    return 0
  fi
  echo "goal testgov:prepare has no testgov.record.excludes yet"
  return 1
}

# The generated test classes are all named *Test (TestPlanner); nested ones are *Test$*.
lean_command() {
  printf '%s\n' -Ptestgov test -Dtestgov.record=true '-Dtestgov.record.excludes=*Test:*Test$*'
}

affected_available() {
  goal_listed affected && return 0
  echo "goal testgov:affected not available"
  return 1
}

affected_command() {
  printf '%s\n' -Ptestgov testgov:affected
}

floor_available() {
  [[ -f $jacoco_agent ]] && return 0
  echo "JaCoCo's runtime agent is not at $jacoco_agent (testgov's build copies it there)"
  return 1
}

# RecordingArguments.AGENT_OPTIONS, and the generated project's packages (all under bench).
floor_command() {
  printf '%s\n' test "-DargLine=-javaagent:$jacoco_agent=output=none,jmx=false,sessionid=testgov,includes=bench.*"
}

analysis_available() {
  goal_listed select && return 0
  echo "goal testgov:select not available"
  return 1
}

analysis_command() {
  printf '%s\n' -Ptestgov testgov:select
}

# testgov:select prints "testgov: change detection and selection took 143 ms" once per module; the reactor's
# analysis time is their sum.
analysis_time_ms() {
  grep -oE 'testgov: change detection and selection took [0-9]+ ms' "$1" | grep -oE '[0-9]+' \
    | awk '{ total += $1 } END { if (NR > 0) print total }' || true
}

# Each module keeps its dependency store in <module>/.testgov.
recording_state_paths() {
  printf '%s\n' '.testgov' '*/.testgov'
}

# A module's store is the one file <module>/.testgov/store, one line per test (format: StoreFormat in the plugin).
store_paths() {
  printf '%s\n' '.testgov/store' '*/.testgov/store'
}

store_tests() {
  grep -c $'^test\t' "$1" || true
}
