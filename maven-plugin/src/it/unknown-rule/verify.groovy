def log = new File(basedir, 'build.log').text
assert log.contains("subtitle-qc: unknown rule id 'reading-sped' in the rules configuration (did you mean 'reading-speed'?); known rules: ")
assert !new File(basedir, 'target/subtitle-qc').exists()
