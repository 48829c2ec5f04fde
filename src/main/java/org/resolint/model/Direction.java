package org.resolint.model;

/** The direction word of an internal reference. */
public enum Direction {
    /** "paragraph 5 above" */
    ABOVE,
    /** "paragraph 46 below" */
    BELOW,
    /** "paragraph 14 of this resolution", "of the present resolution" */
    THIS_RESOLUTION,
    /** "paragraph 5", no direction word */
    NONE
}
