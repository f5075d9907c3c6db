// Runs only where the shared corpus sits beside the repository; says why otherwise.
def dir = new File(corpus, 'crds')
if (!dir.isDirectory()) {
  println "[kubegen IT] corpus-crds skipped: no corpus at ${dir}"
  return false
}
return true
