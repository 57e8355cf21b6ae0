package org.convscope.engine.io;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.PrettyPrinter;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;

/**
 * Lays model.json out for people: the top-level object and the sections named here one entry per
 * line, everything deeper (a layer, a parameter block, a shape) on one line. One instance per
 * document: it keeps state.
 */
final class JsonLayout implements PrettyPrinter {
    private final Set<String> expanded;
    private final Deque<Boolean> open = new ArrayDeque<>();

    /** {@code expanded}: names of top-level fields whose value is written one entry per line. */
    JsonLayout(Set<String> expanded) {
        this.expanded = expanded;
    }

    private void push(JsonGenerator g) {
        // called after the generator entered the new container: its parent holds the field name
        JsonStreamContext parent = g.getOutputContext().getParent();
        boolean root = parent == null || parent.inRoot();
        boolean topLevelSection = parent != null && parent.getParent() != null && parent.getParent().inRoot()
                && parent.inObject() && expanded.contains(parent.getCurrentName());
        open.push(root || topLevelSection);
    }

    private void newline(JsonGenerator g, int depth) throws IOException {
        g.writeRaw('\n');
        for (int i = 0; i < depth; i++) g.writeRaw("  ");
    }

    @Override
    public void writeRootValueSeparator(JsonGenerator g) throws IOException {
        g.writeRaw('\n');
    }

    @Override
    public void writeStartObject(JsonGenerator g) throws IOException {
        push(g);
        g.writeRaw('{');
    }

    @Override
    public void beforeObjectEntries(JsonGenerator g) throws IOException {
        if (open.peek()) newline(g, open.size());
    }

    @Override
    public void writeObjectFieldValueSeparator(JsonGenerator g) throws IOException {
        g.writeRaw(": ");
    }

    @Override
    public void writeObjectEntrySeparator(JsonGenerator g) throws IOException {
        g.writeRaw(',');
        if (open.peek()) newline(g, open.size());
        else g.writeRaw(' ');
    }

    @Override
    public void writeEndObject(JsonGenerator g, int entries) throws IOException {
        boolean expandedHere = open.pop();
        if (expandedHere && entries > 0) newline(g, open.size());
        g.writeRaw('}');
    }

    @Override
    public void writeStartArray(JsonGenerator g) throws IOException {
        push(g);
        g.writeRaw('[');
    }

    @Override
    public void beforeArrayValues(JsonGenerator g) throws IOException {
        if (open.peek()) newline(g, open.size());
    }

    @Override
    public void writeArrayValueSeparator(JsonGenerator g) throws IOException {
        g.writeRaw(',');
        if (open.peek()) newline(g, open.size());
        else g.writeRaw(' ');
    }

    @Override
    public void writeEndArray(JsonGenerator g, int values) throws IOException {
        boolean expandedHere = open.pop();
        if (expandedHere && values > 0) newline(g, open.size());
        g.writeRaw(']');
    }
}
