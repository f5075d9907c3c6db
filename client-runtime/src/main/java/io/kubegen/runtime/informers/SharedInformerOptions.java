package io.kubegen.runtime.informers;

import io.kubegen.runtime.api.KubernetesObject;
import io.kubegen.runtime.api.ListOptions;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * How a {@link SharedInformerFactory} builds its informers, as the options of client-go's {@code
 * NewSharedInformerFactoryWithOptions}.
 *
 * @param namespace the only namespace to watch; null for all
 * @param tweakListOptions applied to every list and watch (selectors); identity by default
 * @param transform applied to every object before it is cached; null for none
 * @param defaultResync handlers' resync period; zero for none
 * @param customResync per-type resync periods overriding {@code defaultResync}
 */
public record SharedInformerOptions(
    String namespace,
    UnaryOperator<ListOptions> tweakListOptions,
    UnaryOperator<KubernetesObject> transform,
    Duration defaultResync,
    Map<Class<?>, Duration> customResync) {

  public SharedInformerOptions {
    if (namespace != null && namespace.isEmpty()) {
      namespace = null;
    }
    tweakListOptions = tweakListOptions == null ? UnaryOperator.identity() : tweakListOptions;
    defaultResync = Objects.requireNonNullElse(defaultResync, Duration.ZERO);
    requireNotNegative(defaultResync, "defaultResync");
    customResync = Map.copyOf(customResync == null ? Map.of() : customResync);
    customResync.forEach((type, period) -> requireNotNegative(period, "resync of " + type.getName()));
  }

  /** All namespaces, no tweak, no transform, no resync. */
  public static SharedInformerOptions defaults() {
    return builder().build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The resync period for informers of {@code type}. */
  public Duration resyncFor(Class<?> type) {
    return customResync.getOrDefault(type, defaultResync);
  }

  private static void requireNotNegative(Duration d, String what) {
    if (d.isNegative()) {
      throw new IllegalArgumentException(what + " must not be negative: " + d);
    }
  }

  /** Builds {@link SharedInformerOptions}; method names follow client-go's options. */
  public static final class Builder {
    private String namespace;
    private UnaryOperator<ListOptions> tweakListOptions;
    private UnaryOperator<KubernetesObject> transform;
    private Duration defaultResync = Duration.ZERO;
    private final Map<Class<?>, Duration> customResync = new LinkedHashMap<>();

    private Builder() {}

    /** Watch only this namespace (null or empty for all). */
    public Builder withNamespace(String namespace) {
      this.namespace = namespace;
      return this;
    }

    /** Tweak every list and watch, for label or field selectors. */
    public Builder withTweakListOptions(UnaryOperator<ListOptions> tweakListOptions) {
      this.tweakListOptions = tweakListOptions;
      return this;
    }

    /** Transform every object before it is cached; it must return an object of the same class. */
    public Builder withTransform(UnaryOperator<KubernetesObject> transform) {
      this.transform = transform;
      return this;
    }

    /** Resync period of every informer without a custom one. */
    public Builder withDefaultResync(Duration defaultResync) {
      this.defaultResync = Objects.requireNonNull(defaultResync, "defaultResync");
      return this;
    }

    /** Resync periods by object class, overriding the default. */
    public Builder withCustomResyncConfig(Map<Class<?>, Duration> resyncConfig) {
      resyncConfig.forEach((type, period) -> customResync.put(
          Objects.requireNonNull(type, "type"), Objects.requireNonNull(period, "resync of " + type.getName())));
      return this;
    }

    public SharedInformerOptions build() {
      return new SharedInformerOptions(namespace, tweakListOptions, transform, defaultResync, customResync);
    }
  }
}
