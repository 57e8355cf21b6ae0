package org.convscope.classmode;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.security.SecureRandom;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;
import org.convscope.data.DigitPreprocessor;
import org.convscope.data.GrayImage;

/**
 * Class mode's HTTP server (the JDK's {@link HttpServer}, on a small pool of its own threads, never the FX
 * thread). It serves the student page and {@code POST /api/drawings}, whose refusals are, in the order they
 * are checked: 429 past the client's rate, 415 when it is not sent as JSON, 413 for a body over
 * {@value #MAX_BODY} bytes (before it is buffered), 400 when it is not a JSON object, 403 for a missing or wrong join code, 503 once
 * {@value #MAX_DRAWINGS} drawings are in, 400 for any invalid field or image; each with {@code {"error": …}}.
 * A request for another host name than the address served (DNS rebinding) gets 421. No CORS header is ever
 * sent, so other sites' pages cannot post here from a student's browser (a JSON body needs a preflight).
 */
public final class ClassServer implements AutoCloseable {
    public static final int MAX_BODY = 256 * 1024;
    /** The default cap on drawings per run; -Dconvscope.class.max (1–5000) sets another, for long kiosk days or load tests. */
    public static final int MAX_DRAWINGS = 500;
    public static final int BURST = 5;
    static final long RATE_PERIOD_NANOS = 1_000_000_000L;
    private static final int THREADS = 3;
    /**
     * How long a drawing may wait for the network before it is refused with 503 ("busy, try again"). It must be
     * well under {@link #MAX_REQUEST_SECONDS}: the JDK's server counts the handler's time as the request's and
     * closes the connection without a word when that runs out, so a drawing queued behind a busy class would
     * be lost instead of refused.
     */
    static final long CLASSIFY_TIMEOUT_SECONDS = 8;
    /** Every drawing is answered (200 or 503) within this long of its arrival, before the JDK's cut at {@link #MAX_REQUEST_SECONDS}. */
    static final long ANSWER_WITHIN_SECONDS = 12;
    /** A client that takes longer than this from its first byte to our reply is cut (sun.net.httpserver.maxReqTime). */
    static final long MAX_REQUEST_SECONDS = 15;
    /** Of a refused request's body, this much more is read (and dropped) so that the refusal reaches the client. */
    static final long DRAIN_BYTES = 4L * MAX_BODY;
    static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "connect-src 'self'; form-action 'none'; frame-ancestors 'none'; base-uri 'none'";
    private static final ObjectMapper JSON = new ObjectMapper();

    static {
        // a client that sends its request or reads the reply slowly is cut off (the JDK's server waits for
        // ever by default); read once, when the first server is made
        defaultProperty("sun.net.httpserver.maxReqTime", Long.toString(MAX_REQUEST_SECONDS));
        defaultProperty("sun.net.httpserver.maxRspTime", "10");
        defaultProperty("sun.net.httpserver.maxReqHeaders", "64");
        // a refused upload's unread rest is read and dropped before the connection closes: closing on unread
        // bytes sends a reset, which can destroy our refusal before the client reads it (the JDK reads 64 KB)
        defaultProperty("sun.net.httpserver.drainAmount", Long.toString(DRAIN_BYTES));
        // replies go out at once, not 40 ms later when the client's delayed ACK meets Nagle's algorithm
        defaultProperty("sun.net.httpserver.nodelay", "true");
    }

    /** Where accepted drawings go: called on a server thread, once per drawing; must not block. */
    public interface Receiver {
        void received(StudentDrawing drawing);
    }

    private final HttpServer http;
    private final ThreadPoolExecutor pool;
    private final BatchClassifier classifier = new BatchClassifier();
    private final StudentPage page = new StudentPage();
    private final JoinCode code;
    private final RateLimiter limiter = new RateLimiter(BURST, RATE_PERIOD_NANOS, 10_000);
    private final LongSupplier clock;
    private final Receiver receiver;
    private final AtomicInteger taken = new AtomicInteger();
    private final int maxDrawings = Math.max(1, Math.min(5000, Integer.getInteger("convscope.class.max", MAX_DRAWINGS)));
    private final AtomicInteger nextId = new AtomicInteger(1);
    private final Set<String> hosts;
    private final URI url;
    private final ThreadLocal<Long> queuedAt = ThreadLocal.withInitial(System::nanoTime);

