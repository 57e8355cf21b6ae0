package org.convscope.classmode;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.util.Iterator;
import java.util.Set;

/**
 * The body of {@code POST /api/drawings}, checked field by field: a JSON object with exactly the fields
 * {@code code} (a string), {@code image} (a string), and optionally {@code label} (an integer 0–9, or null)
 * and {@code name} (a string of at most {@value #MAX_NAME} characters, or null). Anything else is refused.
 * The code is only read here; whether it is right is the server's question, asked before the other fields.
 *
 * @param code  as sent (not yet compared)
 * @param image as sent: the data URL, decoded by {@link PngDrawing}
 * @param label what the student meant, or null
 * @param name  the nickname, trimmed, or null when none (or blank)
 */
public record DrawingRequest(String code, String image, Integer label, String name) {
    public static final int MAX_NAME = 20;
    private static final Set<String> FIELDS = Set.of("code", "image", "label", "name");
    // the body is at most 256 KB anyway; shallow documents only
    private static final ObjectMapper JSON = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(4).build()).build())
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION) // {"code":"1","code":"2"} is not a request
            .disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .build();

    /** Parses and checks everything but the code's value and the image's content. */
    public static DrawingRequest parse(byte[] body) throws Refusal {
        JsonNode root;
        try {
            root = JSON.readTree(body);
        } catch (IOException | RuntimeException e) {
            throw new Refusal(400, "the body is not JSON");
        }
        if (root == null || !root.isObject()) throw new Refusal(400, "the body must be a JSON object");
        JsonNode code = root.get("code");
        // a missing or malformed code is a wrong code: 403 before anything else is looked at
        if (code == null || !code.isTextual()) throw new Refusal(403, "the join code is missing or wrong");
        for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
            if (!FIELDS.contains(it.next())) throw new Refusal(400, "only code, image, label and name are allowed");
        }
        JsonNode image = root.get("image");
        if (image == null || !image.isTextual()) throw new Refusal(400, "image must be a string (a PNG data URL)");
        return new DrawingRequest(code.textValue(), image.textValue(), label(root.get("label")), name(root.get("name")));
    }

    private static Integer label(JsonNode n) throws Refusal {
        if (n == null || n.isNull()) return null;
        if (!n.isInt() || n.intValue() < 0 || n.intValue() > 9) throw new Refusal(400, "label must be an integer from 0 to 9");
        return n.intValue();
    }

    /**
     * A nickname is shown on the projector, so only printable text: no control characters, and none of
     * Unicode's invisible format characters (a right-to-left override could turn a name around on screen).
     */
    private static String name(JsonNode n) throws Refusal {
        if (n == null || n.isNull()) return null;
        if (!n.isTextual()) throw new Refusal(400, "name must be a string");
        String s = n.textValue().strip();
        if (s.codePointCount(0, s.length()) > MAX_NAME) throw new Refusal(400, "name must be at most " + MAX_NAME + " characters");
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            int type = Character.getType(cp);
            if (Character.isISOControl(cp) || type == Character.FORMAT || type == Character.SURROGATE
                    || type == Character.UNASSIGNED || type == Character.PRIVATE_USE
                    || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR) {
                throw new Refusal(400, "name may hold letters, digits, spaces and punctuation only");
            }
            i += Character.charCount(cp);
        }
        return s.isEmpty() ? null : s;
    }
}
