package org.convscope.engine.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.convscope.engine.TestArrays;
import org.convscope.engine.layer.spec.ModelSpec;
import org.convscope.engine.loss.SoftmaxCrossEntropy;
import org.convscope.engine.model.DataParallel;
import org.convscope.engine.model.Sequential;
import org.convscope.engine.model.StepResult;
import org.convscope.engine.optim.Optimizer;
import org.convscope.engine.optim.OptimizerConfig;
import org.convscope.engine.tensor.Shape;
import org.convscope.engine.tensor.Tensor;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Gradients after training, not only at initialisation. Some Adam steps move the weights off their
 * Glorot start (ReLUs die, max-pool winners shift, logits grow and the softmax saturates); there the
 * whole network's loss gradient must still be right: the reference equals central differences,
 * and the fast float engine equals the reference.
 */
class TrainedNetworkGradientTest {
    private static final int N = 8;
    private static final int STEPS = 40;
    private static final double TOL = 1e-6; // as SequentialMatchesReferenceTest: per √terms·(1 + rms)

    @ParameterizedTest(name = "{0} on {1}×{2}×{3}")
    @CsvSource({
            "c4k3-p2-c6k3same-f-d8-d5, 1, 10, 10",
            // two input channels, so the fast engine's NHWC and the reference's NCHW must line up
            "c5k3s2same:tanh-ap2-f-d6:sigmoid-d4, 2, 9, 8",
    })
    void lossGradientIsRightAfterTraining(String arch, int c, int h, int w) {
        Shape input = Shape.image(c, h, w);
        ModelSpec spec = ModelSpec.parse(arch, input);
        SplittableRandom rng = new SplittableRandom(arch.hashCode());
        float[] xNchw = TestArrays.uniform(rng, N * input.size(), 0, 1); // x: [N,C,H,W]
        float[] x = Tensor.fromNchw(N, input, xNchw).data();           // x: [N,H,W,C], as trainStep takes it
        Sequential model = Sequential.build(spec, 11);
        int[] labels = rng.ints(N, 0, model.classes()).toArray();

        float[] weights = train(model, x, labels);

        ReferenceNetwork ref = ReferenceNetwork.of(spec);
        double[] params = TestArrays.toDouble(weights), xs = TestArrays.toDouble(xNchw);
        ReferenceNetwork.Result r = ref.evaluate(params, xs, N, labels);
        GradientCheck.checkScalar("dL/dparams after training", r.paramGrads(), params,
                p -> ReferenceSoftmaxCrossEntropy.loss(ref.logits(p, xs, N), N, labels));
        GradientCheck.checkScalar("dL/dx after training", r.inputGrad(), xs,
                xv -> ReferenceSoftmaxCrossEntropy.loss(ref.logits(params, xv, N), N, labels));

        Tensor logits = model.forward(Tensor.fromNchw(N, input, xNchw), true);
        Tensor dLogits = new Tensor(N, logits.shape());
        double fastLoss = SoftmaxCrossEntropy.forwardBackward(logits, labels, 0, 1f / N, dLogits).lossSum() / N;
        model.zeroGrads();
        model.backward(dLogits);
        int fanIn = input.size() * N; // bounds the length of the sums behind each gradient
        assertEquals(r.loss(), fastLoss, 1e-4 * (1 + r.loss()), "loss");
        TestArrays.assertClose(r.logits(), logits.toNchw(), input.size(), TOL, "logits after training");
        TestArrays.assertClose(r.paramGrads(), model.exportGrads(), fanIn, TOL, "parameter gradients after training");
    }

    /** Adam steps on the one batch; returns the trained weights (file layout) once the loss has clearly fallen. */
    private static float[] train(Sequential model, float[] x, int[] labels) {
        float[] initial = model.exportWeights();
        Optimizer adam = Optimizer.create(OptimizerConfig.adam(0.01), model.paramCount());
        double first = Double.NaN, last = Double.NaN;
        try (DataParallel trainer = new DataParallel(model, 1)) {
            for (int step = 0; step < STEPS; step++) {
                StepResult s = trainer.trainStep(x, labels, N, adam);
                if (step == 0) first = s.loss();
                last = s.loss();
            }
        }
        assertTrue(last < 0.75 * first, "the steps trained the network: loss " + first + " -> " + last);
        float[] trained = model.exportWeights();
        double moved = 0;
        for (int i = 0; i < trained.length; i++) moved = Math.max(moved, Math.abs(trained[i] - initial[i]));
        assertTrue(moved > 0.1, "the weights left their start: largest change " + moved);
        return trained;
    }
}
