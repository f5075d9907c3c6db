// Generated from a small OpenAPI v2 document, only the chosen generators, compiled.
def out = new File(basedir, 'target/generated-sources/kubegen')
assert new File(out, 'it/openapi/apis/core/v1/ConfigMap.java').isFile()
assert new File(out, 'it/openapi/clientset/typed/core/v1/ConfigMapClient.java').isFile()
assert !new File(out, 'it/openapi/informers').exists() : 'informers were not asked for'
assert !new File(out, 'it/openapi/listers').exists() : 'listers were not asked for'
assert new File(basedir, 'target/classes/it/openapi/apis/core/v1/ConfigMap.class').isFile()
def log = new File(basedir, 'build.log').text
assert log =~ /kubegen: 1 group, 1 resource, \d+ files in/
return true
