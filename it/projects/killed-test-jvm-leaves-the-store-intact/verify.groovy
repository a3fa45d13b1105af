// A recorded run whose test JVM dies halfway leaves the store exactly as it was; the next build merges what the dead
// JVM had written (the finished class's tests keep fresh data), and runs again the tests whose data was not complete.
def lines = new File(basedir, 'build.log').readLines()
def starts = lines.findIndexValues { it == '[INFO] Scanning for projects...' }*.intValue()
assert starts.size() == 4 : 'expected four builds in build.log'
def builds = (0..<starts.size()).collect { lines.subList(starts[it], it + 1 < starts.size() ? starts[it + 1] : lines.size()) }
def root = basedir.canonicalPath
def has = { int build, String line -> assert builds[build - 1].contains(line) : "build $build lacks the line: $line" }
def inspect = { int build -> builds[build - 1].findAll { it.startsWith('[INFO] testgov: 5 recorded tests match') || it.startsWith('[INFO]   [engine:') || it.startsWith('[INFO]     ') } }
def started = { int build -> builds[build - 1].findAll { it.startsWith('[INFO] Running ') }*.replaceFirst(/.*\./, '') }
def id = { String test -> "[engine:junit-jupiter]/[class:dev.testgov.it.ledger.${test.replace('#', ']/[method:')}()]" }
def stale = 'stale: not run since a change it depends on, or not fully recorded last time'

// 1. Five tests recorded.
assert started(1) == ['AccountTest', 'CrashTest', 'TransferTest']
has(1, "[INFO] testgov: recorded 5 tests (0 attributed by fork), kept 0, 0 stale, 0 dropped; store [$root/.testgov/store] holds 5 tests")
def before = inspect(1)
assert before.size() == 1 + 5 + 11 && before.count { it.contains(': PASSED in ') && it.endsWith(' ms, precise attribution') } == 5

// 2. CrashTest halts the JVM in its second test: AccountTest had finished, TransferTest never starts, the build fails
//    in Surefire, and testgov:collect never runs.
assert started(2) == ['AccountTest', 'CrashTest']
has(2, '[ERROR] The forked VM terminated without properly saying goodbye. VM crash or System.exit called?')
has(2, '[INFO] BUILD FAILURE')
assert !builds[1].any { it.startsWith('[INFO] testgov: recorded') }

// 3. The store is untouched: the same tests, outcomes, durations and dependencies as after build 1.
assert inspect(3) == before

// 4. The next build merges the dead JVM's recording: AccountTest's two tests are recorded afresh, TransferTest's is
//    kept, CrashTest's two are stale (one's class never finished, the other never finished itself) and run again.
has(4, "[INFO] testgov: merged recordings an earlier build left in $root/target/testgov/record: recorded 2 tests" +
        " (0 attributed by fork), kept 1, 2 stale, 0 dropped; store [$root/.testgov/store] holds 5 tests")
assert builds[3].any { it ==~ /\[WARNING\] testgov: 2 tests in \[\Q$root\E\/target\/testgov\/record\/raw-\d+-1\.tgr\] were not recorded and run again next time: 1 a container above it did not finish, 1 started but did not finish/ }
assert builds[3].any { it ==~ /\[INFO\] testgov: selected 2 of 5 tests \(2 tests \Q$stale\E\); estimated \d+\.\d s of \d+\.\d s/ }
has(4, "[INFO] testgov:   ${id('CrashTest#aFinishesBeforeTheCrash')} <- $stale")
has(4, "[INFO] testgov:   ${id('CrashTest#bHaltsTheJvm')} <- $stale")
assert started(4) == ['CrashTest']
has(4, '[INFO] Tests run: 2, Failures: 0, Errors: 0, Skipped: 0')
has(4, "[INFO] testgov: recorded 2 tests (0 attributed by fork), kept 3, 0 stale, 0 dropped; store [$root/.testgov/store] holds 5 tests")
has(4, '[INFO] BUILD SUCCESS')
// ...and every test is recorded, precisely, with the dependencies it had before.
def dependencies = { List<String> block -> block.collect { it.replaceFirst(/ in \d+ ms,/, ',') } }
assert dependencies(inspect(4)) == dependencies(before)
assert !new File(basedir, 'target/testgov/record').listFiles().any { it.name.endsWith('.tgr') }

true
