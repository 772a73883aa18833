import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
assert log.contains('[INFO] src/main/subtitles/talk.en.srt: 2 cues, profile netflix-en (language tag \'en\' in the file name), score 100')
assert log.contains('[INFO] subtitle-qc: 2 files, 4 cues, 0 errors, 0 warnings, 0 infos; score 100')
assert log.contains('[INFO] subtitle-qc passed: 0 errors (0 allowed), score 100.')

def report = new JsonSlurper().parse(new File(basedir, 'target/subtitle-qc/subtitle-qc.json'))
assert report.version == 1
assert report.files*.path == ['src/main/subtitles/talk.en.srt', 'src/main/subtitles/talk.en.vtt']
assert report.files*.format == ['srt', 'vtt']
assert report.files*.cues == [2, 2]
assert report.files.every { it.findings.isEmpty() && it.profile == 'netflix-en' }
assert report.summary == [files: 2, cues: 4, errors: 0, warnings: 0, infos: 0, score: 100.0, costs: [:], baselined: 0,
                          baselineFixed: 0]

// the plugin never writes to the files it checks
def dir = new File(basedir, 'src/main/subtitles')
def now = dir.listFiles().sort { it.name }.collect {
    it.name + ' ' + java.security.MessageDigest.getInstance('SHA-256').digest(it.bytes).encodeHex() + ' ' + it.lastModified()
}.join('\n')
assert now == new File(basedir, 'subtitles.sha256').text
