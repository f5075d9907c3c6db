package io.kubegen.sample.pojo;

import io.kubegen.runtime.annotations.Version;
import io.kubegen.runtime.api.KubernetesObject;
import io.kubegen.runtime.api.ObjectMeta;

/** A greeting to deliver: the model class is the user's own, the client around it is generated. */
@Version("v1")
public class Greeting implements KubernetesObject {
  private String apiVersion = "greetings.sample.kubegen.io/v1";
  private String kind = "Greeting";
  private ObjectMeta metadata;
  private String message;

  public Greeting() {}

  @Override
  public String getApiVersion() {
    return apiVersion;
  }

  @Override
  public void setApiVersion(String apiVersion) {
    this.apiVersion = apiVersion;
  }

  @Override
  public String getKind() {
    return kind;
  }

  @Override
  public void setKind(String kind) {
    this.kind = kind;
  }

  @Override
  public ObjectMeta getMetadata() {
    return metadata;
  }

  @Override
  public void setMetadata(ObjectMeta metadata) {
    this.metadata = metadata;
  }

  /** What to say. */
  public String getMessage() {
    return message;
  }

  public void setMessage(String message) {
    this.message = message;
  }
}
