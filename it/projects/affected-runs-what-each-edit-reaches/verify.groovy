// Twelve builds of one bookshop, each after one edit, each with mvn testgov:affected (the last: testgov:select).
// For each: the tests that ran, from the Surefire reports the build kept in target/reports/<step>, and testgov's
// lines, word for word (the estimated seconds and this project's directory are the only parts that vary).
def lines = new File(basedir, 'build.log').readLines()
def starts = lines.findIndexValues { it == '[INFO] Scanning for projects...' }*.intValue()
assert starts.size() == 12 : 'expected twelve builds in build.log'
def builds = (0..<starts.size()).collect { lines.subList(starts[it], it + 1 < starts.size() ? starts[it + 1] : lines.size()) }
def root = basedir.canonicalPath
def store = "$root/.testgov/store"

/** testgov's lines in a build, without the log level; estimates and this directory made constant. */
def testgov = { int build ->
    builds[build - 1].findAll { it ==~ /\[(INFO|WARNING)\] testgov:.*/ || it.startsWith('[ERROR] Failed to execute goal dev.testgov') }
        .collect { it.replaceFirst(/^\[(INFO|WARNING)\] /, '').replace(root, '${basedir}')
            .replaceAll(/estimated \d+\.\d s of \d+\.\d s/, 'estimated # s of # s')
            .replaceAll(/selection took \d+ ms/, 'selection took # ms') }
}
/** Class#method of every test in the Surefire reports the step kept; none when its test JVM did not start. */
def ran = { String step ->
    def reports = new File(basedir, "target/reports/$step")
    if (!reports.exists()) {
        return []
    }
    reports.listFiles().findAll { it.name.endsWith('.xml') }.collectMany { report ->
        new groovy.xml.XmlSlurper().parse(report).testcase.collect { "${it.@classname.text().replaceFirst(/.*\./, '')}#${it.@name.text()}" }
    }.sort()
}
def has = { int build, String line -> assert builds[build - 1].contains(line) : "build $build lacks the line: $line" }
def id = { String test -> "[engine:junit-jupiter]/[class:dev.testgov.it.bookshop.${test.replace('#', ']/[method:')}()]" }
def selected = { String reason, String... tests -> tests.collect { "testgov:   ${id(it)} <- $reason" } }
def recording = 'testgov: recording the dependencies of each test (JaCoCo 0.8.15) into ${basedir}/.testgov/store'
def recorded = { int tests, int kept -> "testgov: recorded ${tests == 1 ? '1 test' : "$tests tests"} (0 attributed by fork), kept $kept, 0 stale, 0 dropped; store [\${basedir}/.testgov/store] holds 9 tests" }
def gates = 'testgov: gate set [all] no tag filtering'
def all = ['BasketTest#holdsOnlySoManyBooks', 'BasketTest#totalsItsBooks', 'LabelTest#labelsAnEbookAsABook',
           'LabelTest#labelsAnItem', 'PricesTest#addsVat', 'PricesTest#discounts', 'PricingTest#neverAboveTheListPrice',
           'ShippingTest#freeFromTheThreshold', 'ShippingTest#paidBelowIt']

// 1. No store yet: everything runs, and says why.
assert ran('first-run') == all
assert testgov(1) == [gates, 'testgov: running every test: no dependency store yet; this run records one', recording,
                      'testgov: recorded 9 tests (0 attributed by fork), kept 0, 0 stale, 0 dropped; store [${basedir}/.testgov/store] holds 9 tests']
has(1, '[INFO] BUILD SUCCESS')

// 2. Nothing changed: no test JVM, and the build succeeds saying so.
assert ran('no-change') == []
assert testgov(2) == [gates, 'testgov: selected 0 of 9 tests; estimated # s of # s; nothing to run in affected-runs-what-each-edit-reaches, so its test JVM is not started']
has(2, '[INFO] Tests are skipped.')
has(2, '[INFO] BUILD SUCCESS')

// 3. A method body: only the test that ran it.
def withVat = 'changed method dev.testgov.it.bookshop.Prices#withVat(J)J'
assert ran('method-body') == ['PricesTest#addsVat']
assert testgov(3) == [gates, 'testgov: selected 1 of 9 tests (1 changed method in 1 class); estimated # s of # s'] +
        selected(withVat, 'PricesTest#addsVat') + [recording, recorded(1, 8)]

// 4. A field's initial value: the constructor changed, so the tests that made a basket run.
assert ran('field') == ['BasketTest#holdsOnlySoManyBooks', 'BasketTest#totalsItsBooks']
assert testgov(4) == [gates, 'testgov: selected 2 of 9 tests (1 changed method in 1 class); estimated # s of # s'] +
        selected('changed method dev.testgov.it.bookshop.Basket#<init>()V', 'BasketTest#holdsOnlySoManyBooks', 'BasketTest#totalsItsBooks') +
        [recording, recorded(2, 7)]

// 5. A constant: the class's structure changed (and javac copied the value into the test).
def shipping = 'changed structure of dev.testgov.it.bookshop.Shipping (fields, signatures, hierarchy or static initialiser)'
assert ran('constant') == ['ShippingTest#freeFromTheThreshold', 'ShippingTest#paidBelowIt']
assert testgov(5) == [gates, 'testgov: selected 2 of 9 tests (1 changed class structure); estimated # s of # s'] +
        selected(shipping, 'ShippingTest#freeFromTheThreshold', 'ShippingTest#paidBelowIt') + [recording, recorded(2, 7)]

