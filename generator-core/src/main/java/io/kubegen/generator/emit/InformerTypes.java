package io.kubegen.generator.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.WildcardTypeName;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * The client-runtime classes generated listers and informers refer to, by name only (so the
 * generator never loads them).
 */
final class InformerTypes {
  private static final String RUNTIME = "io.kubegen.runtime";

  static final ClassName LABEL_SELECTOR = ClassName.get(RUNTIME + ".api", "LabelSelector");
  static final ClassName LIST_OPTIONS = ClassName.get(RUNTIME + ".api", "ListOptions");
  static final ClassName GROUP_RESOURCE = ClassName.get(RUNTIME + ".scheme", "GroupResource");
  static final ClassName GROUP_VERSION_RESOURCE =
      ClassName.get(RUNTIME + ".scheme", "GroupVersionResource");
  static final ClassName API_EXCEPTION = ClassName.get(RUNTIME + ".rest", "ApiException");
  static final ClassName RESOURCE_CLIENT = ClassName.get(RUNTIME + ".rest", "ResourceClient");
  static final ClassName RESOURCE_CLIENT_FACTORY =
      ClassName.get(RUNTIME + ".rest", "ResourceClientFactory");
  static final ClassName GENERIC_LISTER = ClassName.get(RUNTIME + ".cache", "GenericLister");
  static final ClassName GENERIC_NAMESPACE_LISTER =
      ClassName.get(RUNTIME + ".cache", "GenericNamespaceLister");
  static final ClassName LISTERS = ClassName.get(RUNTIME + ".cache", "Listers");
  static final ClassName INDEXER = ClassName.get(RUNTIME + ".cache", "Indexer");
  static final ClassName INDEXERS = ClassName.get(RUNTIME + ".cache", "Indexers");
  static final ClassName LIST_WATCH = ClassName.get(RUNTIME + ".cache", "ListWatch");
  static final ClassName SHARED_INDEX_INFORMER =
      ClassName.get(RUNTIME + ".cache", "SharedIndexInformer");
  static final ClassName BASE_FACTORY =
      ClassName.get(RUNTIME + ".informers", "SharedInformerFactory");
  static final ClassName FACTORY_OPTIONS =
      ClassName.get(RUNTIME + ".informers", "SharedInformerOptions");
  static final ClassName GENERIC_INFORMER = ClassName.get(RUNTIME + ".informers", "GenericInformer");
  static final ClassName DURATION = ClassName.get("java.time", "Duration");
  static final ClassName OBJECTS = ClassName.get("java.util", "Objects");

  static final TypeName STRING_MAP =
      ParameterizedTypeName.get(ClassName.get(Map.class), ClassName.get(String.class),
          ClassName.get(String.class));
  /** {@code Predicate<? super Map<String, String>>}: what the runtime's listers match labels with. */
  static final TypeName LABEL_PREDICATE =
      ParameterizedTypeName.get(ClassName.get(Predicate.class), WildcardTypeName.supertypeOf(STRING_MAP));
  /** {@code UnaryOperator<ListOptions>}: a tweak of list and watch options. */
  static final TypeName TWEAK =
      ParameterizedTypeName.get(ClassName.get(UnaryOperator.class), LIST_OPTIONS);

  private InformerTypes() {}

  /** {@code List<T>}. */
  static TypeName listOf(TypeName type) {
    return ParameterizedTypeName.get(ClassName.get(List.class), type);
  }

  /** {@code Map<String, Function<T, List<String>>>}: an informer's index functions. */
  static TypeName indexers(TypeName type) {
    return ParameterizedTypeName.get(ClassName.get(Map.class), ClassName.get(String.class),
        ParameterizedTypeName.get(ClassName.get(Function.class), type,
            listOf(ClassName.get(String.class))));
  }

  /** {@code SharedIndexInformer<T>}. */
  static TypeName informerOf(TypeName type) {
    return ParameterizedTypeName.get(SHARED_INDEX_INFORMER, type);
  }
}
