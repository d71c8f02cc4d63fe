package org.corroborate.imports;

/** A zip {@link BoundedZipInput} refuses to read further, and why; callers word it for their users. */
public final class ZipRefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Why the zip is refused. */
    public enum Reason {
        /** More entries than the cap. */
        TOO_MANY_ENTRIES,
        /** An entry inflates suspiciously far: a zip bomb. */
        COMPRESSED_TOO_FAR,
        /** More than a little data after the last entry. */
        DATA_AFTER_ENTRIES
    }

    private final Reason reason;

    public ZipRefusedException(Reason reason) {
        super(reason.name());
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
