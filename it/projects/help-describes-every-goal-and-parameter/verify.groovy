// help:describe -Ddetail (build 1) and testgov:help -Ddetail (build 2) show every goal and every parameter the user
// can set, each with its documentation; none reads "(no description)", and read-only internals stay hidden.
def lines = new File(basedir, 'build.log').readLines()
def starts = lines.findIndexValues { it == '[INFO] Scanning for projects...' }*.intValue()
assert starts.size() == 2 : 'expected two builds in build.log'
def builds = [lines.subList(starts[0], starts[1]), lines.subList(starts[1], lines.size())]

def runParameters = ['baselineFile', 'maxExecutedDrop', 'outputDirectory', 'skip', 'slowTestMillis', 'slowdownFactor',
        'slowdownMinMillis', 'testClassesDirectory']
def expected = [
        affected : ['skip'],
        aggregate: runParameters,
        audit    : ['fail', 'skip', 'testClassesDirectory'],
        baseline : runParameters,
        check    : runParameters + ['failOn'],
        collect  : ['affectedVerify', 'skip'],
        help     : ['detail', 'goal', 'indentSize', 'lineLength'],
        inspect  : ['className', 'skip', 'test'],
        prepare  : ['affected', 'affectedVerify', 'categories', 'categoryPatterns', 'explain', 'gateSets', 'gates', 'manual',
                    'outputDirectory', 'record', 'recordExcludes', 'recordIncludes', 'skip', 'strict'],
        report   : runParameters,
        select   : ['recordExcludes', 'recordIncludes', 'skip'],
]
def userProperties = [
        fail: 'testgov.audit.fail', skip: 'testgov.skip', testClassesDirectory: 'testgov.testClassesDirectory',
        categories: 'testgov.categories', categoryPatterns: 'testgov.categoryPatterns', gates: 'testgov.gates',
        manual: 'testgov.manual', outputDirectory: 'testgov.outputDirectory', strict: 'testgov.strict',
        baselineFile: 'testgov.baseline.file', failOn: 'testgov.check.failOn',
        maxExecutedDrop: 'testgov.check.maxExecutedDrop', slowTestMillis: 'testgov.check.slowTestMillis',
        slowdownFactor: 'testgov.check.slowdownFactor', slowdownMinMillis: 'testgov.check.slowdownMinMillis',
        affected: 'testgov.affected', affectedVerify: 'testgov.affected.verify', explain: 'testgov.explain',
        record: 'testgov.record', className: 'testgov.class', test: 'testgov.test',
        recordIncludes: 'testgov.record.includes', recordExcludes: 'testgov.record.excludes',
]
// Where one goal's parameter has a property of its own.
def goalProperties = [audit: [testClassesDirectory: 'testgov.audit.testClassesDirectory']]

/** goal -> parameter -> [header, property, documentation], from help's layout: goals at column 0, parameters at 4. */
def parse = { List<String> log ->
    def goals = [:]
    def goal = null
    def parameter = null
    log.each { line ->
        def goalLine = line =~ /^testgov:(\w+)$/
        def parameterLine = line =~ /^ {4}(\w+)( \(Default: .*\))?$/
        if (goalLine) {
            goal = goals[goalLine[0][1]] = [:]
            parameter = null
        } else if (goal != null && parameterLine) {
            parameter = goal[parameterLine[0][1]] = [header: line.trim(), property: null, text: []]
        } else if (parameter != null && line.startsWith('      ')) {
            def detail = line.trim()
            if (detail.startsWith('User property: ')) {
                parameter.property = detail - 'User property: '
            } else {
                parameter.text << detail
            }
        } else if (!line.isBlank()) {
            parameter = null
        }
    }
    goals
}

builds.eachWithIndex { log, index ->
    def build = "build ${index + 1}"
    assert log.contains('[INFO] BUILD SUCCESS') : "$build failed"
    assert !log.any { it.toLowerCase().contains('no description') } : "$build: " + log.find { it.toLowerCase().contains('no description') }
    def goals = parse(log)
    assert goals.keySet().sort() == expected.keySet().sort() : "$build: goals $goals.keySet()"
    expected.each { goal, parameters ->
        assert goals[goal].keySet().sort() == parameters.sort() : "$build: testgov:$goal lists ${goals[goal].keySet()}"
        goals[goal].each { name, parameter ->
            def text = parameter.text.join(' ')
            assert text.length() > 40 && text.endsWith('.') : "$build: testgov:$goal's $name is not documented: $text"
            if (goal != 'help') {
                def property = goalProperties[goal]?.get(name) ?: userProperties[name]
                assert parameter.property == property : "$build: testgov:$goal's $name has property ${parameter.property}"
            }
        }
    }
    // Read-only parameters are the plugin's business, not the user's.
    assert !goals.values().any { it.containsKey('project') || it.containsKey('session') }
}

// help:describe also gives each goal's description and phase.
def describe = builds[0]
assert describe.contains('Goal Prefix: testgov')
assert describe.contains('This plugin has 11 goals:')
assert describe.count('  Bound to phase: process-test-classes') == 2
assert describe.count('  Bound to phase: test') == 1
assert describe.count('  Bound to phase: verify') == 3
assert describe.findAll { it.startsWith('  Description: ') }.size() == 11
assert describe.contains('    gates (Default: all)')
assert describe.contains('    testClassesDirectory (Default: ${project.build.testOutputDirectory})')

// testgov:help opens with the plugin's description, wrapped as one paragraph.
def help = builds[1]
def header = help.findIndexOf { it == "[INFO] testgov Maven plugin ${testgovVersion}".toString() }
assert header >= 0 : 'testgov:help printed no header'
def description = help.drop(header + 1).takeWhile { !it.isBlank() }
assert description && description.every { it ==~ /^  \S.*/ && it.length() <= 80 } : description.join('\n')

true
