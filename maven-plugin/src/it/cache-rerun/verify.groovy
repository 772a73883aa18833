def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
def cache = new File(basedir, 'target/shared.cache')
// the damaged file is named, ignored and rebuilt, never a failure
assert log.contains('[WARNING] cache file ' + cache.absolutePath) || log.contains('[WARNING] cache file ' + cache.canonicalPath)
assert log.contains('rebuilt')
// the first execution checked both files; the second took both from the cache it wrote
def executions = log.split(/--- subtitle-qc[^ ]*:check /) // Maven 3.9 and 4 name the plugin by its prefix
assert executions.size() == 3
assert !executions[1].contains('unchanged since the last run')
assert executions[2].contains('[INFO] subtitle-qc: 2 of 2 files unchanged since the last run, taken from target/shared.cache')
// the same findings, the cross-file one included, from the cache as from the files
["[WARNING] src/main/subtitles/episode2.en.srt:[3,6] term-consistency: 'Deepseek' is also written 'DeepSeek' (2 times: src/main/subtitles/episode1.en.srt 2): use one spelling (cue 1)",
 '[INFO] subtitle-qc: 2 files, 4 cues'].each { line ->
    assert executions[1].contains(line) : line
    assert executions[2].contains(line) : line
}
def first = new File(basedir, 'target/subtitle-qc/subtitle-qc.json').text
def second = new File(basedir, 'target/subtitle-qc/subtitle-qc-again.json').text
assert first == second
assert cache.length() > 100
