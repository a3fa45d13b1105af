import groovy.json.JsonSlurper

// The canary credential is set for the build; its value must appear nowhere testgov or Surefire writes, while
// the messages that held it show **** instead.
def properties = new Properties()
new File(basedir, 'invoker.properties').withInputStream { properties.load(it) }
def canary = properties.getProperty('invoker.environmentVariables.TESTGOV_CANARY_KEY')
assert canary?.startsWith('sk-canary-')

def buildLog = new File(basedir, 'build.log')
def reports = new File(basedir, 'target/surefire-reports').listFiles().toList()
def outcomeFiles = new File(basedir, 'target/testgov').listFiles().toList()
assert reports.any { it.name == 'TEST-dev.testgov.it.weather.WeatherApiTest.xml' } : reports
assert outcomeFiles.size() == 1 && outcomeFiles[0].name ==~ /outcomes-\d+-\d+\.json/ : outcomeFiles
([buildLog] + reports + outcomeFiles).each { file ->
    assert !file.getText('UTF-8').contains(canary) : "the canary credential leaked into $file"
}
// And anywhere else in the project, but the file that sets it.
new File(basedir as String).eachFileRecurse(groovy.io.FileType.FILES) { file ->
    if (file.name != 'invoker.properties') {
        assert !file.getText('ISO-8859-1').contains(canary) : "the canary credential leaked into $file"
    }
}

def log = buildLog.readLines()
def testgov = log.findAll { it.startsWith('[testgov] ') }
def logHas = { String line -> assert log.contains(line) : "build.log lacks the line: $line" }

// The passing test ran with the key set, and said so without printing it.
logHas("fetched today's forecast with a key of ${canary.length()} characters")
// The rate-limited call was aborted, the failures failed: each message masked.
assert testgov.size() == 4 : testgov.join('\n')
assert testgov[0] == '[testgov] Tests run: 5, Failures: 1, Errors: 1, Skipped: 2'
assert testgov[1] == '[testgov] Gated: 2 (live_api 2)'
assert testgov[2].startsWith('[testgov] ABORTED [1] @LiveApi: ') : testgov[2]
assert testgov[2].contains('[IllegalStateException: HTTP 429 Too Many Requests for key ****]') : testgov[2]
// A credential that is set is not named as missing.
assert testgov[3].startsWith('[testgov] SKIPPED [1] @LiveApi: ') : testgov[3]
assert testgov[3].contains('[TESTGOV_MISSING_KEY] is not set') && !testgov[3].contains('TESTGOV_CANARY_KEY') : testgov[3]

logHas('org.opentest4j.AssertionFailedError: expected: <Bearer sk-other> but was: <Bearer ****>')
logHas('java.lang.IllegalStateException: unexpected response body <html> for key ****')
logHas('[ERROR] Tests run: 5, Failures: 1, Errors: 1, Skipped: 2')
logHas('[INFO] BUILD FAILURE')

def xml = new File(basedir, 'target/surefire-reports/TEST-dev.testgov.it.weather.WeatherApiTest.xml').getText('UTF-8')
assert xml.contains('HTTP 429 Too Many Requests for key ****')
assert xml.contains('unexpected response body &lt;html&gt; for key ****')

def tests = new JsonSlurper().parse(outcomeFiles[0]).tests.collectEntries { [(it.method): it] }
assert tests.collectEntries { method, test -> [(method): test.status] } == [
        fetchesTodaysForecast           : 'PASSED',
        rateLimitedCallIsAborted        : 'ABORTED',
        unexpectedResponseFails         : 'ERRORED',
        authorizationHeaderMismatchFails: 'FAILED',
        fetchesSevereWeatherAlerts      : 'SKIPPED',
]
assert tests.rateLimitedCallIsAborted.gate == 'live_api'
assert tests.rateLimitedCallIsAborted.reason == testgov[2].replaceFirst(/^\[testgov\] ABORTED \[1\] /, '')
assert tests.unexpectedResponseFails.reason == 'java.lang.IllegalStateException: unexpected response body <html> for key ****'
assert tests.authorizationHeaderMismatchFails.reason ==
        'org.opentest4j.AssertionFailedError: expected: <Bearer sk-other> but was: <Bearer ****>'

true
