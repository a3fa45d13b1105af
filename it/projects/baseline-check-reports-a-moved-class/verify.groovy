import groovy.json.JsonSlurper

// A reorganisation loses nothing: a class moved to another package is MOVED, a renamed class RENAMED (same method
// body), a new test NEW; the bound check passes, and re-recording says what the new baseline accepts.
def builds = new File(basedir, 'build.log').text.split(/(?m)^\[INFO\] Scanning for projects\.\.\.$/).drop(1)
assert builds.size() == 3 : "expected three builds in build.log, found ${builds.size()}"
def testgov = { String build -> build.readLines().findAll { it ==~ /^\[(INFO|WARNING|ERROR)\] testgov: .*/ } }
builds.each { assert it.contains('[INFO] BUILD SUCCESS') }

def recorded = testgov(builds[0])
assert recorded.size() == 3 : recorded.join('\n')
assert recorded[0] == '[INFO] testgov: this build records a new baseline (testgov:baseline); the check steps aside'
assert recorded[1] == '[INFO] testgov: Tests run: 6, Failures: 0, Errors: 0, Skipped: 0'
assert recorded[2] ==~ /\[INFO\] testgov: recorded baseline \[testgov-baseline\.json\]: 6 tests in 3 classes: 6 passed in [\d.]+ m?s; commit it/

def drift = [
        '[INFO] testgov: MOVED dev.testgov.it.warehouse.PickingListTest -> dev.testgov.it.warehouse.picking.PickingListTest [3 tests]',
        '[INFO] testgov: RENAMED dev.testgov.it.warehouse.LabelTest#printsTheSkuAndAisle -> dev.testgov.it.warehouse.ShelfLabelTest#printsTheSkuAndAisle (same body)',
        '[INFO] testgov: NEW dev.testgov.it.warehouse.ReorderTest#reordersBelowTheMinimum',
]
def checked = testgov(builds[1])
assert checked == ['[INFO] testgov: Tests run: 7, Failures: 0, Errors: 0, Skipped: 0'] + drift + [
        '[INFO] testgov: drift from baseline [testgov-baseline.json]: 3 moved, 1 renamed, 1 new; report' +
                ' [target/testgov/report.html]; to accept it, run mvn verify testgov:baseline and commit testgov-baseline.json',
] : checked.join('\n')
assert !builds[1].contains('VANISHED')

def accepted = testgov(builds[2])
assert accepted.size() == 6 : accepted.join('\n')
assert accepted[0] == '[INFO] testgov: this build records a new baseline (testgov:baseline); the check steps aside'
assert accepted[1] == '[INFO] testgov: Tests run: 7, Failures: 0, Errors: 0, Skipped: 0'
assert accepted[2..4] == drift
assert accepted[5] ==~ /\[INFO\] testgov: recorded baseline \[testgov-baseline\.json\]: 7 tests in 4 classes: 7 passed in [\d.]+ m?s; it accepts 3 moved, 1 renamed, 1 new; commit it/

// The new baseline has the tests where they are now, with the display name that survived the move.
def baseline = new JsonSlurper().parse(new File(basedir, 'testgov-baseline.json'))
assert baseline.tests.collect { it['class'].replace('dev.testgov.it.warehouse.', '') + '#' + it.method }.sort() == [
        'ReorderTest#reordersBelowTheMinimum', 'ShelfLabelTest#printsTheSkuAndAisle', 'StockTest#countsNothingForAnUnknownSku',
        'StockTest#countsStockBySku', 'picking.PickingListTest#leavesTheRestOnTheShelf',
        'picking.PickingListTest#picksWhatIsAsked', 'picking.PickingListTest#refusesToOverpick',
]
assert baseline.tests.find { it.method == 'refusesToOverpick' }.displayName == 'refuses to pick more than the shelf holds'
assert baseline.summary.byPackage.keySet() as List == ['dev.testgov.it.warehouse', 'dev.testgov.it.warehouse.picking']

// report.json pairs each moved and renamed test with its old self.
def report = new JsonSlurper().parse(new File(basedir, 'target/testgov/report.json'))
def findings = report.modules[0].drift.findings
assert findings.moved.collect { [it.before['class'], it.after['class']] }.unique() ==
        [['dev.testgov.it.warehouse.PickingListTest', 'dev.testgov.it.warehouse.picking.PickingListTest']]
assert findings.renamed.size() == 1 && findings.renamed[0].before.body == findings.renamed[0].after.body
assert report.modules[0].drift.counts == [vanished: 0, moved: 3, renamed: 1, new: 1, 'newly-skipped': 0,
        'newly-running': 0, collapse: 0, slow: 0]

true
