package io.kubegen.input.generate;

import io.kubegen.generator.model.ApiGroup;
import io.kubegen.generator.model.ApiModel;
import io.kubegen.generator.model.ApiVersion;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Joins the models of different inputs (OpenAPI documents, CRDs, a cluster) into one. A group
 * may come from several inputs, a group version from one only: two definitions of the same
 * group version would have to agree type by type, and kubegen does not guess which one wins.
 */
final class ModelMerge {
  private ModelMerge() {}

  /** {@code models} with their sources' names, in the same order. */
  static ApiModel merge(List<ApiModel> models, List<String> sources) {
    if (models.size() == 1) {
      return models.get(0);
    }
    Map<String, List<ApiVersion>> versions = new LinkedHashMap<>();
    Map<String, String> sourceOf = new LinkedHashMap<>();
    for (int i = 0; i < models.size(); i++) {
      for (ApiGroup g : models.get(i).groups()) {
        for (ApiVersion v : g.versions()) {
          String gv = (g.core() ? "core" : g.name()) + "/" + v.name();
          String previous = sourceOf.putIfAbsent(gv, sources.get(i));
          if (previous != null) {
            throw new GenerationException(GenerationException.Kind.INPUT,
                "[kubegen] group version " + gv + " is defined by both the " + previous + " and the "
                    + sources.get(i) + "; exclude it from one of them (excludes: " + gv + ")");
          }
          versions.computeIfAbsent(g.name(), k -> new ArrayList<>()).add(v);
        }
      }
    }
    List<ApiGroup> groups = new ArrayList<>();
    versions.forEach((name, vs) -> groups.add(ApiGroup.of(name, vs)));
    return ApiModel.of(groups);
  }
}
