// Real third-party CRDs from the shared corpus, generated and compiled with -Werror.
def out = new File(basedir, 'target/generated-sources/kubegen')
assert new File(out, 'it/corpus/clientset/Clientset.java').isFile()
assert new File(basedir, 'target/classes/it/corpus/clientset/Clientset.class').isFile()
def log = new File(basedir, 'build.log').text
assert log =~ /kubegen: \d+ groups, \d+ resources, \d+ files in/
return true
