package org.convscope.engine.io.onnx;

import com.google.protobuf.CodedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * One protobuf message being written with protobuf-java's {@link CodedOutputStream}. A nested
 * message is written into its own {@code ProtoWriter} first and then added as a length-delimited
 * field, which is all the ONNX writer needs.
 */
final class ProtoWriter {
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final CodedOutputStream out = CodedOutputStream.newInstance(bytes);

    ProtoWriter int64(int field, long value) {
        return write(() -> out.writeInt64(field, value));
    }

    ProtoWriter string(int field, String value) {
        return write(() -> out.writeString(field, value));
    }

    ProtoWriter bytes(int field, byte[] value) {
        return write(() -> out.writeByteArray(field, value));
    }

    ProtoWriter float32(int field, float value) {
        return write(() -> out.writeFloat(field, value));
    }

    ProtoWriter message(int field, ProtoWriter message) {
        return write(() -> out.writeByteArray(field, message.toByteArray()));
    }

    /** A packed repeated int64 field. */
    ProtoWriter packedInt64(int field, long... values) {
        return write(() -> {
            int size = 0;
            for (long v : values) size += CodedOutputStream.computeInt64SizeNoTag(v);
            out.writeTag(field, com.google.protobuf.WireFormat.WIRETYPE_LENGTH_DELIMITED);
            out.writeUInt32NoTag(size);
            for (long v : values) out.writeInt64NoTag(v);
        });
    }

    byte[] toByteArray() {
        write(out::flush);
        return bytes.toByteArray();
    }

    private interface Step {
        void run() throws IOException;
    }

    private ProtoWriter write(Step step) {
        try {
            step.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a ByteArrayOutputStream does not fail
        }
        return this;
    }
}
