/**
 * Class mode's network side: a small HTTP server on the local network where every student draws a digit on
 * a phone and the model on screen reads it. {@code ClassServer} serves the student page (resources in the
 * jar, nothing from outside) and {@code POST /api/drawings}; every request is treated as hostile: the body is
 * bounded while it is read, each field is checked ({@code DrawingRequest}, {@code PngDrawing}: the PNG's
 * size is read from its header before a pixel is decoded), a four-digit {@code JoinCode} is compared in
 * constant time, a {@code RateLimiter} per client and a cap on the drawings bound the work, and nothing a
 * client sends reaches the file system or a shell. Drawings are preprocessed as the draw pad does and
 * classified in batches off the FX thread ({@code BatchClassifier}), from an immutable snapshot of the weights
 * ({@code ClassModel}). Depends on engine, data and images; no JavaFX (the projector view is {@code ui.classmode}).
 */
package org.convscope.classmode;
