// Misconfiguration fails the build, naming the attribute and the bad value; it never turns into a skip.
def lines = new File(basedir, 'build.log').readLines()
// build.log holds both builds, one after the other.
def starts = lines.findIndexValues { it == '[INFO] Scanning for projects...' }*.intValue()
assert starts.size() == 2 : 'expected two builds in build.log'
def builds = [lines.subList(starts[0], starts[1]), lines.subList(starts[1], lines.size())]

def check = { int number, List<String> expectedTestgov, List<String> facts, String surefireTotals ->
    def log = builds[number - 1]
    def testgov = log.findAll { it.startsWith('[testgov] ') }
    assert testgov.size() == expectedTestgov.size() : "build $number: " + testgov.join('\n')
    [testgov, expectedTestgov].transpose().each { actual, expected ->
        assert actual.startsWith(expected) : "build $number: expected '$expected...', got: $actual"
    }
    def failure = testgov.find { it.startsWith('[testgov] FAILED (misconfigured gate) ') }
    assert facts.every { failure.contains(it) } : "build $number: expected $facts in: $failure"
    def cause = failure.replaceFirst(/^\[testgov\] FAILED \(misconfigured gate\) \[\d+\] /, '')
    assert log.contains('Caused by: dev.testgov.junit.GateConfigurationException: ' + cause) : "build $number: no cause"
    assert log.contains(surefireTotals) : "build $number: lacks $surefireTotals"
    assert log.contains('[INFO] BUILD FAILURE') : "build $number did not fail"
    assert !log.any { it.contains('ran with a misconfigured gate') || it.contains('ran without Docker') }
}

// 1. @RequiresEnv("WAREHOUSE API URL"): that test fails; the Docker gate beside it still skips normally.
check(1, ['[testgov] Tests run: 3, Failures: 0, Errors: 1, Skipped: 1',
          '[testgov] Gated: 1 (requires_docker 1)',
          '[testgov] FAILED (misconfigured gate) [1] @RequiresEnv(value) ',
          '[testgov] SKIPPED [1] @RequiresDocker: '],
        ['[WAREHOUSE API URL]'],
        '[ERROR] Tests run: 3, Failures: 0, Errors: 1, Skipped: 1')

// 2. -Dtestgov.strict=requres_docker: every gated test fails, naming the setting and the unknown gate.
check(2, ['[testgov] Tests run: 3, Failures: 0, Errors: 2, Skipped: 0',
          '[testgov] FAILED (misconfigured gate) [2] '],
        ['testgov.strict', '[requres_docker]', 'requires_docker'],
        '[ERROR] Tests run: 3, Failures: 0, Errors: 2, Skipped: 0')

true
