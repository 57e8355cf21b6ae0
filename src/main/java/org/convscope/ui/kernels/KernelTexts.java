package org.convscope.ui.kernels;

import java.util.Locale;
import org.convscope.ui.common.I18n;

/** The kernels view's words: layer names, captions, legend titles and the hover read-out. */
public final class KernelTexts {
    private static final String SEPARATOR = "   ·   ";

    private KernelTexts() {
    }

    /** A weight as the read-out shows it: four decimals, a true minus sign; tiny values in e-notation. */
    public static String number(double v) {
        String s = v != 0 && Math.abs(v) < 0.0005 ? String.format(Locale.ROOT, "%.2e", v) : String.format(Locale.ROOT, "%.4f", v);
        return s.startsWith("-") ? '\u2212' + s.substring(1) : s;
    }

    /** "conv2d_1 · 64 filters, 3×3 × 32 channels" for the layer chooser. */
    public static String layer(WeightLayer l, I18n i18n) {
        if (l.dense()) {
            return i18n.get("kernels.layer.dense", l.name(), str(l.filters()), str(l.fanIn()));
        }
        return i18n.get("kernels.layer.conv", l.name(), str(l.filters()), str(l.kh()), str(l.kw()), l.channels());
    }

    /** What the picture shows, with its numbers. */
    public static String caption(KernelLayout layout, I18n i18n) {
        WeightLayer l = layout.layer();
        String kind = l.dense() ? "dense" : "conv";
        String key = switch (layout.mode()) {
            case GRID -> l.dense() && !l.reshaped() ? "kernels.caption.matrix.dense"
                    : !l.dense() && l.channels() == 1 ? "kernels.caption.grid.single" : "kernels.caption.grid." + kind;
            case PER_FILTER -> l.dense() && !l.reshaped() ? "kernels.caption.perFilter.vector"
                    : !l.dense() && l.channels() == 1 ? "kernels.caption.perFilter.single" : "kernels.caption.perFilter." + kind;
            case PATCHES -> "kernels.caption.patches." + kind;
            case MATRIX -> "kernels.caption.matrix." + kind;
        };
        return i18n.get(key, l.name(), str(l.filters()), str(l.filters() - 1), str(l.channels()), str(l.channels() - 1),
                str(l.kh()), str(l.kw()), str(l.fanIn()), str(l.fanIn() - 1));
    }

    /** The legend's title: whose values the colours span. */
    public static String legendTitle(KernelPicture p, int filter, I18n i18n) {
        return switch (p.scope()) {
            case PER_MAP -> i18n.get(p.layer().dense() ? "kernels.legend.unit" : "kernels.legend.filter", str(filter));
            case PER_LAYER -> i18n.get("kernels.legend.layer", p.layer().name());
            case GLOBAL -> i18n.get("kernels.legend.global");
        };
    }

    /** "W[f=3, c=0, 1, 2] = −0.1234   ·   bias b[3] = 0.0123": the exact value under the pointer. */
    public static String hover(KernelPicture p, Cell cell, I18n i18n) {
        WeightLayer l = p.layer();
        String f = str(cell.filter()), value = number(p.value(cell));
        String weight;
        if (cell.channel() == Cell.MEAN) {
            weight = i18n.get(l.dense() ? "kernels.hover.denseMean" : "kernels.hover.convMean", f, str(cell.row()), str(cell.col()), value);
        } else if (!l.dense()) {
            weight = i18n.get("kernels.hover.conv", f, str(cell.channel()), str(cell.row()), str(cell.col()), value);
        } else {
            String input = str(l.at(0, cell.channel(), cell.row(), cell.col()));
            weight = l.reshaped()
                    ? i18n.get("kernels.hover.denseMap", f, input, value, str(cell.channel()), str(cell.row()), str(cell.col()))
                    : i18n.get("kernels.hover.dense", f, input, value);
        }
        return weight + SEPARATOR + i18n.get("kernels.hover.bias", f, number(p.bias(cell.filter())));
    }

    // numbers as plain digits: MessageFormat would group 1,234 and an index is not a quantity
    private static String str(int v) {
        return Integer.toString(v);
    }
}
