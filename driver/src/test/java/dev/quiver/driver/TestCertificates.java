package dev.quiver.driver;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Certificates made at test time with the JDK's {@code keytool} (no key material is committed): a CA, and
 * certificates it signs whose private keys are written as unencrypted PKCS#8 PEM. Every certificate it signs
 * carries {@code SAN=IP:127.0.0.1}.
 */
public final class TestCertificates {
    private static final String PASSWORD = "changeit";

    private final Path dir;

    /** @param dir where the key stores, certificates and keys are written */
    public TestCertificates(Path dir) {
        this.dir = dir;
    }

    /** A PEM certificate and its PKCS#8 PEM private key. */
    public record Pem(Path certificate, Path privateKey) {
    }

    /** A self-signed CA named {@code name}; returns its PEM certificate and key. */
    public Pem authority(String name) throws IOException, GeneralSecurityException {
        Path store = store(name);
        keytool("-genkeypair", "-alias", name, "-keyalg", "EC", "-groupname", "secp256r1", "-dname", "CN=" + name,
                "-ext", "bc:c", "-validity", "2", "-keystore", store.toString(), "-storetype", "PKCS12",
                "-storepass", PASSWORD);
        Path cert = dir.resolve(name + ".pem");
        keytool("-exportcert", "-rfc", "-alias", name, "-file", cert.toString(), "-keystore", store.toString(),
                "-storepass", PASSWORD);
        return new Pem(cert, writeKey(name, store));
    }

    /** A certificate for {@code name} signed by the CA {@code authority} (made by {@link #authority}). */
    public Pem signedBy(String authority, String name) throws IOException, GeneralSecurityException {
        Path store = store(name);
        keytool("-genkeypair", "-alias", name, "-keyalg", "EC", "-groupname", "secp256r1", "-dname", "CN=" + name,
                "-validity", "2", "-keystore", store.toString(), "-storetype", "PKCS12", "-storepass", PASSWORD);
        Path csr = dir.resolve(name + ".csr");
        keytool("-certreq", "-alias", name, "-file", csr.toString(), "-keystore", store.toString(),
                "-storepass", PASSWORD);
        Path cert = dir.resolve(name + ".pem");
        keytool("-gencert", "-rfc", "-alias", authority, "-infile", csr.toString(), "-outfile", cert.toString(),
                "-ext", "SAN=ip:127.0.0.1", "-validity", "2", "-keystore", store(authority).toString(),
                "-storepass", PASSWORD);
        return new Pem(cert, writeKey(name, store));
    }

    /** A trust store holding the PEM certificate {@code ca}. */
    public static KeyStore trustStore(Path ca) throws IOException, GeneralSecurityException {
        KeyStore trust = KeyStore.getInstance("PKCS12");
        trust.load(null, null);
        try (InputStream in = Files.newInputStream(ca)) {
            trust.setCertificateEntry("ca", CertificateFactory.getInstance("X.509").generateCertificate(in));
        }
        return trust;
    }

    /** The PKCS12 key store (password {@code changeit}) holding {@code name}'s key. */
    public KeyStore keyStore(String name) throws IOException, GeneralSecurityException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(store(name))) {
            store.load(in, PASSWORD.toCharArray());
        }
        return store;
    }

    /** {@code name}'s key store with its key entry holding the CA-signed certificate {@code signedPem}. */
    public KeyStore keyStoreWithChain(String name, Path signedPem) throws IOException, GeneralSecurityException {
        KeyStore store = keyStore(name);
        Key key = store.getKey(name, PASSWORD.toCharArray());
        try (InputStream in = Files.newInputStream(signedPem)) {
            Certificate signed = CertificateFactory.getInstance("X.509").generateCertificate(in);
            store.setKeyEntry(name, key, PASSWORD.toCharArray(), new Certificate[] {signed});
        }
        return store;
    }

    public static char[] password() {
        return PASSWORD.toCharArray();
    }

    private Path store(String name) {
        return dir.resolve(name + ".p12");
    }

    private Path writeKey(String name, Path store) throws IOException, GeneralSecurityException {
        Key key = keyStore(name).getKey(name, PASSWORD.toCharArray());
        String pem = "-----BEGIN PRIVATE KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(key.getEncoded())
                + "\n-----END PRIVATE KEY-----\n";
        Path file = dir.resolve(name + ".key");
        Files.writeString(file, pem, StandardCharsets.US_ASCII);
        return file;
    }

    private void keytool(String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
        command.add("-noprompt");
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        try {
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IOException("keytool " + String.join(" ", args) + " failed: " + output);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while running keytool", e);
        }
    }
}
