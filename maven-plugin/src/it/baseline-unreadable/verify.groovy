def log = new File(basedir, 'build.log').text
assert log.contains('BUILD FAILURE')
// Maven's error line names the file and says what to do, and nothing after it
assert log =~ /:check \(default\) on project baseline-unreadable: subtitle-qc: the baseline file subtitle-qc-baseline\.json is not a subtitle-qc baseline: malformed JSON \(.+ at line 1, column \d+\); delete it and write it again with the baseline goal -> \[Help 1\]/
assert !log.contains('\tat ') && !log.contains('Caused by')
// refused before any subtitle is read: no file was checked, no report written
assert !log.contains('src/main/subtitles/talk.en.srt')
assert !new File(basedir, 'target/subtitle-qc/subtitle-qc.json').exists()
