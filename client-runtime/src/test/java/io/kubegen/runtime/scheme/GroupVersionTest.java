package io.kubegen.runtime.scheme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GroupVersionTest {

  @ParameterizedTest
  @CsvSource({
      "v1, '', v1, /api/v1",
      "apps/v1, apps, v1, /apis/apps/v1",
      "cert-manager.io/v1alpha2, cert-manager.io, v1alpha2, /apis/cert-manager.io/v1alpha2"
  })
  void parsesApiVersions(String apiVersion, String group, String version, String path) {
    GroupVersion gv = GroupVersion.parse(apiVersion);
    assertEquals(group, gv.group());
    assertEquals(version, gv.version());
    assertEquals(path, gv.path());
    assertEquals(apiVersion, gv.apiVersion());
  }

  @ParameterizedTest
  @CsvSource({"a/b/c", "/v1", "apps/"})
  void rejectsMalformedApiVersions(String apiVersion) {
    assertThrows(IllegalArgumentException.class, () -> GroupVersion.parse(apiVersion));
  }
}
