/**
 * ONNX export and import: a ConvScope model as an {@code .onnx} file for Netron, ONNX Runtime,
 * PyTorch and phones, and a sequential CNN from an {@code .onnx} file (PyTorch's
 * {@code torch.onnx.export} or ConvScope's own) as the engine's own {@code ModelSpec} and weights.
 *
 * <p>The protobuf wire format is read and written with protobuf-java's {@code CodedInputStream}
 * and {@code CodedOutputStream}; the messages are written by hand from onnx.proto's field numbers,
 * and only the part of ONNX a sequential CNN needs is decoded. Like the model file reader, the
 * import checks every size before it allocates, and every problem is one
 * {@link org.convscope.engine.io.ModelFileException} with a one-line message.
 * {@link org.convscope.engine.io.onnx.ModelFormats} is the one place that reads either format.
 */
package org.convscope.engine.io.onnx;
