package org.convscope.engine.io.onnx;

import java.util.Arrays;
import org.convscope.engine.io.onnx.OnnxGraph.Attribute;
import org.convscope.engine.io.onnx.OnnxGraph.Node;

/** A node's attributes with their defaults, each checked for the type onnx.proto gives it. */
final class Attributes {
    private final Node node;
    private final String where;

    Attributes(Node node, int index) {
        this.node = node;
        this.where = node.describe(index);
    }

    long[] ints(String name, long[] absent) {
        Attribute a = node.attributes().get(name);
        if (a == null) return absent;
        if (a.type() != OnnxFields.ATTR_TYPE_INTS && !(a.type() == 0 && a.ints().length > 0)) throw wrongType(name, "a list of integers");
        return a.ints();
    }

    /** A list of exactly {@code n} integers, or {@code absent}. */
    long[] ints(String name, int n, long[] absent) {
        long[] v = ints(name, absent);
        if (v != null && v.length != n) {
            throw OnnxProblem.refused(where + " has " + name + " " + Arrays.toString(v) + "; ConvScope reads 2-D images, so it needs " + n + " values");
        }
        return v;
    }

    long integer(String name, long absent) {
        Attribute a = node.attributes().get(name);
        if (a == null) return absent;
        if (a.type() != OnnxFields.ATTR_TYPE_INT && a.type() != 0) throw wrongType(name, "an integer");
        return a.i();
    }

    float real(String name, float absent) {
        Attribute a = node.attributes().get(name);
        if (a == null) return absent;
        if (a.type() != OnnxFields.ATTR_TYPE_FLOAT && a.type() != 0) throw wrongType(name, "a number");
        return a.f();
    }

    String string(String name, String absent) {
        Attribute a = node.attributes().get(name);
        if (a == null) return absent;
        if (a.type() != OnnxFields.ATTR_TYPE_STRING && a.type() != 0) throw wrongType(name, "a string");
        return a.s();
    }

    OnnxGraph.Tensor tensor(String name) {
        Attribute a = node.attributes().get(name);
        if (a == null) return null;
        if (a.type() != OnnxFields.ATTR_TYPE_TENSOR && !(a.type() == 0 && a.t() != null)) throw wrongType(name, "a tensor");
        if (a.t() == null) throw OnnxProblem.refused(where + "'s attribute " + name + " holds no tensor");
        return a.t();
    }

    boolean has(String name) {
        return node.attributes().containsKey(name);
    }

    /** "node 'conv1' (Conv)", for messages. */
    String where() {
        return where;
    }

    private OnnxProblem wrongType(String name, String expected) {
        return OnnxProblem.refused(where + "'s attribute " + name + " is not " + expected);
    }
}
