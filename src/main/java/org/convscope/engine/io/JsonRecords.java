package org.convscope.engine.io;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.PrettyPrinter;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.CollectionType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Function;

/**
 * The file formats' records as JSON: component {@code batchSize} is field {@code batch_size},
 * components are written in their order, and reading never fails. A value of the wrong JSON type
 * (a string where a number belongs, a list where an object does) binds as null, as an absent one
 * does, and unknown fields are ignored; the checker that then walks the records tells absent from
 * wrong with {@link #at}, and quotes the wrong value, so it reports the first problem in its own
 * order and words rather than Jackson's.
 *
 * <p>A scalar binds only from the one JSON type it stands for: {@code Long} from a whole number
 * that fits ({@link #whole}), {@code Double} and {@code Number} from any number, {@code String}
 * from a string, {@code Boolean} from true or false. Nothing is coerced.
 */
public final class JsonRecords {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .addModule(new SimpleModule()
                    .addDeserializer(Long.class, scalar(Long.class, JsonRecords::whole))
                    .addDeserializer(Double.class, scalar(Double.class, n -> n.isNumber() ? n.doubleValue() : null))
                    .addDeserializer(Number.class, scalar(Number.class, n -> n.isNumber() ? n.numberValue() : null))
                    .addDeserializer(String.class, scalar(String.class, n -> n.isTextual() ? n.textValue() : null))
                    .addDeserializer(Boolean.class, scalar(Boolean.class, n -> n.isBoolean() ? n.booleanValue() : null))
                    .setDeserializerModifier(new NullForWrongShape()))
            .build();

    private JsonRecords() {
    }

    /** {@code tree} as a {@code type}; never fails on a tree that came from parsing JSON. */
    public static <T> T bind(JsonNode tree, Class<T> type) {
        try {
            return MAPPER.treeToValue(tree, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("lenient binding failed for " + type.getSimpleName(), e);
        }
    }

    /** {@code record} as JSON text laid out by {@code layout}. */
    public static byte[] write(Object record, PrettyPrinter layout) {
        try {
            return MAPPER.writer(layout).writeValueAsBytes(record);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e); // records of plain values always serialise
        }
    }

    /** The value at {@code path} ({@code "layers[0].kernel_size"}) in {@code root}, or a missing node. */
    public static JsonNode at(JsonNode root, String path) {
        return root.at(JsonPointer.compile("/" + path.replace("]", "").replace('[', '/').replace('.', '/')));
    }

    /** A whole number that fits a long, or null for any other value. */
    public static Long whole(JsonNode n) {
        return n.isIntegralNumber() && n.canConvertToLong() ? n.longValue() : null;
    }

    /** A value as it appears in the JSON, shortened; "nothing" for a missing one. */
    public static String show(JsonNode v) {
        if (v == null || v.isMissingNode()) return "nothing";
        String s = v.toString();
        return s.length() > 40 ? s.substring(0, 37) + "..." : s;
    }

    private static <T> StdDeserializer<T> scalar(Class<T> type, Function<JsonNode, T> value) {
        return new StdDeserializer<>(type) {
            @Override
            public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                return value.apply(ctxt.readTree(p));
            }
        };
    }

    /** A record from anything but a JSON object, or a list from anything but a JSON list, is null. */
    private static final class NullForWrongShape extends BeanDeserializerModifier {
        @Override
        public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription bean,
                                                      JsonDeserializer<?> deserializer) {
            return bean.getBeanClass().isRecord() ? new Guard(deserializer, JsonToken.START_OBJECT) : deserializer;
        }

        @Override
        public JsonDeserializer<?> modifyCollectionDeserializer(DeserializationConfig config, CollectionType type,
                                                                BeanDescription bean, JsonDeserializer<?> deserializer) {
            return new Guard(deserializer, JsonToken.START_ARRAY);
        }
    }

    private static final class Guard extends DelegatingDeserializer {
        private final JsonToken start;

        Guard(JsonDeserializer<?> delegate, JsonToken start) {
            super(delegate);
            this.start = start;
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
            return new Guard(delegate, start);
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() == start) return super.deserialize(p, ctxt);
            p.skipChildren();
            return null;
        }
    }
}
