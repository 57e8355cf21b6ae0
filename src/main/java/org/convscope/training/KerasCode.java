package org.convscope.training;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.convscope.data.DatasetKind;
import org.convscope.engine.layer.spec.Activation;
import org.convscope.engine.layer.spec.ActivationSpec;
import org.convscope.engine.layer.spec.Conv2DSpec;
import org.convscope.engine.layer.spec.DenseSpec;
import org.convscope.engine.layer.spec.DropoutSpec;
import org.convscope.engine.layer.spec.FlattenSpec;
import org.convscope.engine.layer.spec.LayerSpec;
import org.convscope.engine.layer.spec.ModelSpec;
import org.convscope.engine.layer.spec.Padding;
import org.convscope.engine.layer.spec.Pool2DSpec;
import org.convscope.engine.optim.OptimizerConfig;
import org.convscope.engine.tensor.Shape;

/**
 * An architecture and its training settings as the Python/Keras program of the course, so a
 * student can run the same network in Keras. For the course's model and settings, with Korean
 * comments, the program is the course's own, line for line.
 *
 * <p>The comments come in English or in the course's Korean; they are part of the program, not of
 * the UI, and the command line prints them without JavaFX, so they live here rather than in a
 * UI bundle.
 */
public final class KerasCode {
    // Keras' copies of both datasets hold 60,000 training and 10,000 test images
    private static final int KERAS_TRAIN = 60_000, KERAS_TEST = 10_000;
    private static final int KERAS_BATCH = 32;
    private static final OptimizerConfig KERAS_ADAM = OptimizerConfig.adam();
    private static final OptimizerConfig KERAS_SGD = OptimizerConfig.sgd(OptimizerConfig.SGD_LEARNING_RATE, 0);

    /** How the program trains: which dataset, optimizer, epochs and batch size. */
    public record Settings(DatasetKind dataset, OptimizerConfig optimizer, int epochs, int batchSize) {

        /** The course's: Fashion-MNIST, Adam with Keras' defaults, 5 epochs, batches of 32. */
        public static Settings course() {
            return new Settings(DatasetKind.FASHION_MNIST, OptimizerConfig.adam(), 5, KERAS_BATCH);
        }
    }

    private KerasCode() {
    }

    /** The whole program: load and scale the data, build, compile, train and evaluate the model. */
    public static String script(ModelSpec spec, Settings settings, Locale comments) {
        boolean ko = "ko".equals(comments.getLanguage());
        Shape in = spec.input();
        List<String> l = new ArrayList<>(List.of(
                "import tensorflow as tf",
                "from tensorflow import keras",
                "import numpy as np",
                "import matplotlib.pyplot as plt",
                "from tensorflow.keras import datasets, layers, models",
                ""));
        l.addAll(data(in, settings, ko));
        l.addAll(List.of(
                "",
                "\"\"\""));
        l.addAll(describe(spec, ko));
        l.add("\"\"\"");
        l.addAll(core(spec, settings, comments).lines().toList());
        l.addAll(List.of(
                "",
                ko ? "# CNN 모델의 성능을 평가" : "# Evaluate the CNN model",
                "test_loss, test_acc = model.evaluate(test_images, test_labels)",
                "",
                "print('accuracy: ', test_acc)"));
        return String.join("\n", l) + "\n";
    }

