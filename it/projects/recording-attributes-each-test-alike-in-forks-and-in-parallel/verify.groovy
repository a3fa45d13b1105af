// The same ten tests recorded in one fork, in parallel, in two reused forks and in a fork per class; after each build
// testgov:inspect prints what the store holds for every test. Precise recordings agree test for test, whatever the
// forks; code that ran once for a class (extension, static initialiser, @BeforeAll) or for a @Nested test's outer
// class belongs to each of its tests; each invocation of a parameterized or repeated test and each dynamic test has
// its own entry. In parallel, every test depends on everything its fork ran, and says so.
def lines = new File(basedir, 'build.log').readLines()
def starts = lines.findIndexValues { it == '[INFO] Scanning for projects...' }*.intValue()
assert starts.size() == 4 : 'expected four builds in build.log'
def builds = (0..<starts.size()).collect { lines.subList(starts[it], it + 1 < starts.size() ? starts[it + 1] : lines.size()) }
def root = basedir.canonicalPath
def store = '${basedir}/.testgov/store'
def prefix = '[engine:junit-jupiter]/[class:dev.testgov.it.warehouse.'

/** The inspect output of a build: each test's short id to its header (durations dropped) and dependency lines. */
def inspected = { int build ->
    def tests = [:]
    def current = null
    builds[build - 1].findAll { it.startsWith('[INFO]   ') && !it.startsWith('[INFO]   from ') }.each { line ->
        def text = line.substring('[INFO] '.length())
        if (text.startsWith('  [engine:')) {
            def header = text.trim().replaceFirst(/ in \d+ ms,/, ',')
            current = header.substring(prefix.length(), header.indexOf(': '))
            tests[current] = [header.substring(header.indexOf(': ') + 2)]
        }
        else if (current != null) {
            tests[current] << text.trim()
        }
    }
    tests
}
// JUnit creates a class's extensions before it reports the class started, so their constructors count for the engine,
// which every test of that JVM depends on: coarse, never wrong, and different from one fork layout to the next.
def engineLevel = 'class dev.testgov.it.warehouse.AuditExtension [<init>()V]'
def precise = { int build -> inspected(build).collectEntries { id, entry -> [id, entry - [engineLevel]] } }

def shelf = { String count, String method -> ['PASSED, precise attribution',
        'class dev.testgov.it.warehouse.Audit [open()V]',
        'class dev.testgov.it.warehouse.AuditExtension [<init>()V, beforeAll(Lorg/junit/jupiter/api/extension/ExtensionContext;)V]',
        'class dev.testgov.it.warehouse.Catalog [size()I]',
        "class dev.testgov.it.warehouse.Inventory [<init>(II)V, ${count == 'books' ? 'books()I, load()Ldev/testgov/it/warehouse/Inventory;' : 'load()Ldev/testgov/it/warehouse/Inventory;, mugs()I'}]".toString(),
        "class dev.testgov.it.warehouse.ShelfTest [<clinit>()V, <init>()V, ${method}()V, load()V]".toString()] }
