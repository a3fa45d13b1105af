import groovy.json.JsonSlurper

// Strict mode for requires_docker without a Docker engine: set in the POM (build 1) or on the command line
// (build 2), the closed Docker gate fails the build naming the gate; without strict mode (build 3) it skips.
def lines = new File(basedir, 'build.log').readLines()
def starts = lines.findIndexValues { it == '[INFO] Scanning for projects...' }*.intValue()
assert starts.size() == 3 : 'expected three builds in build.log'
def builds = (0..2).collect { lines.subList(starts[it], it < 2 ? starts[it + 1] : lines.size()) }
def has = { int build, String line -> assert builds[build - 1].contains(line) : "build $build lacks the line: $line" }
def testgov = { int build -> builds[build - 1].findAll { it.startsWith('[testgov] ') } }

def closed = '@RequiresDocker: Docker socket [/nonexistent/docker.sock] does not exist; start the Docker engine or set DOCKER_HOST'
def strict = closed + ' (strict mode [testgov.strict=requires_docker] makes requires_docker fail instead of skip)'

// 1. <strict> in the POM: prepare passes it to the test JVM on argLine, and says so.
has(1, '[INFO] testgov: gate set [all] no tag filtering; strict [requires_docker]; argLine += -Dtestgov.strict=requires_docker')
// 2. -Dtestgov.strict on the command line reaches the test JVM by itself: nothing is added to argLine.
has(2, '[INFO] testgov: gate set [all] no tag filtering; strict [requires_docker]')
assert !builds[1].any { it.contains('argLine += ') } : 'the command-line switch was repeated on argLine'
[1, 2].each { build ->
    assert testgov(build) == [
            '[testgov] Tests run: 2, Failures: 0, Errors: 1, Skipped: 0',
            '[testgov] Gated: 1 (requires_docker 1)',
            '[testgov] FAILED (strict) [1] ' + strict,
    ] : "build $build: " + testgov(build).join('\n')
    has(build, 'Caused by: dev.testgov.junit.GateClosedException: ' + strict)
    has(build, '[ERROR] Tests run: 2, Failures: 0, Errors: 1, Skipped: 0')
    has(build, '[INFO] BUILD FAILURE')
}

// 3. The contrast: no strict mode, the same closed gate skips and the build passes.
has(3, '[INFO] testgov: gate set [all] no tag filtering')
assert testgov(3) == [
        '[testgov] Tests run: 2, Failures: 0, Errors: 0, Skipped: 1',
        '[testgov] Gated: 1 (requires_docker 1)',
        '[testgov] SKIPPED [1] ' + closed,
]
has(3, '[INFO] BUILD SUCCESS')
assert !lines.any { it.contains('ran without Docker') } : 'the Docker test ran'

// Each test JVM's outcome file: the Docker test errored under strict mode twice, then skipped.
def runs = new File(basedir, 'target/testgov').listFiles()
        .findAll { it.name ==~ /outcomes-\d+-\d+\.json/ }
        .collect { new JsonSlurper().parse(it) }
        .sort { it.startedAt }
assert runs.collect { run -> run.tests.find { it.method == 'storesBookingsInTheDatabase' }.with { [it.status, it.gate, it.strict, it.reason] } } == [
        ['ERRORED', 'requires_docker', true, strict],
        ['ERRORED', 'requires_docker', true, strict],
        ['SKIPPED', 'requires_docker', null, closed],
]
assert runs.every { run -> run.tests.find { it.method == 'balancesDebitsAndCredits' }.status == 'PASSED' }

true
