import groovy.json.JsonSlurper

// Two modules, one with Failsafe integration tests: each records and checks its own baseline; the reactor root
// aggregates them on the console, in target/testgov/report.html and on the site's testgov page.
def builds = new File(basedir, 'build.log').text.split(/(?m)^\[INFO\] Scanning for projects\.\.\.$/).drop(1)
assert builds.size() == 2 : "expected two builds in build.log, found ${builds.size()}"
def testgov = { String build -> build.readLines().findAll { it ==~ /^\[(INFO|WARNING|ERROR)\] testgov: .*/ } }
builds.each { assert it.contains('[INFO] BUILD SUCCESS') }
def recording = '[INFO] testgov: this build records a new baseline (testgov:baseline); the check steps aside'

def recorded = testgov(builds[0])
assert recorded.size() == 6 : recorded.join('\n')
assert recorded[0] == recording
assert recorded[1] == '[INFO] testgov: Tests run: 3, Failures: 0, Errors: 0, Skipped: 0'
assert recorded[2] ==~ /\[INFO\] testgov: recorded baseline \[testgov-baseline\.json\]: 3 tests in 1 class: 3 passed in [\d.]+ m?s; commit it/
assert recorded[3] == recording
assert recorded[4] == '[INFO] testgov: Tests run: 4, Failures: 0, Errors: 0, Skipped: 0'
assert recorded[5] ==~ /\[INFO\] testgov: recorded baseline \[testgov-baseline\.json\]: 4 tests in 2 classes: 4 passed in [\d.]+ m?s; commit it/
assert !new File(basedir, 'testgov-baseline.json').exists() : 'the parent POM has no tests and no baseline'

def checked = testgov(builds[1])
assert checked.size() == 8 : checked.join('\n')
assert checked[0] == '[INFO] testgov: Tests run: 3, Failures: 0, Errors: 0, Skipped: 0'
assert checked[1] ==~ /\[INFO\] testgov: no drift from baseline \[testgov-baseline\.json\]: 3 tests in 1 class: 3 passed in [\d.]+ m?s/
assert checked[2] == '[INFO] testgov: Tests run: 4, Failures: 0, Errors: 0, Skipped: 0'
assert checked[3] ==~ /\[INFO\] testgov: no drift from baseline \[testgov-baseline\.json\]: 4 tests in 2 classes: 4 passed in [\d.]+ m?s/
assert checked[4..7] == [
        '[INFO] testgov: 2 modules with tests: Tests run: 7, Failures: 0, Errors: 0, Skipped: 0',
        '[INFO] testgov:   dev.testgov.it:shop-core: Tests run: 3, Failures: 0, Errors: 0, Skipped: 0; no drift',
        '[INFO] testgov:   dev.testgov.it:shop-web: Tests run: 4, Failures: 0, Errors: 0, Skipped: 0; no drift',
        '[INFO] testgov: aggregate report [target/testgov/report.html]',
]

// The web module's baseline holds Surefire's and Failsafe's tests, categorised by layout.
def web = new JsonSlurper().parse(new File(basedir, 'web/testgov-baseline.json'))
assert web.project == 'dev.testgov.it:shop-web'
assert web.summary.byCategory == [integration: [classes: 1, tests: 2], unit: [classes: 1, tests: 2]]
assert web.tests.findAll { it['class'].endsWith('CheckoutIT') }*.method.sort() == ['showsAnEmptyBasketAsZero', 'showsTheBasketTotal']
assert new JsonSlurper().parse(new File(basedir, 'core/testgov-baseline.json')).summary.tests == 3

def report = new JsonSlurper().parse(new File(basedir, 'target/testgov/report.json'))
assert report.aggregate && report.status == 'no drift from the baseline'
assert report.summary.tests == 7
assert report.modules*.project == ['dev.testgov.it:shop-core', 'dev.testgov.it:shop-web']
assert report.modules*.baselineFile == ['core/testgov-baseline.json', 'web/testgov-baseline.json']
def html = new File(basedir, 'target/testgov/report.html').text
assert html.contains('<svg class="chart" data-chart="modules"')

// The site: the root's page aggregates the modules, each module has its own, each with the full report beside it.
def page = new File(basedir, 'target/site/testgov.html').text
assert page.contains('testgov: shop') && page.contains('7 tests in 3 classes: 7 passed')
assert page.contains('data-chart="outcomes"') && page.contains('data-chart="by-category"')
assert page.contains('href="testgov-report.html"')
assert new File(basedir, 'target/site/testgov-report.html').text.contains('data-chart="modules"')
assert new File(basedir, 'core/target/site/testgov.html').text.contains('3 tests in 1 class: 3 passed')
assert new File(basedir, 'web/target/site/testgov-report.html').isFile()

true
