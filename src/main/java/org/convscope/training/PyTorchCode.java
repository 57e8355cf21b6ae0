package org.convscope.training;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.convscope.engine.layer.spec.Activation;
import org.convscope.engine.layer.spec.ActivationSpec;
import org.convscope.engine.layer.spec.Conv2DSpec;
import org.convscope.engine.layer.spec.DenseSpec;
import org.convscope.engine.layer.spec.DropoutSpec;
import org.convscope.engine.layer.spec.FlattenSpec;
import org.convscope.engine.layer.spec.LayerInfo;
import org.convscope.engine.layer.spec.LayerSpec;
import org.convscope.engine.layer.spec.ModelSpec;
import org.convscope.engine.layer.spec.Padding;
import org.convscope.engine.layer.spec.Pool2DSpec;
import org.convscope.engine.optim.OptimizerConfig;
import org.convscope.engine.tensor.Shape;

/**
 * An architecture and its training settings as a complete PyTorch program, beside
 * {@link KerasCode}: an {@code nn.Sequential} that is the same network, Keras' initialisation
 * (Glorot-uniform kernels, zero biases) and optimizer settings so it trains as ConvScope does, a
 * short numpy function that loads a {@code .cnn.zip} into it, and the training loop on the
 * dataset's own IDX files (numpy and torch only, no torchvision).
 *
 * <p>The network outputs logits: a final softmax is left to the loss ({@code nn.CrossEntropyLoss}),
 * as ConvScope trains it. The comments come in English or Korean, as the Keras program's do.
 */
public final class PyTorchCode {
    private PyTorchCode() {
    }

