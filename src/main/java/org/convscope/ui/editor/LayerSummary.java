package org.convscope.ui.editor;

import java.math.BigDecimal;
import org.convscope.engine.layer.spec.ActivationSpec;
import org.convscope.engine.layer.spec.Conv2DSpec;
import org.convscope.engine.layer.spec.DenseSpec;
import org.convscope.engine.layer.spec.DropoutSpec;
import org.convscope.engine.layer.spec.LayerSpec;
import org.convscope.engine.layer.spec.Pool2DSpec;
import org.convscope.ui.common.I18n;

/** A layer's settings in one line, for a layer whose controls are closed: "32 filters, 3×3 kernel, …". */
final class LayerSummary {
    private LayerSummary() {
    }

    static String of(LayerSpec spec, I18n i18n) {
        if (spec instanceof Conv2DSpec c) {
            return i18n.get("editor.summary.conv", c.filters(), pair(c.kernelH(), c.kernelW()), single(c.strideH(), c.strideW()),
                    c.padding().kerasName(), c.activation().kerasName());
        }
        if (spec instanceof Pool2DSpec p) {
            return i18n.get("editor.summary.pool", pair(p.sizeH(), p.sizeW()), single(p.strideH(), p.strideW()));
        }
        if (spec instanceof DenseSpec d) return i18n.get("editor.summary.dense", d.units(), d.activation().kerasName());
        if (spec instanceof DropoutSpec d) {
            return i18n.get("editor.summary.dropout", BigDecimal.valueOf(d.rate()).stripTrailingZeros().toPlainString());
        }
        if (spec instanceof ActivationSpec a) return a.activation().kerasName();
        return i18n.get("editor.summary.flatten");
    }

    private static String pair(int h, int w) {
        return h + "\u00d7" + w;
    }

    private static String single(int h, int w) {
        return h == w ? String.valueOf(h) : h + "\u00d7" + w;
    }
}
