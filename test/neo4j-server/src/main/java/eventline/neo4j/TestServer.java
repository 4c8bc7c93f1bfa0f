package eventline.neo4j;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.io.ByteUnit;

/**
 * A throwaway Neo4j for tests: embedded Community edition, Bolt on 127.0.0.1 and a free port, auth off,
 * a small page cache, data in a temporary directory deleted at exit.
 *
 * Stdout carries exactly one line, {@code bolt://127.0.0.1:PORT}, once the server accepts queries; everything
 * else goes to stderr. Runs until stdin closes (the parent died or let go) or SIGINT/SIGTERM.
 *
 * Options: {@code --port N} (default: a free port), {@code --page-cache MB} (default 64),
 * {@code --ignore-stdin} (run until a signal only, for a shell without a stdin),
 * {@code --auth} (auth on: user neo4j with the password in $NEO4J_PASSWORD, never on a command line),
 * {@code --data DIR} (keep the data in DIR and leave it at exit: for the restart test).
 */
public final class TestServer {
    private TestServer() {}

    public static void main(String[] args) throws Exception {
        // Keep stdout for the URI line alone: anything a library prints goes to stderr.
        PrintStream stdout = System.out;
        System.setOut(System.err);

        List<String> argv = Arrays.asList(args);
        int requestedPort = intOption(argv, "--port", 0);
        int pageCacheMb = intOption(argv, "--page-cache", 64);
        boolean ignoreStdin = argv.contains("--ignore-stdin");
        String password = null;
        if (argv.contains("--auth")) {
            password = System.getenv("NEO4J_PASSWORD");
            if (password == null || password.isEmpty()) {
                System.err.println("neo4j test server: --auth needs the password in NEO4J_PASSWORD");
                System.exit(2);
            }
        }
        String dataDir = stringOption(argv, "--data");

        boolean keepData = dataDir != null;
        Path home = keepData ? Files.createDirectories(Path.of(dataDir)) : Files.createTempDirectory("eventline-neo4j-");
        DatabaseManagementService dbms = null;
        int port = -1;
        Exception lastFailure = null;
        // Between picking a free port and Neo4j binding it another process may take it: try a few.
        for (int attempt = 0; attempt < 5 && dbms == null; attempt++) {
            port = requestedPort > 0 ? requestedPort : freePort();
            try {
                dbms = new DatabaseManagementServiceBuilder(keepData ? home : home.resolve("attempt-" + attempt))
                        .setConfig(BoltConnector.enabled, true)
                        .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
                        .setConfig(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", port))
                        .setConfig(HttpConnector.enabled, false)
                        .setConfig(HttpsConnector.enabled, false)
                        .setConfig(GraphDatabaseSettings.auth_enabled, password != null)
                        .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(pageCacheMb))
                        .setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
                        .build();
            } catch (Exception e) {
                lastFailure = e;
                if (requestedPort > 0) break;
            }
        }
        if (dbms == null) {
            System.err.println("neo4j test server: could not start: " + lastFailure);
            if (!keepData) deleteTree(home);
            System.exit(1);
            return;
        }

        final DatabaseManagementService service = dbms;
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                service.shutdown();
            } catch (Exception e) {
                System.err.println("neo4j test server: shutdown: " + e);
            } finally {
                if (!keepData) deleteTree(home);
                stopped.countDown();
            }
        }, "eventline-neo4j-shutdown"));

        if (password != null) {
            // The parameter keeps quotes in the password harmless.
            service.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME).executeTransactionally(
                    "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED", java.util.Map.of("password", password));
        }
        GraphDatabaseService db = service.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
        if (!db.isAvailable(60_000)) {
            System.err.println("neo4j test server: database did not become available within 60 s");
            System.exit(1);
        }
        db.executeTransactionally("RETURN 1");

        stdout.println("bolt://127.0.0.1:" + port);
        stdout.flush();

        if (ignoreStdin) {
            stopped.await();
        } else {
            InputStream in = System.in;
            byte[] buffer = new byte[256];
            try {
                while (in.read(buffer) >= 0) {
                    // Input is ignored: only its end matters.
                }
            } catch (IOException e) {
                // A broken stdin means the parent is gone: stop as on EOF.
            }
            System.exit(0);
        }
    }

    private static int intOption(List<String> argv, String name, int fallback) {
        int i = argv.indexOf(name);
        if (i < 0) return fallback;
        if (i + 1 >= argv.size()) throw new IllegalArgumentException(name + " needs a value");
        return Integer.parseInt(argv.get(i + 1));
    }

    private static String stringOption(List<String> argv, String name) {
        int i = argv.indexOf(name);
        if (i < 0) return null;
        if (i + 1 >= argv.size()) throw new IllegalArgumentException(name + " needs a value");
        return argv.get(i + 1);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        }
    }

    private static void deleteTree(Path root) {
        if (!Files.exists(root)) return;
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.deleteIfExists(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                    Files.deleteIfExists(dir);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            System.err.println("neo4j test server: could not delete " + root + ": " + e);
        }
    }
}
