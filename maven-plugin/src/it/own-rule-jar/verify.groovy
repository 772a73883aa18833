import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
def report = new JsonSlurper().parse(new File(basedir, 'project/target/subtitle-qc/subtitle-qc.json'))
def findings = report.files[0].findings
// the team's rule, found through its jar's META-INF/services, runs beside the built-in ones
assert findings.find { it.rule == 'no-todo' && it.cue == 2 && it.severity == 'error' }?.message ==
        'the cue still says TODO: translate it or take the note out'
assert findings.count { it.rule == 'no-todo' } == 1
assert findings.find { it.rule == 'overlap' && it.cue == 2 }
