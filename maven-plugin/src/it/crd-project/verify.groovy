// Generated from the project's own CRD, compiled with the hand-written expansion.
def out = new File(basedir, 'target/generated-sources/kubegen')
assert new File(out, '.kubegen').isFile()
assert new File(out, 'it/crd/apis/stable/v1/CronTab.java').isFile()
assert new File(out, 'it/crd/clientset/typed/stable/v1/CronTabClient.java').text.contains('extends CronTabExpansion')
assert !new File(out, 'it/crd/clientset/typed/stable/v1/CronTabExpansion.java').exists() : 'the user has their own'
assert new File(basedir, 'target/classes/it/crd/app/Uses.class').isFile()
def log = new File(basedir, 'build.log').text
assert log =~ /kubegen: 1 group, 1 resource, \d+ files in \d+ ms -> target.generated-sources.kubegen/
return true
