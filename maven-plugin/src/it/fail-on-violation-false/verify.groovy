import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
assert log.contains('[WARNING] subtitle-qc found 1 error in 1 file, more than the 0 allowed by maxAllowedViolations')
assert log.contains('the build goes on because failOnViolation is false.')
def report = new JsonSlurper().parse(new File(basedir, 'target/subtitle-qc/subtitle-qc.json'))
assert report.summary.errors == 1
assert report.files[0].findings[0].rule == 'overlap'
assert report.files[0].findings[0].line == 6
