package org.convscope.engine.layer.spec;

import java.util.List;
import org.convscope.engine.tensor.Shape;

/** Dense(units, activation): every input connected to every unit, plus one bias per unit. */
public record DenseSpec(int units, Activation activation) implements LayerSpec {

    public DenseSpec {
        if (units < 1) throw new ArchitectureException("Dense needs at least 1 unit, got " + units);
        if (activation == null) throw new ArchitectureException("Dense needs an activation");
    }

    @Override
    public Shape outputShape(Shape in) {
        if (!in.isVector()) {
            throw new ArchitectureException(ArchitectureException.Reason.NEEDS_FLATTEN, List.of(in.toDisplay()),
                    "Dense needs a flat vector, but gets a " + in.toDisplay()
                    + " image: add a Flatten layer before it");
        }
        return Shape.vector(units);
    }

    @Override
    public ParamFormula formula(Shape in) {
        return ParamFormula.dense(in.size(), units);
    }

    @Override
    public String kerasType() {
        return "Dense";
    }

    @Override
    public long macs(Shape in) {
        return (long) in.size() * units;
    }

    @Override
    public String compact() {
        return "d" + units + ":" + activation.kerasName();
    }
}
