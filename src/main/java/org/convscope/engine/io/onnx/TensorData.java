package org.convscope.engine.io.onnx;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import org.convscope.engine.io.ModelFile;
import org.convscope.engine.io.onnx.OnnxGraph.Tensor;

/**
 * The values of an ONNX tensor, from raw_data (little-endian) or from the typed field, after
 * checking that the dims are sizes ConvScope allows and that the data holds exactly that many
 * values. Only then is the array made.
 */
final class TensorData {
    private TensorData() {
    }

    /** The element count of {@code dims}, or a refusal naming {@code what} if it is negative or past the caps. */
    static int count(long[] dims, String what) {
        long n = 1;
        for (long d : dims) {
            if (d < 0) throw OnnxProblem.refused(what + " has a negative size " + Arrays.toString(dims));
            n *= d;
            if (n > ModelFile.MAX_WEIGHTS) {
                throw OnnxProblem.refused(what + " " + Arrays.toString(dims) + " holds more than "
                        + String.format(java.util.Locale.ROOT, "%,d", ModelFile.MAX_WEIGHTS) + " values, the most ConvScope loads");
            }
        }
        return (int) n;
    }

    /** A float32 tensor's values, in its own (row-major) order. */
    static float[] floats(Tensor t, String what) {
        checkStored(t, what);
        if (t.dataType() != OnnxFields.DATA_FLOAT) {
            throw OnnxProblem.refused(what + " holds " + typeName(t.dataType()) + " values; ConvScope reads float32 weights");
        }
        int n = count(t.dims(), what);
        if (t.raw() != null) {
            if (t.raw().size() != 4L * n) throw mismatch(what, t.raw().size() + " bytes", n, 4L * n + " bytes");
            float[] out = new float[n];
            t.raw().asReadOnlyByteBuffer().order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(out);
            return out;
        }
        if (t.floatData().length != n) throw mismatch(what, t.floatData().length + " values", n, n + " values");
        return t.floatData().clone();
    }

    /** An int64 (or int32) tensor's values: shapes, axes and indices. */
    static long[] longs(Tensor t, String what) {
        checkStored(t, what);
        int n = count(t.dims(), what);
        if (t.dataType() == OnnxFields.DATA_INT64) {
            if (t.raw() != null) {
                if (t.raw().size() != 8L * n) throw mismatch(what, t.raw().size() + " bytes", n, 8L * n + " bytes");
                long[] out = new long[n];
                t.raw().asReadOnlyByteBuffer().order(ByteOrder.LITTLE_ENDIAN).asLongBuffer().get(out);
                return out;
            }
            if (t.int64Data().length != n) throw mismatch(what, t.int64Data().length + " values", n, n + " values");
            return t.int64Data().clone();
        }
        if (t.dataType() == OnnxFields.DATA_INT32) {
            long[] out = new long[n];
            if (t.raw() != null) {
                if (t.raw().size() != 4L * n) throw mismatch(what, t.raw().size() + " bytes", n, 4L * n + " bytes");
                ByteBuffer b = t.raw().asReadOnlyByteBuffer().order(ByteOrder.LITTLE_ENDIAN);
                for (int i = 0; i < n; i++) out[i] = b.getInt();
                return out;
            }
            if (t.int32Data().length != n) throw mismatch(what, t.int32Data().length + " values", n, n + " values");
            for (int i = 0; i < n; i++) out[i] = t.int32Data()[i];
            return out;
        }
        throw OnnxProblem.refused(what + " holds " + typeName(t.dataType()) + " values where integers are expected");
    }

    private static void checkStored(Tensor t, String what) {
        if (t.external()) throw OnnxProblem.refused(what + " is stored in another file; ConvScope reads models whose weights are inside the .onnx file");
    }

    private static OnnxProblem mismatch(String what, String got, int n, String needs) {
        return OnnxProblem.refused(what + " holds " + got + " but its shape needs " + needs + " (" + n + " values)");
    }

    static String typeName(int dataType) {
        return switch (dataType) {
            case 1 -> "float32";
            case 2 -> "uint8";
            case 3 -> "int8";
            case 5 -> "int16";
            case 6 -> "int32";
            case 7 -> "int64";
            case 9 -> "bool";
            case 10 -> "float16";
            case 11 -> "float64";
            case 16 -> "bfloat16";
            default -> "type-" + dataType;
        };
    }
}
