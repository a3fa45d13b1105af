import groovy.json.JsonSlurper

// Two builds, no POM edit: -Dtestgov.manual=true on the command line reaches the forked test JVM, then
// RUN_MANUAL_TESTS=1 in the environment opts in on its own. Both times the manual test really ran.
def log = new File(basedir, 'build.log').readLines()
def logHas = { String line, int times -> assert log.count(line) == times : "build.log has not $times times: $line" }

def fromProperty = 'manual receipt check ran: testgov.manual=true, RUN_MANUAL_TESTS=null'
def fromVariable = 'manual receipt check ran: testgov.manual=null, RUN_MANUAL_TESTS=1'
assert new File(basedir, 'target/manual-runs.txt').readLines() == [fromProperty, fromVariable]
logHas(fromProperty, 1)
logHas(fromVariable, 1)
logHas('[INFO] Tests run: 2, Failures: 0, Errors: 0, Skipped: 0', 2)
logHas('[INFO] BUILD SUCCESS', 2)
// Nothing skipped, so testgov has nothing to summarise.
assert !log.any { it.startsWith('[testgov] ') } : log.findAll { it.startsWith('[testgov] ') }

// Each fork's outcome file records which opt-in opened the gate.
def runs = new File(basedir, 'target/testgov').listFiles()
        .findAll { it.name ==~ /outcomes-\d+-\d+\.json/ }
        .collect { new JsonSlurper().parse(it) }
        .sort { it.startedAt }
assert runs.size() == 2
assert runs*.gates == [
        [[gate: 'manual', open: true, reason: '@Manual: system property [testgov.manual] is [true]']],
        [[gate: 'manual', open: true, reason: '@Manual: environment variable [RUN_MANUAL_TESTS] is [1]']],
]
runs.each { run ->
    def manual = run.tests.find { it.method == 'printsAReceiptForInspection' }
    assert manual.status == 'PASSED' && manual.tags == ['manual']
}

true
