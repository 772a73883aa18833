import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
def report = new JsonSlurper().parse(new File(basedir, 'target/subtitle-qc/subtitle-qc.json'))
// the default includes (**/*.srt,**/*.vtt,**/*.ttml…) match whatever the case of the extension
assert report.files*.path == ['src/main/subtitles/EPISODE1.EN.SRT', 'src/main/subtitles/Episode2.en.Vtt',
                              'src/main/subtitles/episode3.en.srt']
assert report.files*.format == ['srt', 'vtt', 'srt']
assert report.files*.cues == [2, 2, 2]
assert report.summary.files == 3
assert log.contains('[INFO] subtitle-qc: 3 files, 6 cues, 0 errors, 0 warnings, 0 infos; score 100')
