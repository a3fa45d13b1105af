// Nine builds: the library's two releases installed, then eight runs of mvn testgov:affected after one edit each.
// For each: the tests that ran, from the Surefire reports the build kept in target/reports/<step>, and testgov's
// lines, word for word (estimated seconds and this project's directory are made constant).
def lines = new File(basedir, 'build.log').readLines()
def starts = lines.findIndexValues { it == '[INFO] Scanning for projects...' }*.intValue()
assert starts.size() == 9 : 'expected nine builds in build.log'
def builds = (0..<starts.size()).collect { lines.subList(starts[it], it + 1 < starts.size() ? starts[it + 1] : lines.size()) }
def root = basedir.canonicalPath

def testgov = { int build ->
    builds[build - 1].findAll { it ==~ /\[(INFO|WARNING)\] testgov:.*/ }
        .collect { it.replaceFirst(/^\[(INFO|WARNING)\] /, '').replace(root, '${basedir}')
            .replaceAll(/estimated \d+\.\d s of \d+\.\d s/, 'estimated # s of # s') }
}
def ran = { String step ->
    def reports = new File(basedir, "target/reports/$step")
    !reports.exists() ? [] : reports.listFiles().findAll { it.name.endsWith('.xml') }.collectMany { report ->
        new groovy.xml.XmlSlurper().parse(report).testcase.collect { "${it.@classname.text().replaceFirst(/.*\./, '')}#${it.@name.text()}" }
    }.sort()
}
def id = { String test -> "[engine:junit-jupiter]/[class:dev.testgov.it.invoices.${test.replace('#', ']/[method:')}()]" }
def selected = { String reason, String... tests -> tests.collect { "testgov:   ${id(it)} <- $reason" } }
def gates = 'testgov: gate set [all] no tag filtering'
def recording = 'testgov: recording the dependencies of each test (JaCoCo 0.8.15) into ${basedir}/.testgov/store'
def recorded = { String tests, int kept, int stale, int total ->
    "testgov: recorded $tests (0 attributed by fork), kept $kept, $stale stale, 0 dropped; store [\${basedir}/.testgov/store] holds $total tests" }
builds.eachWithIndex { build, index -> assert build.contains('[INFO] BUILD SUCCESS') : "build ${index + 1} failed" }

// 1. The library's releases 1.0 and 2.0 are installed; 2. the first run records every test.
assert ran('first-run') == ['DiscountFileTest#readsTheDiscounts', 'GreetingTest#greetsTheCustomer', 'InvoiceArchiveTest#archivesTheGrossAmounts', 'InvoiceTest#addsGermanVat']
assert testgov(2) == [gates, 'testgov: running every test: no dependency store yet; this run records one', recording, recorded('4 tests', 0, 0, 4)]

// 3. The greeting resource changed (as Maven copied it to the test classes): only the test that read it runs.
assert ran('resource') == ['GreetingTest#greetsTheCustomer']
assert testgov(3) == [gates, 'testgov: selected 1 of 4 tests (1 changed file); estimated # s of # s'] +
        selected('changed file target/test-classes/greeting.txt', 'GreetingTest#greetsTheCustomer') + [recording, recorded('1 test', 3, 0, 4)]

// 4. A data file under the project directory changed: only the test that read it runs.
assert ran('data-file') == ['DiscountFileTest#readsTheDiscounts']
assert testgov(4) == [gates, 'testgov: selected 1 of 4 tests (1 changed file); estimated # s of # s'] +
        selected('changed file data/discounts.csv', 'DiscountFileTest#readsTheDiscounts') + [recording, recorded('1 test', 3, 0, 4)]

// 5. A @Nested class appears in GreetingTest: no recorded test is affected, yet the test JVM starts and the new
//    test runs, alone.
assert ran('new-nested-test') == ['GreetingTest$Closing#endsWithAComma']
assert testgov(5) == [gates, 'testgov: selected 0 of 4 tests; estimated # s of # s',
                      'testgov: test classes not in the store run in full: [dev.testgov.it.invoices.GreetingTest$Closing]',
                      recording, recorded('1 test', 4, 0, 5)]

// 6. The optional style sheet GreetingTest#greetsTheCustomer looked for, and did not find, appears: only it runs.
assert ran('style-sheet') == ['GreetingTest#greetsTheCustomer']
assert testgov(6) == [gates, 'testgov: selected 1 of 5 tests (1 changed file); estimated # s of # s'] +
        selected('resource added or changed on the classpath greeting-style.txt', 'GreetingTest#greetsTheCustomer') +
        [recording, recorded('1 test', 4, 0, 5)]

// 7. Invoice changed, in a run narrowed to all but integration tests: both tests that ran Invoice are selected, the
//    category filter runs one, and the integration test turns stale instead of keeping its old data...
def gross = 'changed method dev.testgov.it.invoices.Invoice#gross()J'
assert ran('unit-only') == ['InvoiceTest#addsGermanVat']
assert testgov(7) == ['testgov: gate set [all] no tag filtering; categories [!integration]',
                      'testgov: selected 2 of 5 tests (1 changed method in 1 class); estimated # s of # s'] +
        selected(gross, 'InvoiceTest#addsGermanVat') +
        ["testgov:   [engine:junit-jupiter]/[class:dev.testgov.it.invoices.integration.InvoiceArchiveTest]/[method:archivesTheGrossAmounts()] <- $gross".toString(),
         recording, recorded('1 test', 4, 1, 5)]

// 8. ...so the next, unnarrowed run runs it.
assert ran('unnarrowed') == ['InvoiceArchiveTest#archivesTheGrossAmounts']
assert testgov(8) == [gates, 'testgov: selected 1 of 5 tests (1 test stale: not run since a change it depends on, or not fully recorded last time); estimated # s of # s',
                      'testgov:   [engine:junit-jupiter]/[class:dev.testgov.it.invoices.integration.InvoiceArchiveTest]/[method:archivesTheGrossAmounts()]' +
                              ' <- stale: not run since a change it depends on, or not fully recorded last time',
                      recording, recorded('1 test', 4, 0, 5)]

// 9. The library moves to 2.0: a build input changed, so every test runs.
assert ran('dependency') == ['DiscountFileTest#readsTheDiscounts', 'GreetingTest#greetsTheCustomer', 'GreetingTest$Closing#endsWithAComma',
                             'InvoiceArchiveTest#archivesTheGrossAmounts', 'InvoiceTest#addsGermanVat']
assert testgov(9) == [gates, 'testgov: running every test: build inputs changed since the recorded run: dependency' +
        ' [dev.testgov.it:tax-tables:jar::1.0] removed; dependency [dev.testgov.it:tax-tables:jar::2.0] added', recording,
                      recorded('5 tests', 0, 0, 5)]

true
