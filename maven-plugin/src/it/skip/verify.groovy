def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
assert log.contains('[INFO] subtitle-qc: skipped (subtitleqc.skip=true)')
assert !log.contains('overlap')
assert !new File(basedir, 'target/subtitle-qc').exists()
