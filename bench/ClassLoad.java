import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import javax.imageio.ImageIO;

/**
 * Simulated students for class mode, on loopback only: each student is its own client address (127.0.0.10,
 * .11, …, so the server's per-client rate limit sees a class, not one machine) and sends a drawn digit every
 * 1–3 s (or once, with --once) with a nickname and "I meant". Prints the reply times (p50, p90, p99, max),
 * the replies by status, and the drawings lost: sent without a 200 reply.
 *
 * The drawings are digits in a plain font, or with --images DIR the PNGs of a folder named {@code <digit>_<n>.png}
 * (the stroke-drawn digits of the tests' StrokeDigits, which look like the page's drawings).
 *
 *   java bench/ClassLoad.java --url http://127.0.0.1:8080/ --code 1234 [--students 40] [--seconds 60] [--once] [--images DIR]
 */
public class ClassLoad {
    static final String[] NAMES = {"Mina", "Jun", "Seo-yeon", "Alex", "Ha-eun", "Noah", "Ji-ho", "Emma", "Do-yun", "Liam",
            "민준", "서연", "Yuna", "Sam", "지우", "Chris", "Hyun", "Olivia", "Tae", "Ben"};

    record Reply(long nanos, int status) {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> opt = new TreeMap<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--once")) opt.put("once", "true");
            else if (args[i].startsWith("--") && i + 1 < args.length) opt.put(args[i].substring(2), args[++i]);
            else throw new IllegalArgumentException("unknown argument " + args[i]);
        }
        URI url = URI.create(opt.getOrDefault("url", "http://127.0.0.1:8080/"));
        InetAddress server = InetAddress.getByName(url.getHost());
        if (!server.isLoopbackAddress()) throw new IllegalArgumentException("loopback only: " + url.getHost() + " is not");
        String code = opt.get("code");
        int students = Integer.parseInt(opt.getOrDefault("students", "40"));
        double seconds = Double.parseDouble(opt.getOrDefault("seconds", "60"));
        boolean once = opt.containsKey("once");
        if (students < 1 || students > 200 || seconds <= 0 || seconds > 600) throw new IllegalArgumentException("1-200 students, at most 600 s");

        // the drawings are made before the clock starts, so the load generator's own work is not measured
        List<String> bodies = new ArrayList<>();
        List<Integer> digits = new ArrayList<>();
        Random r = new Random(42);
        if (opt.containsKey("images")) {
            try (var files = java.nio.file.Files.list(java.nio.file.Path.of(opt.get("images")))) {
                for (var f : files.filter(p -> p.getFileName().toString().matches("\\d_\\d+\\.png")).sorted().toList()) {
                    digits.add(f.getFileName().toString().charAt(0) - '0');
                    bodies.add("data:image/png;base64," + Base64.getEncoder().encodeToString(java.nio.file.Files.readAllBytes(f)));
                }
            }
            if (bodies.isEmpty()) throw new IllegalArgumentException("no <digit>_<n>.png in " + opt.get("images"));
        } else {
            for (int k = 0; k < 60; k++) {
                int digit = k % 10;
                digits.add(digit);
                bodies.add(dataUrl(draw(digit, r)));
            }
        }
        List<Integer> order = new ArrayList<>(); // with --once: each student a different drawing
        for (int k = 0; k < bodies.size(); k++) order.add(k);
        Collections.shuffle(order, new Random(7));
        List<Reply> replies = Collections.synchronizedList(new ArrayList<>());
        long end = System.nanoTime() + (long) (seconds * 1e9);
        List<Thread> threads = new ArrayList<>();
        for (int s = 0; s < students; s++) {
            int student = s;
            Thread t = new Thread(() -> {
                Random rnd = new Random(1000 + student);
                try {
                    InetAddress local = InetAddress.getByName("127.0.0." + (10 + student));
                    Thread.sleep(rnd.nextInt(once ? 500 : 2000)); // students do not all press Send at once
                    do {
                        int k = once ? order.get(student % order.size()) : rnd.nextInt(bodies.size());
                        String name = NAMES[student % NAMES.length] + (student >= NAMES.length ? " " + (student / NAMES.length + 1) : "");
                        String json = "{\"code\":\"" + code + "\",\"image\":\"" + bodies.get(k) + "\",\"label\":" + digits.get(k)
                                + ",\"name\":\"" + name + "\"}";
                        replies.add(send(server, url.getPort(), url.getHost(), local, json));
                        if (once) break;
                        Thread.sleep(1000 + rnd.nextInt(2001));
                    } while (System.nanoTime() < end);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } catch (Exception e) {
                    replies.add(new Reply(-1, -1));
                }
            }, "student-" + s);
            threads.add(t);
            t.start();
        }
        for (Thread t : threads) t.join();

