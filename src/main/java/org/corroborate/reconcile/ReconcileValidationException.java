package org.corroborate.reconcile;

/** A reconciliation change that cannot be made, with a message for the reconciler. */
public class ReconcileValidationException extends RuntimeException {

    public ReconcileValidationException(String message) {
        super(message);
    }
}
