def log = new File(basedir, 'build.log').text
assert log.contains('subtitle-qc failed: 1 finding of severity warning or worse in 1 file, more than the 0 allowed by maxAllowedViolations (the first: src/main/subtitles/talk.en.srt:[2,1] min-gap)')
