// a baseline file cut off in the middle
new File(basedir, 'subtitle-qc-baseline.json').text = '{"version": 1, "entries": [{"file": '
true // a pre-build script must return true for the build to run