    /** The whole program; {@code settings} as for {@link KerasCode#script}. */
    public static String script(ModelSpec spec, KerasCode.Settings settings, Locale comments) {
        boolean ko = "ko".equals(comments.getLanguage());
        Shape in = spec.input();
        List<String> l = new ArrayList<>(List.of(
                "\"\"\"" + spec.toCompact() + (ko ? " 모델을 PyTorch로: ConvScope와 같은 층, 같은 초기화, 같은 옵티마이저."
                        : " in PyTorch: the same layers, initialisation and optimizer as ConvScope."),
                "",
                (ko ? "실행: " : "Run: ") + "python3 model.py [--data assets/datasets/" + settings.dataset().folder()
                        + "] [--load MODEL.cnn.zip] [--epochs N]",
                "\"\"\"",
                "import argparse",
                "import gzip",
                "import json",
                "import struct",
                "import zipfile",
                "",
                "import numpy as np",
                "import torch",
                "from torch import nn",
                "",
                "EPOCHS = " + settings.epochs(),
                "BATCH_SIZE = " + settings.batchSize(),
                "",
                "",
                "def build_model():"));
        l.add("    model = nn.Sequential(");
        l.addAll(sequential(spec, ko));
        l.add("    )");
        l.addAll(List.of(
                ko ? "    # Keras의 초기화: 커널은 Glorot 균등 분포, 편향은 0" : "    # Keras' initialisation: Glorot-uniform kernels, zero biases",
                "    for m in model.modules():",
                "        if isinstance(m, (nn.Conv2d, nn.Linear)):",
                "            nn.init.xavier_uniform_(m.weight)",
                "            nn.init.zeros_(m.bias)",
                "    return model",
                "",
                "",
                "def load_cnn_zip(model, path):",
                ko ? "    \"\"\"ConvScope 모델 파일(.cnn.zip)의 가중치를 읽음: 텐서는 이미 PyTorch의 배치 순서.\"\"\""
                        : "    \"\"\"Loads a ConvScope model file (.cnn.zip) into model: its tensors are already in PyTorch's layout.\"\"\"",
                "    with zipfile.ZipFile(path) as z:",
                "        meta = json.loads(z.read(\"model.json\"))",
                "        flat = np.frombuffer(z.read(\"weights.bin\"), dtype=\"<f4\")",
                "    tensors = [flat[p[\"offset\"]:p[\"offset\"] + p[\"length\"]].reshape(p[\"shape\"]) for p in meta[\"parameters\"]]",
                "    layers = [m for m in model if isinstance(m, (nn.Conv2d, nn.Linear))]",
                "    assert len(tensors) == 2 * len(layers), \"the file holds another architecture\"",
                "    with torch.no_grad():",
                "        for layer, weight, bias in zip(layers, tensors[0::2], tensors[1::2]):",
                "            layer.weight.copy_(torch.from_numpy(weight.copy()))",
                "            layer.bias.copy_(torch.from_numpy(bias.copy()))",
                "    return meta[\"classes\"]",
                "",
                "",
                "def load_idx(path):",
                ko ? "    \"\"\"IDX 파일(MNIST의 원래 형식, gzip)을 numpy 배열로.\"\"\""
                        : "    \"\"\"An IDX file (MNIST's own format, gzipped) as a numpy array.\"\"\"",
                "    with gzip.open(path, \"rb\") as f:",
                "        data = f.read()",
                "    dims = data[3]",
                "    shape = struct.unpack(\">\" + \"I\" * dims, data[4:4 + 4 * dims])",
                "    return np.frombuffer(data, np.uint8, offset=4 + 4 * dims).reshape(shape)",
                "",
                "",
                "def load_split(folder, split):",
                ko ? "    # 픽셀을 0~1로, 이미지는 [N, C, H, W]" : "    # pixels scaled to [0, 1], images as [N, C, H, W]",
                "    images = load_idx(f\"{folder}/{split}-images-idx3-ubyte.gz\").astype(np.float32) / 255.0",
                "    labels = load_idx(f\"{folder}/{split}-labels-idx1-ubyte.gz\").astype(np.int64)",
                "    x = torch.from_numpy(images).reshape(-1, 1, " + in.height() + ", " + in.width() + ")"
                        + (in.channels() == 1 ? "" : ".expand(-1, " + in.channels() + ", -1, -1)"),
                "    return x, torch.from_numpy(labels)",
                "",
                "",
                "def main():",
                "    parser = argparse.ArgumentParser()",
                "    parser.add_argument(\"--data\", default=\"assets/datasets/" + settings.dataset().folder() + "\")",
                "    parser.add_argument(\"--load\", help=\"start from a ConvScope model file (.cnn.zip)\")",
                "    parser.add_argument(\"--epochs\", type=int, default=EPOCHS)",
                "    parser.add_argument(\"--seed\", type=int, default=1)",
                "    args = parser.parse_args()",
                "    torch.manual_seed(args.seed)",
                "    model = build_model()",
                "    if args.load:",
                "        load_cnn_zip(model, args.load)",
                "    train_x, train_y = load_split(args.data, \"train\")",
                "    test_x, test_y = load_split(args.data, \"t10k\")",
                "",
                ko ? "    # ConvScope처럼: 로짓에 소프트맥스와 교차 엔트로피, " + optimizerNote(settings.optimizer(), true)
                        : "    # As ConvScope trains: softmax and cross-entropy on the logits, " + optimizerNote(settings.optimizer(), false),
                "    loss_fn = nn.CrossEntropyLoss()",
                "    optimizer = " + optimizer(settings.optimizer()),
                "    for epoch in range(args.epochs):",
                "        model.train()",
                "        order = torch.randperm(len(train_x))",
                "        for start in range(0, len(order), BATCH_SIZE):",
                "            batch = order[start:start + BATCH_SIZE]",
                "            optimizer.zero_grad()",
                "            loss = loss_fn(model(train_x[batch]), train_y[batch])",
                "            loss.backward()",
                "            optimizer.step()",
                "        model.eval()",
                "        with torch.no_grad():",
                "            logits = model(test_x)",
                "        accuracy = (logits.argmax(1) == test_y).float().mean().item()",
                "        print(f\"epoch {epoch + 1}: loss {loss_fn(logits, test_y).item():.4f}, accuracy {accuracy:.4f}\")",
                "",
                "",
                "if __name__ == \"__main__\":",
                "    main()"));
        return String.join("\n", l) + "\n";
    }