    private ClassServer(HttpServer http, LongSupplier clock, Receiver receiver, SecureRandom random) {
        this.http = http;
        this.clock = clock;
        this.receiver = receiver;
        this.code = JoinCode.random(random);
        InetSocketAddress bound = http.getAddress();
        String host = bound.getAddress() instanceof Inet6Address ? "[" + bound.getAddress().getHostAddress() + "]" : bound.getAddress().getHostAddress();
        this.url = URI.create("http://" + host + ":" + bound.getPort() + "/");
        this.hosts = bound.getAddress().isLoopbackAddress()
                ? Set.of(host + ":" + bound.getPort(), "localhost:" + bound.getPort()) : Set.of(host + ":" + bound.getPort());
        pool = new ThreadPoolExecutor(THREADS, THREADS, 0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(512), r -> {
            Thread t = new Thread(r, "convscope-class-http");
            t.setDaemon(true);
            t.setPriority(Thread.NORM_PRIORITY - 2); // below the window, as training is (nice 10 as the Linux installers run)
            return t;
        }, new ThreadPoolExecutor.DiscardPolicy()); // a flood beyond the queue is dropped, not served
        // each exchange remembers when it was queued: the JDK's clock on it (maxReqTime) started about then
        http.setExecutor(task -> {
            long queued = System.nanoTime();
            pool.execute(() -> {
                queuedAt.set(queued);
                task.run();
            });
        });
        http.createContext("/", this::handle);
    }

    /** Listens on {@code host}:{@code port} (0: any free port) with a new join code. */
    public static ClassServer start(InetAddress host, int port, Receiver receiver) throws IOException {
        return start(host, port, receiver, System::nanoTime);
    }

    /** As {@link #start(InetAddress, int, Receiver)}, with the rate limiter's clock given (tests). */
    public static ClassServer start(InetAddress host, int port, Receiver receiver, LongSupplier clock) throws IOException {
        HttpServer http = HttpServer.create(new InetSocketAddress(host, port), 64);
        ClassServer server = new ClassServer(http, clock, receiver, new SecureRandom());
        http.start();
        return server;
    }

    private static void defaultProperty(String key, String value) {
        if (System.getProperty(key) == null) System.setProperty(key, value);
    }

    /** The student page's address. */
    public URI url() {
        return url;
    }

    public int port() {
        return http.getAddress().getPort();
    }

    /** The four digits a drawing must carry. */
    public String code() {
        return code.toString();
    }

    /** How many drawings were accepted (at most {@value #MAX_DRAWINGS}, unless set otherwise). */
    public int accepted() {
        return taken.get();
    }

    /** The weights to read drawings with from now on. */
    public void setModel(ClassModel model) {
        classifier.setModel(model);
    }

    /** Stops listening (at once: requests in progress get their reply or are cut) and the classifier. */
    @Override
    public void close() {
        http.stop(0);
        classifier.close();
        pool.shutdownNow();
    }

    // ---- requests ----

    private void handle(HttpExchange ex) throws IOException {
        try {
            try {
                String hostHeader = ex.getRequestHeaders().getFirst("Host");
                if (hostHeader == null || !hosts.contains(hostHeader.toLowerCase(Locale.ROOT))) {
                    throw new Refusal(421, "this server answers to " + url + " only");
                }
                String path = ex.getRequestURI().getRawPath();
                String method = ex.getRequestMethod();
                if (path.equals("/api/drawings")) {
                    if (!method.equals("POST")) throw new Refusal(405, "use POST");
                    drawing(ex);
                } else {
                    if (!method.equals("GET")) throw new Refusal(405, "use GET");
                    StudentPage.Asset asset = path.equals("/") ? page.index(ex.getRequestHeaders().getFirst("Accept-Language")) : page.asset(path);
                    if (asset == null) throw new Refusal(404, "no such page");
                    send(ex, 200, asset.contentType(), asset.bytes(), false);
                }
            } catch (Refusal r) {
                ObjectNode error = JSON.createObjectNode().put("error", r.getMessage());
                // the body of a refused upload is not read to its end (or a busy server would rather not): the connection cannot be reused
                send(ex, r.status(), "application/json", JSON.writeValueAsBytes(error), r.status() == 413 || r.status() == 429 || r.status() == 503);
            } catch (RuntimeException e) {
                send(ex, 500, "application/json", JSON.writeValueAsBytes(JSON.createObjectNode().put("error", "the server failed")), true);
            }
        } finally {
            ex.close();
        }
    }

