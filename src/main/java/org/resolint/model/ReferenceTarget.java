package org.resolint.model;

/**
 * One label an internal reference names, resolved against the text: {@code target} is the
 * paragraph that carries the label, or null when none does. {@code interior} marks a label
 * inside a range ("31" of "30 to 35"), not written out.
 */
public final class ReferenceTarget {
    private final Reference reference;
    private final String label;
    private final Paragraph target;
    private final boolean interior;

    public ReferenceTarget(Reference reference, String label, Paragraph target, boolean interior) {
        this.reference = reference;
        this.label = label;
        this.target = target;
        this.interior = interior;
    }

    public Reference getReference() { return reference; }
    public Paragraph getSource() { return reference.paragraph(); }
    public String getLabel() { return label; }
    public Paragraph getTarget() { return target; }
    public boolean isResolved() { return target != null; }
    public boolean isInterior() { return interior; }
    public Direction getDirection() { return reference.direction(); }

    /** The target stands before the reference (in reading order). */
    public boolean isBefore() {
        return target != null && target.getOrdinal() < reference.paragraph().getOrdinal() && !isOwnOrAncestor();
    }

    /** The target stands after the reference, and is not the paragraph that holds it. */
    public boolean isAfter() {
        return target != null && target.getOrdinal() > reference.paragraph().getOrdinal() && !isOwnOrAncestor();
    }

    /** The target is the very paragraph the reference stands in (or the one a continued block carries on). */
    public boolean isSelf() {
        Paragraph at = reference.paragraph();
        return target != null && (target == at || at.getMarker().isEmpty() && at.getLabel().endsWith(", continued")
                && target == at.getParent());
    }

    /** The label is a range's end or lies inside a range ("30" or "31" of "30 to 35"), not named alone. */
    public boolean isInRange() {
        return interior || reference.ranges().stream().anyMatch(r -> r.from().equals(label) || r.to().equals(label));
    }

    /** The target is the paragraph the reference stands in, or one that contains it. */
    public boolean isOwnOrAncestor() {
        if (target == null) {
            return false;
        }
        for (Paragraph p = reference.paragraph(); p != null; p = p.getParent()) {
            if (p == target) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return reference.raw() + " → " + label + (target == null ? " (none)" : " @" + target.getLine());
    }
}
