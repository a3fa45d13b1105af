import groovy.json.JsonSlurper

// -Dtestgov.strict=live_api: the closed live API gate fails the build, naming the gate, the credential and the
// setting; a gate that strict mode does not name still skips.
def log = new File(basedir, 'build.log').readLines()
def testgov = log.findAll { it.startsWith('[testgov] ') }
def logHas = { String line -> assert log.contains(line) : "build.log lacks the line: $line" }
def logHasLine = { String what, Closure<Boolean> test -> assert log.any(test) : "build.log lacks $what" }

assert testgov.size() == 4 : testgov.join('\n')
assert testgov[0] == '[testgov] Tests run: 3, Failures: 0, Errors: 1, Skipped: 1'
assert testgov[1] == '[testgov] Gated: 2 (live_api 1, manual 1)'
def strict = testgov[2]
assert strict.startsWith('[testgov] FAILED (strict) [1] @LiveApi: ') : strict
assert strict.contains('[TESTGOV_IT_RATES_API_KEY] is not set') : strict
assert strict.endsWith(' (strict mode [testgov.strict=live_api] makes live_api fail instead of skip)') : strict
assert testgov[3] == '[testgov] SKIPPED [1] @Manual: system property [testgov.manual] is not set; ' +
        'run with -Dtestgov.manual=true or set RUN_MANUAL_TESTS=1 ==> compare the rate with the bank\'s website'

// Surefire reports an error carrying testgov's exception with the same reason, and the build fails.
def reason = strict.replaceFirst(/^\[testgov\] FAILED \(strict\) \[1\] /, '')
logHas('[ERROR] Tests run: 3, Failures: 0, Errors: 1, Skipped: 1')
logHasLine('the error of fetchesTodaysEuroRate') {
    it.startsWith('[ERROR] dev.testgov.it.rates.ExchangeRateClientTest.fetchesTodaysEuroRate -- Time elapsed: ')
            && it.endsWith(' <<< ERROR!')
}
logHas('Caused by: dev.testgov.junit.GateClosedException: ' + reason)
assert !log.any { it.contains('ran without') } : 'a gated test ran'
logHas('[INFO] BUILD FAILURE')

def files = new File(basedir, 'target/testgov').listFiles().findAll { it.name ==~ /outcomes-\d+-\d+\.json/ }
assert files.size() == 1 : files
def tests = new JsonSlurper().parse(files[0]).tests.collectEntries { [(it.method): it] }
assert tests.fetchesTodaysEuroRate.subMap(['status', 'gate', 'strict', 'reason']) ==
        [status: 'ERRORED', gate: 'live_api', strict: true, reason: reason]
assert tests.showsTheRateTheBankShows.status == 'SKIPPED'
assert tests.convertsAtTheGivenRate.status == 'PASSED'

true
