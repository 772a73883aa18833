import groovy.json.JsonSlurper

def report = new JsonSlurper().parse(new File(basedir, 'target/subtitle-qc/subtitle-qc.json'))
def findings = report.files[0].findings
// overlap is off; reading-speed is a warning with maxCps 5:
// "Hello there." is 12 chars in 2 s, "General Kenobi." 15 chars in 2.5 s: 6 chars/s each
assert findings*.rule == ['reading-speed', 'reading-speed']
assert findings*.severity == ['warning', 'warning']
assert findings*.value == [6.0, 6.0]
assert findings*.limit == [5.0, 5.0]
assert findings*.line == [2, 6]
assert new File(basedir, 'build.log').text.contains('BUILD SUCCESS')
