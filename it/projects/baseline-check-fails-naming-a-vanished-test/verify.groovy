import groovy.json.JsonSlurper

// Build 1 records the baseline (the bound check steps aside); build 2 deletes RenewalTest.java and the check
// fails naming its test, with the command that accepts the change.
def builds = new File(basedir, 'build.log').text.split(/(?m)^\[INFO\] Scanning for projects\.\.\.$/).drop(1)
assert builds.size() == 2 : "expected two builds in build.log, found ${builds.size()}"
def testgov = { String build -> build.readLines().findAll { it ==~ /^\[(INFO|WARNING|ERROR)\] testgov: .*/ } }
def skipReason = '@RequiresEnv: environment variable or system property [TESTGOV_IT_CATALOGUE_URL] is not set; set it to run this test'

def recorded = testgov(builds[0])
assert recorded.size() == 5 : recorded.join('\n')
assert recorded[0] == '[INFO] testgov: this build records a new baseline (testgov:baseline); the check steps aside'
assert recorded[1] == '[INFO] testgov: Tests run: 8, Failures: 0, Errors: 0, Skipped: 1'
assert recorded[2] == '[INFO] testgov: Gated: 1 (requires_env 1)'
assert recorded[3] == '[INFO] testgov: SKIPPED [1] ' + skipReason
assert recorded[4] ==~ /\[INFO\] testgov: recorded baseline \[testgov-baseline\.json\]: 8 tests in 4 classes: 7 passed, 1 skipped in [\d.]+ m?s; commit it/
assert builds[0].contains('[INFO] BUILD SUCCESS')

def checked = testgov(builds[1])
assert checked == [
        '[INFO] testgov: Tests run: 7, Failures: 0, Errors: 0, Skipped: 1',
        '[INFO] testgov: Gated: 1 (requires_env 1)',
        '[ERROR] testgov: VANISHED dev.testgov.it.library.RenewalTest#renewsOnceForThreeMoreWeeks',
] : checked.join('\n')
assert builds[1].contains('[INFO] BUILD FAILURE')
assert builds[1].readLines().any { it.startsWith('[ERROR] Failed to execute goal dev.testgov:testgov-maven-plugin:') && it.endsWith(
        ':check (default) on project baseline-check-fails-naming-a-vanished-test: testgov: the tests drifted from baseline' +
        ' [testgov-baseline.json]: 1 vanished; see the lines above and [target/testgov/report.html]. If the change is' +
        ' intended, run mvn verify testgov:baseline and commit testgov-baseline.json; to report such drift without' +
        ' failing, leave it out of testgov.check.failOn -> [Help 1]') }

// The committed file: a fixed format, one test per line, no timestamps, the build's one-line summary.
def file = new File(basedir, 'testgov-baseline.json')
def baseline = new JsonSlurper().parse(file)
assert baseline.format == 'testgov-baseline' && baseline.version == 1
assert baseline.project == 'dev.testgov.it:baseline-check-fails-naming-a-vanished-test'
assert baseline.summary.line ==~ /8 tests in 4 classes: 7 passed, 1 skipped in [\d.]+ m?s/
assert baseline.summary.outcomes == [passed: 7, failed: 0, errored: 0, skipped: 1, aborted: 0, deselected: 0]
assert baseline.summary.byPackage == ['dev.testgov.it.library': [classes: 4, tests: 8]]
assert baseline.summary.skips == [[status: 'SKIPPED', gate: 'requires_env', reason: skipReason, tests: 1]]
assert baseline.environment.java ==~ /\d+/ && baseline.environment.docker == 'not probed'
assert baseline.tests*.displayName == ['findsABookByIsbn()', 'costsNothingOnTime()', '[1] 1, 20', '[2] 10, 200',
        '[3] 40, 500', 'cannotStartInThePast()', 'isDueInThreeWeeks()', 'renewsOnceForThreeMoreWeeks()']
assert baseline.tests.every { it.body ==~ /[0-9a-f]{16}/ }
def testLines = file.readLines().findAll { it.startsWith('    {"id":') }
assert testLines.size() == 8 : 'each test on a line of its own'
assert !file.text.contains('startedAt') && !file.text.contains('pid')

// The report beside the outcome files says the same, for people and for tools.
def report = new JsonSlurper().parse(new File(basedir, 'target/testgov/report.json'))
assert report.format == 'testgov-report' && report.version == 1
assert report.status == 'fails the check: 1 vanished'
assert report.modules[0].drift.counts.vanished == 1 && report.modules[0].drift.failing == ['vanished']
assert report.modules[0].drift.findings.vanished*.method == ['renewsOnceForThreeMoreWeeks']
def html = new File(basedir, 'target/testgov/report.html').text
assert html.contains('<svg class="chart" data-chart="outcomes"')
assert html.contains('RenewalTest#renewsOnceForThreeMoreWeeks')

true
