import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
def dir = new File(basedir, 'target/subtitle-qc')
// each execution writes its own report and keeps its own result cache, with the note of what its reports were made from
assert dir.list().sort() == ['cache-cjk.bin', 'cache-cjk.bin.reports', 'cache-english.bin', 'cache-english.bin.reports',
                             'subtitle-qc-cjk.json', 'subtitle-qc-english.json']
def english = new JsonSlurper().parse(new File(dir, 'subtitle-qc-english.json'))
assert english.files*.path == ['src/main/subtitles/talk.en.srt']
assert english.summary.errors == 0
def cjk = new JsonSlurper().parse(new File(dir, 'subtitle-qc-cjk.json'))
assert cjk.files*.path == ['src/main/subtitles/talk.zh-Hans.srt']
assert cjk.files[0].findings*.rule.contains('overlap')
// each verdict points at its own report
assert log.contains('see target/subtitle-qc/subtitle-qc-cjk.json for every finding')
