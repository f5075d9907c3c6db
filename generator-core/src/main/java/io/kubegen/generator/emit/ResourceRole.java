package io.kubegen.generator.emit;

import com.palantir.javapoet.TypeName;
import io.kubegen.generator.model.ApiGroup;
import io.kubegen.generator.model.ApiModel;
import io.kubegen.generator.model.ApiVersion;
import io.kubegen.generator.model.Resource;
import io.kubegen.generator.model.TypeId;
import io.kubegen.generator.model.TypeRef;
import io.kubegen.generator.types.JavaTypes;
import java.util.HashMap;
import java.util.Map;

/**
 * What a model type is to the API: the object or the list of a resource, with the apiVersion and
 * kind it defaults to. The item type is set for lists only.
 */
record ResourceRole(String apiVersion, String kind, Resource resource, TypeName itemType) {

  boolean list() {
    return itemType != null;
  }

  /** The role of every model type that is some resource's object or list type. */
  static Map<TypeId, ResourceRole> index(ApiModel model, JavaTypes types) {
    Map<TypeId, ResourceRole> roles = new HashMap<>();
    for (ApiGroup g : model.groups()) {
      for (ApiVersion v : g.versions()) {
        String apiVersion = ModelTypes.apiVersion(g.name(), v.name());
        for (Resource r : v.resources()) {
          if (r.objectType() instanceof TypeRef.NamedRef object) {
            roles.putIfAbsent(object.id(), new ResourceRole(apiVersion, r.kind(), r, null));
          }
          if (r.listType() instanceof TypeRef.NamedRef list) {
            roles.putIfAbsent(
                list.id(), new ResourceRole(apiVersion, r.listKind(), r, types.of(r.objectType())));
          }
        }
      }
    }
    return roles;
  }
}
