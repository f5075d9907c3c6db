// Two runs on the same inputs: the second writes nothing and says so.
def log = new File(basedir, 'build.log').text
assert log =~ /kubegen: 1 group, 1 resource, \d+ files/ : 'the first run generates'
assert log =~ /kubegen: up to date, nothing written, checked in \d+ ms \(target/ : 'the second run says it is up to date'
def out = new File(basedir, 'target/generated-sources/kubegen')
assert new File(out, 'it/uptodate/apis/stable/v1/CronTab.java').isFile()
def newest = 0L
out.eachFileRecurse { newest = Math.max(newest, it.lastModified()) }
assert newest <= new File(out, '.kubegen').lastModified() : 'nothing written after the first run'
return true