    // Loading and scaling the images: the chosen dataset for 28×28 grey images; Keras' CIFAR-10 for 32×32 colour
    // photos (the course's 3 channels); any other input shape is the reader's own data
    private static List<String> data(Shape in, Settings settings, boolean ko) {
        String shape = "(" + in.height() + ", " + in.width() + ", " + in.channels() + ")";
        if (in.equals(ModelSpec.MNIST_INPUT)) {
            String data = settings.dataset() == DatasetKind.MNIST ? "mnist" : "fashion_mnist";
            return List.of(
                    data + " = keras.datasets." + data,
                    "(train_images, train_labels), (test_images, test_labels) = " + data + ".load_data()",
                    "",
                    "train_images = train_images.reshape((" + KERAS_TRAIN + ", " + shape.substring(1) + ")",
                    "test_images  = test_images.reshape((" + KERAS_TEST + ", " + shape.substring(1) + ")",
                    "train_images = train_images / 255.0",
                    "test_images  = test_images / 255.0");
        }
        List<String> l = new ArrayList<>();
        if (in.equals(Shape.image(3, 32, 32))) {
            l.add(ko ? "# CIFAR-10: 32x32 컬러 사진 (채널 3개)" : "# CIFAR-10: 32x32 colour photos (3 channels)");
            l.add("cifar10 = keras.datasets.cifar10");
            l.add("(train_images, train_labels), (test_images, test_labels) = cifar10.load_data()");
        } else {
            l.add((ko ? "# 직접 준비한 이미지: (개수, " : "# Your own images: (count, ") + shape.substring(1) + (ko ? " 배열과 레이블" : " arrays and labels"));
            l.add("(train_images, train_labels), (test_images, test_labels) = load_images()");
        }
        l.add("");
        l.add("train_images = train_images / 255.0");
        l.add("test_images  = test_images / 255.0");
        return l;
    }

    /**
     * The heart of the program, from {@code model = models.Sequential()} to {@code model.fit(...)}:
     * building, summary, compiling and training, as the {@link #script} has them.
     */
    public static String core(ModelSpec spec, Settings settings, Locale comments) {
        boolean ko = "ko".equals(comments.getLanguage());
        List<String> l = new ArrayList<>(modelLines(spec));
        l.addAll(List.of(
                "",
                "model.summary()",
                "",
                ko ? "# 모델을 컴파일하고 훈련시킴" : "# Compile and train the model",
                "model.compile(optimizer = " + optimizer(settings.optimizer()) + ",",
                "              loss=" + loss(spec) + ",",
                "              metrics=['accuracy'])",
                "",
                "model.fit(train_images, train_labels, epochs=" + settings.epochs()
                        + (settings.batchSize() == KERAS_BATCH ? "" : ", batch_size=" + settings.batchSize()) + ")"));
        return String.join("\n", l) + "\n";
    }

    /** {@code model = models.Sequential()} and one {@code model.add(...)} per layer. */
    public static List<String> modelLines(ModelSpec spec) {
        Shape in = spec.input();
        String inputShape = "input_shape=(" + in.height() + ", " + in.width() + ", " + in.channels() + ")";
        List<String> lines = new ArrayList<>();
        lines.add("model = models.Sequential()");
        for (int i = 0; i < spec.layers().size(); i++) {
            lines.add("model.add(layers." + layer(spec.layers().get(i), i == 0 ? inputShape : null) + ")");
        }
        return lines;
    }

    private static String layer(LayerSpec spec, String inputShape) {
        List<String> args = new ArrayList<>();
        String type = spec.kerasType();
        if (spec instanceof Conv2DSpec c) {
            args.add(String.valueOf(c.filters()));
            args.add(pair(c.kernelH(), c.kernelW()));
            if (c.strideH() != 1 || c.strideW() != 1) args.add("strides=" + pair(c.strideH(), c.strideW()));
            if (c.padding() == Padding.SAME) args.add("padding='same'");
        } else if (spec instanceof Pool2DSpec p) {
            args.add(pair(p.sizeH(), p.sizeW()));
            if (p.strideH() != p.sizeH() || p.strideW() != p.sizeW()) args.add("strides=" + pair(p.strideH(), p.strideW()));
        } else if (spec instanceof DenseSpec d) {
            args.add(String.valueOf(d.units()));
        } else if (spec instanceof DropoutSpec d) {
            args.add(BigDecimal.valueOf(d.rate()).stripTrailingZeros().toPlainString());
        } else if (spec instanceof ActivationSpec a) {
            args.add("'" + a.activation().kerasName() + "'");
        } else if (!(spec instanceof FlattenSpec)) {
            throw new IllegalArgumentException("no Keras layer for " + spec);
        }
        if (!(spec instanceof ActivationSpec) && spec.activation() != Activation.LINEAR) {
            args.add("activation='" + spec.activation().kerasName() + "'");
        }
        if (inputShape != null) args.add(inputShape);
        return type + "(" + String.join(", ", args) + ")";
    }

