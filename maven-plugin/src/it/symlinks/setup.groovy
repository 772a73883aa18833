import java.nio.file.Files
import java.nio.file.Paths

// Made here, not committed: git and the invoker's copy of the project would have to follow them.
def subtitles = new File(basedir, 'src/main/subtitles').toPath()
['loop', 'season1/up', 'again.en.srt'].each { Files.deleteIfExists(subtitles.resolve(it)) } // a rerun without clean
Files.createSymbolicLink(subtitles.resolve('loop'), Paths.get('.'))              // ln -s . loop
Files.createSymbolicLink(subtitles.resolve('season1/up'), Paths.get('../../subtitles')) // ln -s ../subtitles up
Files.createSymbolicLink(subtitles.resolve('again.en.srt'), Paths.get('intro.en.srt'))   // a second name for a file
true
