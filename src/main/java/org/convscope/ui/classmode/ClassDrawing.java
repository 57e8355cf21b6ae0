package org.convscope.ui.classmode;

import org.convscope.classmode.StudentDrawing;

/**
 * A drawing as the projector shows it: what the student sent, the network's answer now (drawings are read
 * again as the model changes), and whether the teacher hid it.
 *
 * @param number 1, 2, … in the order the drawings arrived, over every class-mode run of this window
 */
public record ClassDrawing(int number, StudentDrawing drawing, int answer, boolean hidden) {

    ClassDrawing withAnswer(int a) {
        return new ClassDrawing(number, drawing, a, hidden);
    }

    ClassDrawing withHidden(boolean h) {
        return new ClassDrawing(number, drawing, answer, h);
    }

    /** Whether the student said what they meant and the network reads it so. */
    public boolean right() {
        return drawing.labelled() && drawing.label() == answer;
    }
}