    /** The modules of the {@code nn.Sequential}, one line per ConvScope layer, each with its output shape. */
    static List<String> sequential(ModelSpec spec, boolean ko) {
        List<LayerInfo> infos = spec.infer();
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < infos.size(); i++) {
            LayerInfo info = infos.get(i);
            boolean last = i == infos.size() - 1;
            List<String> modules = modules(info, last);
            String comment = "# " + shape(info.output()) + (last && info.spec().activation() == Activation.SOFTMAX
                    ? (ko ? ": 로짓 (소프트맥스는 손실 함수 안에)" : ": logits (the softmax is in the loss)") : "");
            if (modules.isEmpty()) {
                lines.add("        " + comment);
            } else {
                lines.add("        " + String.join(", ", modules) + ",  " + comment);
            }
        }
        return lines;
    }

    private static List<String> modules(LayerInfo info, boolean last) {
        LayerSpec s = info.spec();
        Shape in = info.input();
        List<String> m = new ArrayList<>();
        if (s instanceof Conv2DSpec c) {
            StringBuilder conv = new StringBuilder("nn.Conv2d(").append(in.channels()).append(", ").append(c.filters())
                    .append(", ").append(pair(c.kernelH(), c.kernelW()));
            if (c.strideH() != 1 || c.strideW() != 1) conv.append(", stride=").append(pair(c.strideH(), c.strideW()));
            if (c.padding() == Padding.SAME) {
                int[] p = samePads(c, in); // top, left, bottom, right
                if (p[0] == p[2] && p[1] == p[3]) {
                    if (p[0] != 0 || p[1] != 0) conv.append(", padding=").append(pair(p[0], p[1]));
                } else {
                    // TensorFlow's 'same' puts an odd extra row or column after: PyTorch needs it spelled out
                    m.add("nn.ZeroPad2d((" + p[1] + ", " + p[3] + ", " + p[0] + ", " + p[2] + "))");
                }
            }
            m.add(conv.append(")").toString());
        } else if (s instanceof Pool2DSpec p) {
            String kind = p.kind() == Pool2DSpec.Kind.MAX ? "nn.MaxPool2d(" : "nn.AvgPool2d(";
            String stride = p.strideH() != p.sizeH() || p.strideW() != p.sizeW() ? ", stride=" + pair(p.strideH(), p.strideW()) : "";
            m.add(kind + pair(p.sizeH(), p.sizeW()) + stride + ")");
        } else if (s instanceof FlattenSpec) {
            m.add("nn.Flatten()"); // C, H, W order, as ConvScope's model file has it
        } else if (s instanceof DenseSpec d) {
            m.add("nn.Linear(" + in.size() + ", " + d.units() + ")");
        } else if (s instanceof DropoutSpec d) {
            m.add("nn.Dropout(" + BigDecimal.valueOf(d.rate()).stripTrailingZeros().toPlainString() + ")");
        } else if (!(s instanceof ActivationSpec)) {
            throw new IllegalArgumentException("no PyTorch module for " + s);
        }
        Activation a = s.activation();
        if (a != Activation.LINEAR && !(last && a == Activation.SOFTMAX)) m.add(activation(a));
        return m;
    }

    private static String activation(Activation a) {
        return switch (a) {
            case RELU -> "nn.ReLU()";
            case TANH -> "nn.Tanh()";
            case SIGMOID -> "nn.Sigmoid()";
            case SOFTMAX -> "nn.Softmax(dim=1)";
            case LINEAR -> throw new IllegalArgumentException("linear is no module");
        };
    }

    private static int[] samePads(Conv2DSpec c, Shape in) {
        Padding p = c.padding();
        return new int[] {p.padBefore(in.height(), c.kernelH(), c.strideH()), p.padBefore(in.width(), c.kernelW(), c.strideW()),
                p.padAfter(in.height(), c.kernelH(), c.strideH()), p.padAfter(in.width(), c.kernelW(), c.strideW())};
    }

    // PyTorch's order, channels first: [N, 32, 26, 26]
    private static String shape(Shape s) {
        return s.isImage() ? "[N, " + s.channels() + ", " + s.height() + ", " + s.width() + "]" : "[N, " + s.channels() + "]";
    }

    private static String pair(int a, int b) {
        return a == b ? String.valueOf(a) : "(" + a + ", " + b + ")";
    }

    private static String optimizer(OptimizerConfig c) {
        if (c.kind() == OptimizerConfig.Kind.SGD) {
            return "torch.optim.SGD(model.parameters(), lr=" + number(c.learningRate())
                    + (c.momentum() == 0 ? "" : ", momentum=" + number(c.momentum())) + ")";
        }
        return "torch.optim.Adam(model.parameters(), lr=" + number(c.learningRate()) + ", betas=(" + number(c.beta1()) + ", "
                + number(c.beta2()) + "), eps=" + number(c.epsilon()) + ")";
    }

    // why the numbers are Keras' rather than PyTorch's defaults
    private static String optimizerNote(OptimizerConfig c, boolean ko) {
        if (c.kind() == OptimizerConfig.Kind.SGD) {
            return ko ? "SGD (모멘텀은 Keras와 같은 갱신)" : "SGD (its momentum makes the same steps as Keras')";
        }
        return ko ? "Keras의 Adam 설정 (eps 1e-7; PyTorch의 기본값은 1e-8)" : "Keras' Adam settings (eps 1e-7; PyTorch's default is 1e-8)";
    }

    private static String number(double v) {
        return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }
}
