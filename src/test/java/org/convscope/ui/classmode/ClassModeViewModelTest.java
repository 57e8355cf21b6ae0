package org.convscope.ui.classmode;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import javafx.beans.property.SimpleObjectProperty;
import org.convscope.classmode.ClassServer;
import org.convscope.classmode.FineTune;
import org.convscope.classmode.Pngs;
import org.convscope.data.DatasetKind;
import org.convscope.engine.layer.spec.ModelSpec;
import org.convscope.engine.model.Sequential;
import org.convscope.ui.common.TaskRunner;
import org.convscope.ui.training.ModelWeights;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Class mode without a window: a real server on loopback, drawings through the mailbox, hiding, saving, fine-tuning. */
class ClassModeViewModelTest {
    private static final ModelSpec SPEC = ModelSpec.parse("c8k3-p2-f-d10");
    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();
    private final SimpleObjectProperty<ModelWeights> weights = new SimpleObjectProperty<>(weights(1));
    private final AtomicLong clock = new AtomicLong();
    private ClassModeViewModel vm;

    private static ModelWeights weights(long seed) {
        return new ModelWeights(SPEC, Sequential.build(SPEC, seed).params().clone(), seed);
    }

    @BeforeEach
    void make() {
        vm = new ClassModeViewModel(weights, new SimpleObjectProperty<>(DatasetKind.MNIST), TaskRunner.immediate(),
                ClassServer::start, clock::get);
    }

    @AfterEach
    void stop() {
        vm.stop();
    }

    private int send(String name, Integer label) throws Exception {
        var body = json.createObjectNode().put("code", vm.addressProperty().get().code()).put("image", Pngs.dataUrl(Pngs.seven(280)));
        if (name != null) body.put("name", name);
        if (label != null) body.put("label", label);
        var req = HttpRequest.newBuilder(java.net.URI.create(vm.addressProperty().get().url()).resolve("/api/drawings"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body.toString())).build();
        return http.send(req, HttpResponse.BodyHandlers.ofString()).statusCode();
    }

    @Test
    void drawingsReachTheGalleryOnlyWhenTheFrameDrainsTheMailbox() throws Exception {
        assertTrue(vm.start(InetAddress.getLoopbackAddress(), 0));
        assertTrue(vm.runningProperty().get());
        var a = vm.addressProperty().get();
        assertTrue(a.url().startsWith("http://127.0.0.1:"), a.url());
        assertTrue(a.code().matches("\\d{4}"));
        assertTrue(a.loopbackOnly());
        assertTrue(a.qr().length >= 21, "a QR code");
        assertEquals(200, send("Mina", 7));
        assertTrue(vm.drawings().isEmpty(), "the server's threads never touch the FX list");
        vm.pulse();
        assertEquals(1, vm.drawings().size());
        assertEquals(200, send(null, null));
        vm.pulse();
        assertEquals(1, vm.drawings().size(), "at most four times a second");
        clock.addAndGet(ClassModeViewModel.DRAIN_NANOS);
        vm.pulse();
        assertEquals(2, vm.drawings().size());
        ClassDrawing first = vm.drawings().get(0);
        assertEquals(1, first.number());
        assertEquals("Mina", first.drawing().name());
        assertEquals(first.drawing().predicted(), first.answer());
        assertEquals(first.answer() == 7 ? 1 : 0, vm.scoreProperty().get().right());
        assertEquals(1, vm.scoreProperty().get().labelled(), "only the drawing with I meant counts");
        assertEquals(1, vm.scoreProperty().get().confusion()[7][first.answer()]);
    }

