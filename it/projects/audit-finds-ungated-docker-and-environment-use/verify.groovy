// mvn test-compile testgov:audit names the ungated Testcontainers test and the ungated System.getenv with their
// evidence, and sums up; it warns (build 1) unless -Dtestgov.audit.fail=true makes the same findings fail (build 2).
def lines = new File(basedir, 'build.log').readLines()
def starts = lines.findIndexValues { it == '[INFO] Scanning for projects...' }*.intValue()
assert starts.size() == 2 : 'expected two builds in build.log'
def builds = [lines.subList(starts[0], starts[1]), lines.subList(starts[1], lines.size())]
def has = { int build, String line -> assert builds[build - 1].contains(line) : "build $build lacks the line: $line" }

def findings = [
        '[WARNING] testgov: dev.testgov.it.warehouse.StockRepositoryTest#savesStockInTheDatabase uses Testcontainers ' +
                '(new org/testcontainers/containers/GenericContainer) without @RequiresDocker',
        '[WARNING] testgov: dev.testgov.it.warehouse.SupplierFeedTest#readsTheFeedAddress reads the environment ' +
                '(calls java/lang/System.getenv("SUPPLIER_FEED_URL") in dev.testgov.it.warehouse.SupplierFeedTest#feedUrl) ' +
                'without @RequiresEnv, @LiveApi or @RequiresService',
]
def summary = 'testgov: audit scanned 4 test classes and 5 tests and found 2 ungated uses (Docker 1, environment 1, network 0)'

// 1. Warnings only: the two findings, then the summary with what to do; the gated uses are not reported.
assert builds[0].findAll { it.startsWith('[WARNING] testgov: ') } == findings + [
        "[WARNING] $summary; add the gates named above, or run with -Dtestgov.audit.fail=true to fail the build on them".toString()]
has(1, '[INFO] BUILD SUCCESS')

// 2. The same findings, then the build fails with the summary and the command to run next.
assert builds[1].findAll { it.startsWith('[WARNING] testgov: ') } == findings
has(2, "[ERROR] Failed to execute goal dev.testgov:testgov-maven-plugin:${testgovVersion}:audit (default-cli) on project " +
        "audit-finds-ungated-docker-and-environment-use: $summary; add the gates named above, then run " +
        'mvn test-compile testgov:audit again -> [Help 1]')
has(2, '[INFO] BUILD FAILURE')

// No test ran: the audit reads bytecode only.
assert !lines.any { it.contains('Tests run:') }
assert !new File(basedir, 'target/surefire-reports').exists()

true
