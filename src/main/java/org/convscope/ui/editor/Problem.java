package org.convscope.ui.editor;

import java.util.List;

/**
 * Why a draft cannot be trained, pinned on a layer: a reason key of the editor's bundle
 * ({@code editor.problem.*}) with the numbers it quotes, and the engine's English wording.
 *
 * @param layer   the offending layer (0-based), or -1 when the whole model is to blame
 */
public record Problem(int layer, String key, List<Object> args, String english) {

    public Problem {
        args = List.copyOf(args);
    }
}
