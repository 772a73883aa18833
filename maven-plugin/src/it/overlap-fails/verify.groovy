def log = new File(basedir, 'build.log').text
assert log.contains('BUILD FAILURE')
// the finding names file, line, column and rule, in the Maven style
assert log.contains('[ERROR] src/main/subtitles/talk.en.srt:[6,1] overlap: cue starts at 00:00:02.500, 500 ms before cue 1 ends at 00:00:03.000: start it at 00:00:03.000 or later, or end cue 1 earlier (cue 2)')
// the clean file was checked too
assert log.contains('[INFO] src/main/subtitles/intro.en.srt: 2 cues, profile netflix-en')
// one sentence says why the build failed
def sentence = 'subtitle-qc failed: 1 error in 1 file, more than the 0 allowed by maxAllowedViolations (the first: src/main/subtitles/talk.en.srt:[6,1] overlap); see target/subtitle-qc/subtitle-qc.json for every finding.'
def lines = log.readLines()
def end = lines.findIndexOf { it.contains('BUILD FAILURE') }
assert lines[end - 2] == '[ERROR] ' + sentence // the plugin's last line before Maven's summary
assert log.contains(':check (default) on project overlap-fails: ' + sentence + ' -> [Help 1]')
assert !log.contains('\tat ') && !log.contains('Caused by') // no stack trace
