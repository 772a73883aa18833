def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
assert log.contains('[WARNING] subtitle-qc: the source directory subs does not exist: nothing is checked there; correct <sourceDirectories> or create it')
assert log.contains('[WARNING] subtitle-qc: no file matches **/*.srt,**/*.vtt,**/*.ttml,**/*.dfxp,**/*.ass,**/*.ssa in subs; nothing was checked: check <sourceDirectories> and <includes>')
