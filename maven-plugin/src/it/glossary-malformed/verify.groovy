def log = new File(basedir, 'build.log').text
assert log =~ /subtitle-qc: \S*terms\.csv:3: a quoted field is not closed \(its quote opens at column 9\): close the quote or remove it/
assert !log.contains('CSVException') && !log.contains('encapsulated token') // the parser's words stay inside
assert !log.contains('\tat ') && !log.contains('Caused by') // no stack trace
assert !new File(basedir, 'target/subtitle-qc').exists()
