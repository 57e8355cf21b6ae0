/**
 * Image files in and out of the app and the CLI through {@code javax.imageio}: any picture read as grey ink
 * on black, the way the draw pad and MNIST hold digits. Kept apart from {@code data} so that data stays
 * free of AWT.
 */
package org.convscope.images;
