package org.convscope.engine.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.convscope.engine.layer.spec.Activation;
import org.convscope.engine.layer.spec.DenseSpec;
import org.convscope.engine.layer.spec.DropoutSpec;
import org.convscope.engine.layer.spec.FlattenSpec;
import org.convscope.engine.layer.spec.ModelSpec;
import org.convscope.engine.model.Sequential;
import org.convscope.engine.optim.Optimizer;
import org.convscope.engine.optim.OptimizerConfig;
import org.convscope.engine.tensor.Shape;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * model.json byte for byte, for models that use every field: a file written now must be the file
 * earlier versions wrote, so the writer can change inside without the format changing.
 */
class ModelJsonBytesTest {
    @TempDir
    Path dir;

    private String modelJson(SavedModel model) throws Exception {
        Path file = dir.resolve("m.cnn.zip");
        ModelFile.write(file, model);
        return new String(ModelFiles.entries(file).get(ModelFile.MODEL_JSON), StandardCharsets.UTF_8);
    }

    @Test
    void everyLayerTypeAdamStateAndAnEpochInProgress() throws Exception {
        assertEquals(SMALL_TRAINED, modelJson(ModelFiles.smallTrained()));
    }

    @Test
    void unknownsAreNullPlainSgdStateAndEscapedClassNames() throws Exception {
        ModelSpec spec = new ModelSpec(Shape.image(3, 5, 4), List.of(new FlattenSpec(), new DropoutSpec(0.0001),
                new DenseSpec(2, Activation.SIGMOID)));
        Sequential model = Sequential.build(spec, 5);
        Optimizer sgd = Optimizer.create(OptimizerConfig.sgd(0.05, 0), model.paramCount());
        double nan = Double.NaN;
        TrainingInfo info = TrainingInfo.builder().epochs(3).steps(30).testLoss(1e-12)
                .history(List.of(new TrainingInfo.Epoch(1, nan, nan, Double.POSITIVE_INFINITY, nan, nan))).build();
        assertEquals(SPARSE, modelJson(SavedModel.of(model, List.of("na\u00efve \"cat\"", "dog\\wolf"), null, info, sgd)));
    }

    @Test
    void nothingKnownAndNoOptimizerState() throws Exception {
        SavedModel model = SavedModel.of(Sequential.build(ModelFiles.tinySpec(), 1), List.of("a", "b", "c"), "mnist",
                TrainingInfo.empty());
        assertEquals(EMPTY, modelJson(model));
    }

    private static final String SMALL_TRAINED = """
                {
                  "format": "convscope-model",
                  "version": 1,
                  "input": {"channels": 2, "height": 8, "width": 8},
                  "architecture": "c4k3same-p2-c3k2s2:tanh-ap1-f-d16-dr0.25-relu-d5",
                  "parameter_count": 420,
                  "layers": [
                    {"type": "Conv2D", "filters": 4, "kernel_size": [3, 3], "strides": [1, 1], "padding": "same", "activation": "relu", "output_shape": [4, 8, 8], "params": 76},
                    {"type": "MaxPooling2D", "pool_size": [2, 2], "strides": [2, 2], "padding": "valid", "output_shape": [4, 4, 4], "params": 0},
                    {"type": "Conv2D", "filters": 3, "kernel_size": [2, 2], "strides": [2, 2], "padding": "valid", "activation": "tanh", "output_shape": [3, 2, 2], "params": 51},
                    {"type": "AveragePooling2D", "pool_size": [1, 1], "strides": [1, 1], "padding": "valid", "output_shape": [3, 2, 2], "params": 0},
                    {"type": "Flatten", "output_shape": [12], "params": 0},
                    {"type": "Dense", "units": 16, "activation": "relu", "output_shape": [16], "params": 208},
                    {"type": "Dropout", "rate": 0.25, "output_shape": [16], "params": 0},
                    {"type": "Activation", "activation": "relu", "output_shape": [16], "params": 0},
                    {"type": "Dense", "units": 5, "activation": "softmax", "output_shape": [5], "params": 85}
                  ],
                  "parameters": [
                    {"layer": 0, "name": "kernel", "shape": [4, 2, 3, 3], "offset": 0, "length": 72},
                    {"layer": 0, "name": "bias", "shape": [4], "offset": 72, "length": 4},
                    {"layer": 2, "name": "kernel", "shape": [3, 4, 2, 2], "offset": 76, "length": 48},
                    {"layer": 2, "name": "bias", "shape": [3], "offset": 124, "length": 3},
                    {"layer": 5, "name": "kernel", "shape": [16, 12], "offset": 127, "length": 192},
                    {"layer": 5, "name": "bias", "shape": [16], "offset": 319, "length": 16},
                    {"layer": 8, "name": "kernel", "shape": [5, 16], "offset": 335, "length": 80},
                    {"layer": 8, "name": "bias", "shape": [5], "offset": 415, "length": 5}
                  ],
                  "classes": ["class 0", "class 1", "class 2", "class 3", "class 4"],
                  "dataset": "test-set",
                  "training": {
                    "seed": 42,
                    "epochs": 2,
                    "batch_size": 8,
                    "optimizer": {"kind": "adam", "learning_rate": 0.01, "momentum": 0.0, "beta1": 0.9, "beta2": 0.999, "epsilon": 1.0E-7},
                    "steps": 3,
                    "test_accuracy": 0.75,
                    "test_loss": 0.5,
                    "created": "2025-03-01T09:30:00.123456Z",
                    "app_version": "0.1.0-test",
                    "epoch_in_progress": {"batches": 1, "examples": 8, "loss_sum": 5.5, "correct": 3}
                  },
                  "history": [
                    {"epoch": 1, "train_loss": 1.25, "train_accuracy": 0.5, "test_loss": 1.0, "test_accuracy": 0.625, "seconds": 0.5},
                    {"epoch": 2, "train_loss": null, "train_accuracy": 0.75, "test_loss": null, "test_accuracy": null, "seconds": 0.25}
                  ],
                  "optimizer_state": {
                    "kind": "adam",
                    "learning_rate": 0.01,
                    "momentum": 0.0,
                    "beta1": 0.9,
                    "beta2": 0.999,
                    "epsilon": 1.0E-7,
                    "steps": 3,
                    "arrays": 2,
                    "length": 420
                  }
                }
                """;

