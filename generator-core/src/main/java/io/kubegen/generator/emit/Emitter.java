package io.kubegen.generator.emit;

import com.palantir.javapoet.JavaFile;
import java.util.List;

/**
 * Writes one kind of artifact (models, register, clientset, fake, listers, informers) for a whole
 * model. Emitters read no files and write none: they return JavaPoet files, in a deterministic
 * order, and the {@code Generator} decides where they go.
 */
public interface Emitter {

  /** The artifact kind, as users name it in options: {@code models}, {@code register}, ... */
  String kind();

  /** The sources of this artifact kind for the context's model, sorted by qualified name. */
  List<JavaFile> emit(EmitContext context);
}