        Map<Integer, Integer> byStatus = new TreeMap<>();
        List<Long> times = new ArrayList<>();
        for (Reply x : replies) {
            byStatus.merge(x.status(), 1, Integer::sum);
            if (x.nanos() >= 0) times.add(x.nanos());
        }
        Collections.sort(times);
        int ok = byStatus.getOrDefault(200, 0);
        System.out.printf(Locale.ROOT, "students %d, seconds %.0f, sent %d, answered 200: %d, lost %d%n", students, seconds,
                replies.size(), ok, replies.size() - ok);
        System.out.println("replies by status (-1: no reply): " + byStatus);
        if (!times.isEmpty()) {
            System.out.printf(Locale.ROOT, "reply time ms: p50 %.1f, p90 %.1f, p99 %.1f, max %.1f%n", pct(times, 50), pct(times, 90),
                    pct(times, 99), times.get(times.size() - 1) / 1e6);
        }
    }

    static double pct(List<Long> sorted, double p) {
        int i = (int) Math.ceil(p / 100 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, i))) / 1e6;
    }

    // one request on its own connection, from the student's own loopback address
    static Reply send(InetAddress server, int port, String host, InetAddress local, String json) {
        long t0 = System.nanoTime();
        try (Socket s = new Socket()) {
            s.bind(new InetSocketAddress(local, 0));
            s.connect(new InetSocketAddress(server, port), 5000);
            s.setSoTimeout(20_000);
            byte[] body = json.getBytes(StandardCharsets.UTF_8);
            OutputStream out = s.getOutputStream();
            out.write(("POST /api/drawings HTTP/1.1\r\nHost: " + host + ":" + port + "\r\nContent-Type: application/json\r\n"
                    + "Content-Length: " + body.length + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(body);
            out.flush();
            InputStream in = s.getInputStream();
            String reply = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
            int status = Integer.parseInt(reply.substring(9, 12));
            return new Reply(System.nanoTime() - t0, status);
        } catch (Exception e) {
            return new Reply(System.nanoTime() - t0, -1);
        }
    }

    // a digit in a plain font, of a random size, place and slant, black on a white 280×280 canvas like the page's
    static BufferedImage draw(int digit, Random r) {
        BufferedImage img = new BufferedImage(280, 280, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 280, 280);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.BLACK);
        g.rotate(Math.toRadians(r.nextGaussian() * 8), 140, 140);
        int size = 150 + r.nextInt(70);
        g.setFont(new Font(Font.SANS_SERIF, r.nextBoolean() ? Font.BOLD : Font.PLAIN, size));
        var m = g.getFontMetrics();
        String s = Integer.toString(digit);
        int x = (280 - m.stringWidth(s)) / 2 + r.nextInt(41) - 20;
        int y = (280 + m.getAscent() - m.getDescent()) / 2 + r.nextInt(41) - 20;
        g.drawString(s, x, y);
        g.dispose();
        return img;
    }

    static String dataUrl(BufferedImage img) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, "png", out);
        return "data:image/png;base64," + Base64.getEncoder().encodeToString(out.toByteArray());
    }
}
