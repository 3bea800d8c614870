package io.github.ppm.core.query;

import java.util.Locale;

/**
 * Named points inside {@link PolicyStore#putAll}, where a kill test stops a load to kill it with
 * SIGKILL at a known moment instead of at a random one (random kills almost always land between
 * transactions and prove nothing). With {@code -Dppm.store.killpoint=POINT:BATCH} the process
 * prints {@code ppm killpoint POINT BATCH} to standard error on reaching that point in the
 * {@code BATCH}-th {@code putAll} of a store (counted from 1), then waits to be killed. Unset, as
 * in every normal run, nothing happens.
 */
enum KillPoint {
    /** The batch's old graphs are removed, nothing of the new ones is written yet. */
    DELETED,
    /** Every new triple is given to the loader, the transaction is not committed. */
    STREAMED,
    /** The batch's transaction is committed. */
    COMMITTED;

    private static final String PROPERTY = "ppm.store.killpoint";
    private static final String ARMED = System.getProperty(PROPERTY, "");

    /** Stops here, for good, if the property names this point and {@code batch}. */
    void reach(int batch) {
        if (!ARMED.equalsIgnoreCase(name() + ":" + batch)) {
            return;
        }
        System.err.println("ppm killpoint " + name().toLowerCase(Locale.ROOT) + " " + batch);
        System.err.flush();
        while (true) {
            try {
                Thread.sleep(Long.MAX_VALUE);
            } catch (InterruptedException e) {
                // keep waiting: only the kill may end this process here
            }
        }
    }
}
