package org.convscope.engine.learned;

import org.convscope.engine.tensor.Shape;

/**
 * Images by index, as the engine takes them: a test set without the engine knowing what a data set is
 * ({@code Dataset::writeNormalised} is one).
 */
public interface ImageSource {

    /** How many images there are. */
    int count();

    /** The shape of one image. */
    Shape shape();

    /** Writes image {@code i} as {@code shape().size()} values, [C,H,W], into {@code dst} from {@code offset}. */
    void write(int i, float[] dst, int offset);

    /** A source over images of {@code shape} that {@code writer} writes. */
    static ImageSource of(int count, Shape shape, Writer writer) {
        return new ImageSource() {
            @Override
            public int count() {
                return count;
            }

            @Override
            public Shape shape() {
                return shape;
            }

            @Override
            public void write(int i, float[] dst, int offset) {
                writer.write(i, dst, offset);
            }
        };
    }

    /** Images held in one array, [N,C,H,W]. */
    static ImageSource of(Shape shape, float[] images) {
        int size = shape.size();
        return of(images.length / size, shape, (i, dst, off) -> System.arraycopy(images, i * size, dst, off, size));
    }

    /** Writes image i into dst at offset, [C,H,W]. */
    @FunctionalInterface
    interface Writer {
        void write(int i, float[] dst, int offset);
    }

    /** Image {@code i}, [C,H,W]. */
    default float[] image(int i) {
        float[] out = new float[shape().size()];
        write(i, out, 0);
        return out;
    }
}