    private static final String SPARSE = """
                {
                  "format": "convscope-model",
                  "version": 1,
                  "input": {"channels": 3, "height": 5, "width": 4},
                  "architecture": "f-dr0.0001-d2:sigmoid",
                  "parameter_count": 122,
                  "layers": [
                    {"type": "Flatten", "output_shape": [60], "params": 0},
                    {"type": "Dropout", "rate": 1.0E-4, "output_shape": [60], "params": 0},
                    {"type": "Dense", "units": 2, "activation": "sigmoid", "output_shape": [2], "params": 122}
                  ],
                  "parameters": [
                    {"layer": 2, "name": "kernel", "shape": [2, 60], "offset": 0, "length": 120},
                    {"layer": 2, "name": "bias", "shape": [2], "offset": 120, "length": 2}
                  ],
                  "classes": ["na\u00efve \\"cat\\"", "dog\\\\wolf"],
                  "dataset": null,
                  "training": {
                    "seed": null,
                    "epochs": 3,
                    "batch_size": null,
                    "optimizer": null,
                    "steps": 30,
                    "test_accuracy": null,
                    "test_loss": 1.0E-12,
                    "created": null,
                    "app_version": null
                  },
                  "history": [
                    {"epoch": 1, "train_loss": null, "train_accuracy": null, "test_loss": null, "test_accuracy": null, "seconds": null}
                  ],
                  "optimizer_state": {
                    "kind": "sgd",
                    "learning_rate": 0.05,
                    "momentum": 0.0,
                    "beta1": 0.9,
                    "beta2": 0.999,
                    "epsilon": 1.0E-7,
                    "steps": 0,
                    "arrays": 0,
                    "length": 0
                  }
                }
                """;

    private static final String EMPTY = """
                {
                  "format": "convscope-model",
                  "version": 1,
                  "input": {"channels": 1, "height": 4, "width": 4},
                  "architecture": "c2k3-f-d3",
                  "parameter_count": 47,
                  "layers": [
                    {"type": "Conv2D", "filters": 2, "kernel_size": [3, 3], "strides": [1, 1], "padding": "valid", "activation": "relu", "output_shape": [2, 2, 2], "params": 20},
                    {"type": "Flatten", "output_shape": [8], "params": 0},
                    {"type": "Dense", "units": 3, "activation": "softmax", "output_shape": [3], "params": 27}
                  ],
                  "parameters": [
                    {"layer": 0, "name": "kernel", "shape": [2, 1, 3, 3], "offset": 0, "length": 18},
                    {"layer": 0, "name": "bias", "shape": [2], "offset": 18, "length": 2},
                    {"layer": 2, "name": "kernel", "shape": [3, 8], "offset": 20, "length": 24},
                    {"layer": 2, "name": "bias", "shape": [3], "offset": 44, "length": 3}
                  ],
                  "classes": ["a", "b", "c"],
                  "dataset": "mnist",
                  "training": {
                    "seed": null,
                    "epochs": 0,
                    "batch_size": null,
                    "optimizer": null,
                    "steps": 0,
                    "test_accuracy": null,
                    "test_loss": null,
                    "created": null,
                    "app_version": null
                  },
                  "history": []
                }
                """;
}
