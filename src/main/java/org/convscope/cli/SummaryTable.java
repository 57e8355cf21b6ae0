package org.convscope.cli;

import java.util.List;
import org.convscope.engine.layer.spec.LayerInfo;
import org.convscope.engine.layer.spec.ModelSpec;
import org.convscope.engine.layer.spec.ParamFormula;

/** Keras' {@code model.summary()} table, with one more column: each layer's parameter formula. */
final class SummaryTable {
    private static final int NAME = 32, SHAPE = 22, PARAMS = 10;

    private SummaryTable() {
    }

    static String render(ModelSpec spec) {
        List<LayerInfo> infos = spec.infer();
        int formulaWidth = Math.max(20, infos.stream().mapToInt(i -> i.formula().text().length()).max().orElse(0) + 2);
        int width = NAME + SHAPE + PARAMS + formulaWidth + 3;
        StringBuilder s = new StringBuilder();
        s.append("Model: \"sequential\"\n");
        s.append("_".repeat(width)).append('\n');
        s.append(row("Layer (type)", "Output Shape", "Param #", "Formula", formulaWidth));
        s.append("=".repeat(width)).append('\n');
        for (int i = 0; i < infos.size(); i++) {
            LayerInfo info = infos.get(i);
            String name = info.name() + " (" + info.spec().kerasType() + ")";
            s.append(row(name, info.output().toKeras(), ParamFormula.group(info.params()), info.formula().text(), formulaWidth));
            if (i < infos.size() - 1) s.append('\n');
        }
        long total = infos.stream().mapToLong(LayerInfo::params).sum();
        s.append("=".repeat(width)).append('\n');
        s.append("Total params: ").append(ParamFormula.group(total)).append('\n');
        s.append("Trainable params: ").append(ParamFormula.group(total)).append('\n');
        s.append("Non-trainable params: 0\n");
        s.append("_".repeat(width)).append('\n');
        return s.toString();
    }

    private static String row(String name, String shape, String params, String formula, int formulaWidth) {
        return " " + pad(name, NAME) + pad(shape, SHAPE) + pad(params, PARAMS) + "  " + pad(formula, formulaWidth).stripTrailing() + "\n";
    }

    private static String pad(String s, int width) {
        return s.length() >= width ? s + " " : s + " ".repeat(width - s.length());
    }
}
