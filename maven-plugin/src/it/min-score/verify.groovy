def log = new File(basedir, 'build.log').text
// one min-gap warning in two cues costs 12.5 points
assert log.contains('[WARNING] src/main/subtitles/talk.en.srt:[2,1] min-gap: gap of 0 ms (0 frames at 23.976 fps) before cue 2 is less than the minimum 2 frames (netflix-en)')
assert log.contains('subtitle-qc failed: the subtitle score 87.5 is below minScore 99.9; see target/subtitle-qc/subtitle-qc.json for every finding.')
