def log = new File(basedir, 'build.log').text
assert log =~ /subtitle-qc: \S*no-such-glossary\.csv: glossary file not found: check the <glossaries> path/
assert !log.contains('\tat ') && !log.contains('Caused by') // no stack trace
assert !new File(basedir, 'target/subtitle-qc').exists()
