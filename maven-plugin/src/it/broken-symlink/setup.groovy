import java.nio.file.Files
import java.nio.file.Paths

// ln -s nowhere.srt y.srt: a link whose target does not exist
def link = new File(basedir, 'src/main/subtitles/y.srt').toPath()
Files.deleteIfExists(link) // a rerun without clean
Files.createSymbolicLink(link, Paths.get('nowhere.srt'))
true
