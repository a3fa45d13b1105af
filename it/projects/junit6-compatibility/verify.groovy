import groovy.json.JsonSlurper

// The same gates on the JUnit 6 platform: skips with reasons, the grouped summary and the outcome file.
def log = new File(basedir, 'build.log').readLines()
def testgov = log.findAll { it.startsWith('[testgov] ') }
def logHas = { String line -> assert log.contains(line) : "build.log lacks the line: $line" }
def assertLine = { String line, String start, List<String> facts ->
    assert line?.startsWith(start) && facts.every { line.contains(it) } : "expected '$start...' with $facts, got: $line"
}

assert testgov.size() == 6 : testgov.join('\n')
assert testgov[0] == '[testgov] Tests run: 6, Failures: 0, Errors: 0, Skipped: 4'
assert testgov[1] == '[testgov] Gated: 4 (requires_docker 1, live_api 1, manual 1, requires_env 1)'
assertLine(testgov[2], '[testgov] SKIPPED [1] @LiveApi: ', ['[TESTGOV_IT_CARRIER_API_KEY] is not set'])
assert testgov[3] == '[testgov] SKIPPED [1] @Manual: system property [testgov.manual] is not set; ' +
        'run with -Dtestgov.manual=true or set RUN_MANUAL_TESTS=1'
assertLine(testgov[4], '[testgov] SKIPPED [1] @RequiresDocker: ', ['[/nonexistent/docker.sock]', 'DOCKER_HOST'])
assertLine(testgov[5], '[testgov] SKIPPED [1] @RequiresEnv: ', ['[TESTGOV_IT_DEPOT_URL] is not set'])

logHas('[INFO] Tests run: 6, Failures: 0, Errors: 0, Skipped: 4')
logHas('[INFO] BUILD SUCCESS')
assert !log.any { it.contains('ran without') } : 'a gated test ran'

def files = new File(basedir, 'target/testgov').listFiles().findAll { it.name ==~ /outcomes-\d+-\d+\.json/ }
assert files.size() == 1 : files
def outcomes = new JsonSlurper().parse(files[0])
assert outcomes.junitPlatform == '6.1.3'
assert outcomes.testgov == testgovVersion
def reason = { String summaryLine -> summaryLine.replaceFirst(/^\[testgov\] SKIPPED \[\d+\] /, '') }
assert outcomes.tests.collectEntries { [(it.method): [it.status, it.gate, it.reason]] } == [
        acceptsAnInternationalNumber       : ['PASSED', null, null],
        rejectsGarbage                     : ['PASSED', null, null],
        asksTheCarrierForTheLatestEvent    : ['SKIPPED', 'live_api', reason(testgov[2])],
        showsTheParcelOnAMap               : ['SKIPPED', 'manual', reason(testgov[3])],
        storesEventsInTheDatabaseContainer : ['SKIPPED', 'requires_docker', reason(testgov[4])],
        readsTheDepotSchedule              : ['SKIPPED', 'requires_env', reason(testgov[5])],
]

true
