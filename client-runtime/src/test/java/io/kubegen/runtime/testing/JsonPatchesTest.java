package io.kubegen.runtime.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubegen.runtime.scheme.JsonCodec;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class JsonPatchesTest {

  private static Object json(String text) {
    return JsonCodec.shared().read(text.replace('\'', '"').getBytes(StandardCharsets.UTF_8), Object.class);
  }

  /** Cases from RFC 7386 appendix A. */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "{'a':'b'}            | {'a':'c'}            | {'a':'c'}",
      "{'a':'b'}            | {'b':'c'}            | {'a':'b','b':'c'}",
      "{'a':'b'}            | {'a':null}           | {}",
      "{'a':'b','b':'c'}    | {'a':null}           | {'b':'c'}",
      "{'a':['b']}          | {'a':'c'}            | {'a':'c'}",
      "{'a':'c'}            | {'a':['b']}          | {'a':['b']}",
      "{'a':{'b':'c'}}      | {'a':{'b':'d','c':null}} | {'a':{'b':'d'}}",
      "{'a':[{'b':'c'}]}    | {'a':[1]}            | {'a':[1]}",
      "['a','b']            | ['c','d']            | ['c','d']",
      "{'a':'b'}            | ['c']                | ['c']",
      "{'e':null}           | {'a':1}              | {'e':null,'a':1}",
      "[1,2]                | {'a':'b','c':null}   | {'a':'b'}",
      "{}                   | {'a':{'bb':{'ccc':null}}} | {'a':{'bb':{}}}",
  })
  void mergePatchFollowsRfc7386(String target, String patch, String expected) {
    assertEquals(json(expected), JsonPatches.mergePatch(json(target), json(patch)));
  }

  /** Cases from RFC 6902 appendix A. */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "{'foo':'bar'}                 | [{'op':'add','path':'/baz','value':'qux'}]              | {'baz':'qux','foo':'bar'}",
      "{'foo':['bar','baz']}         | [{'op':'add','path':'/foo/1','value':'qux'}]            | {'foo':['bar','qux','baz']}",
      "{'foo':['bar']}               | [{'op':'add','path':'/foo/-','value':['abc','def']}]    | {'foo':['bar',['abc','def']]}",
      "{'baz':'qux','foo':'bar'}     | [{'op':'remove','path':'/baz'}]                         | {'foo':'bar'}",
      "{'foo':['bar','qux','baz']}   | [{'op':'remove','path':'/foo/1'}]                       | {'foo':['bar','baz']}",
      "{'baz':'qux','foo':'bar'}     | [{'op':'replace','path':'/baz','value':'boo'}]          | {'baz':'boo','foo':'bar'}",
      "{'foo':{'bar':'baz','waldo':'fred'},'qux':{'corge':'grault'}} | [{'op':'move','from':'/foo/waldo','path':'/qux/thud'}] | {'foo':{'bar':'baz'},'qux':{'corge':'grault','thud':'fred'}}",
      "{'foo':['all','grass','cows','eat']} | [{'op':'move','from':'/foo/1','path':'/foo/3'}]  | {'foo':['all','cows','eat','grass']}",
      "{'foo':['bar']}               | [{'op':'copy','from':'/foo/0','path':'/foo/-'}]         | {'foo':['bar','bar']}",
      "{'baz':'qux','foo':['a',2,'c']} | [{'op':'test','path':'/baz','value':'qux'},{'op':'test','path':'/foo/1','value':2.0}] | {'baz':'qux','foo':['a',2,'c']}",
      "{'/':9,'~1':10}               | [{'op':'test','path':'/~01','value':10},{'op':'remove','path':'/~1'}] | {'~1':10}",
      "{'foo':'bar'}                 | [{'op':'add','path':'','value':{'whole':true}}]        | {'whole':true}",
  })
  void jsonPatchFollowsRfc6902(String target, String patch, String expected) {
    assertEquals(json(expected), JsonPatches.jsonPatch(json(target), json(patch)));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "{'baz':'qux'}          | [{'op':'test','path':'/baz','value':'bar'}]             | false",
      "{'foo':'bar'}          | [{'op':'add','path':'/baz/bat','value':'qux'}]          | false",
      "{'foo':['bar']}        | [{'op':'add','path':'/foo/5','value':'x'}]              | false",
      "{'foo':'bar'}          | [{'op':'remove','path':'/nope'}]                        | false",
      "{'foo':'bar'}          | [{'op':'replace','path':'/nope','value':1}]             | false",
      "{'foo':'bar'}          | [{'op':'frobnicate','path':'/foo'}]                     | true",
      "{'foo':'bar'}          | [{'op':'add','path':'/x'}]                              | true",
      "{'foo':'bar'}          | [{'op':'add','path':'no-slash','value':1}]              | true",
      "{'foo':'bar'}          | {'op':'add'}                                            | true",
      "{'a':{'b':1}}          | [{'op':'move','from':'/a','path':'/a/b/c'}]             | false",
  })
  void failingJsonPatchesSayWhetherThePatchIsMalformed(String target, String patch, boolean malformed) {
    Object doc = json(target);
    JsonPatches.PatchException e = assertThrows(JsonPatches.PatchException.class,
        () -> JsonPatches.jsonPatch(doc, json(patch)));
    assertEquals(malformed, e.malformed, e.getMessage());
    assertEquals(json(target), doc, "the input is never modified");
  }

  @Test
  void jsonEqualsComparesNumbersByValueAndIgnoresMemberOrder() {
    assertTrue(JsonPatches.jsonEquals(json("{'a':1,'b':[1.0,{'c':2}]}"), json("{'b':[1,{'c':2.00}],'a':1.0}")));
    assertFalse(JsonPatches.jsonEquals(json("[1,2]"), json("[2,1]")));
    assertFalse(JsonPatches.jsonEquals(json("{'a':null}"), json("{}")));
  }
}
