package org.convscope.bench;

import org.convscope.engine.kernel.Im2Row;

/**
 * The shapes of the course model, c32k3-p2-c64k3-p2-c64k3-f-d64-d10 on 28×28×1 images, that the
 * benchmarks time. Activations are channels-last, [N,H,W,C]:
 * <pre>
 *   input  [N,28,28,1]
 *   conv1  [N,26,26,32]  pool1 [N,13,13,32]
 *   conv2  [N,11,11,64]  pool2 [N,5,5,64]     (the 11th row and column are dropped)
 *   conv3  [N,3,3,64]    flatten 576, dense 64, dense 10       93,322 parameters
 * </pre>
 */
final class CourseModel {
    private CourseModel() {
    }

    /** Training batch size of the course (and of {@code convscope bench}'s first figure). */
    static final int BATCH = 32;
    /**
     * Images per piece of a batch in {@code DataParallel.trainStep}: each worker's replica runs the
     * layers on 8 images at a time, so this is the batch the layers really see while training.
     */
    static final int TRAIN_CHUNK = 8;

    // conv2: 3×3×32 windows over pool1's 13×13×32 map, 64 filters, 11×11 outputs per image
    static final int CONV2_OUT = 11 * 11;        // output positions per image
    static final int CONV2_K = 3 * 3 * 32;       // 288 values per window
    static final int CONV2_F = 64;               // filters

    // conv3: 3×3×64 windows over pool2's 5×5×64 map, 64 filters, 3×3 outputs per image
    static final int CONV3_OUT = 3 * 3;
    static final int CONV3_K = 3 * 3 * 64;       // 576
    static final int CONV3_F = 64;

    /** conv2's window geometry: 13×13×32 input, 3×3 kernel, stride 1, no padding, 11×11 output. */
    static Im2Row.Geometry conv2Geometry() {
        return new Im2Row.Geometry(13, 13, 32, 3, 3, 1, 1, 0, 0, 11, 11);
    }
}
