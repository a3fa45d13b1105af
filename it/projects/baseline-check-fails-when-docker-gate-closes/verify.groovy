import groovy.json.JsonSlurper

// Recorded where Docker answered; now it does not. The Docker tests are skipped with their reason, and instead
// of a green build the check fails on the tests newly skipped, saying what changed in the environment.
def builds = new File(basedir, 'build.log').text.split(/(?m)^\[INFO\] Scanning for projects\.\.\.$/).drop(1)
assert builds.size() == 2 : "expected two builds in build.log, found ${builds.size()}"
def testgov = { String build -> build.readLines().findAll { it ==~ /^\[(INFO|WARNING|ERROR)\] testgov: .*/ } }

def recorded = testgov(builds[0])
assert recorded.size() == 3 : recorded.join('\n')
assert recorded[1] == '[INFO] testgov: Tests run: 11, Failures: 0, Errors: 0, Skipped: 0'
assert recorded[2] ==~ /\[INFO\] testgov: recorded baseline \[testgov-baseline\.json\]: 11 tests in 3 classes: 11 passed in [\d.]+ m?s; commit it/
assert builds[0].contains('[INFO] BUILD SUCCESS')

def reason = '@RequiresDocker: Docker socket [/nonexistent.sock] does not exist; start the Docker engine or set DOCKER_HOST'
def checked = testgov(builds[1])
assert checked == [
        '[INFO] testgov: Tests run: 11, Failures: 0, Errors: 0, Skipped: 2',
        '[INFO] testgov: Gated: 2 (requires_docker 2)',
        '[INFO] testgov: Docker is unavailable now; it was available when the baseline was recorded',
        '[ERROR] testgov: NEWLY SKIPPED [2] ' + reason,
        '[ERROR] testgov:   dev.testgov.it.parcels.ParcelStoreDockerTest#findsAParcelByTrackingNumber (was PASSED)',
        '[ERROR] testgov:   dev.testgov.it.parcels.ParcelStoreDockerTest#savesAParcel (was PASSED)',
] : checked.join('\n')
assert builds[1].contains('[INFO] BUILD FAILURE')
assert builds[1].readLines().any { it.startsWith('[ERROR] Failed to execute goal dev.testgov:testgov-maven-plugin:') && it.contains(
        'testgov: the tests drifted from baseline [testgov-baseline.json]: 2 newly skipped; see the lines above and' +
        ' [target/testgov/report.html]. If the change is intended, run mvn verify testgov:baseline and commit' +
        ' testgov-baseline.json;') }

// The baseline remembers that Docker was available, and which gate verdict said so.
def baseline = new JsonSlurper().parse(new File(basedir, 'testgov-baseline.json'))
assert baseline.environment.docker == 'available'
def docker = baseline.environment.gates.findAll { it.gate == 'requires_docker' }
assert docker.size() == 1 && docker[0].open && docker[0].reason.startsWith('@RequiresDocker: ')
assert baseline.summary.byTag == [requires_docker: [classes: 1, tests: 2]]

def report = new JsonSlurper().parse(new File(basedir, 'target/testgov/report.json'))
assert report.status == 'fails the check: 2 newly skipped'
assert report.modules[0].environment.docker == 'unavailable'
assert report.modules[0].drift.findings.newlySkipped*.after*.reason.unique() == [reason]

true
