// an old modification time, to see that the dry run leaves it
def f = new File(basedir, 'src/main/subtitles/talk.en.srt')
new File(basedir, 'talk.en.srt.before').bytes = f.bytes
f.setLastModified(1_000_000_000_000L)
true
