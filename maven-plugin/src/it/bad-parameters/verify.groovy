def log = new File(basedir, 'build.log').text
def expected = [
    'maxAllowedViolations is -1: use 0 or more (0 fails the build on the first violation)',
    'minScore is 150: use a score from 0 to 100 (0 never fails the build on its score)',
    'consoleFindingsPerRule is -5: use 0 or more, or -1 to print every finding',
    "language 'not a tag!' is not a BCP 47 language tag: use a tag such as en, en-GB, fr, zh-Hans or ja, or leave language out to find it for each file",
    "frameRate: invalid frame rate 'abc': use a positive number such as 23.976, 24, 25, 29.97 or a fraction such as 24000/1001",
    "frameRate: invalid frame rate '0': use a positive number such as 23.976, 24, 25, 29.97 or a fraction such as 24000/1001",
    "frameRate: invalid frame rate '-25': use a positive number such as 23.976, 24, 25, 29.97 or a fraction such as 24000/1001",
]
for (message in expected) {
    // Maven's error line ends with our sentence and nothing after it: no JDK text, no exception class
    assert log.contains(':check (default) on project bad-parameters: subtitle-qc: ' + message + ' -> [Help 1]') : message
}
assert log.count('BUILD FAILURE') == expected.size()
assert !log.contains('IllegalArgumentException') && !log.contains('neither a decimal digit')
assert !log.contains('\tat ') && !log.contains('Caused by')
// refused before any file is read: no file was checked, no report written
assert !log.contains('src/main/subtitles/good.en.srt')
assert !new File(basedir, 'target/subtitle-qc/subtitle-qc.json').exists()
