import groovy.json.JsonSlurper

// The plugin over the 55 real WebVTT files: what a user sees for each file, pinned so that a change
// that judges a language, a profile or a track kind wrongly, or brings term noise back, fails.
def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
assert !log.contains('\tat ') && !log.contains('Caused by')
def report = new JsonSlurper().parse(new File(basedir, 'target/subtitle-qc/subtitle-qc.json'))
def corpus = { String path -> path.substring(path.indexOf('corpus/real/') + 'corpus/real/'.length()) }
def rows = { String name -> new File(basedir, name).readLines().findAll { it && !it.startsWith('#') }*.split('\t') }

// each file's language, profile and kind
def expected = rows('files.tsv').collect { it.join('\t') }
def actual = report.files.collect { [corpus(it.path), it.language, it.profile, it.kind].join('\t') }
assert actual == expected
assert report.summary.files == 55 && report.summary.cues == 1449

// chapters and metadata tracks are not checked as subtitles: one track-kind info each, nothing else but reading errors
def notChecked = report.files.findAll { it.kind in ['chapters', 'metadata'] }
assert notChecked.size() == 13
notChecked.each { f ->
    assert f.findings*.rule.findAll { it != 'parse-error' } == ['track-kind'] : f.path
    assert f.findings.find { it.rule == 'track-kind' }.message.contains(': not checked as subtitles; add ' + f.kind + ' to <kinds> to check it')
}
// descriptions get timing and spelling rules only
def described = report.files.findAll { it.kind == 'descriptions' }
assert described.size() == 11
described.each { f ->
    assert f.findings*.rule.every { it in ['track-kind', 'invalid-timing', 'overlap', 'empty-cue', 'glossary', 'term-consistency', 'term-near-miss', 'parse-error', 'format'] } : f.path
}

// the exact term findings: the true catches, and no noise
def prefix = report.files[0].path.substring(0, report.files[0].path.indexOf('corpus/real/') + 'corpus/real/'.length())
// (cross-file rules: their findings come after the files', in crossFileFindings, grouped by file in file order)
assert report.files.every { f -> f.findings.every { !(it.rule in ['term-consistency', 'term-near-miss']) } }
def terms = report.crossFileFindings.findAll { it.rule in ['term-consistency', 'term-near-miss'] }
        .collect { [it.rule, corpus(it.path), it.line, it.column, it.cue, it.message.replace(prefix, '')].join('\t') }
assert terms == rows('terms.tsv').collect { it.join('\t') }
