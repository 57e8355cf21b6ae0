package org.convscope.ui.learned;

/** How the embedding map lays the activations out in 2-D. */
public enum Projection {
    /** Principal components: quick, recomputed as the network trains. */
    PCA,
    /** t-SNE, perplexity 30: neighbours stay neighbours; on demand (it takes seconds). */
    TSNE;

    public String id() {
        return this == PCA ? "pca" : "tsne";
    }

    public static Projection parse(String s) {
        for (Projection p : values()) if (p.id().equalsIgnoreCase(s.trim())) return p;
        throw new IllegalArgumentException("method must be pca or tsne, got " + s);
    }
}
