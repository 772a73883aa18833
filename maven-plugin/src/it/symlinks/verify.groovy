import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
def report = new JsonSlurper().parse(new File(basedir, 'target/subtitle-qc/subtitle-qc.json'))
// every real file exactly once, by its own path
assert report.files*.path == ['src/main/subtitles/intro.en.srt', 'src/main/subtitles/season1/episode1.en.srt']
assert report.summary.files == 2
// the loops are told at debug level (the invoker runs this build with -X)
assert log.contains('[DEBUG] subtitle-qc: src/main/subtitles/loop leads to src/main/subtitles, which is already walked (a symbolic link loop or a second link): not walked again')
assert log.contains('[DEBUG] subtitle-qc: src/main/subtitles/season1/up leads to src/main/subtitles, which is already walked (a symbolic link loop or a second link): not walked again')
assert log.contains('[DEBUG] subtitle-qc: src/main/subtitles/again.en.srt is src/main/subtitles/intro.en.srt, already found: checked once')
