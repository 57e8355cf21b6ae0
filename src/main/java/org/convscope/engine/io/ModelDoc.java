package org.convscope.engine.io;

import static com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * model.json's fields, in the order they are written (docs/model-format.md): the schema both
 * ways. {@link ModelJson} writes a model as these records and binds a file to them with
 * {@link JsonRecords}, where a value that is absent, null or of the wrong type is null; then
 * {@link ModelJsonCheck} checks every value. Whole numbers are {@code Long}, other numbers
 * {@code Double}. A null is written as null, except where a field is left out instead.
 */
record ModelDoc(String format, Long version, Input input, @JsonInclude(NON_NULL) String architecture,
                Long parameterCount, List<Layer> layers, List<Parameter> parameters, List<String> classes,
                String dataset, Training training, List<Epoch> history,
                @JsonInclude(NON_NULL) Optimizer optimizerState) {

    record Input(Long channels, Long height, Long width) {
    }

    /**
     * A layer in Keras' terms, with its type's fields only. Sizes are [height, width]; a file may
     * give one number for both, which binds as null (the checker reads it). {@code use_bias},
     * {@code dilation_rate} and {@code groups} are read only, to refuse what ConvScope cannot do.
     */
    @JsonInclude(NON_NULL)
    record Layer(String type, Long filters, Long units, List<Long> poolSize, List<Long> kernelSize, List<Long> strides,
                 String padding, String activation, Double rate, Boolean useBias, List<Long> dilationRate, Long groups,
                 List<Long> outputShape, Long params) {
    }

    /** Where one parameter tensor sits in weights.bin, in floats. */
    record Parameter(Long layer, String name, List<Long> shape, Long offset, Long length) {
    }

    /** How the model was trained; a measurement is null when unknown or not finite. */
    record Training(Long seed, Long epochs, Long batchSize, Optimizer optimizer, Long steps, Double testAccuracy,
                    Double testLoss, String created, String appVersion,
                    @JsonInclude(NON_NULL) EpochInProgress epochInProgress) {
    }

    record EpochInProgress(Long batches, Long examples, Double lossSum, Long correct) {
    }

    record Epoch(Long epoch, Double trainLoss, Double trainAccuracy, Double testLoss, Double testAccuracy,
                 Double seconds) {
    }

    /** {@code training.optimizer}, and {@code optimizer_state}, which adds its steps and how optimizer.bin is cut. */
    record Optimizer(String kind, Double learningRate, Double momentum, Double beta1, Double beta2, Double epsilon,
                     @JsonInclude(NON_NULL) Long steps, @JsonInclude(NON_NULL) Long arrays,
                     @JsonInclude(NON_NULL) Long length) {
    }
}
