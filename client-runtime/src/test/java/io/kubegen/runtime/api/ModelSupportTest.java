package io.kubegen.runtime.api;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ModelSupportTest {

  private static byte[] bytes(int... values) {
    byte[] b = new byte[values.length];
    for (int i = 0; i < values.length; i++) {
      b[i] = (byte) values[i];
    }
    return b;
  }

  @Test
  void copiesOfNullAreNull() {
    assertNull(ModelSupport.copyList(null));
    assertNull(ModelSupport.copyList(null, byte[]::clone));
    assertNull(ModelSupport.copyMap(null));
    assertNull(ModelSupport.copyMap(null, byte[]::clone));
  }

  @Test
  void listCopiesShareNothingButImmutableItems() {
    List<String> strings = new ArrayList<>(Arrays.asList("a", null, "b"));
    List<String> copy = ModelSupport.copyList(strings);
    assertEquals(strings, copy);
    assertNotSame(strings, copy);
    strings.add("c");
    assertEquals(Arrays.asList("a", null, "b"), copy);

    byte[] secret = bytes(1, 2);
    List<byte[]> blobs = new ArrayList<>(Arrays.asList(secret, null));
    List<byte[]> blobCopy = ModelSupport.copyList(blobs, byte[]::clone);
    assertNotSame(secret, blobCopy.get(0));
    assertArrayEquals(secret, blobCopy.get(0));
    assertNull(blobCopy.get(1), "a null item stays null and is not passed to the copy function");
    secret[0] = 9;
    assertEquals(1, blobCopy.get(0)[0]);
  }

  @Test
  void mapCopiesKeepTheOrderAndShareNothingButImmutableValues() {
    Map<String, List<String>> map = new LinkedHashMap<>();
    map.put("z", new ArrayList<>(List.of("1")));
    map.put("a", null);
    map.put("m", new ArrayList<>(List.of("2")));
    Map<String, List<String>> copy = ModelSupport.copyMap(map, ModelSupport::copyList);
    assertEquals(List.of("z", "a", "m"), new ArrayList<>(copy.keySet()));
    assertEquals(map, copy);
    map.get("z").add("x");
    assertEquals(List.of("1"), copy.get("z"));
    assertTrue(copy.containsKey("a"));

    Map<String, String> plain = new LinkedHashMap<>(Map.of("k", "v"));
    Map<String, String> plainCopy = ModelSupport.copyMap(plain);
    plain.put("k2", "v2");
    assertEquals(Map.of("k", "v"), plainCopy);
  }

  @Test
  void bytesAreEqualByContentAlsoInsideListsAndMaps() {
    assertTrue(ModelSupport.contentEquals(bytes(1, 2), bytes(1, 2)));
    assertFalse(ModelSupport.contentEquals(bytes(1, 2), bytes(1, 3)));
    assertTrue(ModelSupport.contentEquals(List.of(bytes(1), bytes(2)), new LinkedList<>(List.of(bytes(1), bytes(2)))));
    assertFalse(ModelSupport.contentEquals(List.of(bytes(1)), List.of(bytes(1), bytes(2))));
    assertTrue(ModelSupport.contentEquals(Map.of("k", List.of(bytes(3))), new HashMap<>(Map.of("k", List.of(bytes(3))))));
    assertFalse(ModelSupport.contentEquals(Map.of("k", bytes(3)), Map.of("k", bytes(4))));
    assertFalse(ModelSupport.contentEquals(Map.of("k", bytes(3)), Map.of("j", bytes(3))));
  }

  @Test
  void nullsAndMissingKeysAreToldApart() {
    assertTrue(ModelSupport.contentEquals(null, null));
    assertFalse(ModelSupport.contentEquals(null, bytes()));
    assertFalse(ModelSupport.contentEquals(bytes(), null));
    Map<String, Object> withNull = new HashMap<>();
    withNull.put("a", null);
    Map<String, Object> other = new HashMap<>();
    other.put("b", null);
    assertFalse(ModelSupport.contentEquals(withNull, other));
    assertTrue(ModelSupport.contentEquals(withNull, new HashMap<>(withNull)));
    assertFalse(ModelSupport.contentEquals(List.of("a"), Map.of("a", "a")));
  }

  @Test
  void hashCodesFollowContentAndAgreeWithTheCollectionsOtherwise() {
    assertEquals(ModelSupport.contentHashCode(List.of(bytes(1, 2))), ModelSupport.contentHashCode(List.of(bytes(1, 2))));
    assertEquals(
        ModelSupport.contentHashCode(Map.of("k", bytes(7))), ModelSupport.contentHashCode(Map.of("k", bytes(7))));
    List<String> strings = Arrays.asList("a", null, "b");
    assertEquals(strings.hashCode(), ModelSupport.contentHashCode(strings));
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("x", 1);
    map.put("y", List.of("z"));
    assertEquals(map.hashCode(), ModelSupport.contentHashCode(map));
    assertEquals(0, ModelSupport.contentHashCode(null));
  }

  @Test
  void textShowsOnlyTheLengthOfBytes() {
    assertEquals("3 bytes", ModelSupport.contentString(bytes(1, 2, 3)));
    assertEquals("[2 bytes, null]", ModelSupport.contentString(Arrays.asList(bytes(1, 2), null)));
    assertEquals("{k=[1 bytes]}", ModelSupport.contentString(Map.of("k", List.of(bytes(5)))));
    assertEquals("null", ModelSupport.contentString(null));
    assertEquals("[a, b]", ModelSupport.contentString(List.of("a", "b")));
  }

  @Test
  void toStringListsTheSetValuesByName() {
    assertEquals("Foo{}", ModelSupport.toString("Foo", new String[0]));
    assertEquals("Foo{b=2, d=1 bytes}",
        ModelSupport.toString("Foo", new String[] {"a", "b", "c", "d"}, null, 2, null, bytes(0)));
    assertEquals("Foo{a=1, {x=[2 bytes]}}",
        ModelSupport.toString("Foo", new String[] {"a", null}, 1, Map.of("x", List.of(bytes(1, 2)))));
  }
}
