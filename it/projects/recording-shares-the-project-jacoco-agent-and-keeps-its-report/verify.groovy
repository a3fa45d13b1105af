// The project's own JaCoCo agent (prepare-agent) and testgov's recording share the test JVM: testgov records with that
// agent instead of starting a second one, keeps the project's classes only, and gives every probe back, so JaCoCo's
// jacoco.exec and report still cover the whole run - both test classes' methods, not just the last one's.
def log = new File(basedir, 'build.log').readLines()
def root = basedir.canonicalPath
def has = { String line -> assert log.contains(line) : "build.log lacks the line: $line" }

def jacoco = log.find { it.startsWith('[INFO] argLine set to -javaagent:') }
assert jacoco?.endsWith("org.jacoco.agent-0.8.15-runtime.jar=destfile=$root/target/jacoco.exec") : jacoco
has("[INFO] testgov: recording the dependencies of each test (JaCoCo 0.8.15, the project's own agent) into $root/.testgov/store")
has('[INFO] Tests run: 2, Failures: 0, Errors: 0, Skipped: 0')
has("[INFO] testgov: recorded 2 tests (0 attributed by fork), kept 0, 0 stale, 0 dropped; store [$root/.testgov/store] holds 2 tests")
has('[INFO] BUILD SUCCESS')
assert !log.any { it.startsWith('[WARNING] testgov') || it.startsWith('[testgov]') }

// Each test depends on the project's classes it ran, and on nothing of JUnit, Surefire or testgov.
def id = { String test -> "[engine:junit-jupiter]/[class:dev.testgov.it.tickets.${test.replace('#', ']/[method:')}()]" }
def inspect = log.findAll { it.startsWith('[INFO]   [engine:') || it.startsWith('[INFO]     ') }*.replaceFirst(/ in \d+ ms,/, ',')
assert inspect == [
        "[INFO]   ${id('AdultFareTest#paysTheBaseFare')}: PASSED, precise attribution",
        '[INFO]     class dev.testgov.it.tickets.AdultFareTest [<init>()V, paysTheBaseFare()V]',
        '[INFO]     class dev.testgov.it.tickets.Fare [<init>(J)V, adult()J]',
        "[INFO]   ${id('ChildFareTest#paysHalf')}: PASSED, precise attribution",
        '[INFO]     class dev.testgov.it.tickets.ChildFareTest [<init>()V, paysHalf()V]',
        '[INFO]     class dev.testgov.it.tickets.Fare [<init>(J)V, child()J]',
]*.toString()

// JaCoCo's report: adult() ran in the first test class and child() in the second, and both count as covered;
// senior() and family(), which no test calls, do not.
def parser = new groovy.xml.XmlSlurper(false, false, true)
parser.setFeature('http://apache.org/xml/features/nonvalidating/load-external-dtd', false)
def report = parser.parse(new File(basedir, 'target/site/jacoco/jacoco.xml'))
def fare = report.'package'.'class'.find { it.@name == 'dev/testgov/it/tickets/Fare' }
def covered = fare.method.collectEntries { method ->
    [method.@name.text(), method.counter.find { it.@type == 'INSTRUCTION' }.@covered.text() as int] }
assert covered.findAll { it.value > 0 }.keySet() == ['<init>', 'adult', 'child'] as Set : covered
assert covered.senior == 0 && covered.family == 0

true
