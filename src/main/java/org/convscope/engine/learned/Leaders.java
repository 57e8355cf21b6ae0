package org.convscope.engine.learned;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The best {@code n} of the entries offered to one filter, in a total order: a larger value first, then the
 * smaller image index, then the smaller position. Whatever the order entries arrive in (workers take chunks as
 * they come free), the same entries win.
 */
final class Leaders {
    /** One entry: an image, a position in the filter's map (row·width + column), the response there and the activation. */
    record Entry(float value, int image, int position, float activation) {
    }

    static final Comparator<Entry> BEST_FIRST = Comparator.comparingDouble((Entry e) -> -e.value())
            .thenComparingInt(Entry::image).thenComparingInt(Entry::position);

    private final int n;
    private final Entry[] entries;
    private int size;
    private int worst; // index of the entry that the next better one replaces, once full

    Leaders(int n) {
        this.n = n;
        this.entries = new Entry[n];
    }

    /** Whether an entry of value {@code v} for image {@code image} could get in (images arrive once each). */
    boolean admits(float v, int image) {
        if (size < n) return true;
        Entry w = entries[worst];
        return v > w.value() || (v == w.value() && image < w.image());
    }

    void offer(float value, int image, int position, float activation) {
        Entry e = new Entry(value, image, position, activation);
        if (size < n) {
            entries[size++] = e;
        } else if (BEST_FIRST.compare(e, entries[worst]) < 0) {
            entries[worst] = e;
        } else {
            return;
        }
        if (size == n) worst = findWorst();
    }

    private int findWorst() {
        int w = 0;
        for (int i = 1; i < size; i++) if (BEST_FIRST.compare(entries[i], entries[w]) > 0) w = i;
        return w;
    }

    /** The best {@code n} entries of all of {@code parts}, best first. */
    static List<Entry> merge(List<Leaders> parts, int n) {
        List<Entry> all = new ArrayList<>();
        for (Leaders p : parts) for (int i = 0; i < p.size; i++) all.add(p.entries[i]);
        all.sort(BEST_FIRST);
        return List.copyOf(all.subList(0, Math.min(n, all.size())));
    }
}
