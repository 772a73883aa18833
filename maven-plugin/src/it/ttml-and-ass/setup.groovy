// Remember every subtitle file's bytes, to prove the build does not write to them.
def files = []
new File(basedir, 'src/main/subtitles').eachFileRecurse(groovy.io.FileType.FILES) { files << it }
new File(basedir, 'subtitles.sha256').text = files.sort { it.path }.collect {
    it.name + ' ' + java.security.MessageDigest.getInstance('SHA-256').digest(it.bytes).encodeHex() + ' ' + it.lastModified()
}.join('\n')
true // a pre-build script must return true for the build to run
