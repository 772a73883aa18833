import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS') // failOnViolation is false in this project
assert !log.contains('\tat ') && !log.contains('Caused by')
def message = "cannot read the file: it is a symbolic link to 'nowhere.srt', which does not exist; correct or remove the link, or leave it out with <excludes>"
assert log.contains('[ERROR] src/main/subtitles/y.srt:[1,1] parse-error: ' + message)
def report = new JsonSlurper().parse(new File(basedir, 'target/subtitle-qc/subtitle-qc.json'))
assert report.files*.path == ['src/main/subtitles/good.en.srt', 'src/main/subtitles/y.srt']
def broken = report.files[1]
assert broken.cues == 0
assert broken.findings.size() == 1
assert broken.findings[0].rule == 'parse-error' && broken.findings[0].severity == 'error'
assert broken.findings[0].message == message
assert report.files[0].cues == 2 && report.files[0].findings.isEmpty()
assert report.summary.errors == 1
