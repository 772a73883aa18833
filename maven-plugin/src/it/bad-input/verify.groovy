import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
assert !log.contains('\tat ') && !log.contains('Caused by') // no stack trace
assert !log.contains('\tat ')
def report = new JsonSlurper().parse(new File(basedir, 'target/subtitle-qc/subtitle-qc.json'))
assert report.files*.path == ['src/main/subtitles/empty.srt', 'src/main/subtitles/garbage.srt',
                              'src/main/subtitles/good.en.srt', 'src/main/subtitles/utf16-bom.srt']
def byName = report.files.collectEntries { [(it.path.tokenize('/').last()): it] }
assert byName['empty.srt'].cues == 0
assert byName['empty.srt'].findings*.message == ['no SubRip cue in this file: it is empty']
assert byName['garbage.srt'].cues == 0
assert byName['garbage.srt'].findings*.rule.contains('parse-error')
assert byName['good.en.srt'].cues == 2 && byName['good.en.srt'].findings.isEmpty()
assert byName['utf16-bom.srt'].encoding == 'UTF-16LE'
assert byName['utf16-bom.srt'].cues == 2 && byName['utf16-bom.srt'].findings.isEmpty()

def dir = new File(basedir, 'src/main/subtitles')
def now = dir.listFiles().sort { it.name }.collect {
    it.name + ' ' + java.security.MessageDigest.getInstance('SHA-256').digest(it.bytes).encodeHex() + ' ' + it.lastModified()
}.join('\n')
assert now == new File(basedir, 'subtitles.sha256').text
