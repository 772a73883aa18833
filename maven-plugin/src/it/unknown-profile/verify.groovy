def log = new File(basedir, 'build.log').text
def line = log.readLines().find { it.contains("subtitle-qc: unknown profile 'netflix-xx'") }
assert line != null
assert line.contains("subtitle-qc: unknown profile 'netflix-xx': use auto or one of netflix-en, netflix-en-children, ")
assert line.contains(' netflix-de, ') && line.contains(' netflix-pt-br, ') && line.contains(', bbc')
assert !new File(basedir, 'target/subtitle-qc').exists()
