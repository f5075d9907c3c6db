package io.kubegen.golden.apis.certmanager.v1;

import io.kubegen.golden.support.TestList;

/** Stands in for the generated list of Certificate in the clientset tests. */
public final class CertificateList extends TestList<Certificate> {
  public CertificateList() {
    super("cert-manager.io/v1", "CertificateList");
  }
}
