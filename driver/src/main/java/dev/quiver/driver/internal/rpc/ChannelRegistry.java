package dev.quiver.driver.internal.rpc;

import io.grpc.ManagedChannel;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The process-wide registry of remote channels: one {@link ManagedChannel} per {@link ChannelKey}, shared by all
 * connections with that key and shut down when the last {@link Lease} is closed. Thread-safe.
 */
public final class ChannelRegistry {
    private static final ChannelRegistry SHARED = new ChannelRegistry();

    private final Map<ChannelKey, Entry> entries = new HashMap<>();

    /** The registry every connection of this class loader uses. */
    public static ChannelRegistry shared() {
        return SHARED;
    }

    /** A hold on a shared channel; closing it twice is harmless. */
    public interface Lease extends AutoCloseable {
        ManagedChannel channel();

        @Override
        void close();
    }

    private static final class Entry {
        final ManagedChannel channel;
        int references;

        Entry(ManagedChannel channel) {
            this.channel = channel;
        }
    }

    /** Takes a reference to the channel for {@code key}, creating it when none is open. */
    public Lease acquire(ChannelKey key) throws SQLException {
        Entry entry;
        synchronized (entries) {
            entry = entries.get(key);
            if (entry == null || entry.channel.isShutdown()) {
                entry = new Entry(NettyChannels.create(key));
                entries.put(key, entry);
            }
            entry.references++;
        }
        Entry held = entry;
        return new Lease() {
            private boolean closed;

            @Override
            public ManagedChannel channel() {
                return held.channel;
            }

            @Override
            public void close() {
                synchronized (entries) {
                    if (closed) {
                        return;
                    }
                    closed = true;
                    if (--held.references > 0) {
                        return;
                    }
                    entries.remove(key, held);
                }
                held.channel.shutdown();
                try {
                    if (!held.channel.awaitTermination(1, TimeUnit.SECONDS)) {
                        held.channel.shutdownNow();
                    }
                } catch (InterruptedException e) {
                    held.channel.shutdownNow();
                    Thread.currentThread().interrupt();
                }
            }
        };
    }

    /** How many channels are open (for tests and metrics). */
    public int openChannels() {
        synchronized (entries) {
            return entries.size();
        }
    }

    /** How many leases hold the channel for {@code key} (0 when none is open). */
    public int references(ChannelKey key) {
        synchronized (entries) {
            Entry e = entries.get(key);
            return e == null ? 0 : e.references;
        }
    }
}
