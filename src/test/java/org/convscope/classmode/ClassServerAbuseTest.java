package org.convscope.classmode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.convscope.data.DatasetKind;
import org.convscope.engine.layer.spec.ModelSpec;
import org.convscope.engine.model.Sequential;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The class-mode server against requests no browser would send, written byte by byte on raw sockets (an HTTP
 * client library would tidy them up): paths that climb out of the page, broken framing and JSON, guessing the
 * join code, one client flooding while another draws, and clients that stall half-way through a request.
 * Each student is its own loopback address (127.0.0.x), as the server's rate limit sees a class.
 */
class ClassServerAbuseTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ModelSpec SPEC = ModelSpec.parse("c8k3-p2-f-d10");
    private final List<StudentDrawing> received = new CopyOnWriteArrayList<>();
    private final AtomicLong clock = new AtomicLong(); // the rate limiter's time stands still unless a test moves it
    private ClassServer server;
    private String sevenBody;

    @BeforeEach
    void start() throws IOException {
        server = ClassServer.start(InetAddress.getLoopbackAddress(), 0, received::add, clock::get);
        server.setModel(new ClassModel(SPEC, Sequential.build(SPEC, 7).params().clone(), DatasetKind.MNIST));
        sevenBody = body(server.code());
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private static String body(String code) {
        return JSON.createObjectNode().put("code", code).put("image", Pngs.dataUrl(Pngs.seven(56))).toString();
    }

    private static InetAddress student(int n) throws IOException {
        return InetAddress.getByAddress(new byte[] {127, 0, 0, (byte) (10 + n)});
    }

    private String host() {
        return server.url().getHost() + ":" + server.port();
    }

    private String postRequest(String body) {
        byte[] b = body.getBytes(StandardCharsets.UTF_8);
        return "POST /api/drawings HTTP/1.1\r\nHost: " + host() + "\r\nContent-Type: application/json\r\nContent-Length: "
                + b.length + "\r\nConnection: close\r\n\r\n" + body;
    }

    /** Sends {@code request} as bytes from the address {@code from} and returns the reply as text (Latin-1). */
    private String raw(InetAddress from, byte[] request) throws IOException {
        try (Socket s = new Socket()) {
            s.bind(new InetSocketAddress(from, 0));
            s.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), server.port()), 5_000);
            s.setSoTimeout(20_000);
            OutputStream out = s.getOutputStream();
            out.write(request);
            out.flush();
            s.shutdownOutput();
            return readAll(s.getInputStream());
        }
    }

    private String raw(InetAddress from, String request) throws IOException {
        return raw(from, request.getBytes(StandardCharsets.UTF_8));
    }

    private static String readAll(InputStream in) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        byte[] chunk = new byte[4096];
        try {
            for (int r; (r = in.read(chunk)) > 0; ) b.write(chunk, 0, r);
        } catch (SocketException e) {
            // a connection reset after the reply is a server that closed without reading the rest
        }
        return b.toString(StandardCharsets.ISO_8859_1);
    }

    private static int status(String reply) {
        assertTrue(reply.startsWith("HTTP/1.1 "), "an HTTP reply: " + reply);
        return Integer.parseInt(reply.substring(9, 12));
    }

    /** The reply is a refusal with this status and a one-line JSON error. */
    private static void assertRefused(int status, String reply) throws IOException {
        assertEquals(status, status(reply), reply);
        String body = reply.substring(reply.indexOf("\r\n\r\n") + 4);
        assertFalse(body.contains("\n"), "one line");
        assertTrue(JSON.readTree(body).get("error").isTextual(), body);
    }

    private static List<String> fields(String json) throws IOException {
        List<String> names = new ArrayList<>();
        JSON.readTree(json).fieldNames().forEachRemaining(names::add);
        return names;
    }

    // ---- path traversal ----

    @Test
    void pathsThatClimbOutOfThePageAreNotFound() throws Exception {
        InetAddress me = student(0);
        for (String path : List.of("/../../../../etc/passwd", "/%2e%2e/%2e%2e/pom.xml", "/app.js/../../pom.xml",
                "//etc/passwd", "/org/convscope/classmode/page/app.js", "/app.js%00.png",
                "/%2fetc%2fpasswd", "/app.css?../../pom.xml#x")) {
            String reply = raw(me, "GET " + path + " HTTP/1.1\r\nHost: " + host() + "\r\nConnection: close\r\n\r\n");
            // "/app.css?…" is the style sheet (a query is not a path); everything else is nothing
            if (path.startsWith("/app.css?")) {
                assertEquals(200, status(reply), path);
                assertTrue(reply.toLowerCase(java.util.Locale.ROOT).contains("content-type: text/css"), path); // the JDK writes "Content-type"
            } else {
                assertRefused(404, reply);
            }
            assertFalse(reply.contains("root:") || reply.contains("<project"), "no file of this computer: " + path);
        }
        // not even a URI: the JDK's server refuses it (400, its own page) before our handler sees it
        String reply = raw(me, "GET /..\\..\\pom.xml HTTP/1.1\r\nHost: " + host() + "\r\nConnection: close\r\n\r\n");
        assertEquals(400, status(reply), reply);
        assertFalse(reply.contains("<project"));
    }

    // ---- malformed input ----

    @Test
    void brokenFramingAndBrokenJsonAreRefusedWithoutAnAnswerFromTheNetwork() throws Exception {
        InetAddress me = student(1);
        String head = "POST /api/drawings HTTP/1.1\r\nHost: " + host() + "\r\nContent-Type: application/json\r\nConnection: close\r\n";
        // a Content-Length that is not a number: the JDK's server or ours refuses it, never a 200
        assertEquals(400, status(raw(me, head + "Content-Length: many\r\n\r\n{}")));
        // a Content-Length that claims less than is sent: only that much is read, and it is not JSON
        assertRefused(400, raw(student(2), head + "Content-Length: 10\r\n\r\n" + sevenBody));
        String[] bodies = {"", "null", "\"text\"", "{\"code\": " + "[".repeat(100) + "]".repeat(100) + "}",
            "{\"code\": \"" + server.code() + "\", \"image\": \"x\", \"label\": 1e400}"};
        int n = 3;
        for (String b : bodies) assertRefused(400, raw(student(n++), postRequest(b)));
        // bytes that are not UTF-8 where the JSON's strings are
        byte[] latin = ("{\"code\": \"" + server.code() + "\", \"image\": \"\u00ff\u00fe\"}").getBytes(StandardCharsets.ISO_8859_1);
        byte[] req = ("POST /api/drawings HTTP/1.1\r\nHost: " + host() + "\r\nContent-Type: application/json\r\nContent-Length: "
                + latin.length + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
        byte[] all = new byte[req.length + latin.length];
        System.arraycopy(req, 0, all, 0, req.length);
        System.arraycopy(latin, 0, all, req.length, latin.length);
        assertRefused(400, raw(student(n), all));
        assertTrue(received.isEmpty());
        assertEquals(0, server.accepted());
    }

    @Test
    void aNameIsNeverEchoedBack() throws Exception {
        String script = "<script>x</script>";
        ObjectNode d = (ObjectNode) JSON.readTree(sevenBody);
        String reply = raw(student(0), postRequest(d.put("name", script).toString()));
        assertEquals(200, status(reply), reply);
        String body = reply.substring(reply.indexOf("\r\n\r\n") + 4);
        assertEquals(List.of("id", "class", "probabilities"), fields(body), "the reply holds only these");
        assertFalse(reply.contains(script));
        assertEquals(script, received.get(0).name(), "kept as text, shown as text (a JavaFX label) on the projector");
    }

    // ---- wrong codes ----

    @Test
    void guessingTheCodeIsChargedLikeDrawingSoItStopsAfterFiveTries() throws Exception {
        InetAddress guesser = student(0);
        int right = Integer.parseInt(server.code());
        for (int i = 1; i <= ClassServer.BURST; i++) {
            assertRefused(403, raw(guesser, postRequest(body(String.format("%04d", (right + i) % 10_000)))));
        }
        // the sixth try, even with the right code, waits for the rate
        assertRefused(429, raw(guesser, postRequest(sevenBody)));
        assertTrue(received.isEmpty());
        // a code with other characters than digits is just wrong, not an error of the server
        for (String odd : List.of(" " + server.code(), server.code() + "\u0000", "\uff11\uff12\uff13\uff14", "")) {
            assertRefused(403, raw(student(1), postRequest(body(odd))));
        }
    }

    // ---- floods ----

    @Test
    void aFloodFromOneClientIsRefusedWhileAnotherStudentIsServed() throws Exception {
        InetAddress flooder = student(0);
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            List<Future<String>> flood = new ArrayList<>();
            for (int i = 0; i < 60; i++) flood.add(pool.submit(() -> raw(flooder, postRequest(sevenBody))));
            String mine = raw(student(1), postRequest(sevenBody));
            assertEquals(200, status(mine), "another student draws through the flood: " + mine);
            int ok = 0, limited = 0;
            for (Future<String> f : flood) {
                int s = status(f.get());
                if (s == 200) ok++;
                else if (s == 429) limited++;
            }
            // a burst of five, plus one a second for as long as the flood took
            assertEquals(ClassServer.BURST, ok, "a burst of five (the clock stands still)");
            assertEquals(60, ok + limited, "every other request is 429");
        } finally {
            pool.shutdownNow();
        }
    }

    // ---- slow clients ----

    @Test
    void aClientThatStallsMidRequestIsCutAndDoesNotHoldUpOthers() throws Exception {
        try (Socket slow = new Socket()) {
            slow.bind(new InetSocketAddress(student(0), 0));
            slow.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), server.port()), 5_000);
            slow.setSoTimeout(30_000);
            // half a request line, then nothing (a "slowloris")
            slow.getOutputStream().write("POST /api/dr".getBytes(StandardCharsets.US_ASCII));
            slow.getOutputStream().flush();
            long t0 = System.nanoTime();
            assertEquals(200, status(raw(student(1), postRequest(sevenBody))), "another student is served meanwhile");
            // the server gives up on it after 15 s (sun.net.httpserver.maxReqTime; its timer ticks every second)
            int read;
            try {
                read = slow.getInputStream().read();
            } catch (SocketException e) {
                read = -1;
            } catch (SocketTimeoutException e) {
                read = -2;
            }
            double seconds = (System.nanoTime() - t0) / 1e9;
            assertEquals(-1, read, "the stalled connection is closed, after " + seconds + " s");
            assertTrue(seconds < 25, "closed after " + seconds + " s");
        }
        assertEquals(1, received.size());
    }

    @Test
    void aBodyThatStopsHalfWayIsCut() throws Exception {
        try (Socket slow = new Socket()) {
            slow.bind(new InetSocketAddress(student(0), 0));
            slow.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), server.port()), 5_000);
            slow.setSoTimeout(30_000);
            String req = postRequest(sevenBody);
            // the headers and half the body, then nothing: the body is never complete
            slow.getOutputStream().write(req.substring(0, req.length() / 2).getBytes(StandardCharsets.UTF_8));
            slow.getOutputStream().flush();
            long t0 = System.nanoTime();
            String reply = readAll(slow.getInputStream());
            double seconds = (System.nanoTime() - t0) / 1e9;
            assertTrue(reply.isEmpty() || status(reply) >= 400, "no drawing from half a body: " + reply);
            assertTrue(seconds < 25, "cut after " + seconds + " s");
        }
        assertTrue(received.isEmpty());
    }
}
