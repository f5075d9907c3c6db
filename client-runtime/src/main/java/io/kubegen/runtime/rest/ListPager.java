package io.kubegen.runtime.rest;

import io.kubegen.runtime.api.KubernetesListObject;
import io.kubegen.runtime.api.KubernetesObject;
import io.kubegen.runtime.api.ListMeta;
import io.kubegen.runtime.api.ListOptions;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Lists in pages, as client-go's {@code pager.ListPager}: each request asks for at most
 * {@link #pageSize()} items ({@code limit}), the next page is asked for with the previous page's
 * {@code metadata.continue}, and the resourceVersion (and its match rule) is sent on the first page
 * only, since the server refuses it together with a continue token.
 *
 * <p>{@link #list} returns all pages as one list. When a page after the first fails with 410
 * Expired (the continue token outlived the server's compaction window), it falls back to one
 * unpaginated list at the requested resourceVersion, unless that was turned off
 * ({@link #withFullListIfExpired}). {@link #eachListItem} and {@link #stream} hand items out as
 * pages arrive, so they cannot start over: there the Expired error propagates (as client-go's
 * {@code EachListItem}). A {@code limit} set in the options wins over the page size.
 *
 * <p>Immutable and thread-safe if the page function is.
 */
public final class ListPager<T extends KubernetesObject, L extends KubernetesListObject<T>> {
  /** client-go's {@code defaultPageSize}. */
  public static final long DEFAULT_PAGE_SIZE = 500;

  private final Function<ListOptions, L> pageFn;
  private final long pageSize;
  private final boolean fullListIfExpired;

  private ListPager(Function<ListOptions, L> pageFn, long pageSize, boolean fullListIfExpired) {
    this.pageFn = pageFn;
    this.pageSize = pageSize;
    this.fullListIfExpired = fullListIfExpired;
  }

  /** A pager over a list function such as {@code client::list}, with pages of 500. */
  public static <T extends KubernetesObject, L extends KubernetesListObject<T>> ListPager<T, L> of(
      Function<ListOptions, L> pageFn) {
    return new ListPager<>(Objects.requireNonNull(pageFn, "pageFn"), DEFAULT_PAGE_SIZE, true);
  }

  /** A pager over a resource client's list. */
  public static <T extends KubernetesObject, L extends KubernetesListObject<T>> ListPager<T, L> of(
      ResourceClient<T, L> client) {
    Objects.requireNonNull(client, "client");
    return of(client::list);
  }

  public ListPager<T, L> withPageSize(long pageSize) {
    if (pageSize <= 0) {
      throw new IllegalArgumentException("page size must be positive, was " + pageSize);
    }
    return new ListPager<>(pageFn, pageSize, fullListIfExpired);
  }

  public ListPager<T, L> withFullListIfExpired(boolean fullListIfExpired) {
    return new ListPager<>(pageFn, pageSize, fullListIfExpired);
  }

  public long pageSize() {
    return pageSize;
  }

  public boolean fullListIfExpired() {
    return fullListIfExpired;
  }

  /**
   * All items of every page as one list: the first page's object, with the items of all pages,
   * the first page's resourceVersion, and no continue token. A single page is returned as is.
   *
   * @throws ApiException as the page function throws it (except Expired after page 1, see above)
   */
  public L list(ListOptions options) {
    Objects.requireNonNull(options, "options");
    ListOptions requested = options;
    ListOptions page = firstPage(options);
    L first = null;
    List<T> items = null;
    while (true) {
      L result;
      try {
        result = pageFn.apply(page);
      } catch (ApiException e) {
        if (!e.isResourceExpired() || !fullListIfExpired || page.continueToken() == null) {
          throw e;
        }
        // The list expired between pages: start over with one full list at the requested version.
        return pageFn.apply(requested.toBuilder().limit(null).continueToken(null).build());
      }
      String next = continueOf(result);
      if (first == null) {
        if (next == null) {
          return result;
        }
        first = result;
        items = new ArrayList<>(itemsOf(result));
      } else {
        items.addAll(itemsOf(result));
      }
      if (next == null) {
        first.setItems(items);
        ListMeta meta = first.getMetadata() == null ? new ListMeta() : first.getMetadata().deepCopy();
        meta.setContinue(null);
        meta.setRemainingItemCount(null);
        first.setMetadata(meta);
        return first;
      }
      page = nextPage(page, next);
    }
  }

  /** Hands every item of every page to {@code consumer}, page by page. */
  public void eachListItem(ListOptions options, Consumer<? super T> consumer) {
    Objects.requireNonNull(consumer, "consumer");
    Iterator<T> it = iterator(options);
    while (it.hasNext()) {
      consumer.accept(it.next());
    }
  }

  /** The items of every page, lazily: a page is fetched when the stream reaches it. */
  public Stream<T> stream(ListOptions options) {
    return StreamSupport.stream(
        Spliterators.spliteratorUnknownSize(iterator(options), Spliterator.ORDERED | Spliterator.NONNULL),
        false);
  }

  private Iterator<T> iterator(ListOptions options) {
    Objects.requireNonNull(options, "options");
    return new Iterator<>() {
      private ListOptions page = firstPage(options);
      private Iterator<T> current = List.<T>of().iterator();
      private boolean done;

      @Override
      public boolean hasNext() {
        while (!current.hasNext() && !done) {
          L result = pageFn.apply(page);
          current = itemsOf(result).iterator();
          String next = continueOf(result);
          if (next == null) {
            done = true;
          } else {
            page = nextPage(page, next);
          }
        }
        return current.hasNext();
      }

      @Override
      public T next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        return current.next();
      }
    };
  }

  private ListOptions firstPage(ListOptions options) {
    return options.limit() == null || options.limit() <= 0
        ? options.toBuilder().limit(pageSize).build()
        : options;
  }

  private static ListOptions nextPage(ListOptions page, String continueToken) {
    return page.toBuilder()
        .continueToken(continueToken)
        .resourceVersion(null)
        .resourceVersionMatch(null)
        .build();
  }

  private static String continueOf(KubernetesListObject<?> list) {
    if (list == null) {
      throw new IllegalStateException("the page function returned null");
    }
    ListMeta meta = list.getMetadata();
    String token = meta == null ? null : meta.getContinue();
    return token == null || token.isEmpty() ? null : token;
  }

  private static <T extends KubernetesObject> List<T> itemsOf(KubernetesListObject<T> list) {
    return list.getItems() == null ? List.of() : list.getItems();
  }
}
