import groovy.json.JsonSlurper
import groovy.xml.XmlSlurper

// Build 1, -Dtestgov.skip: both goals say they skip, nothing is deselected, and the gates skip at run time.
// Build 2, -Dtestgov.gates=fast: one INFO line, and the Docker, live API and manual tests are absent from
// Surefire's and Failsafe's runs, their reports and testgov's outcome files, while the other tests ran.
def lines = new File(basedir, 'build.log').readLines()
def starts = lines.findIndexValues { it == '[INFO] Scanning for projects...' }*.intValue()
assert starts.size() == 2 : 'expected two builds in build.log'
def (skipped, fast) = [lines.subList(starts[0], starts[1]), lines.subList(starts[1], lines.size())]
def has = { List<String> log, String line -> assert log.contains(line) : "build lacks the line: $line" }
def ran = { List<String> log -> log.findAll { it =~ /^\[(INFO|WARNING)\] Tests run: .* -- in / }*.replaceFirst(/.* -- in dev\.testgov\.it\.orders\./, '') }

// 1. The plugin is off; the gates still decide, and say why, in both test JVMs.
has(skipped, '[INFO] Skipping testgov:prepare because property testgov.skip is set.')
has(skipped, '[INFO] Skipping testgov:audit because property testgov.skip is set.')
assert !skipped.any { it.startsWith('[INFO] testgov: ') } : 'a skipped goal still did its work'
assert ran(skipped).sort() == ['CarrierBookingIT', 'CarrierQuoteTest', 'OrderFlowIT', 'OrderRepositoryDockerTest',
        'OrderTotalTest', 'PackingSlipTest']
def docker = '[testgov] SKIPPED [1] @RequiresDocker: Docker socket [/nonexistent/docker.sock] does not exist; ' +
        'start the Docker engine or set DOCKER_HOST'
def live = '[testgov] SKIPPED [1] @LiveApi: environment variable or system property [TESTGOV_IT_CARRIER_KEY] is not set; ' +
        'set it to run live API tests'
assert skipped.findAll { it.startsWith('[testgov] ') } == [
        '[testgov] Tests run: 6, Failures: 0, Errors: 0, Skipped: 3',
        '[testgov] Gated: 3 (requires_docker 1, live_api 1, manual 1)',
        live,
        '[testgov] SKIPPED [1] @Manual: system property [testgov.manual] is not set; ' +
                'run with -Dtestgov.manual=true or set RUN_MANUAL_TESTS=1 ==> check the printed slip by eye',
        docker,
        // Failsafe's JVM
        '[testgov] Tests run: 3, Failures: 0, Errors: 0, Skipped: 2',
        '[testgov] Gated: 2 (requires_docker 1, live_api 1)',
        live,
        docker,
]
has(skipped, '[INFO] Tests run: 6, Failures: 0, Errors: 0, Skipped: 3')
has(skipped, '[INFO] Tests run: 3, Failures: 0, Errors: 0, Skipped: 2')
has(skipped, '[INFO] BUILD SUCCESS')

// 2. The fast gate set: one line, then only the ungated tests ran, so nothing skipped and testgov printed nothing.
assert fast.count('[INFO] testgov: gate set [fast] excludedGroups=[requires_docker, live_api, manual]') == 1
assert !fast.any { it.startsWith('[WARNING] testgov: ') } : fast.findAll { it.startsWith('[WARNING] testgov: ') }
has(fast, '[INFO] testgov: audit scanned 6 test classes and 9 tests: every use of Docker, the environment or the network is gated')
assert ran(fast).sort() == ['CarrierQuoteTest', 'OrderFlowIT', 'OrderTotalTest']
assert !fast.any { it.startsWith('[testgov] ') } : fast.findAll { it.startsWith('[testgov] ') }
has(fast, '[INFO] Tests run: 3, Failures: 0, Errors: 0, Skipped: 0')
has(fast, '[INFO] Tests run: 1, Failures: 0, Errors: 0, Skipped: 0')
has(fast, '[INFO] BUILD SUCCESS')

/** Each report's test cases, as Class.method, with how they ended. */
def reports = { String directory ->
    new File(basedir, "target/$directory").listFiles().findAll { it.name ==~ /TEST-.*\.xml/ }.collectMany { file ->
        new XmlSlurper().parse(file).testcase.collect { testCase ->
            def outcome = ['skipped', 'failure', 'error'].find { testCase[it].size() > 0 } ?: 'passed'
            [(testCase.@classname.text().tokenize('.').last() + '.' + testCase.@name.text()): outcome]
        }
    }.collectEntries { it }
}
assert reports('surefire-reports') == [
        'OrderTotalTest.addsTheItems'                : 'passed',
        'OrderTotalTest.rejectsAnEmptyOrder'         : 'passed',
        'CarrierQuoteTest.quotesNothingForAFreeOrder': 'passed',
]
assert reports('failsafe-reports') == ['OrderFlowIT.placesAnOrder': 'passed']

// One outcome file per test JVM, holding only what ran.
def outcomes = new File(basedir, 'target/testgov').listFiles()
        .findAll { it.name ==~ /outcomes-\d+-\d+\.json/ }
        .collect { new JsonSlurper().parse(it) }
        .sort { it.startedAt }
assert outcomes.collect { run -> run.tests.collect { "${it['class'].tokenize('.').last()}.${it.method} ${it.status}" }.sort() } == [
        ['CarrierQuoteTest.quotesNothingForAFreeOrder PASSED', 'OrderTotalTest.addsTheItems PASSED',
         'OrderTotalTest.rejectsAnEmptyOrder PASSED'],
        ['OrderFlowIT.placesAnOrder PASSED'],
]

true
