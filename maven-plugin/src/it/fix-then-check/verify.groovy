def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
def srt = new File(basedir, 'src/main/subtitles/talk.en.srt').bytes
// byte order mark and CRLF kept; only the end times and the spaces changed
def expected = '\uFEFF1\r\n00:00:01,000 --> 00:00:02,417\r\n<i>Hello there,</i>\r\n\r\n' +
        '2\r\n00:00:02,500 --> 00:00:03,937\r\nAn overlap.\r\n\r\n' +
        '3\r\n00:00:04,020 --> 00:00:06,000\r\nToo close.\r\n\r\n' +
        '4\r\n00:00:06,100 --> 00:00:06,900\r\nShort\r\n\r\n' +
        '5\r\n00:00:06,910 --> 00:00:09,000\r\nThe end.\r\n'
assert new String(srt, 'UTF-8') == expected
assert srt[0] == (byte) 0xEF
def vtt = new File(basedir, 'src/main/subtitles/intro.en.vtt').text
assert vtt == 'WEBVTT - keep  this header\n\nNOTE  a note with  two spaces\n\nSTYLE\n::cue { color: white }\n\n' +
        'intro\n00:01.000 --> 00:02.917 align:start\n<v Ana>Hi!</v>\n\n00:03.000 --> 00:05.000\nBye\n'
assert log.contains('[INFO] src/main/subtitles/talk.en.srt: fixed 1 min-gap, 1 overlap, 2 whitespace')
assert log.contains('[INFO] src/main/subtitles/intro.en.vtt: fixed 1 min-gap, 1 whitespace')
// cue 4 is too short and too close to cue 5: named, with why
assert log.contains('[WARNING] src/main/subtitles/talk.en.srt:[14,1] min-gap not fixable: ending cue 4 at 00:00:06.827,'
        + ' 2 frames before cue 5, would leave it 727 ms, below the minimum duration of 833 ms (netflix-en); start cue 5'
        + ' later, or join the two cues, by hand (cue 4)')
assert log.contains('[WARNING] src/main/subtitles/talk.en.srt:[14,1] min-duration not fixable: cue 4 would have to end at'
        + ' 00:00:06.933 to last 833 ms, but cue 5 starts at 00:00:06.910 and the minimum gap is 2 frames (netflix-en);'
        + ' start cue 5 later, or join the two cues, by hand (cue 4)')
assert log.contains('[INFO] subtitle-qc: fix changed 2 of 2 files (2 min-gap, 1 overlap, 3 whitespace); 2 findings of the'
        + ' fixed rules not fixable, each named above')
// check, run after fix, finds exactly those two of the fixed rules
def check = log.substring(log.indexOf(':check (default-cli)'))
assert check.contains('[WARNING] src/main/subtitles/talk.en.srt:[14,1] min-gap:')
assert check.contains('[WARNING] src/main/subtitles/talk.en.srt:[14,1] min-duration:')
['overlap', 'whitespace'].each { assert !(check =~ /\] $it:/) : it }
assert (check =~ /\] min-gap:/).size() == 1 && (check =~ /\] min-duration:/).size() == 1
// no temporary file is left
assert new File(basedir, 'src/main/subtitles').list().sort() == ['intro.en.vtt', 'talk.en.srt']
