// Seven builds of a meter: TariffTest runs in Surefire, NightReadingIT in Failsafe, recorded with mvn verify. For each
// build, testgov's lines and the test plugins' summaries word for word (this directory made constant), where Failsafe's
// test stands in the store, and how selection treats it.
def lines = new File(basedir, 'build.log').readLines()
def starts = lines.findIndexValues { it == '[INFO] Scanning for projects...' }*.intValue()
assert starts.size() == 7 : 'expected seven builds in build.log'
def builds = (0..<starts.size()).collect { lines.subList(starts[it], it + 1 < starts.size() ? starts[it + 1] : lines.size()) }
def root = basedir.canonicalPath

/** testgov's lines and the test plugins' summaries in a build, without the log level. */
def trace = { int build ->
    builds[build - 1].findAll { it ==~ /\[(INFO|WARNING|ERROR)\] (testgov:|  |Tests run: \d+, Failures: \d+, Errors: \d+, Skipped: \d+$).*/ }
        .collect { it.replaceFirst(/^\[(INFO|WARNING|ERROR)\] /, '').replace(root, '${basedir}') }
        .findAll { !it.startsWith('  ') || it.startsWith('  [engine') || it.startsWith('    ') }
}
def gates = 'testgov: gate set [all] no tag filtering'
def recording = 'testgov: recording the dependencies of each test (JaCoCo 0.8.15) into ${basedir}/.testgov/store'
def passed = 'Tests run: 1, Failures: 0, Errors: 0, Skipped: 0'
def recorded = { int kept, int stale, int holds ->
    "recorded 1 test (0 attributed by fork), kept $kept, $stale stale, 0 dropped; store [\${basedir}/.testgov/store] holds $holds test${holds == 1 ? '' : 's'}"
}
def waiting = "testgov: Failsafe's tests run after testgov:collect, so their recordings wait in \${basedir}/target/testgov/record" +
    " for the next build's testgov:prepare; to merge them in this build, bind collect once more, after Failsafe:" +
    ' <execution><id>testgov-integration-tests</id><phase>post-integration-test</phase><goals><goal>collect</goal></goals></execution>'

// 1. One collect, after Surefire: the unit test is merged; Failsafe's recording is left for the next build, and said so.
assert trace(1) == [gates, waiting, recording, passed, 'testgov: ' + recorded(0, 0, 1), passed]

// 2. prepare merges what build 1 left; a second collect, after Failsafe, merges the integration test in this build.
assert trace(2) == [gates, 'testgov: merged recordings an earlier build left in ${basedir}/target/testgov/record: ' + recorded(1, 0, 2),
                    recording, passed, 'testgov: ' + recorded(1, 0, 2), passed, 'testgov: ' + recorded(1, 0, 2)]

// 3. What the store knows of the integration test: the production method it ran and the resource it read.
def nightTest = '[engine:junit-jupiter]/[class:dev.testgov.it.meter.NightReadingIT]/[method:nightReadingIsBilledAtTheNightRate()]'
def known = { String status ->
    ['testgov: 1 recorded tests match [NightReadingIT#*] in recording-merges-failsafe-tests-in-the-same-build',
     "  $nightTest: $status, precise attribution".toString(),
     '    class dev.testgov.it.meter.NightReadingIT [<init>()V, nightReadingIsBilledAtTheNightRate()V]',
     '    class dev.testgov.it.meter.Tariff [night(J)J]',
     '    file target/test-classes/night-reading.properties']
}
assert trace(3).collect { it.replaceFirst(/in \d+ ms/, 'in # ms') } == known('PASSED in # ms')

// 4. Only the integration test ran Tariff.night, whose code changed: testgov:affected, which stops at test, cannot run
//    it (Surefire's default includes leave NightReadingIT out), so it starts no test JVM and says who runs it.
def estimate = { String line -> line.replaceAll(/estimated \d+\.\d s of \d+\.\d s/, 'estimated # s of # s') }
assert trace(4).collect(estimate) == [gates, gates, 'testgov: selected 1 of 2 tests (1 changed method in 1 class); estimated # s of # s;' +
                                      ' 1 of them only Failsafe runs, which this build does not reach; nothing to run in' +
                                      ' recording-merges-failsafe-tests-in-the-same-build, so its test JVM is not started']
assert !builds[3].any { it.contains('Running dev.testgov.it.meter') } : 'no test ran'

// 5. A build that reaches Failsafe runs it, selected for the same change (Surefire's JVM runs none of its tests).
assert trace(5).collect(estimate) == [gates, 'testgov: selected 1 of 2 tests (1 changed method in 1 class); estimated # s of # s',
                                      recording, 'Tests run: 0, Failures: 0, Errors: 0, Skipped: 0',
                                      'testgov: recorded 0 tests (0 attributed by fork), kept 2, 1 stale, 0 dropped; store [${basedir}/.testgov/store] holds 2 tests',
                                      passed, 'testgov: ' + recorded(1, 0, 2)]
assert builds[4].count { it.startsWith('[INFO] Running dev.testgov.it.meter.') } == 1
assert builds[4].contains('[INFO] Running dev.testgov.it.meter.NightReadingIT')

// 6. The night rate breaks: the first collect makes the stored integration test stale (a method it ran changed), the
//    second records it failed, and then Failsafe's verify fails the build, as without testgov.
def failed = 'Tests run: 1, Failures: 1, Errors: 0, Skipped: 0'
assert trace(6) == [gates, recording, passed, 'testgov: ' + recorded(1, 1, 2), failed, 'testgov: ' + recorded(1, 0, 2)]
assert builds[5].any { it.startsWith('[ERROR] Failed to execute goal org.apache.maven.plugins:maven-failsafe-plugin:3.5.5:verify') }
assert trace(7).collect { it.replaceFirst(/in \d+ ms/, 'in # ms') } == known('FAILED in # ms')
assert !new File(basedir, 'target/testgov/record').listFiles().any { it.name.endsWith('.tgr') } : 'every recording was merged'
true
