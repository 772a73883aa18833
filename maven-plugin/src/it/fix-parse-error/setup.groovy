// remember the bytes, and set an old modification time, to see that fix leaves both files alone
['broken.en.srt', 'clean.en.srt'].each {
    def f = new File(basedir, 'src/main/subtitles/' + it)
    new File(basedir, it + '.before').bytes = f.bytes
    f.setLastModified(1_000_000_000_000L)
}
true
