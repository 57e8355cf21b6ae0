package org.convscope.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.convscope.data.DatasetKind;
import org.convscope.engine.layer.spec.ModelSpec;
import org.convscope.engine.layer.spec.Preset;
import org.convscope.engine.optim.OptimizerConfig;
import org.junit.jupiter.api.Test;

/** The Keras program for an architecture; for the course's model it is the course's code. */
class KerasCodeTest {
    /** The whole program of the course (the seed text, section 3), character for character. */
    static final String COURSE = """
            import tensorflow as tf
            from tensorflow import keras
            import numpy as np
            import matplotlib.pyplot as plt
            from tensorflow.keras import datasets, layers, models

            fashion_mnist = keras.datasets.fashion_mnist
            (train_images, train_labels), (test_images, test_labels) = fashion_mnist.load_data()

            train_images = train_images.reshape((60000, 28, 28, 1))
            test_images  = test_images.reshape((10000, 28, 28, 1))
            train_images = train_images / 255.0
            test_images  = test_images / 255.0

            \"""
            컨볼루션 신경망 구축
            Conv2D와 MaxPooling2D 층을 번갈아 쌓음
            노드 활성화 함수 : ReLU
            \"""
            model = models.Sequential()
            model.add(layers.Conv2D(32, (3, 3), activation='relu', input_shape=(28, 28, 1)))
            model.add(layers.MaxPooling2D((2, 2)))
            model.add(layers.Conv2D(64, (3, 3), activation='relu'))
            model.add(layers.MaxPooling2D((2, 2)))
            model.add(layers.Conv2D(64, (3, 3), activation='relu'))
            model.add(layers.Flatten())
            model.add(layers.Dense(64, activation='relu'))
            model.add(layers.Dense(10, activation='softmax'))

            model.summary()

            # 모델을 컴파일하고 훈련시킴
            model.compile(optimizer = 'adam',
                          loss='sparse_categorical_crossentropy',
                          metrics=['accuracy'])

            model.fit(train_images, train_labels, epochs=5)

            # CNN 모델의 성능을 평가
            test_loss, test_acc = model.evaluate(test_images, test_labels)

            print('accuracy: ', test_acc)
            """;

    @Test
    void courseModelWithKoreanCommentsIsTheCoursesProgram() {
        assertEquals(COURSE, KerasCode.script(ModelSpec.course(), KerasCode.Settings.course(), Locale.KOREAN));
    }

    @Test
    void theCoreTheEditorShowsIsTheCoursesBuildingCompilingAndTraining() {
        String core = KerasCode.core(ModelSpec.course(), KerasCode.Settings.course(), Locale.KOREAN);
        int from = COURSE.indexOf("model = models.Sequential()");
        int to = COURSE.indexOf("\n", COURSE.indexOf("model.fit(")) + 1;
        assertEquals(COURSE.substring(from, to), core);
        assertTrue(KerasCode.script(ModelSpec.course(), KerasCode.Settings.course(), Locale.ENGLISH)
                .contains(KerasCode.core(ModelSpec.course(), KerasCode.Settings.course(), Locale.ENGLISH)));
    }

    @Test
    void englishCommentsChangeOnlyTheComments() {
        List<String> ko = KerasCode.script(ModelSpec.course(), KerasCode.Settings.course(), Locale.KOREAN).lines().toList();
        List<String> en = KerasCode.script(ModelSpec.course(), KerasCode.Settings.course(), Locale.ENGLISH).lines().toList();
        assertEquals(ko.size(), en.size());
        boolean inDocstring = false;
        for (int i = 0; i < ko.size(); i++) {
            if (ko.get(i).equals("\"\"\"")) inDocstring = !inDocstring;
            else if (!inDocstring && !ko.get(i).startsWith("#")) assertEquals(ko.get(i), en.get(i), "code line " + (i + 1));
        }
        assertTrue(en.contains("Conv2D and MaxPooling2D layers, stacked alternately"), String.join("\n", en));
        assertTrue(en.contains("Node activation function: ReLU"));
        assertTrue(en.contains("# Compile and train the model"));
    }

    @Test
    void everyLayerSettingIsSpelledAsKerasTakesIt() {
        ModelSpec spec = ModelSpec.parse("c6k5x3s2same:tanh-ap3s2-dr0.25-relu-f-d84:sigmoid-d10:linear");
        assertEquals(List.of(
                "model = models.Sequential()",
                "model.add(layers.Conv2D(6, (5, 3), strides=(2, 2), padding='same', activation='tanh', input_shape=(28, 28, 1)))",
                "model.add(layers.AveragePooling2D((3, 3), strides=(2, 2)))",
                "model.add(layers.Dropout(0.25))",
                "model.add(layers.Activation('relu'))",
                "model.add(layers.Flatten())",
                "model.add(layers.Dense(84, activation='sigmoid'))",
                "model.add(layers.Dense(10))"), KerasCode.modelLines(spec));
    }

    @Test
    void trainingSettingsDatasetAndLogits() {
        String code = KerasCode.script(ModelSpec.parse("c8k3-p2-f-d10:linear"),
                new KerasCode.Settings(DatasetKind.MNIST, OptimizerConfig.sgd(0.05, 0.9), 3, 64), Locale.ENGLISH);
        assertTrue(code.contains("mnist = keras.datasets.mnist\n(train_images, train_labels), (test_images, test_labels) = mnist.load_data()"), code);
        assertTrue(code.contains("model.compile(optimizer = keras.optimizers.SGD(learning_rate=0.05, momentum=0.9),"), code);
        // no final softmax: the last layer's outputs are logits, as ConvScope trains them
        assertTrue(code.contains("loss=keras.losses.SparseCategoricalCrossentropy(from_logits=True),"), code);
        assertTrue(code.contains("model.fit(train_images, train_labels, epochs=3, batch_size=64)"), code);
        String adam = KerasCode.script(ModelSpec.course(),
                new KerasCode.Settings(DatasetKind.FASHION_MNIST, OptimizerConfig.adam(0.01), 5, 32), Locale.ENGLISH);
        assertTrue(adam.contains("model.compile(optimizer = keras.optimizers.Adam(learning_rate=0.01),"), adam);
    }

    @Test
    void lenetDescribesItsOwnLayers() {
        String code = KerasCode.script(Preset.LENET5.spec(), KerasCode.Settings.course(), Locale.KOREAN);
        assertTrue(code.contains("Conv2D와 AveragePooling2D 층을 번갈아 쌓음\n노드 활성화 함수 : tanh\n"), code);
        assertTrue(code.contains("model.add(layers.Conv2D(6, (5, 5), padding='same', activation='tanh', input_shape=(28, 28, 1)))"), code);
    }
}