    private static String pair(int a, int b) {
        return "(" + a + ", " + b + ")";
    }

    // Keras' short names where the settings are its defaults, as the course writes 'adam'
    private static String optimizer(OptimizerConfig c) {
        if (c.equals(KERAS_ADAM)) return "'adam'";
        if (c.equals(KERAS_SGD)) return "'sgd'";
        if (c.kind() == OptimizerConfig.Kind.SGD) {
            return "keras.optimizers.SGD(learning_rate=" + number(c.learningRate())
                    + (c.momentum() == 0 ? "" : ", momentum=" + number(c.momentum())) + ")";
        }
        StringBuilder s = new StringBuilder("keras.optimizers.Adam(learning_rate=").append(number(c.learningRate()));
        if (c.beta1() != KERAS_ADAM.beta1()) s.append(", beta_1=").append(number(c.beta1()));
        if (c.beta2() != KERAS_ADAM.beta2()) s.append(", beta_2=").append(number(c.beta2()));
        if (c.epsilon() != KERAS_ADAM.epsilon()) s.append(", epsilon=").append(number(c.epsilon()));
        return s.append(")").toString();
    }

    // ConvScope always trains softmax + cross-entropy on the last layer's output; without a final
    // softmax that output is logits, which Keras must be told
    private static String loss(ModelSpec spec) {
        LayerSpec last = spec.layers().isEmpty() ? null : spec.layers().get(spec.layers().size() - 1);
        return last != null && last.activation() == Activation.SOFTMAX
                ? "'sparse_categorical_crossentropy'"
                : "keras.losses.SparseCategoricalCrossentropy(from_logits=True)";
    }

    private static String number(double v) {
        return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }

    // The docstring above the model: what is stacked, and which activations the hidden layers use.
    private static List<String> describe(ModelSpec spec, boolean ko) {
        List<String> lines = new ArrayList<>();
        lines.add(ko ? "컨볼루션 신경망 구축" : "Build the convolutional neural network");
        Set<String> types = new LinkedHashSet<>();
        boolean alternating = true;
        String previous = null;
        for (LayerSpec s : spec.layers()) {
            if (!(s instanceof Conv2DSpec || s instanceof Pool2DSpec)) continue;
            String type = s.kerasType();
            boolean pooling = s instanceof Pool2DSpec;
            if (previous != null && previous.equals(pooling ? "pool" : "conv")) alternating = false;
            previous = pooling ? "pool" : "conv";
            types.add(type);
        }
        if (!types.isEmpty()) {
            List<String> t = new ArrayList<>(types);
            boolean alternate = alternating && t.size() == 2;
            if (ko) {
                String names = t.size() == 2 ? t.get(0) + "와 " + t.get(1) : String.join(", ", t);
                lines.add(names + " 층을 " + (alternate ? "번갈아 " : "") + "쌓음");
            } else {
                String names = t.size() == 2 ? t.get(0) + " and " + t.get(1) : String.join(", ", t);
                lines.add(names + " layers, stacked" + (alternate ? " alternately" : ""));
            }
        }
        Set<String> activations = new LinkedHashSet<>();
        for (int i = 0; i < spec.layers().size() - 1; i++) {
            Activation a = spec.layers().get(i).activation();
            if (a != Activation.LINEAR) activations.add(a == Activation.RELU ? "ReLU" : a.kerasName());
        }
        if (!activations.isEmpty()) {
            lines.add((ko ? "노드 활성화 함수 : " : "Node activation function: ") + String.join(", ", activations));
        }
        return lines;
    }
}
