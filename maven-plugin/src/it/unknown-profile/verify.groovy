def log = new File(basedir, 'build.log').text
assert log.contains("subtitle-qc: unknown profile 'netflix-xx': use auto or one of netflix-en, netflix-en-children, netflix-zh-hans, netflix-zh-hans-children, netflix-zh-hant, netflix-ja, netflix-ko, bbc")
assert !new File(basedir, 'target/subtitle-qc').exists()
