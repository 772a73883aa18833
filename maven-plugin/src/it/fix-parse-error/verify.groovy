def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
['broken.en.srt', 'clean.en.srt'].each {
    def f = new File(basedir, 'src/main/subtitles/' + it)
    assert f.bytes == new File(basedir, it + '.before').bytes : it
    assert f.lastModified() == 1_000_000_000_000L : it
}
assert log.contains("[WARNING] src/main/subtitles/broken.en.srt: not written: it has parse-error findings (the first at line 6: ")
assert log.contains('correct them, then run fix again')
assert log.contains('[INFO] subtitle-qc: fix changed 0 of 2 files')
