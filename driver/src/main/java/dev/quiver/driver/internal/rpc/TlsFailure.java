package dev.quiver.driver.internal.rpc;

import java.security.cert.CertPathBuilderException;
import java.security.cert.CertificateException;
import java.util.Locale;
import javax.net.ssl.SSLException;
import org.jspecify.annotations.Nullable;

/**
 * Recognises a failed TLS handshake in a failure's cause chain (gRPC reports it as {@code UNAVAILABLE} with a
 * terse "ssl exception" or "io exception") and says what went wrong in terms of the connection properties.
 * A handshake failure is not retried: it fails the same way until the certificates or settings change.
 */
public final class TlsFailure {
    private TlsFailure() {
    }

    /** The {@link SSLException} somewhere in {@code failure}'s cause chain, or null. */
    public static @Nullable SSLException find(@Nullable Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SSLException ssl) {
                return ssl;
            }
        }
        return null;
    }

    /**
     * A sentence for the user when {@code failure} is a TLS handshake failure, e.g. "TLS handshake failed: the
     * server's certificate is not trusted (...)"; null when it is not one.
     */
    public static @Nullable String describe(@Nullable Throwable failure) {
        SSLException ssl = find(failure);
        if (ssl == null) {
            return null;
        }
        Throwable root = ssl;
        boolean untrusted = false;
        for (Throwable t = ssl; t != null; t = t.getCause() == t ? null : t.getCause()) {
            root = t;
            untrusted |= t instanceof CertificateException || t instanceof CertPathBuilderException;
        }
        String detail = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        String upper = String.valueOf(ssl.getMessage()).toUpperCase(Locale.ROOT) + " " + detail.toUpperCase(Locale.ROOT);
        if (untrusted || upper.contains("CERTIFICATE_VERIFY_FAILED")) {
            return "TLS handshake failed: the server's certificate is not trusted (" + detail + "); check tlsCaFile"
                    + " (or the SSLContext's trust managers) and, when the certificate names another host, serverName";
        }
        if (upper.contains("CERTIFICATE_REQUIRED") || upper.contains("BAD_CERTIFICATE")
                || upper.contains("HANDSHAKE_FAILURE")) {
            return "TLS handshake failed: the server requires a client certificate it accepts (" + detail
                    + "); set tlsCertFile and tlsKeyFile (or pass an SSLContext with a key manager)";
        }
        return "TLS handshake failed: " + detail;
    }
}
