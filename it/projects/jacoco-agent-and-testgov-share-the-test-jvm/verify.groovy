import groovy.json.JsonSlurper

// jacoco:prepare-agent sets argLine, testgov:prepare appends <manual>true</manual>'s switch, Surefire's
// <argLine>@{argLine} ...</argLine> adds the project's flag: all three reach the test JVM, in that order;
// JaCoCo writes its data, and the gates behave as without it.
def log = new File(basedir, 'build.log').readLines()
def has = { String line -> assert log.contains(line) : "build.log lacks the line: $line" }
def target = new File(basedir, 'target')

def jacoco = log.find { it.startsWith('[INFO] argLine set to -javaagent:') }
assert jacoco?.endsWith('org.jacoco.agent-0.8.15-runtime.jar=destfile=' + new File(target, 'jacoco.exec').canonicalPath) : jacoco
has('[INFO] testgov: gate set [all] no tag filtering; manual tests opted in; argLine += -Dtestgov.manual=true')
// @{argLine} in Surefire's configuration: nothing to warn about.
assert !log.any { it.startsWith('[WARNING] testgov: ') } : log.findAll { it.startsWith('[WARNING] testgov: ') }

// The manual test ran only because testgov's switch arrived; it recorded the JVM's arguments.
def arguments = new File(target, 'fork-arguments.txt').readLines()
def agent = arguments.findIndexOf { it == jacoco.replaceFirst(/^\[INFO\] argLine set to /, '') }
def manual = arguments.indexOf('-Dtestgov.manual=true')
def own = arguments.indexOf('-Dinvoices.currency=EUR')
assert agent >= 0 && agent < manual && manual < own : arguments
assert new File(target, 'rendered-invoice.txt').text == '119.00 EUR'

// The agent wrote execution data holding the project's class.
def exec = new File(target, 'jacoco.exec')
assert exec.length() > 0
assert new String(exec.bytes, 'ISO-8859-1').contains('dev/testgov/it/invoices/Invoice') : 'jacoco.exec lacks Invoice'

// The gates: Docker skips with its reason, the opted-in manual test passes.
assert log.findAll { it.startsWith('[testgov] ') } == [
        '[testgov] Tests run: 3, Failures: 0, Errors: 0, Skipped: 1',
        '[testgov] Gated: 1 (requires_docker 1)',
        '[testgov] SKIPPED [1] @RequiresDocker: Docker socket [/nonexistent/docker.sock] does not exist; ' +
                'start the Docker engine or set DOCKER_HOST',
]
has('[INFO] Tests run: 3, Failures: 0, Errors: 0, Skipped: 1')
has('[INFO] BUILD SUCCESS')
def files = new File(target, 'testgov').listFiles().findAll { it.name ==~ /outcomes-\d+-\d+\.json/ }
assert files.size() == 1 : files
def tests = new JsonSlurper().parse(files[0]).tests.collectEntries { [(it.method): it.status] }
assert tests == [addsVat: 'PASSED', archivesAnInvoice: 'SKIPPED', rendersTheInvoiceForInspection: 'PASSED']

true
