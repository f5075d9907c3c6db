package io.kubegen.input;

import io.kubegen.generator.model.ApiModel;
import java.util.List;
import java.util.Objects;

/**
 * What {@link CrdReader} read: the model, and one note per document it skipped or field it ignored
 * (a Deployment in an operator's install bundle, a v1beta1 field in a v1 CRD), for the user to see.
 */
public record CrdReadResult(ApiModel model, List<String> notes) {

  public CrdReadResult {
    Objects.requireNonNull(model, "model must not be null");
    notes = List.copyOf(notes);
  }
}
