def log = new File(basedir, 'build.log').text
assert log =~ /subtitle-qc-maven-plugin:[^:]+:check \(default-cli\) @ cli-prefix/
assert log.contains('[ERROR] src/main/subtitles/talk.en.srt:[6,1] overlap: cue starts at 00:00:02.500, 500 ms before cue 1 ends at 00:00:03.000')
assert new File(basedir, 'target/subtitle-qc/subtitle-qc.json').isFile()
