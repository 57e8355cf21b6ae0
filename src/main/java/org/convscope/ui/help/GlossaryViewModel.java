package org.convscope.ui.help;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.StringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.convscope.ui.common.I18n;

/**
 * The glossary's search: the terms whose name (in either language) or definition (in the UI
 * language) contains the query, names first. A student may know a word only in the other
 * language, so both names are searched and shown ("feature map · 특징맵").
 */
public final class GlossaryViewModel {
    private final I18n i18n;
    private final I18n english = new I18n(I18n.ENGLISH);
    private final I18n korean = new I18n(I18n.KOREAN);
    private final StringProperty query = new SimpleStringProperty("");
    private final ObservableList<GlossaryTerm> results = FXCollections.observableArrayList(Glossary.all());

    public GlossaryViewModel(I18n i18n) {
        this.i18n = i18n;
        query.addListener((o, a, b) -> refresh());
        i18n.localeProperty().addListener((o, a, b) -> refresh());
    }

    /** What the student typed. */
    public StringProperty queryProperty() {
        return query;
    }

    /** The matching terms, best first; all of them, in glossary order, for an empty query. */
    public ObservableList<GlossaryTerm> results() {
        return FXCollections.unmodifiableObservableList(results);
    }

    /** The term's name in the UI language. */
    public String name(GlossaryTerm t) {
        return i18n.get(t.nameKey());
    }

    /** The term's name in the other language. */
    public String otherName(GlossaryTerm t) {
        return (i18n.korean() ? english : korean).get(t.nameKey());
    }

    public String definition(GlossaryTerm t) {
        return i18n.get(t.definitionKey());
    }

    private void refresh() {
        String q = normal(query.get());
        if (q.isEmpty()) {
            results.setAll(Glossary.all());
            return;
        }
        List<GlossaryTerm> found = new ArrayList<>();
        List<Integer> ranks = new ArrayList<>();
        for (GlossaryTerm t : Glossary.all()) {
            int rank = rank(t, q);
            if (rank < Integer.MAX_VALUE) {
                found.add(t);
                ranks.add(rank);
            }
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < found.size(); i++) order.add(i);
        order.sort(Comparator.comparingInt(ranks::get)); // stable: glossary order within a rank
        results.setAll(order.stream().map(found::get).toList());
    }

    // 0: a name starts with the query, 1: a name contains it, 2: the definition does
    private int rank(GlossaryTerm t, String q) {
        String a = normal(english.get(t.nameKey())), b = normal(korean.get(t.nameKey()));
        if (a.startsWith(q) || b.startsWith(q)) return 0;
        if (a.contains(q) || b.contains(q)) return 1;
        if (normal(definition(t)).contains(q)) return 2;
        return Integer.MAX_VALUE;
    }

    // spaces are dropped: "특징 맵" finds 특징맵, "featuremap" finds feature map
    private static String normal(String s) {
        return s == null ? "" : s.toLowerCase(Locale.ROOT).replaceAll("\\s+", "");
    }
}
