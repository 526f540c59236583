package dev.quiver.driver;

/**
 * Told how a statement's wait for the server goes: LOAD (and the load of a quick CREATE COLLECTION), CREATE INDEX,
 * FLUSH and FLUSH ALL poll the server's state until it is done, and each poll that says how far it got is passed on
 * here. Set with {@link MilvusStatement#setWaitListener}. Called on the thread that executes the statement, between
 * two polls: an implementation returns quickly and does not throw (an exception ends the statement with it). The
 * wait itself, its back-off, its timeout and {@link java.sql.Statement#cancel()} are not changed by a listener.
 */
@FunctionalInterface
public interface WaitListener {

    /** One poll's answer: how far the server got with what the statement waits for. */
    void waiting(WaitProgress progress);
}
