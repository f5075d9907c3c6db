package io.kubegen.processor;

import com.google.testing.compile.Compilation;
import org.junit.jupiter.api.Test;

class ProbeTest {
  @Test
  void probe() throws Exception {
    Compilation c = Compilations.compile(Compilations.resources(
        "good/com/example/crontab/package-info.java",
        "good/com/example/crontab/CronTab.java",
        "good/com/example/crontab/CronTabList.java",
        "good/com/example/crontab/CronTabSpec.java",
        "good/com/example/crontab/CronTabStatus.java",
        "good/com/example/policy/ClusterPolicy.java",
        "good/com/example/policy/ClusterPolicyList.java"));
    System.out.println(c.status() + " " + c.diagnostics());
    c.generatedFiles().forEach(f -> System.out.println(f.toUri()));
    System.out.println(Compilations.classOutput(c, "META-INF/kubegen/crds/crontabs.stable.example.com.yaml").orElse("none"));
    System.out.println(Compilations.classOutput(c, "META-INF/kubegen/crds/clusterpolicies.policy.example.com.yaml").orElse("none"));
  }
}
