def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
def f = new File(basedir, 'src/main/subtitles/talk.en.srt')
assert f.bytes == new File(basedir, 'talk.en.srt.before').bytes
assert f.lastModified() == 1_000_000_000_000L
def diff = ['--- a/src/main/subtitles/talk.en.srt', '+++ b/src/main/subtitles/talk.en.srt', '@@ -1,6 +1,6 @@', ' 1',
            '-00:00:01,000 --> 00:00:03,000', '-Hello  there', '+00:00:01,000 --> 00:00:02,927', '+Hello there', ' ',
            ' 2', ' 00:00:03,010 --> 00:00:05,000']
assert log.contains(diff.collect { '[INFO] ' + it }.join('\n'))
assert log.contains('[INFO] src/main/subtitles/talk.en.srt: would fix 1 min-gap, 1 whitespace')
assert log.contains('[INFO] subtitle-qc: fix would change 1 of 1 file (1 min-gap, 1 whitespace); dry run: nothing was written')
assert new File(basedir, 'src/main/subtitles').list() as List == ['talk.en.srt']