def pricing = { String... classes -> ['PASSED, precise attribution'] + classes.toList() }
def expected = [
        'PricingTest]/[test-factory:labels()]/[dynamic-test:#1]': pricing('class dev.testgov.it.warehouse.Labels [book()Ljava/lang/String;]',
                'class dev.testgov.it.warehouse.PricingTest [<init>()V, labels()Ljava/util/stream/Stream;, lambda$labels()Ljava/util/stream/Stream;#0]'),
        'PricingTest]/[test-factory:labels()]/[dynamic-test:#2]': pricing('class dev.testgov.it.warehouse.Labels [mug()Ljava/lang/String;]',
                'class dev.testgov.it.warehouse.PricingTest [<init>()V, labels()Ljava/util/stream/Stream;, lambda$labels()Ljava/util/stream/Stream;#1]'),
        'PricingTest]/[test-template:numbersOrders(org.junit.jupiter.api.RepetitionInfo)]/[test-template-invocation:#1]': pricing(
                'class dev.testgov.it.warehouse.Pricer [nextOrderNumber(I)I]',
                'class dev.testgov.it.warehouse.PricingTest [<init>()V, numbersOrders(Lorg/junit/jupiter/api/RepetitionInfo;)V]'),
        'PricingTest]/[test-template:numbersOrders(org.junit.jupiter.api.RepetitionInfo)]/[test-template-invocation:#2]': pricing(
                'class dev.testgov.it.warehouse.Pricer [nextOrderNumber(I)I]',
                'class dev.testgov.it.warehouse.PricingTest [<init>()V, numbersOrders(Lorg/junit/jupiter/api/RepetitionInfo;)V]'),
        'PricingTest]/[test-template:pricesEachItem(java.lang.String)]/[test-template-invocation:#1]': pricing(
                'class dev.testgov.it.warehouse.Pricer [bookPrice()J, price(Ljava/lang/String;)J]',
                'class dev.testgov.it.warehouse.PricingTest [<init>()V, pricesEachItem(Ljava/lang/String;)V]'),
        'PricingTest]/[test-template:pricesEachItem(java.lang.String)]/[test-template-invocation:#2]': pricing(
                'class dev.testgov.it.warehouse.Pricer [mugPrice()J, price(Ljava/lang/String;)J]',
                'class dev.testgov.it.warehouse.PricingTest [<init>()V, pricesEachItem(Ljava/lang/String;)V]'),
        'ShelfTest]/[method:countsBooks()]': shelf('books', 'countsBooks'),
        'ShelfTest]/[method:countsMugs()]': shelf('mugs', 'countsMugs'),
        'StockFileTest]/[method:openingStockMatchesTheStockFile()]': pricing(
                'class dev.testgov.it.warehouse.StockFileTest [<init>()V, openingStockMatchesTheStockFile()V]',
                'file data/stock.csv', 'file target/test-classes/opening-stock.properties'),
        'WarehouseTest]/[nested-class:Picking]/[method:picksABook()]': pricing(
                'class dev.testgov.it.warehouse.Warehouse [<init>()V, pick(Ljava/lang/String;)Ljava/lang/String;]',
                'class dev.testgov.it.warehouse.WarehouseTest [<init>()V]',
                'class dev.testgov.it.warehouse.WarehouseTest$Picking [<init>(Ldev/testgov/it/warehouse/WarehouseTest;)V, picksABook()V]'),
]
def recorded = { int fork -> "[INFO] testgov: recorded 10 tests ($fork attributed by fork), kept 0, 0 stale, 0 dropped; store [$root/.testgov/store] holds 10 tests".toString() }
builds.eachWithIndex { build, index ->
    assert build.contains('[INFO] Tests run: 10, Failures: 0, Errors: 0, Skipped: 0') : "build ${index + 1}: not all ten tests ran"
    assert build.contains('[INFO] testgov: 10 recorded tests match [*] in recording-attributes-each-test-alike-in-forks-and-in-parallel')
    assert build.contains('[INFO] BUILD SUCCESS')
    assert !build.any { it.startsWith('[WARNING] testgov') || it.startsWith('[testgov]') } : build.findAll { it.contains('testgov') }
}

// 1, 3, 4: precise, and the same in one fork, in two reused forks and in a fork per class.
[1, 3, 4].each { build ->
    assert builds[build - 1].contains(recorded(0))
    def actual = precise(build)
    assert actual.keySet() == expected.keySet() : "build $build recorded: ${actual.keySet()}"
    expected.each { id, entry -> assert actual[id] == entry : "build $build, $id:\n${actual[id].join('\n')}" }
}

// 2: in parallel every test depends on the whole fork, and the store says so.
assert builds[1].contains(recorded(10))
def parallel = inspected(2)
def everything = (expected.values().collectMany { it.drop(1) } + [engineLevel]).groupBy { it.replaceFirst(/ \[.*/, '') }
assert parallel.keySet() == expected.keySet()
parallel.each { id, entry ->
    assert entry[0] == 'PASSED, fork attribution' : "$id: ${entry[0]}"
    assert entry.drop(1) == parallel.values().first().drop(1) : "$id depends on less than its fork"
    assert entry.drop(1)*.replaceFirst(/ \[.*/, '') as Set == everything.keySet() : "$id: ${entry.drop(1)}"
}

// What the store costs: its bytes per recorded test, as the last (precise) build wrote it.
def bytes = new File(basedir, '.testgov/store').length()
println "testgov store: $bytes bytes for 10 tests, ${bytes.intdiv(10)} bytes per test"
assert bytes < 10 * 1000

true
