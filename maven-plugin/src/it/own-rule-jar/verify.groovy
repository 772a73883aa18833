import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
// the team's rule, found through its jar's META-INF/services, runs beside the built-in ones: on the
// console as any rule's finding, and in the totals
assert log.contains('[ERROR] src/main/subtitles/talk.en.srt:[6,1] no-todo: the cue still says TODO: translate it or '
        + 'take the note out (cue 2)')
assert log.contains('[INFO] subtitle-qc (own-rule-jar): 1 file, 3 cues, 2 errors, 0 warnings, 0 infos; score 33.3 '
        + '(no-todo −33.4, overlap −33.3)')

def report = new JsonSlurper().parse(new File(basedir, 'project/target/subtitle-qc/subtitle-qc.json'))
assert report.files[0].findings.collect { [it.rule, it.severity, it.cue, it.line, it.column] } ==
        [['no-todo', 'error', 2, 6, 1], ['overlap', 'error', 2, 6, 1]]
assert report.files[0].findings[0].message == 'the cue still says TODO: translate it or take the note out'
