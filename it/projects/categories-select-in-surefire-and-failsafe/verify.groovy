import groovy.json.JsonSlurper

// -Dtestgov.categories selects by the categories a test class has from its layout and from the POM's
// <categoryPatterns>, in Surefire's and Failsafe's runs alike; an unknown category fails the build.
def lines = new File(basedir, 'build.log').readLines()
def starts = lines.findIndexValues { it == '[INFO] Scanning for projects...' }*.intValue()
assert starts.size() == 4 : 'expected four builds in build.log'
def builds = (0..3).collect { lines.subList(starts[it], it < 3 ? starts[it + 1] : lines.size()) }
def has = { int build, String line -> assert builds[build - 1].contains(line) : "build $build lacks the line: $line" }
/** The test classes a build ran, in order, as Surefire and Failsafe logged them. */
def ran = { int build ->
    builds[build - 1].findAll { it =~ /^\[INFO\] Tests run: .* -- in / }*.replaceFirst(/.* -- in dev\.testgov\.it\.bank\./, '')
}
def prepared = { String categories ->
    "[INFO] testgov: gate set [all] no tag filtering; categories [$categories]; " +
            'argLine += -Dtestgov.categoryPatterns=**.*SmokeTest=smoke'
}

// 1. nightly: no pattern defines it, so testgov:prepare fails the build naming the known ones; no test ran.
has(1, "[ERROR] Failed to execute goal dev.testgov:testgov-maven-plugin:${testgovVersion}:prepare (default) on project " +
        'categories-select-in-surefire-and-failsafe: testgov: testgov.categories=[nightly] names an unknown category ' +
        '[nightly]; known categories are [e2e, integration, manual, performance, slow, smoke, unit] and uncategorised, ' +
        'or define one in testgov.categoryPatterns -> [Help 1]')
has(1, '[INFO] BUILD FAILURE')
assert ran(1).isEmpty() && !builds[0].any { it.contains('Tests run:') }

// 2. unit (mvn test): one class.
has(2, prepared('unit'))
assert ran(2) == ['unit.InterestTest']
has(2, '[INFO] Tests run: 1, Failures: 0, Errors: 0, Skipped: 0')

// 3. !slow: everything but the e2e classes, uncategorised ones included, in both runs.
has(3, prepared('!slow'))
assert ran(3).sort() == ['AccountTest', 'BalanceSmokeTest', 'TransferIT', 'integration.StatementExportTest', 'unit.InterestTest']
has(3, '[INFO] Tests run: 4, Failures: 0, Errors: 0, Skipped: 0')
has(3, '[INFO] Tests run: 1, Failures: 0, Errors: 0, Skipped: 0')

// 4. smoke,e2e: the project's own category or e2e (which is also slow), in both runs.
has(4, prepared('smoke,e2e'))
assert ran(4).sort() == ['BalanceSmokeTest', 'e2e.CardPaymentIT', 'e2e.OnlineBankingTest']

(2..4).each { has(it, '[INFO] BUILD SUCCESS') }
assert !lines.any { it.startsWith('[WARNING] testgov: ') || it.startsWith('[testgov] ') }

// One outcome file per test JVM (build 2 had only Surefire's), each test with its categories.
def runs = new File(basedir, 'target/testgov').listFiles()
        .findAll { it.name ==~ /outcomes-\d+-\d+\.json/ }
        .collect { new JsonSlurper().parse(it) }
        .sort { it.startedAt }
assert runs.collect { run ->
    run.tests.collectEntries { [(it['class'].replaceFirst(/^dev\.testgov\.it\.bank\./, '')): it.categories] }
} == [
        ['unit.InterestTest': ['unit']],
        ['unit.InterestTest': ['unit'], 'integration.StatementExportTest': ['integration'], AccountTest: [],
         BalanceSmokeTest: ['smoke']],
        [TransferIT: ['integration']],
        [BalanceSmokeTest: ['smoke'], 'e2e.OnlineBankingTest': ['e2e', 'slow']],
        ['e2e.CardPaymentIT': ['e2e', 'integration', 'slow']],
]
assert runs.every { run -> run.tests.every { it.status == 'PASSED' } }

true
