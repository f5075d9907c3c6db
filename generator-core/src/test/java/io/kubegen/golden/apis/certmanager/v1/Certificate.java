package io.kubegen.golden.apis.certmanager.v1;

import io.kubegen.golden.support.TestObject;

/** Stands in for the generated model of Certificate in the clientset tests. */
public final class Certificate extends TestObject {
  public Certificate() {
    super("cert-manager.io/v1", "Certificate");
  }
}
