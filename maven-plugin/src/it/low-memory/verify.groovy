import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
assert !log.contains('\tat ') && !log.contains('Caused by') // no stack trace
assert !log.contains('OutOfMemoryError') && !log.contains('checking failed')
def report = new JsonSlurper().parse(new File(basedir, 'target/subtitle-qc/subtitle-qc.json'))
assert report.files*.path == ['src/main/subtitles/big.srt', 'src/main/subtitles/good.en.srt']
def byName = report.files.collectEntries { [(it.path.tokenize('/').last()): it] }

// the file that does not fit: one finding on it, saying so and what to do
def big = byName['big.srt']
assert big.cues == 0
assert big.findings.size() == 1
def finding = big.findings[0]
assert finding.rule == 'parse-error' && finding.severity == 'error' && finding.line == 1
assert finding.message ==~ /not enough memory to check this file \(50 MB; the JVM may use \d+ MB\): give Maven more memory \(MAVEN_OPTS=-Xmx\d+g\) or leave the file out with <excludes>/
assert log.contains('src/main/subtitles/big.srt:[1,')
assert log.contains('not enough memory to check this file (50 MB')

// the other file is checked as always
def good = byName['good.en.srt']
assert good.cues == 2 && good.findings.isEmpty()
