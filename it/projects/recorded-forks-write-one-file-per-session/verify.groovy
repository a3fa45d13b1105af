// Launched as the plugin launches a recorded fork, every launcher session wrote one complete raw file of its
// own: a fork per class (reuseForks=false), and reused forks, where Surefire starts a session per class.
def log = new File(basedir, 'build.log').readLines()
assert log.count { it == '[INFO] Tests run: 3, Failures: 0, Errors: 0, Skipped: 0' } == 2 : 'both executions ran 3 tests'
assert !log.any { it.contains('[testgov]') } : 'a recorded fork warned: ' + log.findAll { it.contains('[testgov]') }
assert !log.any { it.contains('Corrupted channel') || it.contains('VM warning') } : 'a fork wrote to the native stream'

def classes = ['CreditTest', 'DebitTest', 'OpeningBalanceTest']

/** The raw files of one execution: names, the test classes each recorded, whether each ends with its end record. */
def rawFiles = { String directory ->
    def files = new File(basedir, "target/$directory").listFiles().findAll { it.name.endsWith('.tgr') }.sort { it.name }
    files.collect { file ->
        def bytes = file.bytes
        def text = new String(bytes, 'ISO-8859-1')
        def (pid, sequence) = (file.name =~ /^raw-(\d+)-(\d+)\.tgr$/)[0][1, 2]
        // The end record is the last nine bytes: kind 9, an empty payload's length 0, and its CRC-32.
        def end = bytes.length >= 9 && bytes[bytes.length - 9] == 9 && (1..4).every { bytes[bytes.length - 9 + it] == 0 }
        [pid: pid, sequence: sequence as int, end: end, classes: classes.findAll { text.contains("[class:dev.testgov.it.ledger.$it]") },
         resource: text.contains('opening-balance.properties'), ledger: text.contains('dev/testgov/it/ledger/Ledger')]
    }
}

def perClass = rawFiles('raw-fork-per-class')
assert perClass.size() == 3 : perClass
assert perClass*.pid.unique().size() == 3 : 'one JVM per class: ' + perClass
assert perClass.every { it.end && it.classes.size() == 1 && it.sequence == 1 && it.ledger } : perClass
assert perClass*.classes.flatten().sort() == classes

def reused = rawFiles('raw-reused-forks')
assert reused.size() == 3 : reused
assert reused*.pid.unique().size() <= 2 : 'two forks at most: ' + reused
assert reused.collect { "${it.pid}-${it.sequence}" }.unique().size() == 3
assert reused.every { it.end && it.classes.size() == 1 && it.ledger } : reused
assert reused*.classes.flatten().sort() == classes

// The test that read a classpath resource recorded it, in both executions.
[perClass, reused].each { files ->
    assert files.findAll { it.resource }*.classes == [['OpeningBalanceTest']] : files
}
true
