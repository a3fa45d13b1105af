// Three modules built with -T 2 (orders uses catalog; reports stands alone): each records its own tests, nothing
// lost and nothing mixed up, and orders' tests depend on the catalog classes they ran. An edit in catalog then runs
// the tests of catalog and orders that ran the changed method, and reports starts no test JVM.
def lines = new File(basedir, 'build.log').readLines()
def starts = lines.findIndexValues { it == '[INFO] Scanning for projects...' }*.intValue()
assert starts.size() == 3 : 'expected three builds in build.log'
def builds = (0..<starts.size()).collect { lines.subList(starts[it], it + 1 < starts.size() ? starts[it + 1] : lines.size()) }
def root = basedir.canonicalPath
builds.eachWithIndex { build, index -> assert build.contains('[INFO] BUILD SUCCESS') : "build ${index + 1} failed" }
// In a parallel build the modules' lines interleave: compare them sorted. The parent POM prints its gate set only.
def testgov = { int build ->
    builds[build - 1].findAll { it ==~ /\[(INFO|WARNING)\] testgov:.*/ }
        .collect { it.replaceFirst(/^\[(INFO|WARNING)\] /, '').replace(root, '${root}')
            .replaceAll(/estimated \d+\.\d s of \d+\.\d s/, 'estimated # s of # s') }
}
def ran = { String module, String step ->
    def reports = new File(basedir, "$module/target/reports/$step")
    !reports.exists() ? [] : reports.listFiles().findAll { it.name.endsWith('.xml') }.collectMany { report ->
        new groovy.xml.XmlSlurper().parse(report).testcase.collect { "${it.@classname.text().replaceFirst(/.*\./, '')}#${it.@name.text()}" }
    }.sort()
}
def id = { String module, String test -> "[engine:junit-jupiter]/[class:dev.testgov.it.$module.${test.replace('#', ']/[method:')}()]" }
def recorded = { String module, int tests, int kept ->
    "testgov: recorded ${tests == 1 ? '1 test' : "$tests tests"} (0 attributed by fork), kept $kept, 0 stale, 0 dropped; store [\${root}/$module/.testgov/store] holds ${tests + kept} ${tests + kept == 1 ? 'test' : 'tests'}".toString() }
/** Asserts that two lists of lines are equal, showing the first difference. */
def same = { List actual, List expected ->
    def first = (0..<Math.max(actual.size(), expected.size())).find { actual[it] != expected[it] }
    assert first == null : "line ${first}: expected <${expected[first]}> but was <${actual[first]}>; all lines:\n${actual.join('\n')}"
}
def recording = { String module -> "testgov: recording the dependencies of each test (JaCoCo 0.8.15) into \${root}/$module/.testgov/store".toString() }

// 1. Each module ran and recorded all its tests, into its own store; the parent POM records nothing.
assert builds[0].findAll { it ==~ /\[INFO\] Building .* \[\d\/4\]/ }.size() == 4
assert ran('catalog', 'first-run') == ['PriceTest#addsVat', 'PriceTest#multiplies']
assert ran('orders', 'first-run') == ['OrderTest#countsLines', 'OrderTest#totalsWithVat']
assert ran('reports', 'first-run') == ['ReportTest#titlesTheMonth']
same(testgov(1).sort(), ((['testgov: gate set [all] no tag filtering'] * 4) +
        (['testgov: running every test: no dependency store yet; this run records one'] * 3) +
        ['catalog', 'orders', 'reports'].collect { recording(it) } +
        [recorded('catalog', 2, 0), recorded('orders', 2, 0), recorded('reports', 1, 0)]).sort())
assert !new File(basedir, '.testgov').exists() : 'the parent POM has no tests and no store'

// 2. What each store holds: its module's tests only; in orders, the catalog's Price ran in one test, through the
//    methods it called, and is known to come from the catalog module.
def inspect = builds[1].findAll { it ==~ /\[INFO\] (testgov:|  ).*/ && !it.startsWith('[INFO]   from ') }*.replaceFirst(/^\[INFO\] /, '')
        .collect { it.replaceAll(/ in \d+ ms,/, ' in # ms,').replaceAll(/structure [0-9a-f]{16}/, 'structure #') }