// 6. Book gains an override of label(): an ebook's label changes although no code the test ran changed.
//    The test of Item alone does not run.
assert ran('override') == ['LabelTest#labelsAnEbookAsABook']
assert testgov(6) == [gates, 'testgov: selected 1 of 9 tests (1 changed class structure); estimated # s of # s'] +
        selected('changed structure of dev.testgov.it.bookshop.Book (fields, signatures, hierarchy or static initialiser)', 'LabelTest#labelsAnEbookAsABook') +
        [recording, recorded(1, 8)]

// 7. The class Pricing found by name is deleted.
assert !new File(basedir, 'src/main/java/dev/testgov/it/bookshop/SeasonalDiscount.java').exists()
assert ran('deleted-class') == ['PricingTest#neverAboveTheListPrice']
assert testgov(7) == [gates, 'testgov: selected 1 of 9 tests (1 deleted class); estimated # s of # s'] +
        selected('deleted class dev.testgov.it.bookshop.SeasonalDiscount', 'PricingTest#neverAboveTheListPrice') + [recording, recorded(1, 8)]

// 8. Only a test changed: only it runs.
assert ran('test-only') == ['PricesTest#addsVat']
assert testgov(8) == [gates, 'testgov: selected 1 of 9 tests (1 changed method in 1 class); estimated # s of # s'] +
        selected('changed method dev.testgov.it.bookshop.PricesTest#addsVat()V', 'PricesTest#addsVat') + [recording, recorded(1, 8)]

// 9. A bug in discounted(): the test that catches it runs, is recorded as failed, then the build fails.
def failure = { int of -> "[ERROR] Failed to execute goal dev.testgov:testgov-maven-plugin:${testgovVersion}:collect (default-cli) on project" +
        " affected-runs-what-each-edit-reaches: There are test failures: 1 of $of recorded tests failed: [${id('PricesTest#discounts')}]." +
        ' They are recorded in ${basedir}/.testgov/store and run again next time; see the Surefire reports in ${basedir}/target/surefire-reports -> [Help 1]' }
assert ran('breaks') == ['PricesTest#discounts']
assert testgov(9) == [gates, 'testgov: selected 1 of 9 tests (1 changed method in 1 class); estimated # s of # s'] +
        selected('changed method dev.testgov.it.bookshop.Prices#discounted(JI)J', 'PricesTest#discounts') + [recording, recorded(1, 8), failure(1)]
has(9, '[INFO] BUILD FAILURE')

// 10. The safety check with the bug still in: the failed test is selected again, every test runs, and the check
//     finds that the selection would have run the failing one.
assert ran('safety-check') == all
assert testgov(10) == [gates, 'testgov: selected 1 of 9 tests (1 test FAILED last time); estimated # s of # s'] +
        selected('FAILED last time', 'PricesTest#discounts') +
        ['testgov: safety check: every test runs; testgov:collect reports failing tests the selection would have missed', recording,
         recorded(9, 0), 'testgov: safety check: the selection would have run every failing test (1 failing)', failure(9)]
def safety = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/testgov/safety.json'))
assert safety.failing == [id('PricesTest#discounts')] && safety.missed == []

// 11. The fix: the failed test runs again and passes.
assert ran('fix') == ['PricesTest#discounts']
assert testgov(11) == [gates, 'testgov: selected 1 of 9 tests (1 test FAILED last time); estimated # s of # s'] +
        selected('FAILED last time', 'PricesTest#discounts') + [recording, recorded(1, 8)]
has(11, '[INFO] BUILD SUCCESS')

// 12. testgov:select after another edit: it lists what would run and why, runs nothing, and writes selection.json.
def cost = 'changed method dev.testgov.it.bookshop.Shipping#cost(J)I'
assert ran('select') == []
assert testgov(12) == ['testgov: selected 2 of 9 tests (1 changed method in 1 class); estimated # s of # s'] +
        selected(cost, 'ShippingTest#freeFromTheThreshold', 'ShippingTest#paidBelowIt') +
        ['testgov: change detection and selection took # ms']
has(12, '[INFO] BUILD SUCCESS')
def selection = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/testgov/selection.json'))
assert selection.format == 'testgov-selection' && selection.module == 'affected-runs-what-each-edit-reaches'
assert selection.selectedTests == 2 && selection.recordedTests == 9 && !selection.runsEverything && !selection.nothingToRun
assert selection.nodes.size() == 9
assert selection.nodes.findAll { it.runs }.collect { [it.id, it.reasons] } ==
        [[id('ShippingTest#freeFromTheThreshold'), [cost]], [id('ShippingTest#paidBelowIt'), [cost]]]
def skipList = new File(basedir, 'target/testgov/selection.txt').readLines()
assert skipList[0] == 'testgov-selection 1' && skipList.count { it.startsWith('skip ') } == 7
// The two selected tests run in order, failed last time first, then the shortest; their class with them.
assert skipList.findAll { it.startsWith('rank ') }*.replaceFirst(/^rank \d+ /, '').toSet() ==
        ['dev.testgov.it.bookshop.ShippingTest', 'dev.testgov.it.bookshop.ShippingTest#freeFromTheThreshold',
         'dev.testgov.it.bookshop.ShippingTest#paidBelowIt'].toSet()

true
