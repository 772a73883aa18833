// build.log holds the last invocation: maxAllowedViolations=0
def log = new File(basedir, 'build.log').text
assert log.contains('subtitle-qc failed: 1 error in 1 file, more than the 0 allowed by maxAllowedViolations')
