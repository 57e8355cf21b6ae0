package org.convscope.classmode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

/**
 * The student page's three files, read from the jar once: {@code GET /}, {@code /app.js} and {@code /app.css}.
 * Only these exact paths are served (a fixed map, never a lookup by what the client asked for). The page's
 * language is English or Korean by the browser's Accept-Language; the script holds both languages' texts.
 */
public final class StudentPage {
    /** A file to send: its bytes and its Content-Type. */
    public record Asset(byte[] bytes, String contentType) {
    }

    private static final String HTML = "text/html; charset=utf-8";
    private final String html;
    private final Map<String, Asset> assets;

    public StudentPage() {
        html = new String(read("index.html"), StandardCharsets.UTF_8);
        assets = Map.of(
                "/app.js", new Asset(read("app.js"), "text/javascript; charset=utf-8"),
                "/app.css", new Asset(read("app.css"), "text/css; charset=utf-8"));
    }

    private static byte[] read(String name) {
        try (InputStream in = StudentPage.class.getResourceAsStream("page/" + name)) {
            if (in == null) throw new IllegalStateException("the student page's " + name + " is missing from the jar");
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The page, in Korean when the browser prefers Korean to English, else in English. */
    public Asset index(String acceptLanguage) {
        String lang = language(acceptLanguage);
        return new Asset(html.replace("lang=\"en\"", "lang=\"" + lang + "\"").getBytes(StandardCharsets.UTF_8), HTML);
    }

    /** The script or style sheet at {@code path}, or null. */
    public Asset asset(String path) {
        return assets.get(path);
    }

    /**
     * "ko" when Korean is the first of the two languages the header names (by weight, then order), else "en".
     * Only the two constants ever reach the page: nothing of the header itself does.
     */
    static String language(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.length() > 500) return "en";
        double best = -1;
        String chosen = "en";
        for (String part : acceptLanguage.split(",")) {
            String[] tagAndWeight = part.trim().split(";");
            String tag = tagAndWeight[0].trim().toLowerCase(Locale.ROOT);
            String primary = tag.split("-")[0];
            if (!primary.equals("ko") && !primary.equals("en")) continue;
            double q = 1;
            for (int i = 1; i < tagAndWeight.length; i++) {
                String p = tagAndWeight[i].trim();
                if (p.startsWith("q=")) {
                    try {
                        q = Double.parseDouble(p.substring(2));
                    } catch (NumberFormatException e) {
                        q = 0;
                    }
                }
            }
            if (q > best) {
                best = q;
                chosen = primary;
            }
        }
        return chosen;
    }
}
