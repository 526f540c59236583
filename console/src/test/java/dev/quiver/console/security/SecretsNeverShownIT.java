package dev.quiver.console.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.quiver.driver.MilvusDataSource;
import dev.quiver.driver.MilvusDriver;
import dev.quiver.driver.PooledMilvusDataSource;
import dev.quiver.driver.internal.config.ConnectionConfig;
import dev.quiver.driver.internal.config.JdbcUrlParser;
import dev.quiver.embedded.EmbeddedMilvus;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A session with authentication over TCP, every logger at {@code ALL}: the passwords it uses (root's, a created
 * user's, an altered one's, a wrong one) appear in no log record (message, parameters or stack trace), no
 * exception message, and no {@code toString()} of a connection, data source or configuration — neither as text
 * nor in the base64 forms the requests carry.
 */
class SecretsNeverShownIT {
    private static final String ROOT_PASSWORD = "Root-Secret-9431";
    private static final String CAROL_FIRST = "Carol-Secret-5518";
    private static final String CAROL_SECOND = "Carol-Secret-7702";
    private static final String WRONG = "Wrong-Secret-2267";
    private static final List<String> SECRETS = List.of(ROOT_PASSWORD, CAROL_FIRST, CAROL_SECOND, WRONG);

    private final List<LogRecord> records = new CopyOnWriteArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            records.add(record);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };
    private final Logger root = Logger.getLogger("");
    private Level level;
    private EmbeddedMilvus milvus;
    private String url;

    @BeforeEach
    void start() throws Exception {
        level = root.getLevel();
        root.setLevel(Level.ALL);
        root.addHandler(capture);
        milvus = EmbeddedMilvus.builder().inMemory().port(0).authorizationEnabled(ROOT_PASSWORD).build();
        url = "jdbc:milvus://" + milvus.address();
    }

    @AfterEach
    void stop() {
        milvus.close();
        root.removeHandler(capture);
        root.setLevel(level);
    }

    private static Properties login(String user, String password) {
        Properties p = new Properties();
        p.setProperty("user", user);
        p.setProperty("password", password);
        p.setProperty("maxRetries", "0");
        return p;
    }

    /**
     * Every form in which a secret could leak: as text, base64 alone, base64 in hex, and base64 of
     * {@code user:secret}.
     */
    private static List<String> forms() {
        List<String> forms = new ArrayList<>();
        for (String secret : SECRETS) {
            forms.add(secret);
            forms.add(base64(secret));
            // Netty's frame log prints DATA frames (where CreateCredential carries base64(password)) as hex.
            forms.add(java.util.HexFormat.of().formatHex(base64(secret).getBytes(StandardCharsets.UTF_8)));
            for (String user : List.of("root", "carol")) {
                forms.add(base64(user + ":" + secret));
            }
        }
        return forms;
    }

    private static String base64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    private static void assertClean(String what, String text) {
        for (String form : forms()) {
            assertThat(text).as("%s must not show %s", what, form).doesNotContain(form);
        }
    }

    @Test
    void noSecretInLogsExceptionsOrToStrings() throws Exception {
        List<String> shown = new ArrayList<>();
        try (Connection c = MilvusDriver.instance().connect(url, login("root", ROOT_PASSWORD));
             Statement s = c.createStatement()) {
            shown.add(c.toString());
            s.execute("CREATE USER carol PASSWORD '" + CAROL_FIRST + "'");
            s.execute("ALTER USER carol PASSWORD '" + CAROL_SECOND + "' REPLACE '" + CAROL_FIRST + "'");
            Throwable duplicate = catchThrowable(() -> s.execute("CREATE USER carol PASSWORD '" + CAROL_FIRST + "'"));
            assertThat(duplicate).isInstanceOf(SQLException.class);
            shown.add(describe(duplicate));
            Throwable wrongOld = catchThrowable(() -> s.execute("ALTER USER carol PASSWORD '" + CAROL_FIRST
                    + "' REPLACE '" + WRONG + "'"));
            assertThat(wrongOld).isInstanceOf(SQLException.class);
            shown.add(describe(wrongOld));
            shown.add(s.toString());
        }
        try (Connection carol = MilvusDriver.instance().connect(url, login("carol", CAROL_SECOND))) {
            shown.add(carol.toString());
        }
        Throwable failedLogin = catchThrowable(() -> MilvusDriver.instance().connect(url, login("carol", WRONG)));
        assertThat(failedLogin).isInstanceOf(SQLException.class);
        shown.add(describe(failedLogin));
        Throwable inUrl = catchThrowable(() -> MilvusDriver.instance().connect(url + "?user=carol&password=" + WRONG
                + "&maxRetries=0", new Properties()));
        assertThat(inUrl).isInstanceOf(SQLException.class);
        shown.add(describe(inUrl));

        MilvusDataSource plain = new MilvusDataSource();
        plain.setUrl(url + "?password=" + CAROL_SECOND);
        plain.setUser("carol");
        plain.setPassword(CAROL_SECOND);
        shown.add(plain.toString());
        try (PooledMilvusDataSource pooled = PooledMilvusDataSource.builder().url(url + "?token=root:" + ROOT_PASSWORD)
                .user("carol").password(CAROL_SECOND).property("token", "root:" + ROOT_PASSWORD).maxSize(1).build()) {
            shown.add(pooled.toString());
        }
        ConnectionConfig config = JdbcUrlParser.parse(url + "?password=" + WRONG, login("carol", CAROL_SECOND));
        shown.add(config.toString());

        for (String text : shown) {
            assertClean("'" + text + "'", text);
        }
        SimpleFormatter formatter = new SimpleFormatter();
        assertThat(records).isNotEmpty();
        for (LogRecord record : records) {
            assertClean("log record of " + record.getLoggerName(), formatter.format(record)
                    + (record.getParameters() == null ? "" : List.of(record.getParameters()).toString()));
        }
    }

    private static String describe(Throwable failure) {
        StringWriter trace = new StringWriter();
        failure.printStackTrace(new PrintWriter(trace));
        return trace.toString();
    }
}
