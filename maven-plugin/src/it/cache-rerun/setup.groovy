// a cache file left by something else: not a subtitle-qc cache
def cache = new File(basedir, 'target/shared.cache')
cache.parentFile.mkdirs()
cache.text = 'not a cache'
return true
