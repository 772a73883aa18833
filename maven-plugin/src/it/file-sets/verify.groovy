import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
assert !log.contains('Caused by')
assert log.contains('[INFO] subtitle-qc: file set \'drafts\' skips 1 file')
assert log.contains('[INFO] src/main/subtitles/talk.en.vtt:[1,1] track-kind: chapters track (declared Kind: chapters):'
        + ' not checked as subtitles; add chapters to <kinds> to check it')
assert log.contains('[INFO] src/main/subtitles/talk_descriptions_en.vtt:[1,1] track-kind: descriptions track (named so):'
        + ' its text is spoken, not read, so only its timing and spelling are checked (invalid-timing, overlap, empty-cue, glossary, term-consistency, term-near-miss);'
        + ' add descriptions to <kinds> to check it as subtitles')
// the chapters track (2 cues, 100) weighs nothing: (2 × 37.5 + 2 × 100 + 1 × 100) / 5
assert log.contains('[INFO] subtitle-qc: 4 files, 7 cues, 1 error, 1 warning, 2 infos; score 75 ')

def report = new JsonSlurper().parse(new File(basedir, 'target/subtitle-qc/subtitle-qc.json'))
// drafts/wip.srt is left out
assert report.files.collect { [it.path, it.fileSet, it.kind, it.profile] } == [
        ['src/main/subtitles/kids/ep1.en.srt', 'kids', 'subtitles', 'netflix-en-children'],
        ['src/main/subtitles/talk.en.srt', null, 'subtitles', 'netflix-en'],
        ['src/main/subtitles/talk.en.vtt', null, 'chapters', 'netflix-en'],
        ['src/main/subtitles/talk_descriptions_en.vtt', null, 'descriptions', 'netflix-en']]
def byPath = report.files.collectEntries { [(it.path.tokenize('/').last()): it] }
// the kids file set: the children's 17 chars/s, the run's warning severity, its own maxLines 1
assert byPath['ep1.en.srt'].findings.collect { [it.rule, it.severity, it.cue, it.limit] } == [
        ['reading-speed', 'warning', 1, 17.0], ['max-lines', 'error', 2, 1.0]]
assert byPath['talk.en.srt'].findings.isEmpty()
assert byPath['talk.en.vtt'].cues == 2
assert byPath['talk.en.vtt'].score == 100.0
assert byPath['talk.en.vtt'].findings*.rule == ['track-kind']
// three lines in 1.5 s would break line and speed limits: a description is spoken, only its timing is checked
assert byPath['talk_descriptions_en.vtt'].findings*.rule == ['track-kind']
assert report.summary.score == 75.0 && report.summary.files == 4
