// A bad CRD fails the build with the reader's message: the file and the place in it, no stack trace.
def log = new File(basedir, 'build.log').text
assert log.contains('BUILD FAILURE')
assert log.contains('[kubegen-read] 2 problems:')
assert log =~ /widget\.yaml: document 1, line \d+, column \d+: \/metadata\/name: / : 'file, line and JSON pointer'
assert log =~ /widget\.yaml: document 1, line \d+, column \d+: \/spec\/versions\/0\/schema/
assert !(log =~ /\n\s+at [a-z][\w.$]+\(/) : 'no stack trace'
assert !log.contains('ReadException') && !log.contains('GenerationException') : 'the message only'
assert !new File(basedir, 'target/generated-sources/kubegen').exists() : 'no half-written output'
return true
