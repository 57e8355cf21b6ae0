package org.convscope.engine.tensor;

/**
 * A batch of examples: {@code batch} examples of {@link Shape} {@code shape}, stored in one float
 * array. Image examples are stored channels-last, {@code [N,H,W,C]}: the convolution kernels run
 * along the channel axis, whose lengths (32, 64) are whole multiples of the 16 float lanes of a
 * vector register. {@link #toNchw()} gives the PyTorch order for views and files.
 *
 * <p>Layers own the tensors they return and overwrite them on their next call; copy what must live
 * longer (the UI does, through snapshots).
 */
public final class Tensor {
    private final Shape shape;
    private int batch;
    private float[] data;

    public Tensor(int batch, Shape shape) {
        this.shape = shape;
        this.batch = batch;
        this.data = new float[batch * shape.size()];
    }

    /** Wraps {@code data} (not copied), which must hold at least {@code batch} examples. */
    public Tensor(int batch, Shape shape, float[] data) {
        if (data.length < batch * shape.size()) {
            throw new IllegalArgumentException("array of " + data.length + " floats cannot hold "
                    + batch + " examples of " + shape);
        }
        this.shape = shape;
        this.batch = batch;
        this.data = data;
    }

    public Shape shape() {
        return shape;
    }

    public int batch() {
        return batch;
    }

    /** The backing array; it may be longer than {@link #length()} when a buffer is reused. */
    public float[] data() {
        return data;
    }

    /** Number of meaningful values: batch × shape size. */
    public int length() {
        return batch * shape.size();
    }

    /**
     * Changes the batch size in place, growing the array when needed, so a layer can reuse one
     * buffer across batches (a smaller last batch needs no new array).
     */
    public Tensor resize(int newBatch) {
        int needed = newBatch * shape.size();
        if (needed > data.length) data = new float[needed];
        batch = newBatch;
        return this;
    }

    /** A tensor of {@code batch} examples reusing {@code t} when it fits, else a new one. */
    public static Tensor reuse(Tensor t, int batch, Shape shape) {
        if (t != null && t.shape.equals(shape)) return t.resize(batch);
        return new Tensor(batch, shape);
    }

    /** Value {@code i} of example {@code n} as stored (channels last for images). */
    public float get(int n, int i) {
        return data[n * shape.size() + i];
    }

    /** An independent copy with exactly {@link #length()} values. */
    public Tensor copy() {
        float[] d = new float[length()];
        System.arraycopy(data, 0, d, 0, d.length);
        return new Tensor(batch, shape, d);
    }

    /** The values in PyTorch order, {@code [N,C,H,W]} (vectors are unchanged). */
    public float[] toNchw() {
        float[] out = new float[length()];
        if (!shape.isImage()) {
            System.arraycopy(data, 0, out, 0, out.length);
            return out;
        }
        Layouts.nhwcToNchw(data, out, batch, shape.channels(), shape.height(), shape.width());
        return out;
    }

    /** A tensor from values in PyTorch order {@code [N,C,H,W]}. */
    public static Tensor fromNchw(int batch, Shape shape, float[] nchw) {
        Tensor t = new Tensor(batch, shape);
        if (shape.isImage()) {
            Layouts.nchwToNhwc(nchw, t.data, batch, shape.channels(), shape.height(), shape.width());
        } else {
            System.arraycopy(nchw, 0, t.data, 0, t.length());
        }
        return t;
    }
}
