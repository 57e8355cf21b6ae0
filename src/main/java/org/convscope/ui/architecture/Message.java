package org.convscope.ui.architecture;

import java.util.List;

/** An i18n key with its arguments, decided without JavaFX so the view-model can be tested alone. */
public record Message(String key, List<Object> args) {

    public Message {
        args = List.copyOf(args);
    }

    public static Message of(String key, Object... args) {
        return new Message(key, List.of(args));
    }
}
