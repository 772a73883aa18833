import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
assert log.count('BUILD SUCCESS') == 1 && log.count('BUILD FAILURE') == 1
assert log.contains('[INFO] subtitle-qc: wrote the baseline subtitle-qc-baseline.json: 1 finding in 1 of 1 file;')

// exactly one finding is printed: the new one (cue 2); the old one (now cue 3) is baselined
def printed = log.readLines().findAll { it =~ /^\[(ERROR|WARNING|INFO)\] src\/main\/subtitles\/talk\.en\.srt:\[\d+,\d+\] / }
assert printed.size() == 1 : printed
assert printed[0].startsWith('[ERROR] src/main/subtitles/talk.en.srt:[6,1] reading-speed: ')
assert printed[0].endsWith(' (cue 2)')
assert log.contains('[INFO] subtitle-qc: 1 finding is in the baseline subtitle-qc-baseline.json and was left out')
def sentence = ('subtitle-qc failed: 1 error in 1 file, more than the 0 allowed by maxAllowedViolations (the first:'
        + ' src/main/subtitles/talk.en.srt:[6,1] reading-speed); see target/subtitle-qc/subtitle-qc.json for every finding.')
assert log.contains('[ERROR] ' + sentence)

def report = new JsonSlurper().parse(new File(basedir, 'target/subtitle-qc/subtitle-qc.json'))
assert report.files[0].findings*.rule == ['reading-speed']
assert report.files[0].findings*.cue == [2]
assert report.summary.errors == 1 && report.summary.baselined == 1 && report.summary.baselineFixed == 0
