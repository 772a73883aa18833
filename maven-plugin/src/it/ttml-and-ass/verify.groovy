import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
// TTML saved as .xml is read as TTML when <includes> takes .xml files; xml:lang would give the
// language, but a tag in the path comes first
assert log.contains("[INFO] src/main/subtitles/delivery/film.de.xml: 3 cues, profile netflix-de (language tag 'de' in the file name), score 100")
// the DFXP's frame rate is not the frameRate parameter's: limits in frames use the file's
assert log.contains('[INFO] src/main/subtitles/film.en.dfxp:[1,1] format: the file\'s frame rate is 25 fps (ttp:frameRate),'
        + ' the frameRate parameter is 23.976: limits in frames are measured at the file\'s 25 fps')
assert log.contains('[INFO] subtitle-qc: 5 files, 12 cues, 0 errors, 0 warnings, 1 info; score 100')

def report = new JsonSlurper().parse(new File(basedir, 'target/subtitle-qc/subtitle-qc.json'))
assert report.files*.path == ['src/main/subtitles/delivery/film.de.xml', 'src/main/subtitles/film.en.dfxp',
                              'src/main/subtitles/film.en.ttml', 'src/main/subtitles/old.en.ssa',
                              'src/main/subtitles/signs.en.ass']
assert report.files*.format == ['ttml', 'ttml', 'ttml', 'ass', 'ass']
assert report.files*.cues == [3, 2, 2, 2, 3]
// the sign on layer 1 is on screen with both lines of dialogue (layer 0): no overlap, and the
// Comment line is not a cue
def signs = report.files.find { it.path.endsWith('signs.en.ass') }
assert signs.findings.isEmpty()
assert report.files.every { f -> f.findings.every { it.rule == 'format' } }

// every report format is written
['subtitle-qc.json', 'subtitle-qc.sarif', 'subtitle-qc-checkstyle.xml', 'subtitle-qc-junit.xml', 'subtitle-qc.html'].each {
    assert new File(basedir, 'target/subtitle-qc/' + it).isFile() : it
}
// findings point into the XML source
def checkstyle = new File(basedir, 'target/subtitle-qc/subtitle-qc-checkstyle.xml').text
assert checkstyle.contains('<file name="src/main/subtitles/film.en.dfxp">')

// the plugin never writes to the files it checks
def files = []
new File(basedir, 'src/main/subtitles').eachFileRecurse(groovy.io.FileType.FILES) { files << it }
def now = files.sort { it.path }.collect {
    it.name + ' ' + java.security.MessageDigest.getInstance('SHA-256').digest(it.bytes).encodeHex() + ' ' + it.lastModified()
}.join('\n')
assert now == new File(basedir, 'subtitles.sha256').text
