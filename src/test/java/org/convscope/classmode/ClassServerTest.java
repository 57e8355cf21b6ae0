package org.convscope.classmode;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import javax.imageio.ImageIO;
import org.convscope.data.DatasetKind;
import org.convscope.data.DigitPreprocessor;
import org.convscope.engine.layer.spec.ModelSpec;
import org.convscope.engine.model.Sequential;
import org.convscope.engine.tensor.Tensor;
import org.convscope.images.ImageFiles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The class-mode server over real HTTP on loopback (an ephemeral port): a good drawing is read as the draw
 * pad reads it, and every refusal the API documents happens, with a one-line JSON error.
 */
class ClassServerTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ModelSpec SPEC = ModelSpec.parse("c8k3-p2-f-d10");
    private final HttpClient http = HttpClient.newHttpClient();
    private final List<StudentDrawing> received = new CopyOnWriteArrayList<>();
    private final AtomicLong clock = new AtomicLong(); // frozen unless a test moves it
    private volatile boolean secondPerRequest; // or every request comes a second after the one before
    private Sequential model;
    private ClassServer server;

    @BeforeEach
    void start() throws IOException {
        model = Sequential.build(SPEC, 7);
        server = ClassServer.start(InetAddress.getLoopbackAddress(), 0, received::add,
                () -> secondPerRequest ? clock.addAndGet(ClassServer.RATE_PERIOD_NANOS) : clock.get());
        server.setModel(new ClassModel(SPEC, model.params().clone(), DatasetKind.MNIST));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private ObjectNode drawing(String image) {
        return JSON.createObjectNode().put("code", server.code()).put("image", image);
    }

    private ObjectNode seven() {
        return drawing(Pngs.dataUrl(Pngs.seven(280)));
    }

    private HttpResponse<String> post(String body) throws Exception {
        return post(HttpRequest.BodyPublishers.ofString(body));
    }

    private HttpResponse<String> post(HttpRequest.BodyPublisher body) throws Exception {
        HttpRequest req = HttpRequest.newBuilder(server.url().resolve("/api/drawings"))
                .header("Content-Type", "application/json").POST(body).build();
        return http.send(req, HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path, String language) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(server.url().resolve(path)).GET();
        if (language != null) b.header("Accept-Language", language);
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A refusal: the status, and one line of JSON holding only "error". */
    private static void assertRefused(int status, HttpResponse<String> r) throws IOException {
        assertEquals(status, r.statusCode(), r.body());
        assertEquals("application/json", r.headers().firstValue("Content-Type").orElse(""));
        assertFalse(r.body().contains("\n"), "one line");
        JsonNode error = JSON.readTree(r.body());
        assertEquals(List.of("error"), iterable(error.fieldNames()));
        assertFalse(error.get("error").asText().isBlank());
    }

    private static List<String> iterable(java.util.Iterator<String> it) {
        List<String> l = new java.util.ArrayList<>();
        it.forEachRemaining(l::add);
        return l;
    }

    // ---- a good drawing ----

    @Test
    void aGoodDrawingIsReadByTheModelOnScreenWithTheDrawPadsPreprocessing() throws Exception {
        BufferedImage seven = Pngs.seven(280);
        HttpResponse<String> r = post(drawing(Pngs.dataUrl(seven)).put("label", 7).put("name", "  Mina ").toString());
        assertEquals(200, r.statusCode(), r.body());
        JsonNode reply = JSON.readTree(r.body());
        assertEquals(1, reply.get("id").asInt());
        JsonNode probs = reply.get("probabilities");
        assertEquals(10, probs.size());

        // what the draw pad does with the same picture: ink, MNIST's framing, the model's probabilities
        float[] input = DigitPreprocessor.preprocess(ImageFiles.toInk(seven), DigitPreprocessor.Mode.DIGIT).pixels();
        float[] expected = model.infer(new Tensor(1, model.inputShape(), input), 0).probabilities();
        int best = 0;
        for (int c = 0; c < 10; c++) {
            assertEquals(expected[c], (float) probs.get(c).asDouble(), 1e-6, "class " + c);
            if (expected[c] > expected[best]) best = c;
        }
        assertEquals(best, reply.get("class").asInt());

        assertEquals(1, received.size());
        StudentDrawing d = received.get(0);
        assertEquals("Mina", d.name());
        assertEquals(7, d.label());
        assertEquals(best, d.predicted());
        assertArrayEquals(input, d.input().pixels());
        assertEquals(1, server.accepted());
    }

    @Test
    void withoutNameAndLabelADrawingIsStillTaken() throws Exception {
        HttpResponse<String> r = post(seven().putNull("label").putNull("name").toString());
        assertEquals(200, r.statusCode(), r.body());
        assertNull(received.get(0).name());
        assertNull(received.get(0).label());
    }

    @Test
    void manyDrawingsAtOnceAreAllAnsweredAsOneAtATimeWouldBe() throws Exception {
        // the batches of the classifier give each drawing its own answer
        List<java.util.concurrent.CompletableFuture<HttpResponse<String>>> replies = new java.util.ArrayList<>();
        for (int i = 0; i < 5; i++) {
            BufferedImage img = i % 2 == 0 ? Pngs.seven(280) : Pngs.seven(100);
            HttpRequest req = HttpRequest.newBuilder(server.url().resolve("/api/drawings")).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(drawing(Pngs.dataUrl(img)).put("name", "s" + i).toString())).build();
            replies.add(http.sendAsync(req, HttpResponse.BodyHandlers.ofString()));
        }
        for (var f : replies) assertEquals(200, f.get().statusCode());
        assertEquals(5, received.size());
        for (StudentDrawing d : received) {
            float[] expected = model.infer(new Tensor(1, model.inputShape(), d.input().pixels()), 0).probabilities();
            assertArrayEquals(expected, d.probabilities(), 1e-6f);
        }
    }

    // ---- 403 ----

    @Test
    void aWrongOrMissingCodeIs403() throws Exception {
        String wrong = String.format("%04d", (Integer.parseInt(server.code()) + 1) % 10_000);
        assertRefused(403, post(seven().put("code", wrong).toString()));
        assertRefused(403, post(seven().without("code").toString()));
        assertRefused(403, post(seven().put("code", 1234).toString()));
        assertRefused(403, post(seven().put("code", server.code() + "0").toString()));
        assertTrue(received.isEmpty());
    }

    // ---- 413 ----

    @Test
    void aBodyOver256KbIs413WhetherItsLengthIsDeclaredOrNot() throws Exception {
        String big = seven().put("name", "x".repeat(ClassServer.MAX_BODY)).toString();
        assertRefused(413, post(big));
        clock.addAndGet(ClassServer.RATE_PERIOD_NANOS);
        // chunked: no Content-Length, so the server must stop reading at the limit itself
        byte[] bytes = big.getBytes(StandardCharsets.UTF_8);
        assertRefused(413, post(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes))));
        assertTrue(received.isEmpty());
    }

    // ---- 400 ----

    @Test
    void somethingOtherThanAPngIs400() throws Exception {
        assertRefused(400, post(seven().put("image", "data:image/jpeg;base64,/9j/4AAQ").toString()));
        assertRefused(400, post(seven().put("image", PngDrawing.PREFIX + "!!!not base64!!!").toString()));
        assertRefused(400, post(seven().put("image", PngDrawing.PREFIX + "aGVsbG8gd29ybGQsIG5vdCBhIFBORw==").toString()));
        clock.addAndGet(3 * ClassServer.RATE_PERIOD_NANOS);
        byte[] truncated = java.util.Arrays.copyOf(Pngs.png(Pngs.seven(280)), 60); // the signature, then broken
        assertRefused(400, post(seven().put("image", Pngs.dataUrl(truncated)).toString()));
        assertRefused(400, post(seven().put("image", 42).toString()));
        assertRefused(400, post("not json"));
        clock.addAndGet(3 * ClassServer.RATE_PERIOD_NANOS);
        assertRefused(400, post("[1, 2]"));
        assertTrue(received.isEmpty());
    }

    @Test
    void anImageSmallerThan28OrLargerThan1024Is400() throws Exception {
        assertRefused(400, post(seven().put("image", Pngs.dataUrl(Pngs.blank(27, 100))).toString()));
        assertRefused(400, post(seven().put("image", Pngs.dataUrl(Pngs.blank(100, 27))).toString()));
        assertRefused(400, post(seven().put("image", Pngs.dataUrl(Pngs.blank(1025, 28))).toString()));
        assertRefused(400, post(seven().put("image", Pngs.dataUrl(Pngs.blank(28, 1025))).toString()));
        clock.addAndGet(5 * ClassServer.RATE_PERIOD_NANOS);
        // the sizes at the limits are fine (a 28×28 and a 1024×1024 seven)
        assertEquals(200, post(seven().put("image", Pngs.dataUrl(Pngs.seven(28))).toString()).statusCode());
        assertEquals(200, post(seven().put("image", Pngs.dataUrl(Pngs.seven(1024))).toString()).statusCode());
        assertEquals(2, received.size());
    }

    @Test
    void aHugeImageIsRefusedFromItsHeaderBeforeItsPixelsAreDecoded() throws Exception {
        // a PNG that claims 60000×60000 pixels (10 GB of ARGB) in a few hundred bytes: only the header is read
        byte[] png = Pngs.png(Pngs.blank(28, 28));
        java.nio.ByteBuffer.wrap(png, 16, 8).putInt(60_000).putInt(60_000); // IHDR width and height
        fixIhdrCrc(png);
        assertEquals(60_000, ImageIO.createImageInputStream(new ByteArrayInputStream(png)) == null ? -1 : widthOf(png));
        assertRefused(400, post(seven().put("image", Pngs.dataUrl(png)).toString()));
    }

    private static int widthOf(byte[] png) throws IOException {
        var reader = ImageIO.getImageReadersByFormatName("png").next();
        reader.setInput(ImageIO.createImageInputStream(new ByteArrayInputStream(png)));
        return reader.getWidth(0);
    }

    private static void fixIhdrCrc(byte[] png) {
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(png, 12, 17); // "IHDR" and its 13 bytes
        java.nio.ByteBuffer.wrap(png, 29, 4).putInt((int) crc.getValue());
    }

    @Test
    void anEmptyDrawingIs400() throws Exception {
        assertRefused(400, post(seven().put("image", Pngs.dataUrl(Pngs.blank(280, 280))).toString()));
        assertEquals(0, server.accepted(), "a refused drawing takes no place");
    }

    @Test
    void everyOtherFieldIsChecked() throws Exception {
        assertRefused(400, post(seven().put("label", 10).toString()));
        assertRefused(400, post(seven().put("label", -1).toString()));
        assertRefused(400, post(seven().put("label", "7").toString()));
        assertRefused(400, post(seven().put("label", 7.5).toString()));
        assertRefused(400, post(seven().put("name", "x".repeat(21)).toString()));
        clock.addAndGet(5 * ClassServer.RATE_PERIOD_NANOS);
        assertRefused(400, post(seven().put("name", "a\u0000b").toString()));
        assertRefused(400, post(seven().put("name", "\u202Eanim").toString())); // right-to-left override
        assertRefused(400, post(seven().put("name", 5).toString()));
        assertRefused(400, post(seven().put("extra", true).toString()));
        String code = server.code();
        assertRefused(400, post("{\"code\":\"" + code + "\",\"code\":\"" + code + "\",\"image\":\"x\"}"));
        clock.addAndGet(5 * ClassServer.RATE_PERIOD_NANOS);
        assertRefused(400, post(seven().without("image").toString()));
        // twenty characters, Korean ones counted as one each, are fine
        assertEquals(200, post(seven().put("name", "가나다라마바사아자차카타파하가나다라마바").toString()).statusCode());
        assertEquals("가나다라마바사아자차카타파하가나다라마바", received.get(0).name());
    }

    // ---- 429 ----

    @Test
    void moreThanOneDrawingASecondAfterABurstOfFiveIs429() throws Exception {
        for (int i = 0; i < ClassServer.BURST; i++) assertEquals(200, post(seven().toString()).statusCode(), "drawing " + i);
        HttpResponse<String> sixth = post(seven().toString());
        assertRefused(429, sixth);
        assertEquals("1", sixth.headers().firstValue("Retry-After").orElse(""));
        clock.addAndGet(ClassServer.RATE_PERIOD_NANOS);
        assertEquals(200, post(seven().toString()).statusCode(), "a second later, one more");
        assertRefused(429, post(seven().toString()));
        assertEquals(6, received.size());
    }

    // ---- 503 ----

    @Test
    void class_mode_is_full_after_500_drawings_503() throws Exception {
        String small = seven().put("image", Pngs.dataUrl(Pngs.seven(28))).toString();
        List<java.util.concurrent.CompletableFuture<HttpResponse<String>>> replies = new java.util.ArrayList<>();
        secondPerRequest = true; // as the rate limiter sees them
        for (int i = 0; i < ClassServer.MAX_DRAWINGS; i++) {
            replies.add(http.sendAsync(HttpRequest.newBuilder(server.url().resolve("/api/drawings"))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(small)).build(),
                    HttpResponse.BodyHandlers.ofString()));
            if (replies.size() % 50 == 0) replies.get(replies.size() - 1).join(); // at most 50 in flight
        }
        for (var r : replies) assertEquals(200, r.get().statusCode(), r.get().body());
        assertRefused(503, post(small));
        assertEquals(ClassServer.MAX_DRAWINGS, received.size());
        assertEquals(ClassServer.MAX_DRAWINGS, received.stream().mapToInt(StudentDrawing::id).max().orElse(0));
    }

    @Test
    void withoutAModelYetADrawingIs503AndTakesNoPlace() throws Exception {
        server.setModel(null);
        assertRefused(503, post(seven().toString()));
        assertEquals(0, server.accepted());
    }

    // ---- the rest of the surface ----

    @Test
    void onlyJsonIsTaken() throws Exception {
        HttpRequest req = HttpRequest.newBuilder(server.url().resolve("/api/drawings"))
                .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString(seven().toString())).build();
        assertRefused(415, http.send(req, HttpResponse.BodyHandlers.ofString()));
    }

    @Test
    void thePageIsServedWithStrictHeadersAndNoCors() throws Exception {
        for (String path : List.of("/", "/app.js", "/app.css")) {
            HttpResponse<String> r = get(path, null);
            assertEquals(200, r.statusCode(), path);
            assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(""));
            assertEquals(ClassServer.CSP, r.headers().firstValue("Content-Security-Policy").orElse(""));
            assertTrue(r.headers().firstValue("Access-Control-Allow-Origin").isEmpty(), "no CORS");
        }
        assertTrue(get("/", null).headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertTrue(get("/app.js", null).headers().firstValue("Content-Type").orElse("").startsWith("text/javascript"));
        // nothing on the page comes from elsewhere
        String page = get("/", null).body() + get("/app.js", null).body() + get("/app.css", null).body();
        assertFalse(page.contains("http://") || page.contains("https://") || page.contains("//cdn"), "no external resource");
    }

    @Test
    void thePageFollowsTheBrowsersLanguage() throws Exception {
        assertTrue(get("/", "ko-KR,ko;q=0.9,en;q=0.8").body().contains("<html lang=\"ko\">"));
        assertTrue(get("/", "en-US,en;q=0.9,ko;q=0.5").body().contains("<html lang=\"en\">"));
        assertTrue(get("/", "fr-FR").body().contains("<html lang=\"en\">"));
        assertTrue(get("/", null).body().contains("<html lang=\"en\">"));
    }

    @Test
    void onlyTheThreeFilesAndTheApiExist() throws Exception {
        for (String path : List.of("/index.html", "/etc/passwd", "/..%2f..%2fpom.xml", "/api", "/page/app.js", "/app.js/")) {
            assertRefused(404, get(path, null));
        }
        HttpRequest delete = HttpRequest.newBuilder(server.url().resolve("/api/drawings")).DELETE().build();
        assertRefused(405, http.send(delete, HttpResponse.BodyHandlers.ofString()));
        HttpRequest postPage = HttpRequest.newBuilder(server.url()).POST(HttpRequest.BodyPublishers.ofString("x")).build();
        assertRefused(405, http.send(postPage, HttpResponse.BodyHandlers.ofString()));
    }

    @Test
    void anotherHostNameIs421() throws Exception {
        // DNS rebinding: a page from elsewhere whose name now points here still says its own name
        try (Socket s = new Socket(InetAddress.getLoopbackAddress(), server.port())) {
            OutputStream out = s.getOutputStream();
            out.write("GET / HTTP/1.1\r\nHost: evil.example:80\r\nConnection: close\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = s.getInputStream();
            String reply = new String(in.readAllBytes(), StandardCharsets.US_ASCII);
            assertTrue(reply.startsWith("HTTP/1.1 421"), reply);
        }
    }

    @Test
    void stoppingClosesThePort() throws Exception {
        URI url = server.url();
        server.close();
        assertThrows(IOException.class, () -> http.send(HttpRequest.newBuilder(url).GET().build(), HttpResponse.BodyHandlers.ofString()));
    }

    private static void assertThrows(Class<? extends Throwable> type, org.junit.jupiter.api.function.Executable e) {
        org.junit.jupiter.api.Assertions.assertThrows(type, e);
    }
}
