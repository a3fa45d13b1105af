import groovy.json.JsonSlurper

// Unchanged, the check says so in one line (and testgov:report writes the report); when no test runs at all, the executed count collapses to zero and
// the build fails instead of going green, naming -DskipTests as the cause.
def builds = new File(basedir, 'build.log').text.split(/(?m)^\[INFO\] Scanning for projects\.\.\.$/).drop(1)
assert builds.size() == 3 : "expected three builds in build.log, found ${builds.size()}"
def testgov = { String build -> build.readLines().findAll { it ==~ /^\[(INFO|WARNING|ERROR)\] testgov: .*/ } }

def unchanged = testgov(builds[1])
assert unchanged.size() == 4 : unchanged.join('\n')
assert unchanged[0] == '[INFO] testgov: Tests run: 5, Failures: 0, Errors: 0, Skipped: 0'
assert unchanged[1] ==~ /\[INFO\] testgov: no drift from baseline \[testgov-baseline\.json\]: 5 tests in 2 classes: 5 passed in [\d.]+ m?s/
assert unchanged[2] == unchanged[0]
assert unchanged[3] == '[INFO] testgov: report [target/testgov/report.html]: no drift'
assert builds[1].contains('[INFO] BUILD SUCCESS')
assert !builds[1].contains('[WARNING] testgov') : 'an unchanged build is quiet'

def skipped = testgov(builds[2])
assert skipped == [
        '[INFO] testgov: Tests run: 0, Failures: 0, Errors: 0, Skipped: 0',
        '[ERROR] testgov: COLLAPSE 0 tests ran, 5 expected from the baseline (a drop of more than 20% counts as a collapse)',
] : skipped.join('\n')
assert builds[2].contains('[INFO] Tests are skipped.')
assert builds[2].contains('[INFO] BUILD FAILURE')
assert builds[2].readLines().any { it.startsWith('[ERROR] Failed to execute goal dev.testgov:testgov-maven-plugin:') && it.contains(
        'testgov: the tests drifted from baseline [testgov-baseline.json]: a collapse (0 of 5 tests ran) (tests were' +
        ' skipped with skipTests; add -Dtestgov.skip=true when you mean to skip testgov too); see the lines above') }

// The build ran no test, but left the first builds' outcome files behind: they must not count.
def outcomes = new File(basedir, 'target/testgov').listFiles().findAll { it.name ==~ /outcomes-\d+-\d+\.json/ }
assert outcomes.size() == 2
def report = new JsonSlurper().parse(new File(basedir, 'target/testgov/report.json'))
assert report.modules[0].drift.findings.collapse == [expected: 5, executed: 0, maxDropPercent: 20]

true
