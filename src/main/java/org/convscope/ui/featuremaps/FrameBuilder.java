package org.convscope.ui.featuremaps;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.convscope.engine.layer.spec.LayerInfo;
import org.convscope.engine.model.Inspection;
import org.convscope.engine.model.LayerTap;
import org.convscope.engine.tensor.Shape;
import org.convscope.ui.common.ColorMap;
import org.convscope.ui.common.Normalization;
import org.convscope.ui.common.ValueRange;

/**
 * Turns an {@link Inspection} into paintable pixels: picks each output's colour map, works out the
 * colour scales for the chosen {@link Normalization} and colours every value. Pure and
 * thread-free, so it runs on the task thread.
 */
public final class FrameBuilder {
    private static final ValueRange UNIT = new ValueRange(0, 1);

    private FrameBuilder() {
    }

    /**
     * The colour map of a runtime layer's output: signed sums (conv, dense, tanh) diverge around
     * zero, non-negative activations run dark to bright, and layers that only move values around
     * (pooling, flatten, dropout) keep the map of what they receive.
     */
    public static ColorMap mapFor(String kind, ColorMap received) {
        return switch (kind) {
            case "relu", "sigmoid", "softmax" -> ColorMap.SEQUENTIAL;
            case "max_pool2d", "avg_pool2d", "flatten", "dropout" -> received;
            default -> ColorMap.DIVERGING;
        };
    }

    /**
     * @param shown     which runtime layers to paint
     * @param withInput whether the input image is the first group
     */
    public static MapsFrame build(Inspection inspection, Normalization norm, Predicate<LayerTap> shown, boolean withInput) {
        List<LayerTap> taps = inspection.taps();
        ColorMap[] maps = new ColorMap[taps.size()];
        ValueRange[][] own = new ValueRange[taps.size()][];
        Map<ColorMap, ValueRange> global = new EnumMap<>(ColorMap.class);
        ColorMap received = ColorMap.GREYS;
        for (int i = 0; i < taps.size(); i++) {
            LayerTap t = taps.get(i);
            maps[i] = mapFor(t.kind(), received);
            received = maps[i];
            if (!shown.test(t)) continue;
            own[i] = ownRanges(t.output(), t.outputShape(), maps[i]);
            if (!t.kind().equals("softmax")) global.merge(maps[i], union(own[i]), ValueRange::union);
        }

        List<LayerInfo> infos = inspection.spec().infer();
        Map<Integer, List<TapImage>> bySpec = new LinkedHashMap<>();
        for (int i = 0; i < taps.size(); i++) {
            if (own[i] == null) continue;
            LayerTap t = taps.get(i);
            boolean logits = t.outputShape().isVector() && !t.kind().equals("softmax") && feedsSoftmaxOrIsLast(taps, i);
            bySpec.computeIfAbsent(t.specIndex(), k -> new ArrayList<>())
                    .add(paint(i, t.kind(), t.outputShape(), t.inputShape(), t.output(), maps[i], own[i], norm, global, logits));
        }

        List<LayerGroup> groups = new ArrayList<>();
        if (withInput) {
            Shape input = inspection.spec().input();
            ValueRange[] inputRange = ownRanges(inspection.input(), input, ColorMap.GREYS);
            groups.add(new LayerGroup(TapImage.INPUT, "input", null, input, List.of(paint(TapImage.INPUT, "input", input, input,
                    inspection.input(), ColorMap.GREYS, inputRange, Normalization.PER_LAYER, global, false))));
        }
        bySpec.forEach((spec, list) -> {
            LayerInfo info = infos.get(spec);
            groups.add(new LayerGroup(spec, info.name(), info.spec(), info.output(), list));
        });
        return new MapsFrame(inspection, norm, groups, classBars(inspection));
    }

    private static boolean feedsSoftmaxOrIsLast(List<LayerTap> taps, int i) {
        return i == taps.size() - 1 || taps.get(i + 1).kind().equals("softmax");
    }

    /** One probability per class, in class order; the most probable is the top one. */
    public static List<ClassBar> classBars(Inspection inspection) {
        float[] p = inspection.probabilities();
        int top = inspection.predicted();
        List<ClassBar> bars = new ArrayList<>(p.length);
        for (int c = 0; c < p.length; c++) bars.add(new ClassBar(c, p[c], c == top));
        return bars;
    }

    /**
     * The span of each map's own values. A sequential scale starts at zero so that dark always means
     * zero (a ReLU map's weakest value is zero anyway); greys cover at least 0..1 as images do.
     */
    static ValueRange[] ownRanges(float[] values, Shape shape, ColorMap map) {
        int count = shape.isImage() ? shape.channels() : 1;
        int size = values.length / count;
        ValueRange[] r = new ValueRange[count];
        for (int c = 0; c < count; c++) {
            ValueRange v = ValueRange.of(values, c * size, (c + 1) * size);
            r[c] = switch (map) {
                case SEQUENTIAL -> new ValueRange(Math.min(0, v.lo()), v.hi());
                case GREYS -> v.union(UNIT);
                case DIVERGING -> v;
            };
        }
        return r;
    }

    private static ValueRange union(ValueRange[] ranges) {
        ValueRange u = ranges[0];
        for (ValueRange r : ranges) u = u.union(r);
        return u;
    }

    private static TapImage paint(int index, String kind, Shape shape, Shape inputShape, float[] values, ColorMap map,
                                  ValueRange[] own, Normalization norm, Map<ColorMap, ValueRange> global, boolean logits) {
        ValueRange layer = union(own);
        ValueRange shared = kind.equals("softmax") ? UNIT : global.getOrDefault(map, layer);
        ValueRange[] used = new ValueRange[own.length];
        for (int c = 0; c < own.length; c++) {
            used[c] = switch (norm) {
                case PER_MAP -> own[c];
                case PER_LAYER -> layer;
                case GLOBAL -> shared;
            };
        }
        ValueRange legend = norm == Normalization.GLOBAL ? shared : layer;
        int[] argb = new int[values.length];
        int size = values.length / own.length;
        for (int c = 0; c < own.length; c++) {
            double lo = used[c].lo(), hi = used[c].hi();
            for (int i = c * size, end = i + size; i < end; i++) argb[i] = map.argb(values[i], lo, hi);
        }
        return new TapImage(index, kind, shape, inputShape, map, values, used, legend.forMap(map), argb, logits);
    }
}
