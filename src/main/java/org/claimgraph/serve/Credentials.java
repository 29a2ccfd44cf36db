package org.claimgraph.serve;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Properties;
import java.util.Set;
import org.claimgraph.sys.Logs;

/**
 * The users allowed to write when the server runs with updates on: a file in the format of Jetty's
 * {@code PropertyUserStore}, which Fuseki reads, one user a line:
 *
 * <pre>
 * # NAME: PASSWORD
 * editor: correct-horse-battery-staple
 * robot: MD5:5f4dcc3b5aa765d61d8327deb882cf99
 * </pre>
 *
 * A password is plain text, or {@code MD5:}, {@code CRYPT:} or {@code OBF:} followed by Jetty's encoded form.
 * Lines starting with {@code #} are comments; a name or password cannot hold {@code :}, {@code =} or
 * {@code ,} (what follows a comma is a list of roles, which claimgraph does not use); the file is read as
 * ISO-8859-1, as Java properties are. The server re-reads the file every few seconds, so users can be
 * added or removed while it runs.
 */
public final class Credentials {
    private Credentials() {}

    /**
     * Checks the file before the server starts, so that a missing file or one without users is one clear
     * line ({@link CredentialsException}) and not a server that refuses everyone.
     *
     * @return the number of users
     */
    public static int check(Path file) {
        String source = file.toString();
        if (!Files.isRegularFile(file)) {
            throw new CredentialsException(
                    source, Files.exists(file) ? "credentials: not a regular file" : "credentials: no such file");
        }
        Properties users = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            users.load(in);
        } catch (IOException | IllegalArgumentException e) {
            throw new CredentialsException(source, "credentials: cannot read: " + e.getMessage());
        }
        if (users.isEmpty()) {
            throw new CredentialsException(source, "credentials: no users (expected lines 'NAME: PASSWORD')");
        }
        for (String name : users.stringPropertyNames()) {
            String password = users.getProperty(name).split(",", 2)[0].strip();
            if (name.isBlank() || password.isEmpty()) {
                throw new CredentialsException(
                        source,
                        "credentials: user '" + name + "' has no password (expected lines " + "'NAME: PASSWORD')");
            }
        }
        return users.size();
    }

    /** Logs a warning when users other than the owner may read the file (on POSIX file systems). */
    static void warnIfShared(Path file) {
        try {
            Set<PosixFilePermission> perms = Files.getPosixFilePermissions(file);
            if (perms.contains(PosixFilePermission.GROUP_READ) || perms.contains(PosixFilePermission.OTHERS_READ)) {
                Logs.SERVE.warn("{}: other users can read these credentials; chmod 600 it", file);
            }
        } catch (UnsupportedOperationException | IOException e) {
            // Not a POSIX file system: nothing to check.
        }
    }
}
