package org.convscope.engine.learned;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.convscope.engine.layer.Layer;
import org.convscope.engine.layer.spec.Conv2DSpec;
import org.convscope.engine.layer.spec.LayerInfo;
import org.convscope.engine.model.Sequential;
import org.convscope.engine.parallel.WorkerPool;
import org.convscope.engine.tensor.Shape;

/**
 * For every filter of every convolution, the images that excite it most (Zeiler and Fergus 2014): one pass of
 * the model over the images with taps, each filter's strongest position in each image offered to a small
 * leaderboard of its own. A filter's patch is its receptive field in the input, cut out around that position.
 *
 * <p>Filters are ranked by their response before the activation (the convolution's own output), so a filter
 * that a ReLU silences everywhere still has a ranking; with a ReLU the order of the positive responses is the
 * order of the activations. Each image counts once per filter, at its first strongest position. The result is
 * the same whatever the number of threads.
 */
public final class TopPatches {
    /** Patches kept per filter unless asked otherwise: a 3×3 grid. */
    public static final int DEFAULT_PER_FILTER = 9;

    /**
     * One patch: test image {@code image}, whose filter map peaks at ({@code row}, {@code column}).
     *
     * @param response   the convolution's output there, before the activation
     * @param activation after the activation (the response when there is none)
     * @param pixels     the receptive field cut out of the image, [C, sizeH, sizeW], zeros in the padding
     */
    public record Patch(int image, int row, int column, float response, float activation, float[] pixels) {
    }

    /**
     * The patches of every filter of one convolution.
     *
     * @param layer   the convolution's index in the architecture
     * @param output  the shape of its maps
     * @param filters for each filter, its patches, best first
     */
    public record LayerPatches(int layer, String name, Shape output, ReceptiveField field, List<List<Patch>> filters) {
        public LayerPatches {
            filters = filters.stream().map(List::copyOf).toList();
        }
    }

    private final List<LayerPatches> layers;
    private final int images;

    private TopPatches(List<LayerPatches> layers, int images) {
        this.layers = List.copyOf(layers);
        this.images = images;
    }

    /**
     * The top {@code perFilter} patches of every filter of every convolution of {@code model} over the first
     * {@code count} of {@code images}, on {@code pool}'s workers. {@code model} is only read (its replicas run).
     */
    public static TopPatches find(Sequential model, ImageSource images, int count, int perFilter, WorkerPool pool) {
        if (perFilter < 1) throw new IllegalArgumentException("at least one patch per filter");
        List<Conv> convs = convolutions(model);
        int workers = pool.size();
        // leaders[worker][conv][filter]
        Leaders[][][] leaders = new Leaders[workers][convs.size()][];
        for (int w = 0; w < workers; w++) {
            for (int c = 0; c < convs.size(); c++) {
                leaders[w][c] = new Leaders[convs.get(c).filters()];
                for (int f = 0; f < leaders[w][c].length; f++) leaders[w][c][f] = new Leaders(perFilter);
            }
        }
        BatchedPass.run(model, images, count, pool, (w, replica, logits, from, to) -> {
            for (int c = 0; c < convs.size(); c++) scan(convs.get(c), replica, from, to, leaders[w][c]);
        });
        Map<Integer, float[]> cache = new HashMap<>();
        List<LayerPatches> out = new ArrayList<>();
        for (int c = 0; c < convs.size(); c++) {
            Conv conv = convs.get(c);
            List<List<Patch>> filters = new ArrayList<>();
            for (int f = 0; f < conv.filters(); f++) {
                List<Leaders> parts = new ArrayList<>();
                for (int w = 0; w < workers; w++) parts.add(leaders[w][c][f]);
                List<Patch> patches = new ArrayList<>();
                for (Leaders.Entry e : Leaders.merge(parts, perFilter)) {
                    float[] image = cache.computeIfAbsent(e.image(), images::image);
                    int row = e.position() / conv.output().width(), col = e.position() % conv.output().width();
                    patches.add(new Patch(e.image(), row, col, e.value(), e.activation(),
                            conv.field().crop(image, images.shape(), row, col)));
                }
                filters.add(patches);
            }
            out.add(new LayerPatches(conv.layer(), conv.name(), conv.output(), conv.field(), filters));
        }
        return new TopPatches(out, count);
    }

    // each image's strongest position per filter, offered to that filter's leaders
    private static void scan(Conv conv, Sequential replica, int from, int to, Leaders[] leaders) {
        List<Layer> layers = replica.layers();
        float[] z = layers.get(conv.runtime()).lastOutput().data(); // z: [n,OH,OW,F], before the activation
        float[] a = conv.activated() ? layers.get(conv.runtime() + 1).lastOutput().data() : z; // a: [n,OH,OW,F]
        int f = conv.filters(), positions = conv.output().height() * conv.output().width();
        float[] best = new float[f];
        int[] at = new int[f];
        for (int b = 0; b < to - from; b++) {
            Arrays.fill(best, Float.NEGATIVE_INFINITY);
            int base = b * positions * f;
            for (int p = 0; p < positions; p++) {
                int off = base + p * f;
                for (int k = 0; k < f; k++) {
                    float v = z[off + k];
                    if (v > best[k]) {
                        best[k] = v;
                        at[k] = p;
                    }
                }
            }
            int image = from + b;
            for (int k = 0; k < f; k++) {
                if (leaders[k].admits(best[k], image)) leaders[k].offer(best[k], image, at[k], a[base + at[k] * f + k]);
            }
        }
    }

    /** A convolution as the scan needs it: its runtime layer, whether an activation layer follows, its geometry. */
    private record Conv(int layer, String name, int runtime, boolean activated, int filters, Shape output, ReceptiveField field) {
    }

    private static List<Conv> convolutions(Sequential model) {
        List<LayerInfo> infos = model.spec().infer();
        List<Conv> out = new ArrayList<>();
        int runtimes = model.layers().size();
        for (int r = 0; r < runtimes; r++) {
            int s = model.specIndexOf(r);
            LayerInfo info = infos.get(s);
            if (!(info.spec() instanceof Conv2DSpec conv) || (r > 0 && model.specIndexOf(r - 1) == s)) continue;
            boolean activated = r + 1 < runtimes && model.specIndexOf(r + 1) == s;
            out.add(new Conv(s, info.name(), r, activated, conv.filters(), info.output(), ReceptiveField.of(model.spec(), s)));
        }
        return out;
    }

    /** The convolutions, in order. */
    public List<LayerPatches> layers() {
        return layers;
    }

    /** The patches of the convolution at architecture index {@code layer}, or null if it is none. */
    public LayerPatches layer(int layer) {
        return layers.stream().filter(l -> l.layer() == layer).findFirst().orElse(null);
    }

    /** How many images were searched. */
    public int images() {
        return images;
    }

    /** Filters of all convolutions together. */
    public int filterCount() {
        return layers.stream().mapToInt(l -> l.filters().size()).sum();
    }
}
