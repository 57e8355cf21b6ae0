package org.convscope.engine.layer.spec;

import java.math.BigDecimal;
import org.convscope.engine.tensor.Shape;

/** Dropout(rate): while training, zeroes each value with probability {@code rate} and scales the rest by 1/(1−rate). */
public record DropoutSpec(double rate) implements WeightlessSpec {

    public DropoutSpec {
        if (!(rate >= 0 && rate < 1)) throw new ArchitectureException("Dropout rate must be in [0, 1), got " + rate);
    }

    @Override
    public Shape outputShape(Shape in) {
        return in;
    }

    @Override
    public String kerasType() {
        return "Dropout";
    }

    @Override
    public String compact() {
        // plain digits: the parser reads "dr0.0001", not the "dr1.0E-4" that %s would print
        return "dr" + BigDecimal.valueOf(rate).stripTrailingZeros().toPlainString();
    }
}
