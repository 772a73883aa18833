import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS') // term-consistency is a warning: not a violation by default
assert log.contains("[WARNING] src/main/subtitles/episode2.en.srt:[3,6] term-consistency: 'Deepseek' is also written 'DeepSeek' (2 times: src/main/subtitles/episode1.en.srt 2): use one spelling (cue 1)")

def report = new JsonSlurper().parse(new File(basedir, 'target/subtitle-qc/subtitle-qc.json'))
assert report.files*.path == ['src/main/subtitles/episode1.en.srt', 'src/main/subtitles/episode2.en.srt']
assert report.files[0].findings.isEmpty()
// a cross-file rule's finding is known only after the last file: it is not in the file's own findings
assert report.files[1].findings.isEmpty()
def findings = report.crossFileFindings
assert findings.size() == 1
assert findings[0].path == 'src/main/subtitles/episode2.en.srt'
assert findings[0].rule == 'term-consistency'
assert findings[0].severity == 'warning'
assert findings[0].cue == 1
assert findings[0].line == 3
assert findings[0].column == 6
assert findings[0].message == "'Deepseek' is also written 'DeepSeek' (2 times: src/main/subtitles/episode1.en.srt 2): use one spelling"
assert report.summary.warnings == 1
