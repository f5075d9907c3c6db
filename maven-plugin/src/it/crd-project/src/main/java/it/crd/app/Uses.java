package it.crd.app;

import it.crd.clientset.Clientset;
import it.crd.informers.SharedInformerFactory;

/** Compiles only if the generated clientset, informers and the user's expansion fit together. */
public final class Uses {
  private Uses() {}

  public static int crontabs(Clientset clients) {
    return clients.stableV1().cronTabs("default").count();
  }

  public static Object lister(SharedInformerFactory factory) {
    return factory.stable().v1().cronTabs().lister();
  }
}
