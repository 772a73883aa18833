import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
// every summary and verdict line names its module, so interleaved output can be told apart
def lines = log.readLines().findAll { it.contains('subtitle-qc') && (it.contains(' files, ') || it.contains(' file, ') || it.contains(' passed: ') || it.contains(' found ')) }
assert lines.size() == 6 : lines // parent, english, chinese: a summary and a verdict each
assert lines.every { it =~ /subtitle-qc \((multi-module|english|chinese)\)/ } : lines
assert log.contains('[INFO] subtitle-qc (english): 1 file, 2 cues, 0 errors, 0 warnings, 0 infos; score 100')
assert log.contains('[INFO] subtitle-qc (english) passed: 0 errors (0 allowed), score 100.')
assert log.contains('[WARNING] subtitle-qc (chinese) found 1 error in 1 file, more than the 0 allowed by maxAllowedViolations')
assert log.contains('[INFO] subtitle-qc (multi-module): 0 files, 0 cues')
// each module writes its own report
def english = new JsonSlurper().parse(new File(basedir, 'english/target/subtitle-qc/subtitle-qc.json'))
assert english.files*.path == ['src/main/subtitles/talk.en.srt']
def chinese = new JsonSlurper().parse(new File(basedir, 'chinese/target/subtitle-qc/subtitle-qc.json'))
assert chinese.files*.path == ['src/main/subtitles/talk.zh-Hans.srt']
assert chinese.summary.errors == 1
