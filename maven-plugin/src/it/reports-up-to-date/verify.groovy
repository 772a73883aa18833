import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
assert log.count('BUILD SUCCESS') == 2 && log.count('BUILD FAILURE') == 1
def builds = log.split(/--- subtitle-qc[^ ]*:check /) // Maven 3.9 and 4 name the plugin by its prefix
assert builds.size() == 4
def upToDate = '[INFO] subtitle-qc: the report files in target/subtitle-qc are up to date (the same files, content and'
// the first build writes the reports and notes what they were made from
assert !builds[1].contains(upToDate)
// the second finds both files in the cache and the reports as the first left them
assert builds[2].contains('[INFO] subtitle-qc: 2 of 2 files unchanged since the last run, taken from target/subtitle-qc/cache.bin')
assert builds[2].contains(upToDate)
assert builds[2].contains('[INFO] subtitle-qc: 2 files, 3 cues')
// the third has an edited subtitle: checked again, the reports written again, the overlap found
assert builds[3].contains('[INFO] subtitle-qc: 1 of 2 files unchanged since the last run')
assert !builds[3].contains(upToDate)
assert builds[3].contains('[ERROR] src/main/subtitles/second.en.srt:[6,1] overlap:')
def report = new JsonSlurper().parse(new File(basedir, 'target/subtitle-qc/subtitle-qc.json'))
assert report.summary.cues == 4
assert report.files.find { it.path == 'src/main/subtitles/second.en.srt' }.findings*.rule == ['overlap']
def sarif = new JsonSlurper().parse(new File(basedir, 'target/subtitle-qc/subtitle-qc.sarif'))
assert sarif.runs[0].results*.ruleId.contains('overlap')
assert new File(basedir, 'target/subtitle-qc/cache.bin.reports').isFile()