    @Test
    void eachStartHasANewCodeAndStoppingClosesThePortButKeepsTheDrawings() throws Exception {
        assertTrue(vm.start(InetAddress.getLoopbackAddress(), 0));
        assertEquals(200, send("A", 1));
        String url = vm.addressProperty().get().url();
        vm.stop();
        assertFalse(vm.runningProperty().get());
        assertEquals(1, vm.drawings().size(), "what came in before the stop is kept");
        assertThrows(IOException.class, () -> http.send(HttpRequest.newBuilder(java.net.URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString()));
        java.util.Set<String> codes = new java.util.HashSet<>();
        for (int i = 0; i < 6; i++) {
            assertTrue(vm.start(InetAddress.getLoopbackAddress(), 0));
            codes.add(vm.addressProperty().get().code());
            vm.stop();
        }
        assertTrue(codes.size() > 1, "the code changes from one start to the next: " + codes);
    }

    @Test
    void aPortInUseIsSaidAndNothingRuns() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            assertFalse(vm.start(InetAddress.getLoopbackAddress(), taken.getLocalPort()));
            assertFalse(vm.runningProperty().get());
            assertTrue(vm.problemProperty().get().contains("in use"), vm.problemProperty().get());
        }
    }

    @Test
    void hiddenDrawingsLeaveTheScoreAndComeBack() throws Exception {
        vm.start(InetAddress.getLoopbackAddress(), 0);
        send("A", 7);
        send("B", 7);
        vm.pulse();
        vm.setHidden(1, true);
        assertTrue(vm.drawings().get(0).hidden());
        assertEquals(1, vm.scoreProperty().get().labelled());
        vm.showHidden();
        assertEquals(2, vm.scoreProperty().get().labelled());
    }

    @Test
    void newWeightsReadTheGalleryAgainAtMostOnceASecondAndOnlyWhileShown() throws Exception {
        vm.start(InetAddress.getLoopbackAddress(), 0);
        send("A", 7);
        vm.pulse();
        clock.addAndGet(ClassModeViewModel.RECLASSIFY_NANOS);
        // weights that answer 3 to everything: the last layer's bias decides
        float[] p = weights.get().params().clone();
        int classes = 10;
        for (int c = 0; c < classes; c++) p[p.length - classes + c] = c == 3 ? 1e4f : -1e4f;
        vm.activeProperty().set(false);
        weights.set(new ModelWeights(SPEC, p, 2));
        vm.pulse();
        assertEquals(vm.drawings().get(0).drawing().predicted(), vm.drawings().get(0).answer(), "not while hidden");
        vm.activeProperty().set(true);
        vm.pulse();
        assertEquals(3, vm.drawings().get(0).answer());
        float[] q = p.clone();
        for (int c = 0; c < classes; c++) q[q.length - classes + c] = c == 5 ? 1e4f : -1e4f;
        weights.set(new ModelWeights(SPEC, q, 3));
        vm.pulse();
        assertEquals(3, vm.drawings().get(0).answer(), "less than a second later: not yet");
        clock.addAndGet(ClassModeViewModel.RECLASSIFY_NANOS);
        vm.pulse();
        assertEquals(5, vm.drawings().get(0).answer());
    }

    @Test
    void saveWritesThePngsAndLabelsOfTheDrawingsShown(@TempDir Path dir) throws Exception {
        vm.start(InetAddress.getLoopbackAddress(), 0);
        send("=cmd|' /C calc'!A0", 7);
        send("Jun \"J\"", null);
        send("hidden", 1);
        vm.pulse();
        vm.setHidden(3, true);
        vm.save(dir);
        assertEquals(dir, vm.savedProperty().get());
        List<String> csv = Files.readAllLines(dir.resolve("labels.csv"));
        assertEquals("file,label,answer,name", csv.get(0));
        assertEquals(3, csv.size());
        int a1 = vm.drawings().get(0).answer(), a2 = vm.drawings().get(1).answer();
        assertEquals("drawing-001.png,7," + a1 + ",\"'=cmd|' /C calc'!A0\"", csv.get(1), "a formula is shown, not run");
        assertEquals("drawing-002.png,," + a2 + ",\"Jun \"\"J\"\"\"", csv.get(2));
        var png = javax.imageio.ImageIO.read(dir.resolve("drawing-001.png").toFile());
        assertEquals(28, png.getWidth());
        assertFalse(Files.exists(dir.resolve("drawing-003.png")), "hidden drawings are not saved");
    }

    @Test
    void trainingOnOurDrawingsWorksOnACopyUntilKept() throws Exception {
        vm.start(InetAddress.getLoopbackAddress(), 0);
        for (int i = 0; i < 4; i++) assertEquals(200, send("s" + i, 7)); // within the burst of five

        vm.pulse();
        AtomicReference<FineTune.Result> adopted = new AtomicReference<>();
        vm.setAdopter((r, onProblem) -> adopted.set(r));
        float[] before = weights.get().params().clone();
        assertTrue(vm.canTrain());
        vm.trainOnDrawings();
        FineTune.Result r = vm.tunedProperty().get();
        assertNotNull(r);
        assertEquals(4, r.examples());
        assertEquals(1.0, r.classAfter(), "twenty steps learn four sevens");
        assertTrue(r.testBefore() >= 0 && r.testBefore() <= 1 && r.testAfter() >= 0 && r.testAfter() <= 1);
        assertArrayEquals(before, weights.get().params(), "the model on screen is untouched");
        assertNull(adopted.get());
        vm.keepTuned();
        assertEquals(r, adopted.get());
        assertNull(vm.tunedProperty().get());
    }
}
