package org.convscope.engine.io.onnx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.nio.FloatBuffer;
import java.util.Map;
import org.convscope.engine.io.SavedModel;
import org.convscope.engine.layer.spec.ModelSpec;
import org.convscope.engine.layer.spec.Preset;
import org.convscope.engine.tensor.Shape;
import org.junit.jupiter.api.Test;

/**
 * An exported model, run by ONNX Runtime, gives the engine's logits and probabilities within
 * 1e-5 on 100 MNIST test images: the shipped course model, every preset, and a colour model with
 * every layer kind ConvScope has ('same' padding with an odd extra row, strides, average pooling,
 * sigmoid, tanh, dropout, a stand-alone activation, a linear last layer).
 */
class OnnxRuntimeMatchTest {
    private static final int IMAGES = 100;
    private static final float TOLERANCE = 1e-5f;

    @Test
    void theCourseModelRunsTheSameInOnnxRuntime() throws Exception {
        check("course (shipped, trained)", OnnxTestModels.course(), OnnxTestModels.mnistImages(IMAGES));
    }

    @Test
    void everyPresetRunsTheSameInOnnxRuntime() throws Exception {
        float[] images = OnnxTestModels.mnistImages(IMAGES);
        for (Preset p : Preset.values()) check("preset " + p.id(), OnnxTestModels.seeded(p.spec(), 7 + p.ordinal()), images);
    }

    @Test
    void everyLayerKindRunsTheSameInOnnxRuntime() throws Exception {
        ModelSpec spec = ModelSpec.parse("c5k4same-c6k3s2same:sigmoid-ap2x1s1x2-p2-c4k2:tanh-f-dr0.3-d12:linear-tanh-d7:linear",
                Shape.image(3, 15, 13));
        check("every layer kind, colour", OnnxTestModels.seeded(spec, 11), OnnxTestModels.randomImages(spec.input(), IMAGES, 5));
    }

    private static void check(String what, SavedModel model, float[] nchw) throws OrtException {
        byte[] onnx = OnnxExport.toBytes(model);
        float[][] engine = OnnxTestModels.engine(model, nchw, IMAGES);
        Shape in = model.spec().input();
        OrtEnvironment env = OrtEnvironment.getEnvironment();
        try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
            options.setIntraOpNumThreads(1);
            try (OrtSession session = env.createSession(onnx, options);
                 OnnxTensor x = OnnxTensor.createTensor(env, FloatBuffer.wrap(nchw), new long[] {IMAGES, in.channels(), in.height(), in.width()});
                 OrtSession.Result out = session.run(Map.of("input", x))) {
                float[] logits = flat((float[][]) out.get("logits").orElseThrow().getValue());
                float[] probs = flat((float[][]) out.get("probabilities").orElseThrow().getValue());
                float dl = OnnxTestModels.maxAbsDiff(engine[0], logits);
                float dp = OnnxTestModels.maxAbsDiff(engine[1], probs);
                System.out.printf("onnx runtime vs engine, %s, %d images: logits max |diff| %.3g, probabilities %.3g%n",
                        what, IMAGES, dl, dp);
                assertTrue(dl <= TOLERANCE, what + ": logits differ by " + dl);
                assertTrue(dp <= TOLERANCE, what + ": probabilities differ by " + dp);
                assertEquals(engine[0].length, logits.length);
            }
        }
    }

    private static float[] flat(float[][] rows) {
        int k = rows[0].length;
        float[] out = new float[rows.length * k];
        for (int i = 0; i < rows.length; i++) System.arraycopy(rows[i], 0, out, i * k, k);
        return out;
    }
}
