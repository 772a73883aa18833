def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS') // a finding never fails the report
def page = new File(basedir, 'target/reports/subtitle-qc.html')
assert log.contains('[INFO] subtitle-qc: wrote ' + page.path)
def html = page.getText('UTF-8')
assert html.contains('src/main/subtitles/intro.en.srt')
assert html.contains('src/main/subtitles/talk.en.srt')
assert html.contains('cue starts at 00:00:02.500, 500 ms before cue 1 ends at 00:00:03.000')
// check's own page, nothing of a site skin
assert new File(basedir, 'target/reports').list() as List == ['subtitle-qc.html']
