import groovy.json.JsonSlurper

// Every closed gate skips with its reason; Surefire, testgov's summary and the outcome file tell the same story.
def log = new File(basedir, 'build.log').readLines()
def testgov = log.findAll { it.startsWith('[testgov] ') }
def logHas = { String line -> assert log.contains(line) : "build.log lacks the line: $line" }
def logHasLine = { String what, Closure<Boolean> test -> assert log.any(test) : "build.log lacks $what" }

/** Asserts a line whose wording another part of testgov owns: its start, then the facts that must be in it. */
def assertLine = { String line, String start, List<String> facts ->
    assert line?.startsWith(start) && facts.every { line.contains(it) } : "expected '$start...' with $facts, got: $line"
}

assert testgov.size() == 6 : testgov.join('\n')
assert testgov[0] == '[testgov] Tests run: 8, Failures: 0, Errors: 0, Skipped: 5'
assert testgov[1] == '[testgov] Gated: 5 (requires_docker 2, live_api 1, manual 1, requires_env 1)'
assertLine(testgov[2], '[testgov] SKIPPED [2] @RequiresDocker: ', ['[/nonexistent/docker.sock]', 'DOCKER_HOST'])
assertLine(testgov[3], '[testgov] SKIPPED [1] @LiveApi: ', ['[TESTGOV_IT_PAYMENTS_KEY] is not set'])
assert testgov[4] == '[testgov] SKIPPED [1] @Manual: system property [testgov.manual] is not set; ' +
        'run with -Dtestgov.manual=true or set RUN_MANUAL_TESTS=1 ==> check the printed receipt by eye'
assertLine(testgov[5], '[testgov] SKIPPED [1] @RequiresEnv: ', ['[TESTGOV_IT_TAX_SERVICE_URL] is not set'])

// Surefire counts a gated class's tests one by one, and its @BeforeAll never ran.
logHas('[INFO] Tests run: 8, Failures: 0, Errors: 0, Skipped: 5')
logHasLine('2 skips in OrderRepositoryDockerTest') {
    it.startsWith('[WARNING] Tests run: 2, Failures: 0, Errors: 0, Skipped: 2, Time elapsed: ')
            && it.endsWith(' -- in dev.testgov.it.shop.OrderRepositoryDockerTest')
}
assert !log.any { it.contains('@BeforeAll ran') || it.contains('ran without') } : 'a gated test or its @BeforeAll ran'
logHas('[INFO] BUILD SUCCESS')

// One fork, one outcome file; each test's reason is the one the summary printed.
def files = new File(basedir, 'target/testgov').listFiles().findAll { it.name ==~ /outcomes-\d+-\d+\.json/ }
assert files.size() == 1 : files
def outcomes = new JsonSlurper().parse(files[0])
assert outcomes.format == 'testgov-outcomes'
assert outcomes.version == 1
assert outcomes.testgov == testgovVersion
assert outcomes.junitPlatform == '1.14.4'

def reason = { String summaryLine -> summaryLine.replaceFirst(/^\[testgov\] SKIPPED \[\d+\] /, '') }
def expected = [
        'OrderRepositoryDockerTest.savesAnOrder'          : ['SKIPPED', 'requires_docker', reason(testgov[2])],
        'OrderRepositoryDockerTest.findsAnOrderById'      : ['SKIPPED', 'requires_docker', reason(testgov[2])],
        'PaymentGatewayTest.chargesATestCard'             : ['SKIPPED', 'live_api', reason(testgov[3])],
        'PaymentGatewayTest.rejectsANegativeCharge'       : ['PASSED', null, null],
        'ReceiptPrinterTest.printsAReceipt'               : ['SKIPPED', 'manual', reason(testgov[4])],
        'TaxServiceTest.fetchesTheCurrentVatRate'         : ['SKIPPED', 'requires_env', reason(testgov[5])],
        'PriceCalculatorTest.addsVat'                     : ['PASSED', null, null],
        'PriceCalculatorTest.rejectsNegativePrices'       : ['PASSED', null, null],
]
def actual = outcomes.tests.collectEntries { test ->
    [(test['class'].tokenize('.').last() + '.' + test.method): [test.status, test.gate, test.reason]]
}
assert actual == expected

// The class-level gate is recorded once per test, pointing at the class that carried it.
def dockerTests = outcomes.tests.findAll { it.gate == 'requires_docker' }
assert dockerTests*.via.unique() == ['[engine:junit-jupiter]/[class:dev.testgov.it.shop.OrderRepositoryDockerTest]']
assert dockerTests*.tags.unique() == [['requires_docker']]

true
