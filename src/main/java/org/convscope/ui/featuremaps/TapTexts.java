package org.convscope.ui.featuremaps;

import org.convscope.engine.layer.spec.ActivationSpec;
import org.convscope.engine.layer.spec.Conv2DSpec;
import org.convscope.engine.layer.spec.DenseSpec;
import org.convscope.engine.layer.spec.DropoutSpec;
import org.convscope.engine.layer.spec.FlattenSpec;
import org.convscope.engine.layer.spec.LayerSpec;
import org.convscope.engine.layer.spec.Pool2DSpec;
import org.convscope.ui.common.I18n;

/** The words for layers and their outputs: i18n keys chosen by kind. */
final class TapTexts {
    private TapTexts() {
    }

    /** Key of the short name of an output ("after ReLU"). */
    static String shortKey(TapImage t) {
        if (t.logits()) return "featuremaps.short.logits";
        return "featuremaps.short." + known(t.kind());
    }

    /** Key of the sentence explaining an output. */
    static String captionKey(TapImage t) {
        if (t.logits()) return "featuremaps.caption.logits";
        return "featuremaps.caption." + known(t.kind());
    }

    private static String known(String kind) {
        return switch (kind) {
            case "input", "conv2d", "relu", "sigmoid", "tanh", "max_pool2d", "avg_pool2d", "flatten", "dense", "dropout", "softmax" -> kind;
            default -> "other";
        };
    }

    /** "Conv2D, 32 filters of 3×3" in the UI language. */
    static String describe(LayerSpec spec, I18n i18n) {
        if (spec == null) return i18n.get("featuremaps.spec.input");
        if (spec instanceof Conv2DSpec c) {
            String text = i18n.get("featuremaps.spec.conv", c.filters(), c.kernelH(), c.kernelW());
            return c.strideH() == 1 && c.strideW() == 1 ? text : text + i18n.get("featuremaps.spec.stride", c.strideH(), c.strideW());
        }
        if (spec instanceof Pool2DSpec p) {
            return i18n.get(p.kind() == Pool2DSpec.Kind.MAX ? "featuremaps.spec.maxpool" : "featuremaps.spec.avgpool",
                    p.sizeH(), p.sizeW(), p.strideH(), p.strideW());
        }
        if (spec instanceof FlattenSpec) return i18n.get("featuremaps.spec.flatten");
        if (spec instanceof DenseSpec d) return i18n.get("featuremaps.spec.dense", d.units());
        if (spec instanceof DropoutSpec d) return i18n.get("featuremaps.spec.dropout", d.rate());
        if (spec instanceof ActivationSpec a) return i18n.get("featuremaps.spec.activation", a.activation().kerasName());
        return spec.kerasType();
    }
}
