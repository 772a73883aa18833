// A 50 MB SubRip file of one cue: a timing line, then one enormous text line. Generated, never committed.
def file = new File(basedir, 'src/main/subtitles/big.srt')
file.withWriter('UTF-8') { out ->
    out.write('1\n00:00:01,000 --> 00:00:05,000\n')
    def chunk = 'The quick brown fox jumps over the lazy dog. ' * 1000
    long target = 50L * 1024 * 1024
    for (long written = 0; written < target; written += chunk.length()) {
        out.write(chunk)
    }
    out.write('\n')
}
assert file.length() > 50L * 1024 * 1024
true // a pre-build script must return true for the build to run