same(inspect, [
        'testgov: 2 recorded tests match [*] in catalog',
        "  ${id('catalog', 'PriceTest#addsVat')}: PASSED in # ms, precise attribution",
        '    class dev.testgov.it.catalog.Price [<init>(J)V, withVat()J]',
        '    class dev.testgov.it.catalog.PriceTest [<init>()V, addsVat()V]',
        "  ${id('catalog', 'PriceTest#multiplies')}: PASSED in # ms, precise attribution",
        '    class dev.testgov.it.catalog.Price [<init>(J)V, net()J, times(I)Ldev/testgov/it/catalog/Price;]',
        '    class dev.testgov.it.catalog.PriceTest [<init>()V, multiplies()V]',
        'testgov: class dev.testgov.it.catalog.Price from dev.testgov.it:catalog, structure #, 7 methods; executed by 2 tests',
        "  ${id('catalog', 'PriceTest#addsVat')} [<init>(J)V, withVat()J]",
        "  ${id('catalog', 'PriceTest#multiplies')} [<init>(J)V, net()J, times(I)Ldev/testgov/it/catalog/Price;]",
        'testgov: 2 recorded tests match [*] in orders',
        "  ${id('orders', 'OrderTest#countsLines')}: PASSED in # ms, precise attribution",
        '    class dev.testgov.it.orders.Order [<init>()V, add(J)Ldev/testgov/it/orders/Order;, lines()I]',
        '    class dev.testgov.it.orders.OrderTest [<init>()V, countsLines()V]',
        "  ${id('orders', 'OrderTest#totalsWithVat')}: PASSED in # ms, precise attribution",
        '    class dev.testgov.it.catalog.Price [<init>(J)V, withVat()J]',
        '    class dev.testgov.it.orders.Order [<init>()V, add(J)Ldev/testgov/it/orders/Order;, grossTotal()J, lambda$grossTotal()J#0]',
        '    class dev.testgov.it.orders.OrderTest [<init>()V, totalsWithVat()V]',
        'testgov: class dev.testgov.it.catalog.Price from dev.testgov.it:catalog, structure #, 7 methods; executed by 1 tests',
        "  ${id('orders', 'OrderTest#totalsWithVat')} [<init>(J)V, withVat()J]",
        'testgov: 1 recorded tests match [*] in reports',
        "  ${id('reports', 'ReportTest#titlesTheMonth')}: PASSED in # ms, precise attribution",
        '    class dev.testgov.it.reports.Report [title(Ljava/lang/String;)Ljava/lang/String;]',
        '    class dev.testgov.it.reports.ReportTest [<init>()V, titlesTheMonth()V]',
        'testgov: no recorded test executed [dev.testgov.it.catalog.Price] in reports',
]*.toString())

// 3. Price#withVat changed in catalog: the two tests in catalog and orders that ran it run; reports starts no JVM.
def withVat = 'changed method dev.testgov.it.catalog.Price#withVat()J'
assert ran('catalog', 'price-edit') == ['PriceTest#addsVat']
assert ran('orders', 'price-edit') == ['OrderTest#totalsWithVat']
assert ran('reports', 'price-edit') == []
same(testgov(3).sort(), ((['testgov: gate set [all] no tag filtering'] * 4) + [
        'testgov: selected 0 of 1 tests; estimated # s of # s; nothing to run in reports, so its test JVM is not started',
        'testgov: selected 1 of 2 tests (1 changed method in 1 class); estimated # s of # s',
        "testgov:   ${id('catalog', 'PriceTest#addsVat')} <- $withVat",
        recording('catalog'), recorded('catalog', 1, 1),
        'testgov: selected 1 of 2 tests (1 changed method in 1 class); estimated # s of # s',
        "testgov:   ${id('orders', 'OrderTest#totalsWithVat')} <- $withVat",
        recording('orders'), recorded('orders', 1, 1)]*.toString()).sort())
assert builds[2].count { it == '[INFO] Tests are skipped.' } == 1

true
