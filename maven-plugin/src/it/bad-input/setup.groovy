// Remember every subtitle file's bytes, to prove the build does not write to them.
def dir = new File(basedir, 'src/main/subtitles')
new File(basedir, 'subtitles.sha256').text = dir.listFiles().sort { it.name }.collect {
    it.name + ' ' + java.security.MessageDigest.getInstance('SHA-256').digest(it.bytes).encodeHex() + ' ' + it.lastModified()
}.join('\n')
true // a pre-build script must return true for the build to run
