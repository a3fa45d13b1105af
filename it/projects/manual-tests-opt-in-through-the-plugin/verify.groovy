import groovy.json.JsonSlurper

// Build 1, -Dtestgov.gates=manual: only the manual test runs, opted in through argLine.
// Build 2, -Dtestgov.manual=true: every test runs; the switch reaches the test JVM by itself.
def lines = new File(basedir, 'build.log').readLines()
def starts = lines.findIndexValues { it == '[INFO] Scanning for projects...' }*.intValue()
assert starts.size() == 2 : 'expected two builds in build.log'
def builds = [lines.subList(starts[0], starts[1]), lines.subList(starts[1], lines.size())]
def has = { int build, String line -> assert builds[build - 1].contains(line) : "build $build lacks the line: $line" }
def ran = { int build -> builds[build - 1].findAll { it =~ /^\[INFO\] Tests run: .* -- in / }*.replaceFirst(/.* -- in dev\.testgov\.it\.labels\./, '') }

has(1, '[INFO] testgov: gate set [manual] groups=[manual]; manual tests opted in; argLine += -Dtestgov.manual=true')
assert ran(1) == ['LabelPrinterTest']
has(1, '[INFO] Tests run: 1, Failures: 0, Errors: 0, Skipped: 0')

has(2, '[INFO] testgov: gate set [all] no tag filtering; manual tests opted in')
assert !builds[1].any { it.contains('argLine += ') } : 'the command-line switch was repeated on argLine'
assert ran(2).sort() == ['LabelPrinterTest', 'LabelTest']
has(2, '[INFO] Tests run: 2, Failures: 0, Errors: 0, Skipped: 0')

[1, 2].each { build ->
    has(build, 'manual label check ran: testgov.manual=true')
    has(build, '[INFO] BUILD SUCCESS')
    // Nothing skipped, so testgov has nothing to summarise.
    assert !builds[build - 1].any { it.startsWith('[testgov] ') || it.startsWith('[WARNING] testgov: ') }
}
assert new File(basedir, 'target/manual-runs.txt').readLines() == ['manual label check ran: testgov.manual=true'] * 2

// Each test JVM's outcome file: the manual gate was open, by the system property, both times.
def runs = new File(basedir, 'target/testgov').listFiles()
        .findAll { it.name ==~ /outcomes-\d+-\d+\.json/ }
        .collect { new JsonSlurper().parse(it) }
        .sort { it.startedAt }
assert runs*.gates == [[[gate: 'manual', open: true, reason: '@Manual: system property [testgov.manual] is [true]']]] * 2
assert runs.collect { run -> run.tests.collect { "$it.method $it.status" }.sort() } == [
        ['printsALabelForInspection PASSED'],
        ['printsALabelForInspection PASSED', 'putsTheTownAfterThePostcode PASSED'],
]

true
