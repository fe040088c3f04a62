package io.ardesk.ledger;

import io.ardesk.ledger.InvalidInputException.FieldProblem;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;

/**
 * What a batch (an import chunk) did with one of its requests, as the single-request call would
 * have: created it, found it there with the same content, or refused it with the problems found,
 * each naming its field.
 */
public record BatchOutcome(boolean created, List<FieldProblem> problems) {
  public static final BatchOutcome CREATED = new BatchOutcome(true, List.of());
  public static final BatchOutcome UNCHANGED = new BatchOutcome(false, List.of());

  /** Rows looked up per {@code in (...)} query: far below every database's parameter limit. */
  private static final int LOOKUP_SLICE = 1000;

  public boolean refused() {
    return !problems.isEmpty();
  }

  /** The outcome of a request the single-request call would have refused with {@code e}. */
  public static BatchOutcome refused(RuntimeException e) {
    if (e instanceof InvalidInputException invalid) {
      return new BatchOutcome(false, invalid.problems());
    }
    if (e instanceof ConflictException conflict) {
      return new BatchOutcome(false, List.of(new FieldProblem(conflict.field(), conflict.getMessage())));
    }
    if (e instanceof NotFoundException missing) {
      return new BatchOutcome(false, List.of(new FieldProblem(missing.field(), missing.getMessage())));
    }
    throw e;
  }

  /** Runs {@code query} (an {@code in (...)} look-up) over the keys in slices and joins the results. */
  public static <K, T> List<T> lookUp(Collection<K> keys, Function<List<K>, List<T>> query) {
    var all = List.copyOf(keys);
    var found = new ArrayList<T>();
    for (int from = 0; from < all.size(); from += LOOKUP_SLICE) {
      found.addAll(query.apply(all.subList(from, Math.min(all.size(), from + LOOKUP_SLICE))));
    }
    return found;
  }
}
