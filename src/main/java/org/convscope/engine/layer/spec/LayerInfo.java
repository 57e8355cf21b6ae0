package org.convscope.engine.layer.spec;

import org.convscope.engine.tensor.Shape;

/** One layer of a model with everything inferred from its input: shapes, parameters, work. */
public record LayerInfo(int index, String name, LayerSpec spec, Shape input, Shape output,
                        ParamFormula formula, long macs) {

    public long params() {
        return formula.total();
    }

    /** Bytes of float activations this layer outputs for one example. */
    public long activationBytes() {
        return 4L * output.size();
    }
}
