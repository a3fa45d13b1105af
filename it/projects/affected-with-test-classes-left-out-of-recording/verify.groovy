// Seven builds of a shop whose test classes the recording leaves out (testgov.record.excludes=*Test:*Test$* in the
// POM), each after one edit, each with mvn testgov:affected. For each: the tests that ran, from the Surefire
// reports the build kept in target/reports/<step>, and testgov's lines, word for word.
def lines = new File(basedir, 'build.log').readLines()
def starts = lines.findIndexValues { it == '[INFO] Scanning for projects...' }*.intValue()
assert starts.size() == 7 : 'expected seven builds in build.log'
def builds = (0..<starts.size()).collect { lines.subList(starts[it], it + 1 < starts.size() ? starts[it + 1] : lines.size()) }
def root = basedir.canonicalPath

/** testgov's lines in a build, without the log level; estimates and this directory made constant. */
def testgov = { int build ->
    builds[build - 1].findAll { it ==~ /\[(INFO|WARNING)\] testgov:.*/ || it.startsWith('[ERROR] Failed to execute goal dev.testgov') }
        .collect { it.replaceFirst(/^\[(INFO|WARNING)\] /, '').replace(root, '${basedir}')
            .replaceAll(/estimated \d+\.\d s of \d+\.\d s/, 'estimated # s of # s') }
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
def gates = 'testgov: gate set [all] no tag filtering'
def recording = 'testgov: recording the dependencies of each test (JaCoCo 0.8.15) into ${basedir}/.testgov/store'
def recorded = { int tests, int kept -> "testgov: recorded $tests tests (0 attributed by fork), kept $kept, 0 stale, 0 dropped; store [\${basedir}/.testgov/store] holds 3 tests" }
def id = { String test -> "[engine:junit-jupiter]/[class:dev.testgov.it.shop.$test]" }
def addsVat = id('PricesTest]/[method:addsVat()')
def roundsDown = id('PricesTest]/[nested-class:Rounding]/[method:roundsDown()')
def freeFromTheThreshold = id('ShippingTest]/[method:freeFromTheThreshold()')
def all = ['PricesTest#addsVat', 'PricesTest$Rounding#roundsDown', 'ShippingTest#freeFromTheThreshold']

// 1. No store yet: everything runs and is recorded.
assert ran('first-run') == all
assert testgov(1) == [gates, 'testgov: running every test: no dependency store yet; this run records one', recording, recorded(3, 0)]

// 2. A production class is still recorded: only the tests that ran the changed method run.
def withVat = 'changed method dev.testgov.it.shop.Prices#withVat(J)J'
assert ran('method-body') == ['PricesTest#addsVat', 'PricesTest$Rounding#roundsDown']
assert testgov(2) == [gates, 'testgov: selected 2 of 3 tests (1 changed method in 1 class); estimated # s of # s',
                      "testgov:   $addsVat <- $withVat", "testgov:   $roundsDown <- $withVat", recording, recorded(2, 1)]

// 3. A test class changed, which no recording saw: every test of the module runs, and says why.
def unseen = 'build inputs changed since the recorded run: configuration [classes outside the recording in target/test-classes] changed'
assert ran('test-only') == all
assert testgov(3) == [gates, "testgov: running every test: $unseen", "testgov:   $addsVat <- $unseen", "testgov:   $roundsDown <- $unseen",
                      "testgov:   $freeFromTheThreshold <- $unseen", recording, recorded(3, 0)]

// 4. A comment moves the test's lines: its fingerprint ignores them, so nothing runs.
assert ran('test-comment') == []
assert testgov(4) == [gates, 'testgov: selected 0 of 3 tests; estimated # s of # s; nothing to run in affected-with-test-classes-left-out-of-recording, so its test JVM is not started']

// 5. Other patterns: every test runs (the nested test class is now outside them, so recorded: the digest changes too).
assert ran('new-patterns') == all
assert testgov(5) == [gates, 'testgov: running every test: build inputs changed since the recorded run: configuration' +
                      ' [classes outside the recording in target/test-classes] changed; configuration [testgov.record.excludes] changed',
                      recording, recorded(3, 0)]

// 6. Same patterns, nothing changed: nothing runs.
assert ran('no-change') == []
assert testgov(6) == testgov(4)

// 7. A malformed pattern fails the build before any test runs, naming the parameter and the pattern.
assert testgov(7)[-1].startsWith('[ERROR] Failed to execute goal dev.testgov:testgov-maven-plugin:' + testgovVersion +
        ':prepare (default-cli) on project affected-with-test-classes-left-out-of-recording: testgov.record.includes:' +
        " [dev/testgov/*] is not a class name pattern: write JaCoCo patterns, class names with dots and the wildcards * and ?," +
        " separated by ':', e.g. com.acme.*:*Test")
assert ran('malformed') == []

// The store names the classes the last recording saw: production classes and the nested test class *Test leaves in,
// never the test classes themselves.
def classes = new File(basedir, '.testgov/store').readLines().findAll { it.startsWith('class\t') }.collect { it.split('\t')[1] }
assert classes == ['dev/testgov/it/shop/Prices', 'dev/testgov/it/shop/PricesTest$Rounding', 'dev/testgov/it/shop/Shipping']
true