    private void drawing(HttpExchange ex) throws IOException, Refusal {
        InetAddress client = ex.getRemoteAddress().getAddress();
        // a drawing that already waited most of its time behind others is refused now, not cut off in silence later
        long deadline = queuedAt.get() + TimeUnit.SECONDS.toNanos(ANSWER_WITHIN_SECONDS);
        if (System.nanoTime() > deadline - TimeUnit.SECONDS.toNanos(2)) throw new Refusal(503, "the network is busy; try again");
        if (!limiter.tryAcquire(client, clock.getAsLong())) throw new Refusal(429, "one drawing a second, please; wait a moment");
        String type = ex.getRequestHeaders().getFirst("Content-Type");
        if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("application/json")) {
            throw new Refusal(415, "send JSON (Content-Type: application/json)");
        }
        DrawingRequest req = DrawingRequest.parse(body(ex));
        if (!code.matches(req.code())) throw new Refusal(403, "the join code is missing or wrong");
        if (!reserve()) throw new Refusal(503, "class mode is full (" + maxDrawings + " drawings)");
        boolean kept = false;
        try {
            StudentDrawing d = read(req, deadline);
            kept = true;
            receiver.received(d);
            ObjectNode reply = JSON.createObjectNode().put("id", d.id()).put("class", d.predicted());
            var probs = reply.putArray("probabilities");
            for (float p : d.probabilities()) probs.add(p);
            send(ex, 200, "application/json", JSON.writeValueAsBytes(reply), false);
        } finally {
            if (!kept) taken.decrementAndGet();
        }
    }

    private StudentDrawing read(DrawingRequest req, long deadline) throws Refusal {
        ClassModel model = classifier.model();
        GrayImage ink = PngDrawing.decode(req.image());
        DigitPreprocessor.Steps steps = DigitPreprocessor.steps(ink,
                DigitPreprocessor.modeFor(model == null ? null : model.dataset()));
        if (steps.blank()) throw new Refusal(400, "nothing is drawn");
        float[] probabilities;
        try {
            long wait = Math.min(TimeUnit.SECONDS.toNanos(CLASSIFY_TIMEOUT_SECONDS), deadline - System.nanoTime());
            probabilities = classifier.classify(steps.input().pixels()).get(Math.max(0, wait), TimeUnit.NANOSECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Refusal r) throw r;
            throw new Refusal(503, "the network could not read the drawing");
        } catch (TimeoutException e) {
            throw new Refusal(503, "the network is busy; try again");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Refusal(503, "class mode has stopped");
        }
        int best = 0;
        for (int c = 1; c < probabilities.length; c++) if (probabilities[c] > probabilities[best]) best = c;
        return new StudentDrawing(nextId.getAndIncrement(), req.name(), req.label(), steps.input(), best, probabilities);
    }

    private boolean reserve() {
        while (true) {
            int n = taken.get();
            if (n >= maxDrawings) return false;
            if (taken.compareAndSet(n, n + 1)) return true;
        }
    }

    /** The request body, refused with 413 as soon as it is known to exceed {@value #MAX_BODY} bytes. */
    private static byte[] body(HttpExchange ex) throws IOException, Refusal {
        String declared = ex.getRequestHeaders().getFirst("Content-Length");
        if (declared != null) {
            long n;
            try {
                n = Long.parseLong(declared.trim());
            } catch (NumberFormatException e) {
                throw new Refusal(400, "Content-Length is not a number");
            }
            if (n > MAX_BODY) throw new Refusal(413, "the body is over " + MAX_BODY / 1024 + " KB");
        }
        InputStream in = ex.getRequestBody();
        ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
        byte[] chunk = new byte[8192];
        for (int r; (r = in.read(chunk)) > 0; ) {
            if (out.size() + r > MAX_BODY) throw new Refusal(413, "the body is over " + MAX_BODY / 1024 + " KB");
            out.write(chunk, 0, r);
        }
        return out.toByteArray();
    }

    private static void send(HttpExchange ex, int status, String type, byte[] body, boolean close) throws IOException {
        Headers h = ex.getResponseHeaders();
        h.set("Content-Type", type);
        h.set("X-Content-Type-Options", "nosniff");
        h.set("Content-Security-Policy", CSP);
        h.set("X-Frame-Options", "DENY");
        h.set("Referrer-Policy", "no-referrer");
        h.set("Cache-Control", "no-store");
        if (status == 405) h.set("Allow", ex.getRequestURI().getRawPath().equals("/api/drawings") ? "POST" : "GET");
        if (status == 429) h.set("Retry-After", "1");
        if (close) h.set("Connection", "close");
        ex.sendResponseHeaders(status, body.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(body);
        }
    }
}
