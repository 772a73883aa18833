import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
assert log.count('BUILD SUCCESS') == 4 && !log.contains('BUILD FAILURE')

// the baseline goal: one finding, written once, the same bytes in another file, then left alone
assert log.contains('[INFO] subtitle-qc: wrote the baseline subtitle-qc-baseline.json: 1 finding in 1 of 1 file;'
        + ' check leaves them out from now on and fails only on new findings. Commit the file.')
assert log.contains('[INFO] subtitle-qc: wrote the baseline target/second-baseline.json: 1 finding in 1 of 1 file;')
assert log.contains('[INFO] subtitle-qc: the baseline subtitle-qc-baseline.json is up to date (1 finding in 1 of 1'
        + ' file); it was left as it is')
def baseline = new File(basedir, 'subtitle-qc-baseline.json')
assert baseline.bytes == new File(basedir, 'target/second-baseline.json').bytes
assert !baseline.text.contains('\r') && !(baseline.text =~ /20\d\d-\d\d-\d\d/) // no timestamp
def entries = new JsonSlurper().parse(baseline).entries
assert entries.size() == 1
assert entries[0].file == 'src/main/subtitles/talk.en.srt' && entries[0].rule == 'reading-speed'
assert entries[0].occurrence == 0 && entries[0].text ==~ /[0-9a-f]{16}/
assert entries[0].excerpt == 'This sentence is far too long to be rea…'
assert !entries[0].containsKey('line') && !entries[0].containsKey('cue')

// check after the insertion: the file has 4 cues, the old finding (now cue 3, line 10) is still baselined
assert log.contains('[INFO] src/main/subtitles/talk.en.srt: 4 cues, profile netflix-en')
assert !log.contains('] reading-speed:')
assert log.contains('[INFO] subtitle-qc: 1 finding is in the baseline subtitle-qc-baseline.json and was left out')
assert log.contains('[INFO] subtitle-qc passed: 0 errors (0 allowed), score 100.')
def report = new JsonSlurper().parse(new File(basedir, 'target/subtitle-qc/subtitle-qc.json'))
assert report.files[0].findings.isEmpty()
assert report.summary.baselined == 1 && report.summary.baselineFixed == 0 && report.summary.errors == 0
