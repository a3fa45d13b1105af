// A typo in the gate set fails the build before any test runs (build 1). Surefire's literal <argLine> and explicit
// <excludedGroups> override what testgov:prepare set: it warns with the fix, and the consequences are real (build 2);
// the same <argLine> drops the recording agents, and testgov says so (build 3).
def lines = new File(basedir, 'build.log').readLines()
def starts = lines.findIndexValues { it == '[INFO] Scanning for projects...' }*.intValue()
assert starts.size() == 3 : 'expected three builds in build.log'
def builds = (0..<starts.size()).collect { lines.subList(starts[it], it + 1 < starts.size() ? starts[it + 1] : lines.size()) }
def has = { int build, String line -> assert builds[build - 1].contains(line) : "build $build lacks the line: $line" }

// 1. -Dtestgov.gates=fsat
has(1, "[ERROR] Failed to execute goal dev.testgov:testgov-maven-plugin:${testgovVersion}:prepare (default) on project " +
        'plugin-misconfiguration-fails-or-warns: testgov: unknown gate set [fsat] in testgov.gates; known gate sets are ' +
        '[fast, docker, live, manual, all]; run with -Dtestgov.gates=<one of them> or declare it in <gateSets> -> [Help 1]')
has(1, '[INFO] BUILD FAILURE')
assert !builds[0].any { it.contains('Tests run:') || it.startsWith('[INFO] testgov: ') }

// 2. -Dtestgov.gates=fast: the summary, then one warning for each override, with the fix.
has(2, '[INFO] testgov: gate set [fast] excludedGroups=[requires_docker, live_api, manual]; strict [requires_docker]; ' +
        'argLine += -Dtestgov.strict=requires_docker')
assert builds[1].findAll { it.startsWith('[WARNING] testgov: ') } == [
        '[WARNING] testgov: maven-surefire-plugin configures <excludedGroups>slow</excludedGroups>, which overrides gate ' +
                'set [fast] (excludedGroups=[requires_docker, live_api, manual]); remove <excludedGroups> from its ' +
                'configuration, or set the property excludedGroups in <properties> instead',
        '[WARNING] testgov: maven-surefire-plugin configures <argLine>-Xmx256m</argLine> without @{argLine}, so the test ' +
                'JVM misses [-Dtestgov.strict=requires_docker]; write <argLine>@{argLine} -Xmx256m</argLine>',
]
// What the warnings said would happen: the Docker test was not left out, and without the strict switch it skipped
// instead of failing; the POM's own excludedGroups left out the slow test.
assert builds[1].findAll { it.startsWith('[testgov] ') } == [
        '[testgov] Tests run: 2, Failures: 0, Errors: 0, Skipped: 1',
        '[testgov] Gated: 1 (requires_docker 1)',
        '[testgov] SKIPPED [1] @RequiresDocker: Docker socket [/nonexistent/docker.sock] does not exist; ' +
                'start the Docker engine or set DOCKER_HOST',
]
assert !lines.any { it.contains('TicketSearchTest') || it.contains('a slow test ran') }
has(2, '[INFO] Tests run: 2, Failures: 0, Errors: 0, Skipped: 1')
has(2, '[INFO] BUILD SUCCESS')

// 3. Recording asked for: the literal <argLine> also drops testgov's recording agents, and testgov says what that costs.
def literal = '[WARNING] testgov: maven-surefire-plugin configures <argLine>-Xmx256m</argLine> without @{argLine}, so the test JVM misses '
assert builds[2].findAll { it.startsWith('[WARNING] testgov: ') }.drop(1) == [
        literal + '[-Dtestgov.strict=requires_docker]; write <argLine>@{argLine} -Xmx256m</argLine>',
        literal + "[testgov's recording agents: no test is recorded, the store stays as it was]; write <argLine>@{argLine} -Xmx256m</argLine>",
        '[WARNING] testgov: testgov:collect is not bound, so this run\'s recordings are merged into the store by the next ' +
                'build\'s testgov:prepare; bind the goals prepare and collect, or run mvn testgov:affected',
]
has(3, '[INFO] BUILD SUCCESS')

true
