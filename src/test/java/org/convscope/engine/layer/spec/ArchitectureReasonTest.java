package org.convscope.engine.layer.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.convscope.engine.layer.spec.ArchitectureException.Reason;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each way a layer can fail to fit names its reason, its numbers and the layer, for a UI to word in its own language. */
class ArchitectureReasonTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            "c8k30-f-d10;            0; KERNEL_TOO_LARGE;     30|30|28|28;              larger than its 28×28 input",
            "c8k3-p2-c8k3-p12-f-d10; 3; WINDOW_TOO_LARGE;     MaxPooling2D|12|12|11|11; window 12×12 is larger",
            "c8k3-f-p2-d10;          2; NEEDS_IMAGE;          MaxPooling2D|5408;        needs an image input",
            "c8k3-f-c4k3-d10;        2; NEEDS_IMAGE;          Conv2D|5408;              needs an image input",
            "c8k3-d10;               1; NEEDS_FLATTEN;        26×26×8;                  add a Flatten layer",
            "c8k3-softmax-f-d10;     1; SOFTMAX_NEEDS_VECTOR; '';                       add Flatten first",
            "c8k3-f-d7;              2; WRONG_OUTPUT;         10|7;                     must output 10 class scores",
            "c8k3-p2;                1; WRONG_OUTPUT;         10|13×13×8;               but outputs 13×13×8",
    })
    void reasonIndexArgumentsAndMessage(String text, int layer, Reason reason, String args, String hint) {
        ArchitectureException e = assertThrows(ArchitectureException.class, () -> ModelSpec.parse(text).inferClassifier(10));
        assertEquals(layer, e.layerIndex(), e.getMessage());
        assertEquals(reason, e.reason(), e.getMessage());
        assertEquals(args, String.join("|", e.args().stream().map(String::valueOf).toList()));
        assertTrue(e.getMessage().contains(hint), e.getMessage());
    }

    @org.junit.jupiter.api.Test
    void noLayersAndNotationErrors() {
        ArchitectureException none = assertThrows(ArchitectureException.class,
                () -> new ModelSpec(ModelSpec.MNIST_INPUT, List.of()).infer());
        assertEquals(Reason.NO_LAYERS, none.reason());
        ArchitectureException typo = assertThrows(ArchitectureException.class, () -> ModelSpec.parse("c8k3-xyz"));
        assertEquals(Reason.OTHER, typo.reason());
        assertEquals(1, typo.layerIndex());
    }
}
