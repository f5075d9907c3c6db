package io.kubegen.generator.naming;

import java.util.Set;

/**
 * What Java accepts as an identifier, and which names generated code must avoid. Fixed tables (not
 * {@link javax.lang.model.SourceVersion}), so the output does not depend on the JDK that runs the
 * generator. Identifiers are restricted to ASCII on purpose: they become file and directory names.
 */
public final class JavaIdentifiers {
  /** Keywords, literals and restricted identifiers up to Java 21 ({@code _} included). */
  private static final Set<String> RESERVED =
      Set.of(
          "abstract", "assert", "boolean", "break", "byte", "case", "catch", "char", "class",
          "const", "continue", "default", "do", "double", "else", "enum", "extends", "final",
          "finally", "float", "for", "goto", "if", "implements", "import", "instanceof", "int",
          "interface", "long", "native", "new", "package", "private", "protected", "public",
          "return", "short", "static", "strictfp", "super", "switch", "synchronized", "this",
          "throw", "throws", "transient", "try", "void", "volatile", "while", "true", "false",
          "null", "_", "var", "yield", "record", "sealed", "permits", "exports", "module",
          "open", "opens", "provides", "requires", "to", "transitive", "uses", "with", "when");

  /**
   * Public types of {@code java.lang} (Java 17, plus those later JDKs added or preview). A generated
   * class with one of these names would shadow the {@code java.lang} type that JavaPoet refers to
   * by simple name, so type names never take them.
   */
  private static final Set<String> JAVA_LANG =
      Set.of(
          "AbstractMethodError", "Appendable", "ArithmeticException",
          "ArrayIndexOutOfBoundsException", "ArrayStoreException", "AssertionError",
          "AutoCloseable", "Boolean", "BootstrapMethodError", "Byte", "Character", "CharSequence",
          "Class", "ClassCastException", "ClassCircularityError", "ClassFormatError", "ClassLoader",
          "ClassNotFoundException", "ClassValue", "Cloneable", "CloneNotSupportedException",
          "Comparable", "Compiler", "Deprecated", "Double", "Enum", "EnumConstantNotPresentException",
          "Error", "Exception", "ExceptionInInitializerError", "Float", "FunctionalInterface",
          "IllegalAccessError", "IllegalAccessException", "IllegalArgumentException",
          "IllegalCallerException", "IllegalMonitorStateException", "IllegalStateException",
          "IllegalThreadStateException", "IncompatibleClassChangeError",
          "IndexOutOfBoundsException", "InheritableThreadLocal", "InstantiationError",
          "InstantiationException", "Integer", "InternalError", "InterruptedException", "IO",
          "Iterable", "LayerInstantiationException", "LinkageError", "Long", "MatchException",
          "Math", "Module", "ModuleLayer", "NegativeArraySizeException", "NoClassDefFoundError",
          "NoSuchFieldError", "NoSuchFieldException", "NoSuchMethodError", "NoSuchMethodException",
          "NullPointerException", "Number", "NumberFormatException", "Object", "OutOfMemoryError",
          "Override", "Package", "Process", "ProcessBuilder", "ProcessHandle", "Readable", "Record",
          "ReflectiveOperationException", "Runnable", "Runtime", "RuntimeException",
          "RuntimePermission", "SafeVarargs", "ScopedValue", "SecurityException",
          "SecurityManager", "Short", "StableValue", "StackOverflowError", "StackTraceElement",
          "StackWalker", "StrictMath", "String", "StringBuffer", "StringBuilder",
          "StringIndexOutOfBoundsException", "StringTemplate", "SuppressWarnings", "System",
          "Thread", "ThreadDeath", "ThreadGroup", "ThreadLocal", "Throwable",
          "TypeNotPresentException", "UnknownError", "UnsatisfiedLinkError",
          "UnsupportedClassVersionError", "UnsupportedOperationException", "VerifyError",
          "VirtualMachineError", "Void", "WrongThreadException");

  private JavaIdentifiers() {}

  /** True for keywords, literals and restricted identifiers ({@code class}, {@code true}, {@code _}, {@code var}...). */
  public static boolean isReserved(String name) {
    return RESERVED.contains(name);
  }

  /** True when {@code name} is the simple name of a public {@code java.lang} type. */
  public static boolean isJavaLangName(String name) {
    return JAVA_LANG.contains(name);
  }

  /**
   * True when {@code name} is an ASCII Java identifier that is not reserved: a letter, {@code _} or
   * {@code $} first, then letters, digits, {@code _} or {@code $}.
   */
  public static boolean isIdentifier(String name) {
    if (name == null || name.isEmpty() || isReserved(name)) {
      return false;
    }
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      boolean letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == '$';
      boolean digit = c >= '0' && c <= '9';
      if (!(letter || (digit && i > 0))) {
        return false;
      }
    }
    return true;
  }

  /**
   * True when {@code name} is safe as one segment of a generated package: lower-case ASCII letters,
   * digits and {@code _}, not starting with a digit, not reserved. Such a segment can never be
   * {@code ..}, contain a separator, or differ from another only in case.
   */
  public static boolean isPackageSegment(String name) {
    if (!isIdentifier(name)) {
      return false;
    }
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_')) {
        return false;
      }
    }
    return true;
  }

  /** True when every dot-separated segment of {@code packageName} is a valid package segment. */
  public static boolean isPackageName(String packageName) {
    if (packageName == null || packageName.isEmpty()) {
      return false;
    }
    for (String segment : packageName.split("\\.", -1)) {
      if (!isPackageSegment(segment)) {
        return false;
      }
    }
    return true;
  }
}
