def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS') // a finding never fails the site

def page = new File(basedir, 'target/site/subtitle-qc.html')
assert page.isFile()
def html = page.getText('UTF-8')
def flat = html.replaceAll('>\\s+<', '><')
assert html.contains('<title>Subtitle QC')
assert html =~ /<p>subtitle-qc [0-9][^ ]* checked 2 files\.<\/p>/
// the overview: files, cues, findings by severity, score
assert flat.contains('<h1>Overview</h1>')
assert flat.contains('<th>Files</th><th>Cues</th><th>Errors</th><th>Warnings</th><th>Infos</th><th>Score</th></tr>'
        + '<tr class="b"><td>2</td><td>4</td><td>1</td><td>0</td><td>0</td><td>75</td></tr>')
// each file's score
assert flat.contains('<td>src/main/subtitles/intro.en.srt</td><td>netflix-en</td><td>2</td><td>0</td><td>0</td><td>0</td><td>100</td>')
assert flat.contains('<td>src/main/subtitles/talk.en.srt</td><td>netflix-en</td><td>2</td><td>1</td><td>0</td><td>0</td><td>50</td>')
// the finding: rule, severity, line, column, message, cue, under its file
assert flat.contains('<h2>src/main/subtitles/talk.en.srt</h2>')
assert flat.contains('<th>Rule</th><th>Severity</th><th>Line</th><th>Column</th><th>Message</th><th>Cue</th></tr>'
        + '<tr class="b"><td>overlap</td><td>error</td><td>6</td><td>1</td><td>cue starts at 00:00:02.500, 500 ms before'
        + ' cue 1 ends at 00:00:03.000: start it at 00:00:03.000 or later, or end cue 1 earlier</td><td>2</td></tr>')

// listed under Project Reports
def reports = new File(basedir, 'target/site/project-reports.html').getText('UTF-8').replaceAll('>\\s+<', '><')
assert reports.contains('<a href="subtitle-qc.html">Subtitle QC</a>')
