package org.convscope.ui.help;

/** One word of the course's vocabulary: its name and definition live in the help bundle under its id. */
public record GlossaryTerm(String id) {

    public String nameKey() {
        return "help.term." + id;
    }

    public String definitionKey() {
        return "help.term." + id + ".def";
    }
}
