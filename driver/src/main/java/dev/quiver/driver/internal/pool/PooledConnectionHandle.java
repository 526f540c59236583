package dev.quiver.driver.internal.pool;

import dev.quiver.driver.MilvusConnection;
import dev.quiver.driver.MilvusSqlState;
import dev.quiver.driver.internal.error.SqlExceptions;
import dev.quiver.driver.internal.jdbc.MilvusConnectionImpl;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.concurrent.ScheduledFuture;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * What a borrower holds: a {@link Connection} (and {@link MilvusConnection}) proxy over a pooled physical
 * connection. {@code close()} gives the connection back instead of closing it, once; afterwards every method
 * but {@code isClosed}/{@code close} fails with "the connection is closed", so a stale reference cannot touch a
 * connection that another borrower now holds.
 */
final class PooledConnectionHandle implements InvocationHandler {
    /** The proxy class's constructor, looked up once: {@code Proxy.newProxyInstance} repeats the lookup per call. */
    private static final Constructor<?> PROXY_CONSTRUCTOR;

    static {
        try {
            PROXY_CONSTRUCTOR = Proxy.newProxyInstance(PooledConnectionHandle.class.getClassLoader(),
                    new Class<?>[] {Connection.class, MilvusConnection.class}, (p, m, a) -> null)
                    .getClass().getConstructor(InvocationHandler.class);
        } catch (NoSuchMethodException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final MilvusConnectionImpl physical;
    private final Consumer<PooledConnectionHandle> onClose;
    private final Connection proxy;
    private volatile boolean returned;
    private volatile @Nullable ScheduledFuture<?> leakTimer;

    PooledConnectionHandle(MilvusConnectionImpl physical, Consumer<PooledConnectionHandle> onClose) {
        this.physical = physical;
        this.onClose = onClose;
        this.proxy = newProxy(this);
    }

    private static Connection newProxy(InvocationHandler handler) {
        try {
            return (Connection) PROXY_CONSTRUCTOR.newInstance(handler);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot create a pooled connection handle", e);
        }
    }

    Connection proxy() {
        return proxy;
    }

    MilvusConnectionImpl physical() {
        return physical;
    }

    boolean isReturned() {
        return returned;
    }

    void leakTimer(ScheduledFuture<?> timer) {
        this.leakTimer = timer;
    }

    /** The pending leak report of this borrow, null when leak detection is off. */
    @Nullable ScheduledFuture<?> leakTimer() {
        return leakTimer;
    }

    @Override
    public @Nullable Object invoke(Object self, Method method, Object @Nullable [] args) throws Throwable {
        String name = method.getName();
        int arity = args == null ? 0 : args.length;
        switch (name) {
            case "close" -> {
                if (arity == 0) {
                    giveBack();
                    return null;
                }
            }
            case "isClosed" -> {
                if (arity == 0) {
                    return returned || physical.isClosed();
                }
            }
            case "toString" -> {
                if (arity == 0) {
                    return "Pooled" + physical + (returned ? " (returned)" : "");
                }
            }
            case "hashCode" -> {
                if (arity == 0) {
                    return System.identityHashCode(self);
                }
            }
            case "equals" -> {
                if (args != null && arity == 1) {
                    return self == args[0];
                }
            }
            case "isWrapperFor" -> {
                if (args != null && arity == 1) {
                    Class<?> type = (Class<?>) args[0];
                    return type != null && (type.isInstance(self) || type.isInstance(physical));
                }
            }
            case "unwrap" -> {
                if (args != null && arity == 1) {
                    Class<?> type = (Class<?>) args[0];
                    if (type == null) {
                        throw SqlExceptions.create(MilvusSqlState.GENERAL_ERROR,
                                "unwrap needs the interface to unwrap to, got null");
                    }
                    if (type.isInstance(self)) {
                        return self;
                    }
                }
            }
            case "isValid" -> {
                if (returned) {
                    return false;
                }
            }
            default -> {
                // delegated below
            }
        }
        if (returned) {
            throw SqlExceptions.create(MilvusSqlState.CONNECTION_CLOSED, "the connection is closed");
        }
        try {
            return method.invoke(physical, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    private void giveBack() {
        if (returned) {
            return;
        }
        returned = true;
        ScheduledFuture<?> timer = leakTimer;
        if (timer != null) {
            timer.cancel(false);
        }
        onClose.accept(this);
    }
}
