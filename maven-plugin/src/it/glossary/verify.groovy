def log = new File(basedir, 'build.log').text
assert log.contains("[ERROR] src/main/subtitles/talk.zh-Hans.srt:[3,3] glossary: 'bedrock' is not the glossary's term: write 'Bedrock' (terms.csv:2) (cue 1)")
assert log.contains("[ERROR] src/main/subtitles/talk.zh-Hans.srt:[7,4] glossary: '公质引擎' is not the glossary's term: write '工质引擎' (terms.csv:3) (cue 2)")
assert log.contains('subtitle-qc failed: 2 errors in 1 file')
