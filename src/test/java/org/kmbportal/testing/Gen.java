package org.kmbportal.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * A generator of test input drawn from a seeded {@link Random}: the same seed gives the same inputs, so a failing try
 * is reproduced by its seed. The seed is {@code -Dkmb.generated.seed} (a fixed default, so the build is repeatable;
 * give another to explore), mixed with the name of what is generated so each entry gets its own sequence.
 */
@FunctionalInterface
public interface Gen<T> {

    long DEFAULT_SEED = 20261202L;

    T next(Random random);

    default <R> Gen<R> map(Function<? super T, ? extends R> f) {
        return random -> f.apply(next(random));
    }

    /** Values of this generator that pass the test (tries again, at most 1,000 times). */
    default Gen<T> filter(java.util.function.Predicate<? super T> test) {
        return random -> {
            for (int i = 0; i < 1000; i++) {
                T value = next(random);
                if (test.test(value)) {
                    return value;
                }
            }
            throw new IllegalStateException("the filter refused 1,000 values in a row");
        };
    }

    /** Lists of {@code min} to {@code max} values, their length uniformly chosen. */
    default Gen<List<T>> list(int min, int max) {
        return random -> {
            int size = min + random.nextInt(max - min + 1);
            List<T> list = new ArrayList<>(size);
            for (int i = 0; i < size; i++) {
                list.add(next(random));
            }
            return list;
        };
    }

    @SafeVarargs
    static <T> Gen<T> of(T... values) {
        return of(List.of(values));
    }

    static <T> Gen<T> of(List<T> values) {
        return random -> values.get(random.nextInt(values.size()));
    }

    /** One of the generators, each as likely. */
    @SafeVarargs
    static <T> Gen<T> oneOf(Gen<? extends T>... choices) {
        return random -> choices[random.nextInt(choices.length)].next(random);
    }

    /** A weighted choice: pairs of a weight and a generator. */
    static <T> Gen<T> frequency(List<Weighted<T>> choices) {
        int total = choices.stream().mapToInt(Weighted::weight).sum();
        return random -> {
            int pick = random.nextInt(total);
            for (Weighted<T> choice : choices) {
                pick -= choice.weight();
                if (pick < 0) {
                    return choice.gen().next(random);
                }
            }
            throw new IllegalStateException("unreachable");
        };
    }

    static Gen<Integer> between(int min, int max) {
        return random -> min + random.nextInt(max - min + 1);
    }

    /** A generator with its weight in a {@link #frequency} choice. */
    record Weighted<T>(int weight, Gen<? extends T> gen) {
    }

    /** The seed of this run: {@code -Dkmb.generated.seed}, else {@link #DEFAULT_SEED}. */
    static long seed() {
        return Long.getLong("kmb.generated.seed", DEFAULT_SEED);
    }

    /**
     * {@code tries} values for the entry {@code name}, from the run's seed; a parameterized test's source.
     */
    static <T> Stream<T> tries(String name, int tries, Gen<T> gen) {
        Random random = new Random(seed() * 31 + name.hashCode());
        return IntStream.range(0, tries).mapToObj(i -> gen.next(random));
    }
}
