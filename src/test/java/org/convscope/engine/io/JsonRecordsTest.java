package org.convscope.engine.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.util.MinimalPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Binding never fails and never coerces: a value of the wrong JSON type is null, as an absent one is. */
class JsonRecordsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    record Size(Long height, Long width) {
    }

    record Doc(String name, Long count, Double rate, Number value, Boolean useBias, Size size, List<Long> shape,
               List<Size> sizes) {
    }

    private static Doc bind(String json) throws Exception {
        return JsonRecords.bind(JSON.readTree(json), Doc.class);
    }

    @Test
    void valuesOfTheirOwnTypeBindUnderSnakeCaseNames() throws Exception {
        Doc d = bind("{\"name\": \"a\", \"count\": 3, \"rate\": 1, \"value\": 2.5, \"use_bias\": true,"
                + " \"size\": {\"height\": 2, \"width\": 4}, \"shape\": [1, 2], \"sizes\": [{\"height\": 1}], \"extra\": {\"x\": [1]}}");
        assertEquals(new Doc("a", 3L, 1.0, 2.5, true, new Size(2L, 4L), List.of(1L, 2L), List.of(new Size(1L, null))), d);
    }

    @Test
    void wrongTypesBindAsNullAndNothingIsCoerced() throws Exception {
        Doc d = bind("{\"name\": 1, \"count\": \"3\", \"rate\": \"1.5\", \"value\": \"2\", \"use_bias\": \"true\","
                + " \"size\": [2, 4], \"shape\": {\"a\": 1}, \"sizes\": \"\"}");
        assertEquals(new Doc(null, null, null, null, null, null, null, null), d);
        d = bind("{\"name\": null, \"count\": 2.0, \"size\": \"\", \"shape\": 3, \"sizes\": true}");
        assertEquals(new Doc(null, null, null, null, null, null, null, null), d);
    }

    @Test
    void aWholeNumberIsOneThatFitsALong() throws Exception {
        assertEquals(Long.MAX_VALUE, bind("{\"count\": 9223372036854775807}").count());
        assertNull(bind("{\"count\": 9223372036854775808}").count());
        assertNull(bind("{\"count\": 1e3}").count());
        assertEquals(9.223372036854776E18, bind("{\"rate\": 9223372036854775808}").rate(), "any number is a Double");
    }

    @Test
    void listElementsOfTheWrongTypeAreNullInTheirPlace() throws Exception {
        Doc d = bind("{\"shape\": [1, \"2\", null, 4.5, [5]], \"sizes\": [{\"width\": 1}, 7, null, []]}");
        assertEquals(Arrays.asList(1L, null, null, null, null), d.shape());
        assertEquals(Arrays.asList(new Size(null, 1L), null, null, null), d.sizes());
    }

    @Test
    void atFindsAValueByItsPathForMessages() throws Exception {
        JsonNode root = JSON.readTree("{\"sizes\": [{\"height\": 1}, {\"height\": \"x\"}], \"nothing\": null}");
        assertEquals("\"x\"", JsonRecords.show(JsonRecords.at(root, "sizes[1].height")));
        assertTrue(JsonRecords.at(root, "sizes[2].height").isMissingNode());
        assertTrue(JsonRecords.at(root, "nothing").isNull());
        assertEquals("nothing", JsonRecords.show(JsonRecords.at(root, "size.width")));
        assertEquals("\"" + "y".repeat(36) + "...", JsonRecords.show(JSON.getNodeFactory().textNode("y".repeat(50))));
    }

    @Test
    void recordsAreWrittenInComponentOrderUnderSnakeCaseNames() {
        Doc d = new Doc("a", 3L, 0.5, 1.5f, null, new Size(2L, 4L), List.of(1L), List.of());
        assertEquals("{\"name\":\"a\",\"count\":3,\"rate\":0.5,\"value\":1.5,\"use_bias\":null,"
                        + "\"size\":{\"height\":2,\"width\":4},\"shape\":[1],\"sizes\":[]}",
                new String(JsonRecords.write(d, new MinimalPrettyPrinter()), StandardCharsets.UTF_8));
    }
}
